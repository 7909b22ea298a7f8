package org.minipublic.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The programme through its facade and its pages: sessions on the assembly's days, never overlapping. */
@IntegrationTest
@RecordApplicationEvents
class ProgrammeIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2027, 2, 20);

    @Autowired
    Programme programme;

    @Autowired
    Speakers speakers;

    @Autowired
    Responsibilities responsibilities;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Test
    void sessionsAreListedInTimeOrderWithTheirWeekend() {
        var organiser = fixtures.user("Programme Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Programme"));

        programme.add(organiser.actor(), assembly, session(13, 0, 14, 30, "Tables", Stage.DELIBERATE));
        programme.add(organiser.actor(), assembly, session(10, 0, 11, 0, "Welcome", Stage.OTHER));

        var sessions = programme.sessions(organiser.actor(), assembly);
        assertThat(sessions).extracting(ProgrammeSession::title).containsExactly("Welcome", "Tables");
        assertThat(sessions).allSatisfy(s -> assertThat(s.weekend()).isEqualTo(1));
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("programme.session-added"));
    }

    @Test
    void aSessionOverlappingAnotherOutsideTheDayOrOnNoDayIsRefusedWithTheReason() {
        var organiser = fixtures.user("Overlap Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Overlap"));
        programme.add(organiser.actor(), assembly, session(10, 0, 11, 0, "Welcome", Stage.OTHER));

        assertThatThrownBy(() ->
                        programme.add(organiser.actor(), assembly, session(10, 30, 11, 30, "Evidence", Stage.LEARN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("programme.session.overlaps");
                    assertThat(e.arguments()[0]).isEqualTo("Welcome");
                });
        assertThatThrownBy(
                        () -> programme.add(organiser.actor(), assembly, session(15, 30, 17, 0, "Late", Stage.LEARN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.session.outside-day"));
        assertThatThrownBy(() -> programme.add(
                        organiser.actor(),
                        assembly,
                        new SessionDetails(
                                DAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0), "X", "", Stage.LEARN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.session.day.unknown"));
        assertThatThrownBy(() ->
                        programme.add(organiser.actor(), assembly, session(12, 0, 11, 0, "Backwards", Stage.LEARN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.session.ends-before-start"));
        // one ending as the next starts is no overlap
        programme.add(organiser.actor(), assembly, session(11, 0, 12, 0, "Evidence", Stage.LEARN));
        assertThat(programme.sessions(organiser.actor(), assembly)).hasSize(2);
    }

    @Test
    void aStaleEditIsRefusedAndARemovalIsAnnounced() {
        var organiser = fixtures.user("Edit Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Edit"));
        var id = programme.add(organiser.actor(), assembly, session(10, 0, 11, 0, "Welcome", Stage.OTHER));
        programme.update(organiser.actor(), assembly, id, session(10, 0, 11, 30, "Welcome and rules", Stage.OTHER), 0);

        assertThatThrownBy(() ->
                        programme.update(organiser.actor(), assembly, id, session(10, 0, 11, 0, "Old", Stage.OTHER), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.session.changed-meanwhile"));
        assertThat(programme.session(organiser.actor(), assembly, id).title()).isEqualTo("Welcome and rules");

        programme.remove(organiser.actor(), assembly, id);

        assertThat(programme.sessions(organiser.actor(), assembly)).isEmpty();
        assertThat(events.stream(SessionRemoved.class)).containsExactly(new SessionRemoved(assembly, id));
        assertThatThrownBy(() -> programme.session(organiser.actor(), assembly, id))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void speakersAreAssignedToSessionsAndRemovingOneTakesThemOffEverySession() {
        var organiser = fixtures.user("Speakers Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Speakers"));
        var actor = organiser.actor();
        var expert = speakers.add(
                actor, assembly, new SpeakerDetails("Dr Ada Okoro", "University", Perspective.EXPERT, "", true));
        var resident =
                speakers.add(actor, assembly, new SpeakerDetails(" Sam ", "", Perspective.LIVED_EXPERIENCE, "", false));
        var session = programme.add(
                actor,
                assembly,
                session(10, 0, 11, 0, "Evidence", Stage.LEARN),
                new SessionPeople(java.util.Set.of(expert, resident), organiser.id()));

        assertThat(speakers.bySession(actor, assembly).get(session))
                .extracting(Speaker::name)
                .containsExactly("Dr Ada Okoro", "Sam");
        assertThat(programme.session(actor, assembly, session).lead()).isEqualTo(organiser.id());
        var outsider = fixtures.user("Not On The Team");
        assertThatThrownBy(() -> programme.update(
                        actor,
                        assembly,
                        session,
                        session(10, 0, 11, 0, "Evidence", Stage.LEARN),
                        0,
                        new SessionPeople(java.util.Set.of(), outsider.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lead"));

        var elsewhere = fixtures.assembly(organiser, Fixtures.unique("Elsewhere"));
        var stranger =
                speakers.add(actor, elsewhere, new SpeakerDetails("Not Ours", "", Perspective.ADVOCACY, "", false));
        assertThatThrownBy(() -> speakers.assign(actor, assembly, session, java.util.Set.of(stranger)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.session.speaker.unknown"));
        assertThatThrownBy(() ->
                        speakers.add(actor, assembly, new SpeakerDetails("  ", "", Perspective.EXPERT, "", false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));

        speakers.remove(actor, assembly, resident);

        assertThat(speakers.bySession(actor, assembly).get(session))
                .extracting(Speaker::name)
                .containsExactly("Dr Ada Okoro");
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("Okoro"));
    }

    @Test
    void facilitatorsReadTheProgrammeButOnlyOrganisersWriteIt() {
        var organiser = fixtures.user("Write Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Write"));
        var facilitator = fixtures.userWithRole("Write Facilitator", assembly, AssemblyRole.FACILITATOR);
        programme.add(organiser.actor(), assembly, session(10, 0, 11, 0, "Welcome", Stage.OTHER));

        assertThat(programme.sessions(facilitator.actor(), assembly)).hasSize(1);
        assertThatThrownBy(
                        () -> programme.add(facilitator.actor(), assembly, session(12, 0, 13, 0, "Mine", Stage.OTHER)))
                .isInstanceOf(PermissionDeniedException.class);
        var stranger = fixtures.organiser("Stranger Organiser");
        assertThatThrownBy(() -> programme.sessions(stranger.actor(), assembly))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theFormShowsEachProblemNextToItsFieldAndThePageListsTheSessions() throws Exception {
        var organiser = fixtures.user("Form Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Form"));
        String base = "/assemblies/" + assembly + "/programme";

        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("day", DAY.toString())
                        .param("startsAt", "25:00")
                        .param("endsAt", "11:00")
                        .param("title", "")
                        .param("stage", "LEARN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Enter a time as hours and minutes, for example 10:30.")));
        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("day", DAY.toString())
                        .param("startsAt", "9:30")
                        .param("endsAt", "11:00")
                        .param("title", "Early")
                        .param("stage", "LEARN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "The session must fall within the day&#39;s hours, 10:00 to 16:00.")));
        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("day", DAY.toString())
                        .param("startsAt", "10:00")
                        .param("endsAt", "11:00")
                        .param("title", "Evidence <script>alert(1)</script>")
                        .param("room", "Main hall")
                        .param("stage", "LEARN"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Evidence &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Main hall")));
    }

    @Test
    void theSpeakerFormsShowTheirProblemsAndTheListShowsTheBalance() throws Exception {
        var organiser = fixtures.user("Speaker Form Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Speaker form"));
        String base = "/assemblies/" + assembly + "/programme/speakers";

        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("name", " ")
                        .param("perspective", "EXPERT"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the speaker&#39;s name.")));
        mvc.perform(post(base + "/new")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("name", "Dr <b>Bold</b>")
                        .param("perspective", "ADVOCACY")
                        .param("consentToPublish", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dr &lt;b&gt;Bold&lt;/b&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Advocacy: 1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Expert: 0")));
    }

    @Test
    void theRolesPageListsWhoDoesWhatAndOrganisersWriteTheDuties() throws Exception {
        var organiser = fixtures.user("Roles Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Roles"));
        var facilitator = fixtures.userWithRole("Roles Facilitator", assembly, AssemblyRole.FACILITATOR);
        programme.add(
                organiser.actor(),
                assembly,
                session(10, 0, 11, 0, "Table talk", Stage.DELIBERATE),
                new SessionPeople(java.util.Set.of(), facilitator.id()));

        mvc.perform(post("/assemblies/" + assembly + "/roles/" + facilitator.id())
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("duties", "Leads table 2 and the quiet room."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/assemblies/" + assembly + "/roles").with(user(facilitator.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Leads table 2 and the quiet room.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Table talk")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nobody holds this role yet.")));
        var stranger = fixtures.user("Roles Stranger");
        assertThatThrownBy(() -> responsibilities.write(organiser.actor(), assembly, stranger.id(), "Anything"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("programme.roles.not-on-team"));
    }

    private static SessionDetails session(int h1, int m1, int h2, int m2, String title, Stage stage) {
        return new SessionDetails(DAY, LocalTime.of(h1, m1), LocalTime.of(h2, m2), title, "", stage);
    }
}
