package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The language links lead back to the page they are on, in the other language: with its query, which some pages need
 * (a ballot's results, a coding page's question), without the language chosen before, and from an error page to the
 * address that failed rather than to {@code /error}, which alone answers 500. Against a running server, because only
 * a real servlet container forwards errors to the error pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class LanguageLinksIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} links to {1} in Polish")
    @CsvSource({
        "/forgot-password?sent, /forgot-password?sent&lang=pl",
        "/login?lang=ur, /login?lang=pl",
        "/login?error&lang=ur, /login?error&lang=pl",
        "/public/assemblies/not-an-assembly/materials?page=2, /public/assemblies/not-an-assembly/materials?page=2&lang=pl"
    })
    void languageLinksKeepThePageAndItsQuery(String path, String polish) {
        var response = new WebClient(port).get(path);
        var page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isIn(200, 400);
        assertThat(page.select("nav.language-switcher a[lang=pl]").attr("href")).isEqualTo(polish);
    }
}
