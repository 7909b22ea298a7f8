package org.minipublic.app.support;

import java.time.Duration;
import org.minipublic.app.support.Fixtures.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The steps every browser journey takes: open a page of the app under test, click and wait, read, log in and out. */
public final class Journey {

    private final ChromeDriver browser;
    private final int port;

    public Journey(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    public void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks the element and waits until the page has changed (a new page, or the same one redrawn). */
    public void click(String xpath) {
        var before = browser.getCurrentUrl() + browser.getPageSource().hashCode();
        browser.findElement(By.xpath(xpath)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !(d.getCurrentUrl() + d.getPageSource().hashCode()).equals(before));
    }

    /**
     * A file the page links to, fetched by the browser itself so that it goes with the browser's session, as a
     * download would.
     */
    public byte[] download(String path) {
        Object encoded = browser.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('failed: ' + e));
                """,
                path);
        if (encoded.toString().startsWith("failed")) {
            throw new AssertionError(path + " could not be fetched: " + encoded);
        }
        return java.util.Base64.getDecoder().decode(encoded.toString());
    }

    /** The text of the page's main part. */
    public String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    public void logIn(TestUser user) {
        open("/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void logOut() {
        open("/login");
        browser.manage().deleteAllCookies();
    }
}
