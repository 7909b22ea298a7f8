package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.minipublic.app.documents.Document;
import org.minipublic.app.documents.DocumentStatus;
import org.minipublic.app.documents.Documents;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17: a round's letters are made as a persisted job (documents module). The organiser asks, the page shows how
 * it goes and then the download; a job whose node stopped mid-way is made again by a running node; one that keeps
 * failing stops after its attempts with a message and can be asked for again; finished files go after some days.
 */
@IntegrationTest
class LetterDocumentsIntegrationTests {

    private static final Duration SWEEP_AND_MAKE = Duration.ofSeconds(60);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrganiserAsksForTheLettersSeesThemComeAndDownloadsThem() throws Exception {
        var organiser = fixtures.user("Letter Job Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Letter jobs"));
        var round = round(organiser, assembly, 40);
        String base = "/assemblies/" + assembly + "/invitations/" + round.id();

        var before = Html.page(mvc, get(base).with(user(organiser.principal())));
        assertThat(before.select("#letters form[action$=/letters] button").text())
                .isEqualTo("Make the letters (PDF)");
        mvc.perform(get(base + "/letters.pdf").with(user(organiser.principal())))
                .andExpect(redirectedUrl(base + "#letters"));

        mvc.perform(post(base + "/letters").with(user(organiser.principal())).with(csrf()))
                .andExpect(redirectedUrl(base + "#letters"));
        var made = awaitStatus(assembly, round, DocumentStatus.DONE);

        var after = Html.page(mvc, get(base).with(user(organiser.principal())));
        assertThat(after.select("#letters a[href$=/letters.pdf]").text()).startsWith("Download the 40 letters (PDF, ");
        var pdf = mvc.perform(get(base + "/letters.pdf").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"letters-round-1.pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat((long) pdf.length).isEqualTo(made.size());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(40);
        }
        assertThat(jdbc.sql(
                                "select count(*) from audit.entries where assembly_id = :a and action = 'documents.requested'")
                        .param("a", assembly.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSecondRequestWhileTheLettersAreMadeIsTheSameRequest() {
        var organiser = fixtures.user("Double Click Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Double click"));
        var round = round(organiser, assembly, 300);

        var first = request(organiser, assembly, round.id().toString());
        var second = request(organiser, assembly, round.id().toString());

        assertThat(second.id()).isEqualTo(first.id());
        awaitStatus(assembly, round, DocumentStatus.DONE);
        var third = request(organiser, assembly, round.id().toString());
        assertThat(third.id()).as("made again once the first is ready").isNotEqualTo(first.id());
        awaitStatus(assembly, round, DocumentStatus.DONE);
    }

    @Test
    void lettersWhoseNodeStoppedMidWayAreMadeAgainByARunningNode() throws IOException {
        var organiser = fixtures.user("Stopped Node Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Stopped node"));
        var round = round(organiser, assembly, 12);
        var stopped = UUID.randomUUID();
        // as a node that died while making the letters leaves its job: running, its heartbeat five minutes old
        jdbc.sql(
                        """
                        insert into documents.jobs (id, assembly_id, kind, subject, file_name, media_type, status,
                                                    attempts, heartbeat_at, requested_at)
                        values (:id, :assembly, 'recruitment.letters', :round, 'letters-round-1.pdf', 'application/pdf',
                                'RUNNING', 1, now() - interval '5 minutes', now() - interval '6 minutes')
                        """)
                .param("id", stopped)
                .param("assembly", assembly.value())
                .param("round", round.id().toString())
                .update();

        var made = await().atMost(SWEEP_AND_MAKE)
                .until(() -> latest(assembly, round), d -> d.status() == DocumentStatus.DONE);

        assertThat(made.id().value()).isEqualTo(stopped);
        assertThat(made.attempts()).isEqualTo(2);
        try (var document = Loader.loadPDF(documentBytes(assembly, made))) {
            assertThat(document.getNumberOfPages()).isEqualTo(12);
        }
    }

    @Test
    void lettersThatCannotBeMadeFailAfterTheirAttemptsAndCanBeAskedForAgain() throws Exception {
        var organiser = fixtures.user("Failing Letters Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Failing letters"));
        // a job whose writer cannot find its round (as if the round had gone): it fails each time it is tried
        var broken = new RoundId(UUID.randomUUID());
        jdbc.sql(
                        """
                        insert into documents.jobs (id, assembly_id, kind, subject, file_name, media_type, status,
                                                    requested_at)
                        values (:id, :assembly, 'recruitment.letters', :round, 'letters.pdf', 'application/pdf',
                                'QUEUED', now())
                        """)
                .param("id", UUID.randomUUID())
                .param("assembly", assembly.value())
                .param("round", broken.toString())
                .update();

        var failed = await().atMost(SWEEP_AND_MAKE)
                .until(
                        () -> documents
                                .latest(assembly, LetterDocuments.KIND, broken.toString())
                                .orElseThrow(),
                        d -> d.status() == DocumentStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.problem()).isEqualTo("documents.problem.failed");
        assertThat(Duration.between(failed.requestedAt(), failed.finishedAt()))
                .as("a pause of 1 s after the first attempt and 2 s after the second")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));

        documents.retry(organiser.actor(), assembly, failed.id());
        var again = await().atMost(SWEEP_AND_MAKE)
                .until(
                        () -> documents.find(assembly, failed.id()).orElseThrow(),
                        d -> d.status() == DocumentStatus.FAILED
                                && d.finishedAt() != null
                                && d.finishedAt().isAfter(failed.finishedAt()));
        assertThat(again.attempts()).isEqualTo(3);
    }

    @Test
    void aFailedRequestShowsItsProblemAndATryAgainButtonOnTheRoundsPage() throws Exception {
        var organiser = fixtures.user("Failed Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Failed page"));
        var round = round(organiser, assembly, 5);
        String base = "/assemblies/" + assembly + "/invitations/" + round.id();
        insertFinished(assembly, round, "FAILED", "documents.problem.stopped", Duration.ZERO);

        var page = Html.page(mvc, get(base).with(user(organiser.principal())));

        assertThat(page.select("#letters .problem").text())
                .isEqualTo("The application stopped while making the document, each time it tried. Try again.");
        assertThat(page.select("#letters form[action$=/letters/retry] button").text())
                .isEqualTo("Try again");
        mvc.perform(post(base + "/letters/retry")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "#letters"));
        awaitStatus(assembly, round, DocumentStatus.DONE);
        mvc.perform(post(base + "/letters/retry")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "#letters"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "documents.not-failed"));
    }

    @Test
    void finishedLettersAreDeletedAfterTwoDays() throws Exception {
        var organiser = fixtures.user("Old Letters Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Old letters"));
        var round = round(organiser, assembly, 5);
        String base = "/assemblies/" + assembly + "/invitations/" + round.id();
        insertFinished(assembly, round, "DONE", "", Duration.ofDays(3));

        await().atMost(SWEEP_AND_MAKE).until(() -> documents
                .latest(assembly, LetterDocuments.KIND, round.id().toString())
                .isEmpty());
        mvc.perform(get(base + "/letters.pdf").with(user(organiser.principal())))
                .andExpect(redirectedUrl(base + "#letters"));
    }

    private void insertFinished(
            AssemblyId assembly, InvitationRound round, String status, String problem, Duration ago) {
        jdbc.sql(
                        """
                        insert into documents.jobs (id, assembly_id, kind, subject, file_name, media_type, status,
                                                    attempts, problem, content, size, requested_at, finished_at)
                        values (:id, :assembly, 'recruitment.letters', :round, 'letters-round-1.pdf', 'application/pdf',
                                :status, 3, :problem, case when :status = 'DONE' then '%PDF-'::bytea end, 5,
                                now() - :ago * interval '1 second', now() - :ago * interval '1 second')
                        """)
                .param("id", UUID.randomUUID())
                .param("assembly", assembly.value())
                .param("round", round.id().toString())
                .param("status", status)
                .param("problem", problem)
                .param("ago", ago.toSeconds())
                .update();
    }

    private InvitationRound round(TestUser organiser, AssemblyId assembly, int letters) {
        var check = addresses.upload(organiser.actor(), assembly, "a.csv", AddressCsv.of(letters + 5, 2));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        return rounds.draw(organiser.actor(), assembly, new RoundSettings(letters, false, Map.of()), 7L);
    }

    private Document request(TestUser organiser, AssemblyId assembly, String subject) {
        return documents.request(organiser.actor(), assembly, LetterDocuments.KIND, subject, "letters.pdf");
    }

    private Document latest(AssemblyId assembly, InvitationRound round) {
        return documents
                .latest(assembly, LetterDocuments.KIND, round.id().toString())
                .orElseThrow();
    }

    private Document awaitStatus(AssemblyId assembly, InvitationRound round, DocumentStatus wanted) {
        return await().atMost(SWEEP_AND_MAKE).until(() -> latest(assembly, round), d -> d.status() == wanted);
    }

    private byte[] documentBytes(AssemblyId assembly, Document document) {
        var out = new java.io.ByteArrayOutputStream();
        assertThat(documents.writeFile(assembly, document.id(), out)).isTrue();
        return out.toByteArray();
    }
}
