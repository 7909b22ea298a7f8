package org.minipublic.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Mailings to a pool of 12 (one without an e-mail address) before and after a draw of 4. */
@IntegrationTest
@Import(SelectionFixture.class)
class MailingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    Mailings mailings;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThankYouReachesEveryoneNotSelectedEachInTheirLanguageWithTheirName() {
        var open = poolOfTwelve();
        var organiser = open.organiser().actor();
        var draw = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 3L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        var people = draws.people(organiser, open.assembly(), draw);
        // who is left out depends on the pool's random values, so the Urdu reader is chosen among them
        var urduReader = people.stream()
                .filter(p -> !p.selected() && hasEmail(p.respondent()))
                .findFirst()
                .orElseThrow();
        jdbc.sql("update recruitment.respondents set language = 'ur' where id = :id")
                .param("id", urduReader.respondent().value())
                .update();
        var sizes = mailings.audiences(organiser, open.assembly());
        assertThat(sizes)
                .extracting(AudienceSize::audience, AudienceSize::available, AudienceSize::reachable)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Audience.REGISTERED, true, 11),
                        org.assertj.core.groups.Tuple.tuple(Audience.PANEL, true, (int) people.stream()
                                .filter(p -> p.selected() && hasEmail(p.respondent()))
                                .count()));

        var id = mailings.send(
                organiser,
                open.assembly(),
                new Draft(
                        Audience.NOT_SELECTED,
                        Map.of(
                                "en", new MailingText("Thank you, {first_name}", "Thank you for joining {assembly}."),
                                "ur", new MailingText("شکریہ {first_name}", "{assembly} کا شکریہ"))));

        var mailing = mailings.mailing(organiser, open.assembly(), id).orElseThrow();
        long expected = people.stream()
                .filter(p -> !p.selected() && hasEmail(p.respondent()))
                .count();
        long selectedWithEmail = people.stream()
                .filter(p -> p.selected() && hasEmail(p.respondent()))
                .count();
        assertThat(expected).isEqualTo(11 - selectedWithEmail);
        assertThat(mailing.recipients()).isEqualTo((int) expected);
        assertThat(mailing.sent() + mailing.pending() + mailing.failed()).isEqualTo(mailing.recipients());
        var bodies = jdbc.sql(
                        """
                select m.subject, m.body from notifications.messages m
                join messaging.recipients r on r.message_id = m.id where r.mailing_id = :id
                """)
                .param("id", id.value())
                .query((rs, n) -> rs.getString(1) + " / " + rs.getString(2))
                .list();
        assertThat(bodies)
                .allMatch(text -> text.matches(
                        "(Thank you, Person\\d+ / Thank you for joining .+\\.)|(شکریہ Person\\d+ / .+ کا شکریہ)"));
        assertThat(bodies).anyMatch(text -> text.startsWith("شکریہ"));
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .filteredOn(entry -> entry.action().equals("messaging.mailing-sent"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.toString()).doesNotContain("@example.org"));
    }

    private static final String REFUSED = "This mailing is refused before anything is sent";

    @Test
    void badTextsAndAudiencesAreRefusedBeforeAnythingIsSent() {
        var open = poolOfTwelve();
        var organiser = open.organiser().actor();

        assertThatThrownBy(() -> mailings.send(
                        organiser,
                        open.assembly(),
                        new Draft(Audience.REGISTERED, Map.of("en", new MailingText("Hello {firstname}", REFUSED)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("messaging.placeholder.unknown");
        assertThatThrownBy(() -> mailings.send(
                        organiser,
                        open.assembly(),
                        new Draft(Audience.PANEL, Map.of("en", new MailingText("Hello", REFUSED)))))
                .hasMessageContaining("messaging.audience.needs-draw");
        assertThatThrownBy(() -> new Draft(Audience.PANEL, Map.of("pl", new MailingText("Cześć", REFUSED))))
                .hasMessageContaining("messaging.english.required");
        assertThatThrownBy(() -> mailings.send(
                        organiser,
                        open.assembly(),
                        new Draft(Audience.REGISTERED, Map.of("en", new MailingText("", REFUSED)))))
                .hasMessageContaining("messaging.subject.length");
        assertThat(messagesSaying(REFUSED)).isZero();
    }

    @Test
    void theOrganiserPreviewsThenConfirmsAndSeesHowTheMessagesStand() throws Exception {
        var open = poolOfTwelve();
        String base = "/assemblies/" + open.assembly() + "/mailings";
        var who = user(open.organiser().principal());

        mvc.perform(get(base).with(who))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("11 people with an e-mail address; one without")));
        mvc.perform(post(base + "/preview")
                        .param("audience", "REGISTERED")
                        .param("texts[0].language", "en")
                        .param("texts[0].subject", "News from {assembly}")
                        .param("texts[0].body", "Dear {first_name}, {oops}")
                        .with(who)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{oops} is not something the message can fill in")));
        mvc.perform(post(base + "/preview")
                        .param("audience", "REGISTERED")
                        .param("texts[0].language", "en")
                        .param("texts[0].subject", "News")
                        .param("texts[0].body", "Dear {first_name}")
                        .with(who)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dear Person0")))
                .andExpect(content().string(containsString("Send to 11 people")));
        mvc.perform(post(base)
                        .param("audience", "REGISTERED")
                        .param("texts[0].language", "en")
                        .param("texts[0].subject", "News")
                        .param("texts[0].body", "Dear {first_name}")
                        .with(who)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("send it with the button below the preview")));
        assertThat(mailings.mailings(open.organiser().actor(), open.assembly())).isEmpty();

        mvc.perform(post(base)
                        .param("audience", "REGISTERED")
                        .param("texts[0].language", "en")
                        .param("texts[0].subject", "News")
                        .param("texts[0].body", "Dear {first_name}")
                        .param("confirmed", "true")
                        .with(who)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern(base + "/*"));
        var mailing =
                mailings.mailings(open.organiser().actor(), open.assembly()).get(0);
        mvc.perform(get(base + "/" + mailing.id()).with(who))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("11 sent, 0 waiting, 0 failed")));
    }

    private RegistrationFixture.Open poolOfTwelve() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        // one respondent gave no e-mail address
        jdbc.sql("update recruitment.respondents set email = '' where assembly_id = :a and first_name = 'Person11'")
                .param("a", open.assembly().value())
                .update();
        jdbc.sql("update recruitment.respondents set language = 'ur' where assembly_id = :a and first_name = 'Person5'")
                .param("a", open.assembly().value())
                .update();
        return open;
    }

    private boolean hasEmail(org.minipublic.app.recruitment.RespondentId id) {
        return jdbc.sql("select email <> '' from recruitment.respondents where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    /** Counted by what the body says, as other tests' messages (sent in the background too) share the table. */
    private long messagesSaying(String body) {
        return jdbc.sql("select count(*) from notifications.messages where strpos(body, :body) > 0")
                .param("body", body)
                .query(Long.class)
                .single();
    }
}
