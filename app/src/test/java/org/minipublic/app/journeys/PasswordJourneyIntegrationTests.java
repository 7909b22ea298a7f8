package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minipublic.app.support.Browser.assertAccessible;
import static org.minipublic.app.support.Browser.assertFitsAPhone;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Outbox;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A user who forgot their password, in a real browser: asks for a link, chooses a new password through it, logs in
 * and changes it again. Every page passes the axe-core rules (WCAG 2.1 A and AA) and fits a 360-pixel-wide screen,
 * in English and in Urdu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Fixtures.class, Outbox.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @BeforeEach
    void logOut() {
        open("/login?lang=en");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aUserWhoForgotTheirPasswordChoosesANewOneAndLaterChangesIt() {
        var user = fixtures.user("Forgot In A Browser");
        open("/login");
        browser.findElement(By.linkText("Forgotten your password?")).click();
        waitForHeading("Choose a new password");
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href"))
                .endsWith("#email");
        assertAccessible(browser, "forgot-password-with-errors");
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        waitForHeading("Check your e-mail");
        assertAccessible(browser, "forgot-password-sent");

        browser.get(Outbox.link(outbox.awaitSent(user.email(), 1).body(), "/password-reset/")
                .replaceFirst("http://localhost:\\d+", "http://localhost:" + port));
        waitForHeading("Choose a new password");
        assertAccessible(browser, "password-reset");
        assertFitsAPhone(browser, "password-reset-phone");
        browser.findElement(By.id("password")).sendKeys("a fresh passphrase");
        browser.findElement(By.id("passwordConfirmation")).sendKeys("a fresh passphrase");
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Your new password is saved");

        logIn(user.email(), "a fresh passphrase");
        open("/account/password");
        waitForHeading("Change your password");
        browser.findElement(By.id("currentPassword")).sendKeys("not the password");
        browser.findElement(By.id("newPassword")).sendKeys("another fresh passphrase");
        browser.findElement(By.id("newPasswordConfirmation")).sendKeys("another fresh passphrase");
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        // the click starts a page load: wait for the answer rather than read the page it replaces
        waitForError("currentPassword");
        assertThat(browser.findElement(By.id("currentPassword")).getAttribute("aria-describedby"))
                .isEqualTo("currentPassword-error");
        assertAccessible(browser, "password-change-wrong-current");
        browser.findElement(By.id("currentPassword")).sendKeys("a fresh passphrase");
        browser.findElement(By.id("newPassword")).sendKeys("short");
        browser.findElement(By.id("newPasswordConfirmation")).sendKeys("short");
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        waitForError("newPassword");
        assertThat(browser.findElement(By.id("newPassword")).getAttribute("aria-describedby"))
                .contains("newPassword-error");
        assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href"))
                .endsWith("#newPassword");
        assertAccessible(browser, "password-change-with-errors");
        assertFitsAPhone(browser, "password-change-phone");
        browser.findElement(By.id("currentPassword")).sendKeys("a fresh passphrase");
        browser.findElement(By.id("newPassword")).sendKeys("another fresh passphrase");
        browser.findElement(By.id("newPasswordConfirmation")).sendKeys("another fresh passphrase");
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Your password has been changed");
        logIn(user.email(), "another fresh passphrase");
    }

    @Test
    void thePasswordPagesWorkInUrduOnAPhone() {
        open("/forgot-password?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible(browser, "forgot-password-urdu");
        assertFitsAPhone(browser, "forgot-password-urdu-phone");
        open("/password-reset/not-a-real-token");
        assertAccessible(browser, "password-reset-unavailable-urdu");
        open("/login?wait=30");
        assertAccessible(browser, "login-wait-urdu");
        assertFitsAPhone(browser, "login-wait-urdu-phone");
        open("/?lang=en");
    }

    private void logIn(String email, String password) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit].button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Waits until the page shows the error of this field, which only the answer to the posted form can. */
    private void waitForError(String field) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(field + "-error")));
    }
}
