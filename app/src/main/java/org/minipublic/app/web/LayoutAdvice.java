package org.minipublic.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.shared.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the current path (for the language links) and text direction. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }
}
