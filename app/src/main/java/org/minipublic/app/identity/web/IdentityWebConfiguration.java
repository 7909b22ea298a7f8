package org.minipublic.app.identity.web;

import java.util.List;
import org.minipublic.app.identity.Identity;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the access check and the {@code Actor} parameter for every controller. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final Identity identity;

    IdentityWebConfiguration(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Every path, not only /assemblies/**: every handler of ours declares and gets its permission checked.
        registry.addInterceptor(new AccessInterceptor(identity));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
