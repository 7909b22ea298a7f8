package org.minipublic.app.web;

import jakarta.servlet.RequestDispatcher;
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

    /**
     * Where the language links lead: this page again with its query, which some pages need (a ballot's results, a
     * coding page's question), and on an error page the address that failed rather than {@code /error}, which on its
     * own answers 500.
     */
    @ModelAttribute("languagePath")
    String languagePath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed == null ? request.getRequestURI() : failed.toString();
        Object query =
                failed == null ? request.getQueryString() : request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        String kept = LanguageParameter.removedFrom(query == null ? null : query.toString());
        path = path.substring(request.getContextPath().length());
        return kept.isEmpty() ? path : path + "?" + kept;
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
