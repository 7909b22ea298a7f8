package org.minipublic.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rendered pages kept while what they show is unchanged, for pages many people are sent at the same moment that differ
 * only in one short text of their own (the hole): a form's token, a vote's receipt. A kept page is stored in two halves
 * around that text and sent with the next person's own text between them, so the template is rendered once rather
 * than for everyone (docs/benchmarks.md: rendering was most of the server's work under load).
 *
 * <p>What a page shows is passed on every request and compared ({@code equals}) with what the kept page was made
 * from, so a change made on any application node shows at once and nothing has to be told to forget a page. Pages
 * are kept only as someone who is not logged in sees them: callers pass no key otherwise, as the header then shows the
 * user's name.
 *
 * @param <K> what tells one kept page from another (assembly or ballot, language, filter)
 */
public class KeptPages<K> {

    /** What a hole may hold: text that reads the same unescaped in HTML (hexadecimal receipts, base64url tokens). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_=-]{1,200}");

    /** A form's CSRF token as Thymeleaf writes it. */
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    /** A page kept: what it showed and its bytes before and after the hole. */
    private record Kept(Object shown, byte[] before, byte[] after) {}

    private final ThymeleafViewResolver views;
    private final int limit;
    private final Map<K, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final Map<K, Rendering> renderings = new ConcurrentHashMap<>();

    /** A page being rendered, which requests for the same page wait for; tried once one request has rendered it. */
    private static final class Rendering {
        boolean tried;
    }

    /** Keeps at most {@code limit} pages; past that it starts again rather than track which are used. */
    protected KeptPages(ThymeleafViewResolver views, int limit) {
        this.views = views;
        this.limit = limit;
    }

    /** The kept page for {@code key} with {@code hole} filled in, if one was kept showing the same. */
    public Optional<View> kept(K key, Object shown, String hole) {
        var hit = valid(key, shown);
        if (hit == null) {
            return Optional.empty();
        }
        sent.incrementAndGet();
        return Optional.of((model, request, response) -> send(hit, hole, response));
    }

    /**
     * The template rendered with the request's model and, if {@code key} is not null and the page came out whole
     * with {@code hole} in it exactly once, kept for the next request.
     */
    public View render(@Nullable K key, Object shown, String template, Locale locale, String hole) throws Exception {
        View view = views.resolveViewName(template, locale);
        if (view == null) {
            throw new IllegalStateException("no template " + template);
        }
        if (key == null) {
            return view;
        }
        return (model, request, response) -> renderAndKeep(key, shown, view, hole, model, request, response);
    }

    /** How many pages are kept (for tests). */
    public int size() {
        return kept.size();
    }

    /** How many times a kept page was sent rather than rendered (for tests). */
    public long sentKept() {
        return sent.get();
    }

    private void renderAndKeep(
            K key,
            Object shown,
            View view,
            String hole,
            @Nullable Map<String, ?> model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        var rendering = renderings.computeIfAbsent(key, k -> new Rendering());
        @Nullable Kept page;
        @Nullable ContentCachingResponseWrapper rendered = null;
        try {
            // A whole room pressing "cast" in the same instant all find no page kept: one renders it while the others
            // wait here, and then they are sent what it kept. Only one request renders under the lock, so a page that
            // cannot be kept (no single hole) is not rendered one request at a time.
            synchronized (rendering) {
                page = valid(key, shown);
                if (page == null && !rendering.tried) {
                    rendering.tried = true;
                    rendered = new ContentCachingResponseWrapper(response);
                    view.render(model, request, rendered);
                    keep(key, shown, rendered, hole);
                }
            }
        } finally {
            renderings.remove(key, rendering);
        }
        if (rendered != null) {
            // Sent after it is kept, so that whoever asks for this page next (a test, too) finds it kept.
            rendered.copyBodyToResponse();
            return;
        }
        if (page == null) {
            view.render(model, request, response);
            return;
        }
        sent.incrementAndGet();
        send(page, hole, response);
    }

    private @Nullable Kept valid(K key, Object shown) {
        var page = kept.get(key);
        return page != null && page.shown().equals(shown) ? page : null;
    }

    private void keep(K key, Object shown, ContentCachingResponseWrapper capture, String hole) {
        if (capture.getStatus() != HttpServletResponse.SC_OK
                || !PLAIN.matcher(hole).matches()) {
            return;
        }
        String html = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        int at = html.indexOf(hole);
        // Kept only when the hole's text appears exactly once, so that nobody is ever sent another person's text.
        if (at < 0 || html.indexOf(hole, at + hole.length()) >= 0) {
            return;
        }
        // Nor when the page holds a form whose token is not the hole (a form added to a page kept for its receipt):
        // every later visitor would be sent the first one's token.
        var tokens = FORM_TOKEN.matcher(html);
        while (tokens.find()) {
            if (!tokens.group(1).equals(hole)) {
                return;
            }
        }
        if (kept.size() >= limit) {
            kept.clear();
        }
        kept.put(
                key,
                new Kept(
                        shown,
                        html.substring(0, at).getBytes(StandardCharsets.UTF_8),
                        html.substring(at + hole.length()).getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(Kept page, String hole, HttpServletResponse response) throws IOException {
        if (!PLAIN.matcher(hole).matches()) {
            throw new IllegalArgumentException("a kept page's hole takes letters, digits, '-', '_' and '=' only");
        }
        byte[] filled = hole.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.before().length + filled.length + page.after().length);
        var out = response.getOutputStream();
        out.write(page.before());
        out.write(filled);
        out.write(page.after());
    }
}
