package org.minipublic.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language: chosen with {@code ?lang=pl} (the switcher's links), remembered in a cookie so that it
 * works before login and on any application node, and otherwise taken from the browser. Languages we have no
 * translation for fall back to English, so a page never claims a language it is not written in.
 */
@Configuration(proxyBeanMethods = false)
class InternationalisationConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLocaleResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Languages.supportedOrEnglish(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("MINIPUBLIC_LANG");
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.supportedOrEnglish(super.resolveLocale(request));
        }

        @Override
        public void setLocale(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            super.setLocale(request, response, locale == null ? null : Languages.supportedOrEnglish(locale));
        }
    }
}
