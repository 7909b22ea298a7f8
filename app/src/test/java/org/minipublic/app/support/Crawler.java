package org.minipublic.app.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Walks the app in a signed-in browser breadth-first, following the same-origin links ({@code a[href]}, never forms)
 * that lead to pages, and hands each page it reaches to a check. Ids in paths are folded into one route ({@link
 * #route}), and each route is opened at most {@code perRoute} times, so a list of five hundred respondents costs two
 * page loads, not five hundred.
 */
public final class Crawler {

    /**
     * What the browser shows after following a link to {@code requested}: the path it ended on (after redirects), its
     * route and status, and the shape of its markup ({@code layout}: a hash of the kinds of element on it, the same for
     * a list of three rows and of thirty, different when a page shows a visitor another button or form).
     */
    public record Page(String requested, String path, String route, long status, String contentType, long layout) {}

    /** Files, feeds and machine-readable exports: a download is no page, and axe has nothing to check in it. */
    private static final Pattern DOWNLOAD =
            Pattern.compile(".*\\.(csv|xlsx|pdf|zip|json|atom|svg|png|txt)$|.*/file$|.*/api/.*|.*/logout$|.*/live$");

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Secret tokens in links (subscriptions, public surveys): long, and mixing letters with digits. */
    private static final Pattern TOKEN = Pattern.compile("(?=.*\\d)[A-Za-z0-9_-]{16,}");

    /** The page's status, type, path after redirects and a hash of its kinds of element, in one round trip. */
    private static final String READ_PAGE =
            """
            const navigation = performance.getEntriesByType('navigation')[0];
            const kinds = new Set([...document.querySelectorAll('body *')].map(e => [e.tagName, 'class', 'role', 'type',
                'tabindex', 'aria-hidden', 'disabled'].map((a, i) => i ? e.getAttribute(a) : a).join()));
            let layout = 0;
            for (const c of [...kinds].sort().join()) layout = (layout * 31 + c.charCodeAt(0)) | 0;
            return [navigation ? navigation.responseStatus : 0, document.contentType,
                    location.pathname + location.search, layout];
            """;

    private final ChromeDriver browser;
    private final String origin;
    private final String publicOrigin;
    private final int perRoute;
    private final int limit;

    /**
     * A crawler of the app at {@code port}, which writes the links it sends out of the app (a survey's link to share,
     * say) with {@code publicOrigin}, its configured base URL: those links are followed too.
     */
    public Crawler(ChromeDriver browser, int port, String publicOrigin, int perRoute, int limit) {
        this.browser = browser;
        this.origin = "http://localhost:" + port;
        this.publicOrigin = publicOrigin.replaceAll("/+$", "");
        this.perRoute = perRoute;
        this.limit = limit;
    }

    /**
     * Opens the seeds and every page they lead to, up to {@code perRoute} pages a route and {@code limit} in all, and
     * gives each HTML page (once, however many links lead to it) to {@code check}.
     */
    public List<Page> crawl(List<String> seeds, Consumer<Page> check) {
        var queue = new ArrayDeque<String>();
        var queued = new HashSet<String>();
        var opened = new HashMap<String, Integer>();
        var checked = new HashSet<String>();
        var pages = new ArrayList<Page>();
        seeds.forEach(seed -> enqueue(seed, queue, queued, opened));
        while (!queue.isEmpty() && pages.size() < limit) {
            var page = open(queue.poll(), queue, queued, opened);
            if (page.contentType().equals("text/html") && checked.add(page.path())) {
                pages.add(page);
                check.accept(page);
            }
        }
        return pages;
    }

    /** Opens one page by its path. */
    public Page visit(String path) {
        browser.get(origin + path);
        var read = (List<?>) browser.executeScript(READ_PAGE);
        String landed = (String) read.get(2);
        return new Page(path, landed, route(landed), (Long) read.get(0), (String) read.get(1), (Long) read.get(3));
    }

    private Page open(String path, ArrayDeque<String> queue, Set<String> queued, Map<String, Integer> opened) {
        var page = visit(path);
        @SuppressWarnings("unchecked")
        var links = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href);");
        for (String link : links) {
            if (link.startsWith(origin + "/")) {
                enqueue(link.substring(origin.length()), queue, queued, opened);
            } else if (link.startsWith(publicOrigin + "/")) {
                enqueue(link.substring(publicOrigin.length()), queue, queued, opened);
            }
        }
        return page;
    }

    private void enqueue(String link, ArrayDeque<String> queue, Set<String> queued, Map<String, Integer> opened) {
        String path = withoutLanguage(link.split("#", 2)[0]);
        if (path.isEmpty() || DOWNLOAD.matcher(URI.create(path).getPath()).matches() || path.contains("download=")) {
            return;
        }
        String route = route(path);
        if (!queued.contains(path) && opened.getOrDefault(route, 0) < perRoute) {
            queued.add(path);
            opened.merge(route, 1, Integer::sum);
            queue.add(path);
        }
    }

    /**
     * The route a path belongs to: its ids, dates and tokens replaced by placeholders, and its query left out (a
     * filter, a page number or a tab shows the same template), so {@code /assemblies/1f…/members/9a…?page=2} is
     * {@code /assemblies/{id}/members/{id}}.
     */
    public static String route(String path) {
        return Arrays.stream(path.split("\\?", 2)[0].split("/", -1))
                .map(Crawler::placeholder)
                .collect(Collectors.joining("/"));
    }

    private static String placeholder(String segment) {
        if (UUID.matcher(segment).matches() || NUMBER.matcher(segment).matches()) {
            return "{id}";
        }
        if (DATE.matcher(segment).matches()) {
            return "{date}";
        }
        return TOKEN.matcher(segment).matches() ? "{token}" : segment;
    }

    /** The language switcher's links change the remembered language: the crawl chooses the language itself. */
    private static String withoutLanguage(String path) {
        String[] parts = path.split("\\?", 2);
        if (parts.length == 1) {
            return path;
        }
        String query = Arrays.stream(parts[1].split("&"))
                .filter(parameter -> !parameter.toLowerCase(Locale.ROOT).startsWith("lang="))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? parts[0] : parts[0] + "?" + query;
    }
}
