package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The weekend's feedback in a real browser: the organiser builds the form from the template (one question added and
 * translated) and opens it; a member, on a phone and reading Polish, follows the link, is told what is missing, and
 * sends the form; the organiser sees the answer counted in the chart. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.minipublic.app.surveys.Surveys surveys;

    @Autowired
    org.minipublic.app.surveys.Answering answering;

    @Autowired
    org.minipublic.app.surveys.Coding coding;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;

    @BeforeAll
    void startBrowser() {
        organiser = fixtures.user("Survey Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Survey journey"));
        browser = Browser.start();
        journey = new Journey(browser, port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOrganiserBuildsTheFeedbackFormAMemberAnswersInPolishOnAPhoneAndTheChartCountsIt() {
        journey.logIn(organiser);
        String base = "/assemblies/" + assembly + "/surveys";
        journey.open(base + "?lang=en");
        assertThat(journey.text()).contains("No surveys yet.");
        Browser.assertAccessible(browser, "surveys-en");
        browser.findElement(By.id("title")).sendKeys("Feedback on weekend 1");
        browser.findElement(By.id("template-FEEDBACK")).click();
        journey.click("//form[.//input[@id='title']]//button");
        assertThat(journey.text()).contains("Survey made.").contains("I felt included and able to take part.");

        // one more question, in English and then in Polish
        browser.findElement(By.id("prompt")).sendKeys("Did you use the childcare?");
        new Select(browser.findElement(By.id("kind"))).selectByValue("SINGLE");
        browser.findElement(By.id("choices")).clear();
        browser.findElement(By.id("choices")).sendKeys("Yes\nNo");
        browser.findElement(By.id("required")).click(); // ticked by default: an optional question
        journey.click("//form[.//textarea[@id='prompt']]//button[@type='submit']");
        assertThat(journey.text()).contains("Question added.").contains("Did you use the childcare?");
        Browser.assertAccessible(browser, "survey-draft-en");
        journey.click("//a[contains(.,'Change or translate') and contains(.,'childcare')]");
        browser.findElement(By.id("prompt-pl")).sendKeys("Czy korzystałeś(-aś) z opieki nad dziećmi?");
        browser.findElement(By.id("choices-pl")).sendKeys("Tak\nNie");
        journey.click("//form[.//textarea[@id='prompt-pl']]//button");
        assertThat(journey.text()).contains("Translation saved.");
        Browser.assertAccessible(browser, "survey-question-en");
        journey.open(base + "?lang=en");
        journey.click("//a[contains(.,'Feedback on weekend 1')]");
        journey.click("//form[contains(@action,'/open')]//button");
        assertThat(journey.text()).contains("The survey is open.");
        // the link as printed names the configured address; the test's server listens elsewhere
        String link = browser.findElement(By.cssSelector("a[href*='/public/surveys/']"))
                .getAttribute("href")
                .replaceAll("^https?://[^/]+", "");
        String results = browser.getCurrentUrl().replaceAll("[?#].*", "") + "/results";
        assertThat(link).startsWith("/public/surveys/");
        journey.logOut();

        // a member on a phone, in Polish
        browser.manage().window().setSize(new Dimension(360, 800));
        journey.open(link + "?lang=pl");
        assertThat(journey.text())
                .contains("Czułem(-am) się włączony(-a) i mogłem(-am) brać udział.")
                .contains("Czy korzystałeś(-aś) z opieki nad dziećmi?");
        Browser.assertAccessible(browser, "survey-form-pl");
        Browser.assertFitsAPhone(browser, "survey-form-pl");
        browser.findElement(By.id("q-inclusive-4")).click();
        journey.click("//main//form//button[@type='submit']");
        assertThat(journey.text()).contains("Wystąpił problem").contains("Odpowiedz na to pytanie.");
        assertThat(browser.findElement(By.id("q-inclusive-4")).isSelected()).isTrue();
        Browser.assertAccessible(browser, "survey-form-errors-pl");
        for (var key : new String[] {"diverse-views", "facilitation", "materials", "speakers", "wellbeing"}) {
            browser.findElement(By.id("q-" + key + "-5")).click();
        }
        browser.findElement(By.id("q-q8-1")).click();
        browser.findElement(By.id("q-change")).sendKeys("Więcej przerw");
        Browser.screenshot(browser, "survey-form-pl");
        journey.click("//main//form//button[@type='submit']");
        assertThat(journey.text()).contains("Dziękujemy");
        journey.open(link + "?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(journey.text()).contains("میں نے خود کو شامل محسوس کیا");
        Browser.assertAccessible(browser, "survey-form-ur");
        Browser.assertFitsAPhone(browser, "survey-form-ur");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // the organiser sees the answer in the chart
        journey.open("/login?lang=en");
        journey.logIn(organiser);
        browser.get(results + "?lang=en");
        assertThat(journey.text()).contains("1 response").contains("mean 4.00").contains("Więcej przerw");
        var chart = browser.findElement(By.cssSelector("#result-inclusive img.survey-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete", chart)));
        Object width = browser.executeScript("return arguments[0].naturalWidth", chart);
        assertThat(((Number) width).intValue()).isEqualTo(640);
        Browser.assertAccessible(browser, "survey-results-en");
        Browser.screenshot(browser, "survey-results-en");
        browser.get(chart.getAttribute("src"));
        var svg = browser.getPageSource();
        assertThat(svg).contains(">Agree<").contains(">1<").contains(">Strongly agree<");
    }

    /** Free-text answers coded from the keyboard: 1 ticks the first code of the answer in focus, j moves on. */
    @Test
    void answersAreCodedFromTheKeyboard() {
        var actor = organiser.actor();
        var id = surveys.create(
                actor,
                assembly,
                "Ideas",
                org.minipublic.app.surveys.SurveyTemplate.ENGAGEMENT,
                java.util.Locale.ENGLISH);
        surveys.open(actor, assembly, id);
        var survey = surveys.survey(actor, assembly, id);
        for (var idea : java.util.List.of("Brighter street lights", "More officers on foot")) {
            var values = java.util.Map.of(
                    "area",
                    java.util.List.of("1"),
                    "safe-day",
                    java.util.List.of("3"),
                    "safe-night",
                    java.util.List.of("3"),
                    "trust-police",
                    java.util.List.of("3"),
                    "ideas",
                    java.util.List.of(idea));
            answering.answer(
                    survey.token(), "en", q -> values.getOrDefault(q.key(), java.util.List.of()), "192.0.2.44");
        }
        coding.addCode(actor, assembly, id, "Lighting", null, "light");
        coding.addCode(actor, assembly, id, "Policing", null, "officer");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logOut();
        journey.logIn(organiser);
        journey.open("/assemblies/" + assembly + "/surveys/" + id + "/coding?lang=en");
        assertThat(journey.text()).contains("Not coded yet (2)").contains("suggested");
        Browser.assertAccessible(browser, "survey-coding-en");
        var answers = browser.findElements(By.cssSelector("article.coded-answer"));
        // newest first: "More officers on foot", then "Brighter street lights"
        browser.executeScript("arguments[0].focus()", answers.get(0));
        browser.switchTo().activeElement().sendKeys("2");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("article.coded-answer [role=status]"))
                                .size()
                        == 1);
        browser.switchTo().activeElement().sendKeys("j");
        browser.switchTo().activeElement().sendKeys("1");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("article.coded-answer [role=status]"))
                                .size()
                        == 2);
        var page = coding.page(actor, assembly, id, survey.questions().get(8).id(), "all", null, 1);
        var lighting = page.codes().get(0).id();
        var policing = page.codes().get(1).id();
        assertThat(page.answers().get(0).codes()).containsExactly(policing);
        assertThat(page.answers().get(1).codes()).containsExactly(lighting);
        Browser.screenshot(browser, "survey-coding-en");
        // on a phone, in Urdu: long question texts in the selects and the survey's link do not widen the pages
        browser.manage().window().setSize(new Dimension(360, 800));
        String base = "/assemblies/" + assembly + "/surveys/" + id;
        for (var path : java.util.List.of(base, base + "/results", base + "/coding")) {
            journey.open(path + "?lang=ur");
            Browser.assertFitsAPhone(browser, "survey-phone-ur" + path.length());
            Browser.assertAccessible(browser, "survey-phone-ur" + path.length());
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logOut();
    }
}
