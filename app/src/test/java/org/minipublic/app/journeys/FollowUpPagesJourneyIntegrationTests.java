package org.minipublic.app.journeys;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.accountability.ActionId;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.MeetingId;
import org.minipublic.app.accountability.MeetingText;
import org.minipublic.app.accountability.ProgressReportId;
import org.minipublic.app.accountability.ProgressReports;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.ReviewMeetings;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The follow-up pages of the action plan in a real browser: review meetings, reminders, progress reports, on the
 * staff side and the public side, in English and in Urdu; each passes axe-core and fits a 360-pixel phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpPagesJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    ProgressReports reports;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;
    ActionId action;
    MeetingId meeting;
    ProgressReportId report;

    @BeforeAll
    void start() {
        organiser = fixtures.user("Follow-up Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Follow-up journey"));
        var actor = organiser.actor();
        var today = responses.today();
        var recommendation = responses.add(actor, assembly, "Publish stop and search figures by ward", "");
        action = plan.add(
                actor,
                assembly,
                new ActionText(
                        "Quarterly stop and search figures by ward",
                        "Figures published each quarter.",
                        "Waltham Forest Police, performance team",
                        "",
                        List.of(recommendation),
                        "performance.team.with.a.long.address@police.example.org"));
        plan.addMilestone(actor, assembly, action, "First quarter's figures published", today.plusDays(10));
        plan.postUpdate(
                actor,
                assembly,
                action,
                "Ward boundaries are being corrected.",
                "https://example.org/minutes",
                ActionStatus.DELAYED);
        meeting = meetings.add(
                actor,
                assembly,
                new MeetingText(
                        today,
                        "Community Safety Partnership quarterly review",
                        "Police, council community safety team, two assembly members",
                        "The partnership reviewed the plan in public."));
        meetings.addDecision(
                actor,
                assembly,
                meeting,
                "Publish the figures within four weeks.",
                List.of(action),
                List.of(recommendation));
        responses.setResponseDue(actor, assembly, today.minusMonths(3).plusDays(1));
        report = reports.prepare(actor, assembly, 1);
        reports.changeIntro(actor, assembly, report, "Three months on: figures late, training designed.", 0);
        reports.publish(actor, assembly, report);
        responses.publish(actor, assembly, true);
        browser = Browser.start();
        journey = new Journey(browser, port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFollowUpPagesPassAxeAndFitAPhoneInEnglishAndUrdu() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logIn(organiser);
        String base = "/assemblies/" + assembly;
        var pages = List.of(
                base + "/meetings",
                base + "/meetings/new",
                base + "/meetings/" + meeting,
                base + "/actions",
                base + "/actions/" + action,
                base + "/actions/" + action + "/edit",
                base + "/progress-reports",
                base + "/progress-reports/" + report,
                "/public/assemblies/" + assembly + "/accountability",
                "/public/assemblies/" + assembly + "/progress-reports/" + report);
        for (String language : List.of("en", "ur")) {
            for (String page : pages) {
                journey.open(page + "?lang=" + language);
                String name = "follow-up-" + language
                        + page.replace(assembly.toString(), "a")
                                .replace(meeting.toString(), "m")
                                .replace(action.toString(), "x")
                                .replace(report.toString(), "r")
                                .replace('/', '-');
                Browser.assertAccessible(browser, name);
                Browser.assertFitsAPhone(browser, name + "-phone");
            }
        }
    }
}
