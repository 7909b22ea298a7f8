package org.minipublic.app.identity.web;

import java.util.List;
import org.minipublic.app.identity.Identity;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the per-assembly access check and the {@code Actor} parameter for every controller. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final Identity identity;

    IdentityWebConfiguration(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Every path, not only /assemblies/**: any URL that names an assembly is checked.
        registry.addInterceptor(new AssemblyAccessInterceptor(identity));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
