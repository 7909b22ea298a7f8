package org.minipublic.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.CeremonyId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.ImportRace;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mailing that tells each respondent their own pseudonym in the draw ceremony waiting for its digits, and the panel
 * numbers that include them, by e-mail and by letter, and refuses when there is no such ceremony or someone has no line.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class CeremonyMailingIntegrationTests {

    private static final Draft YOUR_PSEUDONYM = new Draft(
            Audience.REGISTERED,
            Map.of(
                    "en",
                    new MailingText(
                            "Your pseudonym for the draw",
                            "Dear {first_name}, your pseudonym is {pseudonym}. Panels with you: {panel_numbers}.")));

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Mailings mailings;

    @Autowired
    Ceremonies ceremonies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    @Test
    void eachPersonGetsTheirOwnLineByEmailAndByLetter() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var organiser = open.organiser().actor();
        assertThatThrownBy(() -> mailings.send(organiser, open.assembly(), YOUR_PSEUDONYM))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "messaging.placeholder.no-ceremony");
        jdbc.sql("update recruitment.respondents set email = '', phone = '07700 900123'"
                        + " where assembly_id = :a and first_name = 'Person2'")
                .param("a", open.assembly().value())
                .update();
        var ceremony = committed(open, 11L);
        var lines = ceremonies.pseudonyms(organiser, open.assembly(), ceremony).orElseThrow().stream()
                .collect(Collectors.toMap(Ceremonies.PseudonymLine::respondent, line -> line));

        var mailing = mailings.send(organiser, open.assembly(), YOUR_PSEUDONYM);

        var bodies = jdbc.sql(
                        """
                select r.respondent_id, m.body from notifications.messages m
                join messaging.recipients r on r.message_id = m.id where r.mailing_id = :id
                """)
                .param("id", mailing.value())
                .query((rs, n) -> Map.entry(new RespondentId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
        assertThat(bodies).hasSize(11);
        for (var sent : bodies) {
            var line = lines.get(sent.getKey());
            String start = "Dear " + line.name().split(" ")[0] + ", your pseudonym is " + line.pseudonym()
                    + ". Panels with you: ";
            assertThat(sent.getValue()).startsWith(start).endsWith(".");
            String panels =
                    sent.getValue().substring(start.length(), sent.getValue().length() - 1);
            if (line.panels().isBlank()) {
                assertThat(panels).isEqualTo("none (no panel of this lottery includes you)");
            } else {
                assertThat(expanded(panels)).isEqualTo(line.panels());
            }
        }
        assertThat(jdbc.sql("select after_summary from audit.entries where assembly_id = :a and action = :action")
                        .param("a", open.assembly().value())
                        .param("action", "messaging.mailing-sent")
                        .query(String.class)
                        .single())
                .endsWith(", pseudonyms of ceremony 1");

        var byPost = lines.values().stream()
                .filter(line -> line.name().startsWith("Person2 "))
                .findFirst()
                .orElseThrow();
        String letters = "/assemblies/" + open.assembly() + "/mailings/" + mailing + "/letters.pdf";
        byte[] pdf = mvc.perform(get(letters).with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Dear Person2, your pseudonym is " + byPost.pseudonym());
        }

        ceremonies.cancel(organiser, open.assembly(), ceremony, "The meeting moved.");
        mvc.perform(get(letters).with(user(open.organiser().principal())))
                .andExpect(redirectedUrl("/assemblies/" + open.assembly() + "/mailings/" + mailing))
                .andExpect(flash().attribute("notice", "messaging.letters.ceremony-gone"));
        assertThatThrownBy(() -> mailings.send(organiser, open.assembly(), YOUR_PSEUDONYM))
                .hasFieldOrPropertyWithValue("messageKey", "messaging.placeholder.no-ceremony");

        // A newer ceremony does not lend its pseudonyms to the letters of a mailing that gave the first one's.
        committed(open, 13L);
        mvc.perform(get(letters).with(user(open.organiser().principal())))
                .andExpect(flash().attribute("notice", "messaging.letters.ceremony-gone"));
        var second = mailings.send(organiser, open.assembly(), YOUR_PSEUDONYM);
        assertThat(jdbc.sql("select number, ceremony_number from messaging.mailings where id in (:first, :second)"
                                + " order by number")
                        .param("first", mailing.value())
                        .param("second", second.value())
                        .query((rs, n) -> rs.getInt(2))
                        .list())
                .containsExactly(1, 2);
        mvc.perform(get("/assemblies/" + open.assembly() + "/mailings/" + second + "/letters.pdf")
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk());
    }

    @Test
    void aCeremonyCancelledWhileItsLinesAreReadForSendingIsNotSent() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var ceremony = committed(open, 14L);
        var organiser = open.organiser().actor();
        var cancelling = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var cancel = threads.submit(() -> transaction.executeWithoutResult(status -> {
                ceremonies.cancel(organiser, open.assembly(), ceremony, "The hall is closed.");
                cancelling.countDown();
                awaitQuietly(commit);
            }));
            assertThat(cancelling.await(20, TimeUnit.SECONDS)).isTrue();
            var sending = threads.submit(
                    () -> transaction.execute(status -> ceremonies.waitingWhileSending(organiser, open.assembly())));
            ImportRace.waitUntilBlockedOrDone(jdbc, sending);
            // without the lock, sending would have read the ceremony as still waiting, to send its pseudonyms
            assertThat(sending).as("waiting for the cancel's lock").isNotDone();
            commit.countDown();
            cancel.get(10, TimeUnit.SECONDS);
            assertThat(sending.get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void onlyThoseWhoWriteToThePoolReadTheLines() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        committed(open, 15L);
        var board = fixtures.userWithRole("Board", open.assembly(), AssemblyRole.ADVISORY_BOARD)
                .actor();
        assertThatThrownBy(() -> ceremonies.waiting(board, open.assembly()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> transaction.execute(status -> ceremonies.waitingWhileSending(board, open.assembly())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> ceremonies.waitingWhileSending(open.organiser().actor(), open.assembly()))
                .as("only inside the sender's transaction, which the lock must last for")
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(ceremonies.waiting(open.organiser().actor(), open.assembly()))
                .isPresent();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void someoneWithoutALineIsToldTheyAreNotInThisLottery() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var ceremony = committed(open, 12L);
        // as if they had registered after the commitment, or lacked a value the targets need
        var outside = jdbc.sql("select respondent_id from selection.ceremony_pseudonyms where ceremony_id = :c limit 1")
                .param("c", ceremony.value())
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .single();
        jdbc.sql("delete from selection.ceremony_pseudonyms where ceremony_id = :c and respondent_id = :r")
                .param("c", ceremony.value())
                .param("r", outside.value())
                .update();

        var mailing = mailings.send(open.organiser().actor(), open.assembly(), YOUR_PSEUDONYM);

        assertThat(jdbc.sql(
                                """
                        select m.body from notifications.messages m join messaging.recipients r on r.message_id = m.id
                        where r.mailing_id = :id and r.respondent_id = :r
                        """)
                        .param("id", mailing.value())
                        .param("r", outside.value())
                        .query(String.class)
                        .single())
                .endsWith("your pseudonym is none (you are not in this lottery). Panels with you: none (you are not in"
                        + " this lottery).");
    }

    private CeremonyId committed(RegistrationFixture.Open open, long seed) {
        var id = ceremonies.commit(
                open.organiser().actor(), open.assembly(), new DrawSettings("leximin", seed, List.of()));
        fixture.awaitCommitted(open, id);
        return id;
    }

    /** "3–6, 9" as the ceremony stores it, "3 4 5 6 9"; a range must span at least three numbers. */
    private static String expanded(String readable) {
        var numbers = new ArrayList<String>();
        for (String part : readable.split(", ")) {
            String[] ends = part.split("–");
            int first = Integer.parseInt(ends[0]);
            int last = Integer.parseInt(ends[ends.length - 1]);
            assertThat(ends.length == 1 || last - first >= 2)
                    .as("range %s", part)
                    .isTrue();
            for (int n = first; n <= last; n++) {
                numbers.add(String.valueOf(n));
            }
        }
        return String.join(" ", numbers);
    }
}
