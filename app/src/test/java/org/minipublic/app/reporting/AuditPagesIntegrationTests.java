package org.minipublic.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Team;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit pages say which assembly they are about, and name the people entries are about. */
@IntegrationTest
class AuditPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Team team;

    @Test
    void theAssemblyAuditPageNamesTheAssembly() throws Exception {
        var organiser = fixtures.user("Audit Page Organiser");
        String title = Fixtures.unique("Assembly on parks");
        var assembly = fixtures.assembly(organiser, title);

        var page = Html.page(mvc, get("/assemblies/" + assembly + "/audit").with(user(organiser.principal())));

        assertThat(page.title()).contains(title);
        assertThat(page.selectFirst("main .caption").text()).isEqualTo(title);
    }

    @Test
    void anEntryAboutAUserNamesThemInsteadOfShowingTheirId() throws Exception {
        var organiser = fixtures.user("Audit Names Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Audit names"));
        var member = fixtures.userWithRole(Fixtures.unique("Named Member"), assembly, AssemblyRole.MEMBER);
        team.changeRole(organiser.actor(), assembly, member.id(), AssemblyRole.FACILITATOR);
        var admin = fixtures.admin("Audit Names Admin");

        var assemblyLog = Html.page(
                mvc,
                get("/assemblies/" + assembly + "/audit")
                        .param("action", "team.role-changed")
                        .with(user(organiser.principal())));
        var platformLog = Html.page(
                mvc, get("/admin/audit").param("text", member.id().toString()).with(user(admin.principal())));

        for (var log : List.of(assemblyLog, platformLog)) {
            var rows = log.select("#audit-results tbody tr");
            assertThat(rows).isNotEmpty();
            assertThat(rows).extracting(row -> about(row)).containsOnly(member.name());
            assertThat(log.select("#audit-results tbody").text())
                    .doesNotContain(member.id().toString());
        }
    }

    /** The "About" column. */
    private static String about(Element row) {
        return row.child(3).text();
    }
}
