package org.minipublic.app.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minipublic.app.members.MemberStatus;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Who opens the demo site in the crawls (each demo user, a member with a portal card, and nobody signed in), where
 * each starts and how each gets in.
 */
final class DemoVisitors {

    /** Someone who opens the site: a demo user, a member with a portal card, or nobody signed in. */
    record Visitor(String name, String email, String portalCode) {}

    private DemoVisitors() {}

    /**
     * Every kind of visitor, or those whose names contain one of the comma-separated words of the system property
     * {@code minipublic.crawl.visitors} (to look into one finding: {@code -Dminipublic.crawl.visitors=officer,anonymous}).
     */
    static List<Visitor> all(Members members, PortalCards cards, AssemblyId assembly) {
        var visitors = new ArrayList<Visitor>();
        DemoUsers.ALL.forEach(user -> visitors.add(new Visitor(user.email(), user.email(), "")));
        visitors.add(new Visitor("portal member", "", portalCode(members, cards, assembly)));
        visitors.add(new Visitor("anonymous", "", ""));
        var only = System.getProperty("minipublic.crawl.visitors", "");
        visitors.removeIf(v -> !only.isEmpty() && Arrays.stream(only.split(",")).noneMatch(v.name()::contains));
        return visitors;
    }

    /** Where the visitor starts: staff at the home page, a member at the portal, anyone else on the public pages. */
    static List<String> seeds(Visitor visitor, AssemblyId assembly) {
        if (!visitor.portalCode().isEmpty()) {
            return List.of("/portal/home");
        }
        if (!visitor.email().isEmpty()) {
            return List.of("/");
        }
        String site = "/public/assemblies/" + assembly;
        return List.of(
                "/",
                "/register",
                "/vote",
                "/portal",
                "/forgot-password",
                "/accessibility",
                site,
                site + "/accountability",
                site + "/materials",
                site + "/report");
    }

    /** Signs the visitor in (or out) and chooses the language, which the app then remembers in a cookie. */
    static void signIn(ChromeDriver browser, int port, Visitor visitor, String language) {
        String origin = "http://localhost:" + port;
        browser.get(origin + "/accessibility");
        browser.manage().deleteAllCookies();
        if (!visitor.email().isEmpty()) {
            browser.get(origin + "/login");
            browser.findElement(By.id("email")).sendKeys(visitor.email());
            browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
            submitAndLeave(browser, origin + "/login");
        } else if (!visitor.portalCode().isEmpty()) {
            browser.get(origin + "/portal");
            browser.findElement(By.id("code")).sendKeys(visitor.portalCode());
            submitAndLeave(browser, origin + "/portal");
        }
        browser.get(origin + "/accessibility?lang=" + language);
    }

    private static void submitAndLeave(ChromeDriver browser, String page) {
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlToBe(page)));
    }

    /** A fresh card for an English-reading member (codes exist in clear only when issued). */
    private static String portalCode(Members members, PortalCards cards, AssemblyId assembly) {
        var member = members.all(Actor.system(), assembly).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE && m.language().equals("en"))
                .findFirst()
                .orElseThrow();
        return cards.issue(Actor.system(), assembly, member.id()).grouped();
    }
}
