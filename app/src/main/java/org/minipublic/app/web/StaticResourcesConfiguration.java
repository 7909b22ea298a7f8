package org.minipublic.app.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The files served as they are: the style sheet and scripts, htmx from its webjar (templates name it without its
 * version, which the webjar supplies) and the open fonts.
 *
 * <p>Each folder has its own path instead of Spring Boot's default handler for every path ({@code /**},
 * switched off in application.properties). With that default, every link a page writes was looked up as a file in
 * four classpath folders before being written as it is: about 70 % of the time spent on the public accountability
 * page, with its hundred links (docs/benchmarks.md, "Whole app under load"). Links to pages now match no handler and
 * cost nothing; links to these files are resolved once and cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(AN_HOUR)
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(AN_HOUR)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(AN_HOUR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        // The Urdu and Bengali fonts the PDFs embed, served to browsers too: a device without an Urdu or Bengali font
        // (many desktops) would otherwise show empty boxes for letters such as ہ and ے or ক্ষ. The style sheet asks
        // for each only for text in its script. The folder holds only the open fonts and their licence.
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .resourceChain(true);
    }
}
