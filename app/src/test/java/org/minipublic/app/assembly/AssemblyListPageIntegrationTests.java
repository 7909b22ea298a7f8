package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's heading says whose assemblies it lists. */
@IntegrationTest
class AssemblyListPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void anAdministratorSeesEveryAssemblyUnderAHeadingThatSaysSo() throws Exception {
        var organiser = fixtures.user("Listed Organiser");
        String title = Fixtures.unique("Someone else's assembly");
        fixtures.assembly(organiser, title);
        var admin = fixtures.admin("Listing Administrator");

        var page = Html.page(mvc, get("/assemblies").with(user(admin.principal())));

        assertThat(page.selectFirst("h1").text()).isEqualTo("All assemblies");
        assertThat(page.title()).startsWith("All assemblies");
        assertThat(page.select("main .card h2").eachText()).contains(title);
    }

    @Test
    void anyoneElseSeesTheirOwnAssembliesUnderTheirHeading() throws Exception {
        var organiser = fixtures.user("Own Organiser");
        String title = Fixtures.unique("My own assembly");
        fixtures.assembly(organiser, title);

        var page = Html.page(mvc, get("/assemblies").with(user(organiser.principal())));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Your assemblies");
        assertThat(page.select("main .card h2").eachText()).containsExactly(title);
    }
}
