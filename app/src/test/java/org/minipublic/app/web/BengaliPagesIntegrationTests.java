package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

/**
 * Bengali is offered by the language switcher, written left to right, remembered in the language cookie, and shows
 * member-facing pages in Bengali; a staff text not yet translated falls back to English rather than to its key.
 * Against a running server, as a browser without JavaScript sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class BengaliPagesIntegrationTests {

    private static final Locale BENGALI = Locale.forLanguageTag("bn");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void theSwitcherOffersBengaliAndTheChoiceIsRemembered() {
        var browser = new WebClient(port);

        var english = Jsoup.parse(browser.get("/register").body());
        var link = english.selectFirst("nav.language-switcher a[lang=bn]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("বাংলা");
        assertThat(link.attr("href")).isEqualTo("/register?lang=bn");

        var registration = browser.get("/register?lang=bn");
        assertThat(registration.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("MINIPUBLIC_LANG=bn"));
        assertBengali(Jsoup.parse(registration.body()));
        assertThat(Jsoup.parse(registration.body()).text())
                .contains(messages.getMessage("registration.code.intro", null, BENGALI))
                .contains("আপনার আমন্ত্রণপত্রে দেওয়া নিবন্ধন কোডটি লিখুন");

        var signIn = Jsoup.parse(browser.get("/portal").body());
        assertBengali(signIn);
        assertThat(signIn.text()).contains("আপনার সাইন-ইন কার্ডের কোডটি লিখুন");
        assertThat(signIn.selectFirst("nav.language-switcher a[lang=bn]").attr("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void aBengaliSpeakingBrowserGetsBengaliWithoutChoosing() {
        var browser = new WebClient(port).withHeader("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5");

        var login = Jsoup.parse(browser.get("/login").body());

        assertBengali(login);
        assertThat(login.select("button[type=submit]").text()).contains("লগ ইন করুন");
    }

    /** Staff pages are not translated yet: their texts fall back to the English file, never to a bare key. */
    @Test
    void aStaffTextMissingInBengaliFallsBackToEnglish() {
        assertThat(messages.getMessage("portal.cards.title", null, BENGALI))
                .isEqualTo(messages.getMessage("portal.cards.title", null, Locale.ENGLISH))
                .isEqualTo("Sign-in cards");
        assertThat(messages.getMessage("portal.title", null, BENGALI)).isEqualTo("আপনার সমাবেশের পাতা");
    }

    private static void assertBengali(Document page) {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("bn");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("মূল বিষয়বস্তুতে যান");
    }
}
