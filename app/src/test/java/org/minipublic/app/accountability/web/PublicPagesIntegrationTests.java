package org.minipublic.app.accountability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The public accountability page is kept once rendered and sent again to other visitors, each with their own form
 * token, while the record it shows is unchanged; a change shows at once, and pages for one visitor (logged in, or
 * with a notice) are never kept or sent to others. Over real HTTP, with each visitor's own cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PublicPagesIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    PublicPages pages;

    @Test
    void otherVisitorsGetTheKeptPageWithTheirOwnWorkingToken() {
        var assembly = published("Kept page");
        String page = page(assembly);
        int before = pages.size();
        var first = new WebClient(port).get(page);
        int kept = pages.size();
        assertThat(kept).isEqualTo(before + 1);
        long sentBefore = pages.sentKept();
        var second = new WebClient(port);
        var again = second.get(page);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(pages.size()).isEqualTo(kept);
        assertThat(pages.sentKept()).as("served from what the first visit kept").isEqualTo(sentBefore + 1);
        assertThat(token(again.body())).isNotEqualTo(token(first.body()));
        assertThat(withoutToken(again.body())).isEqualTo(withoutToken(first.body()));
        assertThat(again.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));

        // The token sent with the kept page is the visitor's own: their subscription is accepted, and the notice
        // it leads to is theirs alone.
        var subscribed =
                second.post("/public/assemblies/" + assembly + "/subscribe", Map.of("email", "kept-page@example.org"));
        assertThat(subscribed.statusCode()).isEqualTo(302);
        assertThat(second.get(page).body()).contains("we have sent it a link");
        assertThat(new WebClient(port).get(page).body()).doesNotContain("we have sent it a link");
    }

    @Test
    void aChangeToTheRecordShowsAtOnce() {
        var organiser = fixtures.user("Kept Page Officer");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Kept page changes"));
        var id = responses.add(organiser.actor(), assembly, "Light the underpass", "");
        responses.respond(organiser.actor(), assembly, id, response("We are costing it."), -1);
        responses.publish(organiser.actor(), assembly, true);
        String page = page(assembly);
        assertThat(new WebClient(port).get(page).body()).contains("We are costing it.");
        assertThat(new WebClient(port).get(page).body()).contains("We are costing it.");

        var action =
                plan.add(organiser.actor(), assembly, new ActionText("New lamps", "Lamps", "Council", "", List.of(id)));
        plan.postUpdate(organiser.actor(), assembly, action, "Lamps ordered.", "", ActionStatus.ON_TRACK);

        String after = new WebClient(port).get(page).body();
        assertThat(after).contains("New lamps").contains("Lamps ordered.");
    }

    @Test
    void pagesForOneVisitorOrAtMadeUpAddressesAreNotKept() {
        var organiser = fixtures.user("Kept Page Organiser");
        var assembly = published("Not kept", organiser);
        String page = page(assembly);
        new WebClient(port).get(page);
        int kept = pages.size();

        var staff = new WebClient(port);
        assertThat(staff.logIn(organiser.email(), Fixtures.PASSWORD)).isTrue();
        assertThat(staff.get(page).body()).contains("Log out");
        assertThat(new WebClient(port).get(page + "?x=1").statusCode()).isEqualTo(200);
        assertThat(new WebClient(port).get(page + "?status=NOT_A_STATUS").statusCode())
                .isEqualTo(200);
        assertThat(pages.size()).isEqualTo(kept);
        assertThat(new WebClient(port).get(page).body()).doesNotContain("Log out");

        // A language and a filter are pages of their own.
        assertThat(new WebClient(port).get(page + "?lang=pl").body()).contains("lang=\"pl\"");
        assertThat(pages.size()).as("kept in Polish").isEqualTo(kept + 1);
        new WebClient(port).get(page + "?status=DONE");
        assertThat(pages.size()).as("kept with a filter").isEqualTo(kept + 2);
        assertThat(new WebClient(port).get(page).body()).contains("<html lang=\"en\"");
    }

    private AssemblyId published(String title) {
        return published(title, fixtures.user(title + " Organiser"));
    }

    private AssemblyId published(String title, Fixtures.TestUser organiser) {
        var assembly = fixtures.assembly(organiser, Fixtures.unique(title));
        var id = responses.add(organiser.actor(), assembly, "Keep victims informed", "Every victim gets a contact.");
        responses.respond(organiser.actor(), assembly, id, response("A named contact for every victim."), -1);
        responses.publish(organiser.actor(), assembly, true);
        return assembly;
    }

    private ResponseText response(String reasoning) {
        return new ResponseText(
                ResponseStatus.UNDER_CONSIDERATION, reasoning, "Police", "Chief Inspector", responses.today());
    }

    private static String page(AssemblyId assembly) {
        return "/public/assemblies/" + assembly + "/accountability";
    }

    private static String token(String body) {
        var found = TOKEN.matcher(body);
        assertThat(found.find()).as("a form token on the page").isTrue();
        return found.group(1);
    }

    private static String withoutToken(String body) {
        return body.replace(token(body), "");
    }
}
