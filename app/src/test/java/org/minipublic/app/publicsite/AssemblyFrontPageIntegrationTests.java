package org.minipublic.app.publicsite;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.SessionPeople;
import org.minipublic.app.programme.SpeakerDetails;
import org.minipublic.app.programme.Speakers;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An assembly's public front page: nothing while it is planned; then its question, its programme with the speakers
 * who agreed to be named (never the others, the rooms or the team), and a way to each public page that is out.
 */
@IntegrationTest
class AssemblyFrontPageIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Programme programme;

    @Autowired
    Speakers speakers;

    @Autowired
    Responses responses;

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheQuestionAndTheProgrammeWithOnlyTheSpeakersWhoAgreedAndLinksToWhatIsPublished() throws Exception {
        var organiser = fixtures.user("Front Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Front page"));
        var actor = organiser.actor();
        var named = speakers.add(
                actor,
                assembly,
                new SpeakerDetails("Dr Amina Patel", "University of Leeds", Perspective.EXPERT, "", true));
        var unnamed = speakers.add(
                actor, assembly, new SpeakerDetails("Private Witness", "", Perspective.LIVED_EXPERIENCE, "", false));
        programme.add(
                actor,
                assembly,
                new SessionDetails(
                        LocalDate.of(2027, 2, 20),
                        LocalTime.of(10, 30),
                        LocalTime.of(11, 45),
                        "What the figures say",
                        "Committee Room B",
                        Stage.LEARN),
                new SessionPeople(Set.of(named, unnamed), organiser.id()));
        String page = "/public/assemblies/" + assembly;

        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get("/public/assemblies/" + AssemblyId.random())).andExpect(status().isNotFound());
        assemblies.moveTo(Actor.system(), assembly, AssemblyStatus.RECRUITING);

        mvc.perform(get(page + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("How can the police build trust with all communities?"),
                                containsString("Borough Council"),
                                containsString("Weekend 1: Saturday 20 February 2027"),
                                containsString("10:30–11:45"),
                                containsString("What the figures say"),
                                containsString("Learning"),
                                containsString("Dr Amina Patel"),
                                containsString("University of Leeds"),
                                containsString("Nothing has been published yet"))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Private Witness")),
                                not(containsString("Committee Room B")),
                                not(containsString("Front Page Organiser")),
                                not(containsString(page + "/accountability")),
                                not(containsString(page + "/report\"")))));

        responses.add(actor, assembly, "Publish the figures every month", "");
        responses.publish(actor, assembly, true);
        mvc.perform(get(page + "?lang=ur"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("dir=\"rtl\""),
                                containsString("سفارشات کا کیا ہوا"),
                                containsString(page + "/accountability"),
                                containsString(page + "/events"),
                                not(containsString("ابھی کچھ شائع نہیں ہوا")))));
        // the other public pages lead back here
        mvc.perform(get(page + "/accountability")).andExpect(content().string(containsString("href=\"" + page + "\"")));
    }
}
