package org.minipublic.app.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The follow-up event pages: staff add and publish an event through the form and see (and download, formula-safe)
 * who signed up; residents see it on the public page (in Urdu too) with no one's name or address, sign up through the
 * form, hold the place only by pressing the button on the linked page, and get a calendar file.
 */
@IntegrationTest
class FollowUpPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    @Autowired
    SignUps signUps;

    @Autowired
    Outbox outbox;

    @Test
    void staffPublishAnEventResidentsSignUpAndTheListShowsOnlyStaffWhoSignedUp() throws Exception {
        var organiser = fixtures.user("Pages Follow-up Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Pages follow-up"));
        String base = "/assemblies/" + assembly + "/events";
        String publicPage = "/public/assemblies/" + assembly + "/events";
        // until the accountability page is published, the events page does not exist
        mvc.perform(get(publicPage)).andExpect(status().isNotFound());
        publish(organiser, assembly);

        var start = LocalDateTime.now()
                .plusDays(20)
                .withHour(18)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        // a join link that is not a web address is refused, naming the field
        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("title", "Webinar")
                        .param("kind", "WEBINAR")
                        .param("starts", start.toString())
                        .param("ends", start.plusHours(1).toString())
                        .param("joinUrl", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a web address starting with http://")));
        var created = mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("title", "Resident panel, one year on; questions welcome")
                        .param("kind", "RESIDENT_PANEL")
                        .param("description", "Hear from the police")
                        .param("starts", start.toString())
                        .param("ends", start.plusHours(2).toString())
                        .param("place", "Town hall, Room 2")
                        .param("capacity", "30"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String eventPage = created.getResponse().getRedirectedUrl();
        assertThat(eventPage).startsWith(base + "/");
        String eventId = eventPage.substring(eventPage.lastIndexOf('/') + 1);
        mvc.perform(get(publicPage)).andExpect(content().string(not(containsString("one year on"))));
        mvc.perform(get(eventPage + "/cancel").with(user(organiser.principal())))
                .andExpect(content().string(containsString("Cancel the event?")));
        mvc.perform(post(eventPage + "/publish")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "followup.event.published"));
        mvc.perform(get(eventPage).with(user(organiser.principal())))
                .andExpect(content().string(containsString("Published")))
                .andExpect(content().string(containsString(start.getDayOfMonth() + " ")))
                .andExpect(content().string(containsString("18:30")));

        // a resident signs up through the public form
        String email = "zebedee." + System.nanoTime() + "@example.org";
        mvc.perform(post(publicPage + "/" + eventId + "/sign-up")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.90");
                            return r;
                        })
                        .param("name", "=HYPERLINK(\"http://x\") Zebedee Quartermain")
                        .param("email", email)
                        .param("accessNeeds", "Hearing loop")
                        .param("consent", "true"))
                .andExpect(flash().attribute("notice", "followup.sign-up.check-inbox"));
        String link = Outbox.link(outbox.awaitSent(email, 1).body(), "/public/event-sign-ups/");
        String path = link.substring(link.indexOf("/public/"));
        mvc.perform(get(path)).andExpect(content().string(containsString("Yes, hold my place")));
        assertThat(signUps.publicEvent(assembly, EventId.valueOf(eventId)).confirmed())
                .as("opening the link holds no place")
                .isZero();
        mvc.perform(post(path + "/confirm").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmed: your place is held.")));

        // the public page, in English and in Urdu, names nobody who signed up
        for (String lang : new String[] {"en", "ur"}) {
            String html = mvc.perform(get(publicPage + "?lang=" + lang))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .contains("one year on")
                    .doesNotContain("Zebedee")
                    .doesNotContain(email)
                    .doesNotContain("Hearing loop");
            if (lang.equals("ur")) {
                assertThat(html)
                        .contains("dir=\"rtl\"")
                        .contains("اسمبلی کے بعد کی تقریبات")
                        .contains("29 نشستیں باقی");
            } else {
                assertThat(html).contains("29 places left").contains("deleted 30 days after the event");
            }
        }

        // staff who run events see the sign-up; the CSV neutralises a formula
        mvc.perform(get(eventPage + "/sign-ups").with(user(organiser.principal())))
                .andExpect(content().string(containsString("Zebedee Quartermain")))
                .andExpect(content().string(containsString("Hearing loop")));
        String csv = mvc.perform(get(eventPage + "/sign-ups.csv").with(user(organiser.principal())))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains(email);
        var facilitator = fixtures.userWithRole(
                "Pages Follow-up Facilitator", assembly, org.minipublic.app.identity.AssemblyRole.FACILITATOR);
        mvc.perform(get(eventPage + "/sign-ups").with(user(facilitator.principal())))
                .andExpect(status().isForbidden());

        // cancelling the sign-up from the link deletes it
        mvc.perform(post(path + "/cancel").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("your details have been deleted")));
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void theCalendarFileHasTheEventEscapedAndNoPersonalData() throws Exception {
        var organiser = fixtures.user("Calendar Follow-up Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Calendar follow-up"));
        publish(organiser, assembly);
        var events = organiser.actor();
        var id = signUpsFacade()
                .create(events, assembly, FollowUpIntegrationTests.panel("Panel; Q&A, with the police", null));
        String ics = "/public/assemblies/" + assembly + "/events/" + id + ".ics";
        mvc.perform(get(ics)).andExpect(status().isNotFound()); // a draft has no calendar file
        signUpsFacade().publish(events, assembly, id);
        String email = "calendar." + System.nanoTime() + "@example.org";
        signUps.signUp(
                assembly, id, new SignUps.Request("Calendar Person", email, "", true), Locale.ENGLISH, "192.0.2.91");
        var response = mvc.perform(get(ics))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:Panel\\; Q&A\\, with the police\r\n")
                .contains("LOCATION:Town hall\r\n")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z\r\n")
                .contains("UID:" + id + "@minipublic")
                .endsWith("END:VCALENDAR\r\n")
                .doesNotContain("Calendar Person")
                .doesNotContain(email);
    }

    @Autowired
    FollowUpEvents followUpEvents;

    private FollowUpEvents signUpsFacade() {
        return followUpEvents;
    }

    private void publish(TestUser organiser, AssemblyId assembly) {
        responses.add(organiser.actor(), assembly, "Keep victims informed", "");
        responses.publish(organiser.actor(), assembly, true);
    }
}
