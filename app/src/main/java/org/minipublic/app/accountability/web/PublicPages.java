package org.minipublic.app.accountability.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Whole public accountability pages as visitors who are not logged in see them, kept while what they show is
 * unchanged. Under a public event's load the page was rendered a hundred and fifty times a second, each time the same
 * but for the subscription form's token, and rendering was most of the server's work (docs/benchmarks.md, "Whole app
 * under load"). A kept page is stored in two halves around that token and sent with the visitor's own token between
 * them.
 *
 * <p>What a page shows is read from the database on every request and compared with what the kept page was made
 * from, so a change made on any application node shows at once and nothing needs to be told to forget a page.
 */
@Component
class PublicPages {

    /** Assemblies × languages × filters is small; past this many, start again rather than track use. */
    private static final int LIMIT = 256;

    /** One version of a page: its assembly, language and address with the filter (without {@code lang=}). */
    record Key(AssemblyId assembly, Locale locale, String address) {}

    /** A page kept: what it showed and its bytes before and after the form's token. */
    private record Kept(Object shown, byte[] before, byte[] after) {}

    private final ThymeleafViewResolver views;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    PublicPages(ThymeleafViewResolver views) {
        this.views = views;
    }

    /**
     * The page for {@code key}, showing {@code shown} (compared by {@code equals}): the kept one when it showed the
     * same, otherwise the template rendered and, if the key is not null, kept.
     */
    View page(@Nullable Key key, Object shown, String template, CsrfToken csrf, Locale locale) {
        var hit = key == null ? null : kept.get(key);
        if (hit != null && hit.shown().equals(shown)) {
            return (model, request, response) -> send(hit, csrf, response);
        }
        return (model, request, response) -> {
            if (key == null) {
                resolve(template, locale).render(model, request, response);
                return;
            }
            renderAndKeep(key, shown, resolve(template, locale), csrf, model, request, response);
        };
    }

    /** How many pages are kept (for tests). */
    int size() {
        return kept.size();
    }

    private void renderAndKeep(
            Key key,
            Object shown,
            View template,
            CsrfToken csrf,
            @Nullable Map<String, ?> model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        var capture = new ContentCachingResponseWrapper(response);
        template.render(model, request, capture);
        keep(key, shown, capture, csrf.getToken());
        // Sent after it is kept, so that whoever reads this page next (a test, too) finds it kept.
        capture.copyBodyToResponse();
    }

    private void keep(Key key, Object shown, ContentCachingResponseWrapper capture, String token) {
        if (capture.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String html = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        int at = html.indexOf(token);
        // Kept only when the token appears exactly once, so that no visitor is ever sent another's token.
        if (at < 0 || html.indexOf(token, at + token.length()) >= 0) {
            return;
        }
        if (kept.size() >= LIMIT) {
            kept.clear();
        }
        kept.put(
                key,
                new Kept(
                        shown,
                        html.substring(0, at).getBytes(StandardCharsets.UTF_8),
                        html.substring(at + token.length()).getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(Kept page, CsrfToken csrf, HttpServletResponse response) throws IOException {
        byte[] token = csrf.getToken().getBytes(StandardCharsets.US_ASCII);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.before().length + token.length + page.after().length);
        var out = response.getOutputStream();
        out.write(page.before());
        out.write(token);
        out.write(page.after());
    }

    private View resolve(String template, Locale locale) throws Exception {
        View view = views.resolveViewName(template, locale);
        if (view == null) {
            throw new IllegalStateException("no template " + template);
        }
        return view;
    }
}
