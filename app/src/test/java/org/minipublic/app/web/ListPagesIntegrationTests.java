package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.TeamInvitations;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists people work through: the team, users, the outbox, audit logs and the recruitment lists. Each column is
 * named for what it holds, and on a phone each row stacks into lines that name their column, so no cell, role picker
 * or button is pushed off the screen (the browser test {@code SmallScreenIntegrationTests} measures that).
 */
@IntegrationTest
class ListPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    Outbox outbox;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Test
    void theTeamAndUsersListsNameThePeopleColumnName() throws Exception {
        var organiser = fixtures.user("Listing Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Listing"));
        var admin = fixtures.admin("Listing Admin");

        var team = Html.page(mvc, get("/assemblies/" + assembly + "/team").with(user(organiser.principal())));
        var users = Html.page(mvc, get("/admin/users").with(user(admin.principal())));

        assertThat(team.select("main table thead th").first().text()).isEqualTo("Name");
        assertThat(users.select("main table thead th").first().text()).isEqualTo("Name");
    }

    @Test
    void everyListOfMoreThanTwoColumnsStacksWithEachCellNamedAfterItsColumn() throws Exception {
        var organiser = fixtures.user("Stacking Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Stacking"));
        fixtures.userWithRole("Stacking Member", assembly, AssemblyRole.MEMBER);
        var admin = fixtures.admin("Stacking Admin");
        String invited = "stacking." + System.nanoTime() + "@test.minipublic.org";
        invitations.invite(organiser.actor(), assembly, invited, AssemblyRole.FACILITATOR, Locale.ENGLISH);
        outbox.awaitStored(invited);
        var upload = addresses.upload(organiser.actor(), assembly, "a.csv", addressFile(12));
        addresses.importUpload(organiser.actor(), assembly, upload.uploadId());
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(6, false, Map.of()), 7L);
        String base = "/assemblies/" + assembly;

        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                base + "/team",
                base + "/audit",
                base + "/addresses",
                base + "/invitations",
                base + "/invitations/" + round.id(),
                base + "/registration",
                base + "/respondents")) {
            problems.addAll(unstacked(path, organiser.principal()));
        }
        for (String path : List.of("/admin/users", "/admin/outbox", "/admin/audit")) {
            problems.addAll(unstacked(path, admin.principal()));
        }

        assertThat(problems).isEmpty();
    }

    private List<String> unstacked(String path, MinipublicUser who) throws Exception {
        Document page = Html.page(mvc, get(path).with(user(who)));
        List<String> problems = new ArrayList<>();
        for (Element table : page.select("main table")) {
            var headers = table.select("thead th");
            if (headers.size() <= 2) {
                continue; // two columns fit a phone side by side
            }
            if (!table.hasClass("stacked")) {
                problems.add(path + ": a table of " + headers.size() + " columns does not stack");
                continue;
            }
            for (Element row : table.select("tbody tr")) {
                for (int column = 1; column < row.children().size(); column++) {
                    var cell = row.child(column);
                    String expected = headers.get(column).text();
                    if (!cell.attr("data-label").equals(expected) && !needsNoLabel(cell)) {
                        problems.add(path + ": a cell of column " + expected + " is labelled \""
                                + cell.attr("data-label") + "\"");
                    }
                }
            }
        }
        return problems;
    }

    /** An empty cell shows nothing to name, and buttons and links say what they do. */
    private static boolean needsNoLabel(Element cell) {
        var copy = cell.clone();
        copy.select("a, button, form").remove();
        return copy.text().isBlank();
    }

    private static byte[] addressFile(int count) {
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        for (int i = 0; i < count; i++) {
            csv.append(i + 1)
                    .append(" Stack Road,,Testford,TE1 ")
                    .append(i % 9)
                    .append("AA,Area ")
                    .append(i % 2 == 0 ? 'A' : 'B')
                    .append(',')
                    .append(200_000 + i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
