package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minipublic.app.support.Browser.assertAccessible;
import static org.minipublic.app.support.Browser.assertFitsAPhone;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.TotpCodes;
import org.minipublic.app.support.TwoFactorRequiredTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new organiser in a real browser: sent to set up two-factor sign-in at the first login, scans (here: reads) the
 * key, keeps the backup codes, and from then on gives a code after the password. Every page passes the axe-core
 * rules and fits a phone, the code page in Urdu too.
 */
@TwoFactorRequiredTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewOrganiserSetsUpTwoFactorSignInAndThenLogsInWithACode() {
        var organiser = fixtures.organiser("Organiser In A Browser");
        logIn(organiser.email());
        open("/assemblies");
        waitForHeading("Two-factor sign-in");
        assertThat(browser.getCurrentUrl()).endsWith("/account/two-factor");
        assertAccessible(browser, "two-factor-enrol");
        assertFitsAPhone(browser, "two-factor-enrol-phone");
        String secret = browser.findElement(By.id("secret")).getText();
        submitCode("000000".equals(TotpCodes.at(secret, 0)) ? "111111" : "000000");
        waitFor(By.id("code-error"));
        assertAccessible(browser, "two-factor-enrol-wrong-code");
        submitCode(TotpCodes.at(secret, 0));
        waitForHeading("Your backup codes");
        assertThat(browser.findElements(By.cssSelector(".backup-codes code"))).hasSize(10);
        assertAccessible(browser, "two-factor-backup-codes");

        browser.manage().deleteAllCookies();
        logIn(organiser.email());
        waitForHeading("Enter your code");
        assertAccessible(browser, "login-code");
        assertFitsAPhone(browser, "login-code-phone");
        submitCode("12345");
        waitFor(By.cssSelector(".error-summary"));
        assertAccessible(browser, "login-code-wrong");
        open("/login/code?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible(browser, "login-code-urdu");
        open("/login/code?lang=en");
        submitCode(TotpCodes.at(secret, 1));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        open("/account/two-factor");
        waitForHeading("Two-factor sign-in");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have 10 backup codes left.");
        assertAccessible(browser, "two-factor-status");
    }

    private void logIn(String email) {
        open("/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlMatches("/login(\\?.*)?$")));
    }

    private void submitCode(String code) {
        var field = browser.findElement(By.id("code"));
        field.clear();
        field.sendKeys(code);
        browser.findElement(By.cssSelector("main form button[type=submit].button"))
                .click();
    }

    private void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
