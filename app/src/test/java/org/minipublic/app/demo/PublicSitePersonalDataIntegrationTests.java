package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 14: every public page, feed, download and API response of the demo assembly, found by following their links
 * from the assembly's front page and the API's list of assemblies (not from a list that a new page could miss), names
 * no member, and shows no member's e-mail address or phone number and no respondent's street address.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class PublicSitePersonalDataIntegrationTests {

    /** Links in pages (href) and in API responses (JSON strings) that stay on the public site or the open API. */
    private static final Pattern JSON_LINK = Pattern.compile("\"(/(?:public|api/v1)/[^\"\\s]+)\"");

    private static final int LIMIT = 400;

    @Autowired
    MockMvc mvc;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everythingPublishedAboutTheDemoAssemblyNamesNoOneAndHoldsNoContactDetails() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var published = crawl(List.of("/public/assemblies/" + id + "?lang=en", "/api/v1/assemblies"));

        var secrets = new ArrayList<String>();
        for (var member : members.all(Actor.system(), id)) {
            var profile = members.member(Actor.system(), id, member.id()).profile();
            String name = profile.firstName() + " " + profile.lastName();
            secrets.add(name);
            secrets.add(HtmlUtils.htmlEscape(name));
            secrets.add(profile.email());
            secrets.add(profile.phone());
        }
        secrets.addAll(jdbc.sql(
                        """
                        select h.line1 from recruitment.respondents r join recruitment.households h on h.id = r.household_id
                        where r.assembly_id = :a
                        """)
                .param("a", id.value())
                .query(String.class)
                .list());
        secrets.removeIf(String::isBlank);

        System.out.printf(
                "%nPublic site of the demo assembly: %d responses read, %d names, contacts and addresses looked for%n",
                published.size(), secrets.size());
        assertThat(secrets).as("members and respondents looked for").hasSizeGreaterThan(200);
        assertThat(published.keySet())
                .as("the crawl reached the pages, feed, downloads and API of every part")
                .hasSizeGreaterThanOrEqualTo(20)
                .anyMatch(p -> p.endsWith("/updates.atom"))
                .anyMatch(p -> p.contains("/report"))
                .anyMatch(p -> p.contains("/materials"))
                .anyMatch(p -> p.contains("/events"))
                .anyMatch(p -> p.contains("/progress-reports/"))
                .anyMatch(p -> p.matches("/api/v1/assemblies/[^/]+/recommendations.*"))
                .anyMatch(p -> p.matches("/api/v1/assemblies/[^/]+/responses.*"))
                .anyMatch(p -> p.matches("/api/v1/assemblies/[^/]+/actions.*"))
                .anyMatch(p -> p.contains(".csv"))
                .anyMatch(p -> p.endsWith("/report.pdf"));
        var found = new LinkedHashMap<String, String>();
        published.forEach((path, text) -> secrets.stream()
                .filter(text::contains)
                .findFirst()
                .ifPresent(secret -> found.put(path, "a member's or respondent's detail")));
        assertThat(found).as("public responses holding personal data").isEmpty();
    }

    /** Every public path reachable from the seeds, with what it answered (successful responses only). */
    private Map<String, String> crawl(List<String> seeds) throws Exception {
        var seen = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && seen.size() < LIMIT) {
            String path = queue.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            var response = mvc.perform(get(path)).andReturn().getResponse();
            seen.put(path, "");
            if (response.getStatus() != 200) {
                continue;
            }
            String type = String.valueOf(response.getContentType());
            String text = type.startsWith("application/pdf")
                    ? pdfText(response.getContentAsByteArray())
                    : response.getContentAsString(StandardCharsets.UTF_8);
            seen.put(path, text);
            var links = new ArrayList<String>();
            if (type.startsWith("text/html")) {
                Jsoup.parse(text).select("a[href], link[href]").forEach(a -> links.add(a.attr("href")));
            } else {
                JSON_LINK.matcher(text).results().forEach(m -> links.add(m.group(1)));
            }
            for (String link : links) {
                String local = link.replaceFirst("^https?://[^/]+", "").split("#", 2)[0];
                if ((local.startsWith("/public/") || local.startsWith("/api/v1/")) && !local.contains("lang=")) {
                    queue.add(local);
                }
            }
        }
        seen.values().removeIf(String::isEmpty);
        return seen;
    }

    /** A PDF's text as a reader would copy it (its streams are compressed, so the bytes would hide a name). */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
