package org.minipublic.app.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minipublic.app.support.Crawler.Page;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a crawl finds wrong with the pages it opens: serious and critical axe-core violations of WCAG 2.1 A and AA
 * (moderate and minor ones are counted, not failed), pages that scroll sideways on a phone, and links that lead to an
 * error. A page whose route and markup ({@link Page#layout()}) were already checked in the same language is not
 * checked again: another visitor who sees the same elements on the same route adds page loads, not findings. Several
 * browsers may report to one audit at once.
 *
 * <p>Axe runs in legacy mode, one {@code axe.run} in the page: the default runs in parts to reach cross-origin frames
 * and finishes in a new browser window at every check, which the app, without frames, does not need.
 */
public final class AxeAudit {

    private static final List<String> FAILING = List.of("serious", "critical");

    /**
     * How far the page reaches past the window's far edge (right, or left in Urdu), and the elements that reach past it
     * out of a parent that does not, or whose content spills out of them, leaving aside anything inside an element that
     * scrolls or clips (unless positioned, which such an element does not always hold in).
     */
    private static final String WIDER_THAN_THE_WINDOW =
            """
            const width = document.documentElement.clientWidth, rtl = getComputedStyle(document.body).direction === 'rtl';
            const outside = e => { const box = e.getBoundingClientRect();
                                   return box.width > 0 && (rtl ? box.left < -1 : box.right > width + 1); };
            const overflows = e => getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0
                                   && e.scrollWidth > e.clientWidth + 1;
            const spills = e => overflows(e) && ![...e.children].some(c => outside(c) || overflows(c));
            const contained = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                                       if (getComputedStyle(a).overflowX !== 'visible') return true; }
                                     return false; };
            // placed against the page, unless an ancestor is positioned: a scrolling ancestor may not hold it in
            const placed = e => ['absolute', 'fixed'].includes(getComputedStyle(e).position);
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string'
                && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const culprits = [...document.querySelectorAll('body *')]
                .filter(e => ((outside(e) && !outside(e.parentElement)) || spills(e)) && (placed(e) || !contained(e)))
                .slice(0, 4).map(name);
            return [document.documentElement.scrollWidth - width, culprits.join(', ')];
            """;

    /** One element that breaks one rule, on the page one visitor saw in one language. */
    public record Finding(String rule, String impact, String path, String visitor, String language, String target) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") " + path + " [" + visitor + ", " + language + "] at " + target;
        }
    }

    private final Set<String> checked = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> overflowing = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();
    private final Map<String, Integer> notFailing = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private int axeRuns;
    private long axeNanos;

    /**
     * Runs axe on the page the browser shows, unless the same markup was checked on this route in this language;
     * without {@code contrast}, leaving out the colour contrast rule, which takes two thirds of axe's time.
     */
    public void check(ChromeDriver browser, Page page, String visitor, String language, boolean contrast) {
        String where = " [" + visitor + ", " + language + "]";
        String logged = page.path() + where + " " + page.route() + " #" + page.layout();
        boolean first;
        synchronized (this) {
            if (page.status() >= 400) {
                broken.add(page.status() + " " + page.requested() + where);
            }
            first = checked.add(language + " " + page.route() + " " + page.layout());
        }
        if (!first) {
            note(logged + " markup already checked");
            return;
        }
        long started = System.nanoTime();
        var violations = new AxeBuilder()
                .withOptions(wcag21aa(contrast))
                .setLegacyMode(true)
                .disableIframeTesting()
                .analyze(browser)
                .getViolations();
        long took = System.nanoTime() - started;
        synchronized (this) {
            axeRuns++;
            axeNanos += took;
            violations.forEach(violation -> record(violation, page, visitor, language));
            log.add(logged + String.format(" axe %.2f s", took / 1e9));
        }
    }

    /**
     * Notes the page if it is wider than the window (run with the window at phone width), with the elements that stick
     * out of their parent (not counting those inside something that scrolls or clips) and a screenshot.
     */
    public void checkWidth(ChromeDriver browser, Page page, String visitor) {
        @SuppressWarnings("unchecked")
        var overflow = (List<Object>) browser.executeScript(WIDER_THAN_THE_WINDOW);
        if ((Long) overflow.get(0) > 0) {
            Browser.screenshot(browser, "sideways" + page.route().replaceAll("[^a-z]+", "-"));
            synchronized (this) {
                overflowing.add(page.path() + " by " + overflow.get(0) + " px [" + visitor + "]: " + overflow.get(1));
            }
        }
    }

    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    public synchronized List<String> broken() {
        return List.copyOf(broken);
    }

    public synchronized List<String> overflowing() {
        return List.copyOf(overflowing);
    }

    /** What was found, for the test's output; every page opened is listed in {@code target/axe-crawl.txt}. */
    public synchronized String summary() {
        writeLog();
        var text = new StringBuilder(String.format(
                "  axe ran on %d pages (%.0f s); the others had the markup of a page already checked%n",
                axeRuns, axeNanos / 1e9));
        text.append("  serious or critical: ").append(findings.size()).append('\n');
        findings.forEach(f -> text.append("    ").append(f).append('\n'));
        text.append("  moderate or minor (not failing): ").append(notFailing).append('\n');
        text.append("  scroll sideways at 360 px: ").append(overflowing.size()).append('\n');
        overflowing.forEach(o -> text.append("    ").append(o).append('\n'));
        text.append("  links to errors: ").append(broken.size()).append('\n');
        broken.forEach(b -> text.append("    ").append(b).append('\n'));
        return text.toString();
    }

    private void record(Rule violation, Page page, String visitor, String language) {
        if (!FAILING.contains(violation.getImpact())) {
            notFailing.merge(violation.getId() + " (" + violation.getImpact() + ")", 1, Integer::sum);
            return;
        }
        violation
                .getNodes()
                .forEach(node -> findings.add(new Finding(
                        violation.getId(),
                        violation.getImpact(),
                        page.path(),
                        visitor,
                        language,
                        String.valueOf(node.getTarget()))));
    }

    private synchronized void note(String line) {
        log.add(line);
    }

    private void writeLog() {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "axe-crawl.txt"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.0 and 2.1 A and AA rules; only violations come back (passes would make a large answer each page). */
    private static AxeRunOptions wcag21aa(boolean contrast) {
        var tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        var options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        if (!contrast) {
            var off = new AxeRuleOptions();
            off.setEnabled(false);
            options.setRules(Map.of("color-contrast", off));
        }
        return options;
    }
}
