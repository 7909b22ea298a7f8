package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.followup.FollowUpEvents;
import org.minipublic.app.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's follow-up events: an upcoming resident panel with three places taken and a past webinar, loaded once;
 * the public events page shows them and none of the people who signed up.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoFollowUpIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assemblies assemblies;

    @Autowired
    FollowUpEvents events;

    @Autowired
    DemoFollowUp followUp;

    @Test
    void theDemoHasAnUpcomingPanelWithSignUpsAndAPastWebinarAndThePageNamesNobody() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        followUp.load(id, Actor.system()); // a second load adds nothing
        var all = events.all(Actor.system(), id);
        assertThat(all).hasSize(2);
        var panel = all.stream()
                .filter(e -> e.details().capacity() != null)
                .findFirst()
                .orElseThrow();
        assertThat(panel.confirmed()).isEqualTo(3);
        String page = mvc.perform(get("/public/assemblies/" + id + "/events?lang=en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Resident panel: six months of the action plan")
                .contains("37 places left")
                .contains("Past events")
                .contains("Webinar: the institution")
                .doesNotContain("Priya")
                .doesNotContain("example.org")
                .doesNotContain("interpreter</");
    }
}
