package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.demo.DemoVisitors.Visitor;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Crawler;
import org.minipublic.app.support.TestDatabase;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17: markup in any free text is shown as text, never run. Rather than type a payload into each form (and miss
 * the fields a future form adds), the test appends it to every free-text value the demo assembly stored — every text
 * column of every module's tables whose value has a space in it (names, titles, bodies, reasons, notes; codes, e-mail
 * addresses, statuses and hashes have none) — and then crawls every page as every demo user, a member on the portal and
 * an anonymous visitor. On no page may the payload have become an element or an event handler, and it must be shown,
 * as text, on many pages (so the test cannot pass by showing none of it).
 *
 * <p>The payload closes a quoted attribute first, so it also tests values written into attributes. The app's
 * Content-Security-Policy would stop an inline handler from running anyway; the test looks at the page's elements, not
 * at whether a script ran, so it checks the escaping itself and not only that second line of defence.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A context of its own: the demo data of the other demo tests' shared context stays clean.
        properties = "minipublic.test.context=xss")
@ActiveProfiles("demo")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCrawlIntegrationTests {

    /** Short, so length limits still hold; its word appears in no message or demo text. */
    static final String PAYLOAD = "'\"><i data-xsscheck onclick=xsscheck=1>";

    private static final String MARKER = "xsscheck";

    /**
     * The published report keeps the HTML the app rendered from the report's text when it was published (a published
     * version never changes): appending markup to it would test nothing but this test. The report as it reads now,
     * rendered from the same text, is on the organiser's report page, which the crawl opens.
     */
    private static final List<String> RENDERED_HTML = List.of("report.versions.snapshot");

    /** Elements made from the payload, inline handlers or scripts with the payload in them, and how often it shows. */
    private static final String READ_PAGE =
            """
            const marker = arguments[0];
            const injected = document.querySelectorAll('[data-' + marker + ']').length;
            const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes]
                .some(a => a.name.startsWith('on') && a.value.includes(marker))).length;
            const scripts = [...document.scripts].filter(s => s.text.includes(marker)).length;
            const shown = document.body.innerText.split(marker).length - 1;
            return [injected + handlers + scripts + (window[marker] === undefined ? 0 : 1), shown];
            """;

    @LocalServerPort
    int port;

    @Value("${minipublic.base-url}")
    String baseUrl;

    @Value("${spring.datasource.url}")
    String database;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Members members;

    @Autowired
    PortalCards cards;

    ChromeDriver browser;
    AssemblyId assembly;
    List<Visitor> visitors;

    @BeforeAll
    void start() {
        assembly = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        visitors = DemoVisitors.all(members, cards, assembly);
        browser = Browser.start();
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void markupInEveryStoredTextIsShownAsTextOnEveryPageForEveryVisitor() throws SQLException {
        var injection = injectIntoEveryFreeText();
        System.out.printf(
                "%nXSS crawl: payload appended to %d values in %d columns; left alone: %s%n",
                injection.rows(), injection.columns().size(), injection.skipped());
        var unsafe = new TreeMap<String, String>();
        var showing = new ArrayList<String>();
        int pages = 0;
        for (var visitor : visitors) {
            DemoVisitors.signIn(browser, port, visitor, "en");
            var crawler = new Crawler(browser, port, baseUrl, 1, 300);
            var seen = crawler.crawl(DemoVisitors.seeds(visitor, assembly), page -> {
                var read = (List<?>) browser.executeScript(READ_PAGE, MARKER);
                if ((Long) read.get(0) > 0) {
                    unsafe.put(page.path(), visitor.name());
                }
                if ((Long) read.get(1) > 0) {
                    showing.add(page.route());
                }
            });
            pages += seen.size();
            System.out.printf("  %-34s %4d pages%n", visitor.name(), seen.size());
        }
        System.out.printf("  payload shown as text on %d of %d pages%n", showing.size(), pages);

        assertThat(injection.columns())
                .as("free-text columns that took the payload")
                .hasSizeGreaterThan(60);
        assertThat(unsafe)
                .as("pages where the payload became markup, and who saw them")
                .isEmpty();
        assertThat(showing.size()).as("pages that show the payload as text").isGreaterThan(pages / 3);
    }

    /** What the injection changed: rows, the columns it changed and the columns whose limits refused it. */
    record Injection(long rows, List<String> columns, List<String> skipped) {}

    /**
     * Appends the payload to every value with a space in every text column, as the database's owner (the app's role
     * may not update every table). The same value gets the same ending everywhere, so values that refer to each other
     * by text still match. A column whose length limit refuses the whole value gets a shortened one; a column whose
     * checks refuse both is left alone and listed.
     */
    private Injection injectIntoEveryFreeText() throws SQLException {
        long rows = 0;
        var columns = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        try (var owner = DriverManager.getConnection(database, TestDatabase.OWNER, "")) {
            var found = new ArrayList<String>();
            try (var query = owner.createStatement();
                    var result = query.executeQuery(
                            """
                            select c.table_schema || '.' || c.table_name || '.' || c.column_name
                            from information_schema.columns c
                            join information_schema.tables t using (table_schema, table_name)
                            where t.table_type = 'BASE TABLE'
                              and c.data_type in ('text', 'character varying')
                              and c.table_schema not in ('pg_catalog', 'information_schema')
                              and c.table_name not like 'flyway%'
                              and c.table_name not like 'spring_session%'
                              and c.table_name not like 'event_publication%'
                            order by 1
                            """)) {
                while (result.next()) {
                    found.add(result.getString(1));
                }
            }
            found.removeAll(RENDERED_HTML);
            for (String column : found) {
                long changed = append(owner, column);
                if (changed > 0) {
                    columns.add(column);
                    rows += changed;
                } else if (changed < 0) {
                    skipped.add(column);
                }
            }
        }
        return new Injection(rows, columns, skipped);
    }

    /**
     * Rows changed, or -1 when the column's checks refused the payload even on a shortened value. Tables that refuse
     * updates by trigger (the audit trail is append-only, a ballot's questions are frozen once it opens) take it with
     * their triggers switched off for the moment: what they hold is shown too.
     */
    private static long append(Connection owner, String qualified) throws SQLException {
        String[] parts = qualified.split("\\.");
        String table = "\"" + parts[0] + "\".\"" + parts[1] + "\"";
        String column = "\"" + parts[2] + "\"";
        long changed = update(owner, table, column);
        if (changed < 0) {
            try (var statement = owner.createStatement()) {
                statement.execute("alter table " + table + " disable trigger user");
                changed = update(owner, table, column);
                statement.execute("alter table " + table + " enable trigger user");
            }
        }
        return changed;
    }

    /** Appends the payload to the whole value, else to its first 20 characters; -1 when both are refused. */
    private static long update(Connection owner, String table, String column) {
        String where = " where " + column + " like '% %' and left(" + column + ", 1) not in ('{', '[')";
        for (String value : List.of(column, "left(" + column + ", 20)")) {
            try (var update =
                    owner.prepareStatement("update " + table + " set " + column + " = " + value + " || ?" + where)) {
                update.setString(1, PAYLOAD);
                return update.executeLargeUpdate();
            } catch (SQLException refused) {
                // a length limit or another check: try a shorter value
            }
        }
        return -1;
    }
}
