package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.sortition.ceremony.PublicNumber;
import org.minipublic.sortition.cli.SortitionCli;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draw ceremony in the application: the lottery committed to before the digits, the public's files checked by the
 * command line's own {@code verify --ceremony}, and the draw the digits start giving exactly the committed panel.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class CeremoniesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Ceremonies ceremonies;

    @Autowired
    CeremonyReveals reveals;

    @Autowired
    Draws draws;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Targets targets;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.minipublic.app.recruitment.PoolRespondents respondents;

    @TempDir
    Path folder;

    @Test
    void theDigitsDrawnInPublicPickTheCommittedPanelAndAnyoneCanCheckIt() throws Exception {
        var open = fixture.assemblyWithPool(24);
        fixture.anyPanel(open, 6);
        var actor = open.organiser().actor();
        var id = ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 77L, List.of("Ann Observer")));
        var ceremony = fixture.awaitCommitted(open, id);

        var commitment = ceremony.committedLottery();
        assertThat(commitment.lotterySize()).isEqualTo(1000);
        assertThat(commitment.settings()).containsEntry("seed", "77").containsEntry("algorithm", "leximin");
        var lines = ceremonies.pseudonyms(actor, open.assembly(), id).orElseThrow();
        assertThat(lines).hasSize(24);
        // the published text names nobody: no respondent id, name or contact appears in it
        for (var line : lines) {
            assertThat(ceremony.commitment())
                    .doesNotContain(line.respondent().toString())
                    .doesNotContain(line.name())
                    .doesNotContain(line.contact());
        }
        // each person's panel numbers are exactly the committed panels that hold their pseudonym
        var first = lines.get(0);
        assertThat(first.panels())
                .isEqualTo(commitment.panelsWith(first.pseudonym()).stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(" ")));

        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "12 34"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "digits")
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.digits.invalid");
        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "12a45"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.digits.invalid");

        String digits = "4 1 5 9 2 6";
        int expected = PublicNumber.panel(digits, 1000).panelNumber();
        var drawId = reveals.reveal(actor, open.assembly(), id, digits);
        var draw = fixture.awaitEnd(open.assembly(), drawId);

        assertThat(draw.status()).isEqualTo(Draw.Status.DONE);
        assertThat(draw.seed()).isEqualTo(77L);
        var byPseudonym =
                lines.stream().collect(Collectors.toMap(Ceremonies.PseudonymLine::pseudonym, l -> l.respondent()));
        var committedPanel = commitment.panels().get(expected - 1).stream()
                .map(byPseudonym::get)
                .collect(Collectors.toSet());
        assertThat(new HashSet<>(fixture.selected(open, drawId))).isEqualTo(committedPanel);
        assertThat(draws.record(actor, open.assembly(), drawId).orElseThrow())
                .contains("\"panel_number\": " + expected);
        var revealed = ceremonies.find(actor, open.assembly(), id).orElseThrow();
        assertThat(revealed.panelNumber()).isEqualTo(expected);
        assertThat(revealed.digits()).isEqualTo("415926");
        assertThat(revealed.draw()).isEqualTo(drawId);
        assertThat(ceremonies.ofDraw(drawId)).contains(id);

        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "000001"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.revealed-already");
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries().stream()
                        .map(e -> e.action()))
                .contains(
                        "selection.ceremony-started",
                        "selection.ceremony-committed",
                        "selection.ceremony-revealed",
                        "selection.ceremony-list-downloaded");

        assemblies.moveTo(Actor.system(), open.assembly(), AssemblyStatus.RECRUITING);
        assertThat(verifyPublishedFiles(open, id)).startsWith("VERIFIED");
        assertThat(mvc.perform(get("/public/assemblies/" + open.assembly()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/public/assemblies/" + open.assembly() + "/ceremonies/" + id)
                .contains("How the panel number was drawn in public (ceremony 1)");
    }

    @Test
    void someoneLeavingThePoolSinceTheCommitmentRefusesTheDigitsAndKeepsTheCeremonyWaiting() {
        var open = fixture.assemblyWithPool(20);
        fixture.anyPanel(open, 5);
        var actor = open.organiser().actor();
        var id = ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 3L, List.of()));
        fixture.awaitCommitted(open, id);
        // someone leaves the pool: the committed lottery is no longer the one these people give
        var leaving = ceremonies
                .pseudonyms(actor, open.assembly(), id)
                .orElseThrow()
                .get(0)
                .respondent();
        respondents.withdraw(actor, open.assembly(), leaving);

        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "123456"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.inputs-changed");
        var ceremony = ceremonies.find(actor, open.assembly(), id).orElseThrow();
        assertThat(ceremony.status()).isEqualTo(Ceremony.Status.COMMITTED);
        assertThat(ceremony.digits()).isNull();
        assertThat(draws.all(open.assembly())).isEmpty();
    }

    @Test
    void aCeremonyNeedsALotteryAndTheBoardMaySeeButNotReveal() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var actor = open.organiser().actor();
        for (String noLottery : List.of("uniform", "maxentropy", "legacy")) {
            assertThatThrownBy(
                            () -> ceremonies.commit(actor, open.assembly(), new DrawSettings(noLottery, 1L, List.of())))
                    .as(noLottery)
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.algorithm");
        }
        var id = ceremonies.commit(actor, open.assembly(), new DrawSettings("goldilocks", 1L, List.of()));
        fixture.awaitCommitted(open, id);
        assertThat(ceremonies.published(open.assembly(), id))
                .as("nothing public while the assembly is being planned")
                .isEmpty();

        var board = fixtures.userWithRole("Board Member", open.assembly(), AssemblyRole.ADVISORY_BOARD)
                .actor();
        assertThat(ceremonies.find(board, open.assembly(), id)).isPresent();
        assertThatThrownBy(() -> reveals.reveal(board, open.assembly(), id, "123456"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> ceremonies.pseudonyms(board, open.assembly(), id))
                .isInstanceOf(PermissionDeniedException.class);
    }

    /** The commitment must be public before the digits are drawn: the assembly's public page links it while it waits. */
    @Test
    void theAssemblysPublicPageLinksAWaitingCommitment() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var id = ceremonies.commit(
                open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 6L, List.of()));
        fixture.awaitCommitted(open, id);
        assertThat(ceremonies.newestPublished(open.assembly())).isEmpty(); // still planning: nothing is public

        assemblies.moveTo(Actor.system(), open.assembly(), AssemblyStatus.RECRUITING);

        assertThat(ceremonies.newestPublished(open.assembly()))
                .map(Ceremonies.Published::id)
                .contains(id);
        assertThat(mvc.perform(get("/public/assemblies/" + open.assembly()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/public/assemblies/" + open.assembly() + "/ceremonies/" + id)
                .contains("The draw ceremony&#39;s commitment, to read before the panel number is drawn in public"
                        + " (ceremony 1)");
    }

    @Test
    void newTargetsSinceTheCommitmentMakeItStaleAndRefuseTheDigits() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var actor = open.organiser().actor();
        var id = ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 5L, List.of()));
        var ceremony = fixture.awaitCommitted(open, id);
        assertThat(reveals.stillApplies(actor, open.assembly(), ceremony)).isTrue();

        fixture.anyPanel(open, 3);

        assertThat(reveals.stillApplies(actor, open.assembly(), ceremony)).isFalse();
        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "123456"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.inputs-changed");
    }

    @Test
    void aDrawWhoseLotteryIsNotTheCommittedOneIsNotStoredAndCanBeRunAgain() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var actor = open.organiser().actor();
        var id = ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 9L, List.of()));
        fixture.awaitCommitted(open, id);
        // as if the stored commitment had been altered after it was published
        jdbc.sql("update selection.ceremonies set commitment_sha256 = :sha where id = :id")
                .param("sha", "0".repeat(64))
                .param("id", id.value())
                .update();

        var first = fixture.awaitEnd(open.assembly(), reveals.reveal(actor, open.assembly(), id, "555555"));

        assertThat(first.status()).isEqualTo(Draw.Status.FAILED);
        assertThat(first.failure()).isEqualTo("selection.ceremony.mismatch");
        assertThat(fixture.selected(open, first.id())).isEmpty();

        var again = reveals.runAgain(actor, open.assembly(), id);
        assertThat(fixture.awaitEnd(open.assembly(), again).failure()).isEqualTo("selection.ceremony.mismatch");
        assertThat(ceremonies.find(actor, open.assembly(), id).orElseThrow().draw())
                .isEqualTo(again);
        assertThat(ceremonies.ofDraw(first.id())).contains(id);
    }

    @Test
    void thePagesCommitPublishAndRevealInTheOrganisersOwnWords() throws Exception {
        var open = fixture.assemblyWithPool(16);
        fixture.anyPanel(open, 4);
        var principal = open.organiser().principal();
        String drawsPage = "/assemblies/" + open.assembly() + "/draws";
        String location = mvc.perform(post(drawsPage)
                        .with(user(principal))
                        .with(csrf())
                        .param("algorithm", "leximin")
                        .param("seed", "2024")
                        .param("witnesses", "")
                        .param("ceremony", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/assemblies/" + open.assembly() + "/ceremonies/");
        var id = CeremonyId.valueOf(location.substring(location.lastIndexOf('/') + 1));
        var ceremony = fixture.awaitCommitted(open, id);

        String page = mvc.perform(get(location).with(user(principal)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(ceremony.sha256())
                .contains("Before the draw: publish the commitment")
                .contains("One group is 5 digits");
        assertThat(mvc.perform(get(drawsPage).with(user(principal)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Ceremony 1")
                .contains("Committed, waiting for the digits");

        String refused = mvc.perform(post(location + "/reveal")
                        .with(user(principal))
                        .with(csrf())
                        .param("digits", "9 9"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Enter at least 5 digits from 0 to 9");
        // Refused digits keep nothing but their line in the audit log, so the log shows every set of digits tried.
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("selection.ceremony-reveal-refused");
                    assertThat(entry.after())
                            .isEqualTo("reveal refused (selection.ceremony.digits.invalid); typed: \"9 9\"");
                });

        String csv = mvc.perform(get(location + "/pseudonyms.csv").with(user(principal)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(17).first().asString().contains("respondent,name,contact,pseudonym,panels");

        String drawLocation = mvc.perform(post(location + "/reveal")
                        .with(user(principal))
                        .with(csrf())
                        .param("digits", "27182 81828"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var drawId = DrawId.valueOf(drawLocation.substring(drawLocation.lastIndexOf('/') + 1));
        fixture.awaitEnd(open.assembly(), drawId);
        assertThat(mvc.perform(get(drawLocation).with(user(principal)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Panel number 27183, from digits drawn in public."
                        .replace(
                                "27183",
                                String.valueOf(PublicNumber.panel("27182", 1000).panelNumber())));
        // The ceremony page then says which digits were used, which were not needed, and who entered them.
        assertThat(mvc.perform(get(location).with(user(principal)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Digits not needed")
                .contains("<code>81828</code>")
                .contains("Revealed")
                .contains(", by " + open.organiser().actor().label());
    }

    /** Downloads the public files as anyone could and runs {@code minipublic-sortition verify --ceremony} on them. */
    private String verifyPublishedFiles(RegistrationFixture.Open open, CeremonyId id) throws Exception {
        String base = "/public/assemblies/" + open.assembly() + "/ceremonies/" + id;
        String html = mvc.perform(get(base))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("The panel, by pseudonym")
                .contains("1,000 possible panels")
                .doesNotContain("person0@example.org");
        var draw = ceremonies.published(open.assembly(), id).orElseThrow().draw();
        assertThat(mvc.perform(get("/public/assemblies/" + open.assembly() + "/draws/" + draw))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the public draw links to its ceremony")
                .contains(base);
        var dir = Files.createDirectories(folder.resolve("ceremony/public"));
        for (String file : List.of("commitment.txt", "commitment.sha256", "result.txt")) {
            byte[] body = mvc.perform(get(base + "/" + file))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            Files.write(dir.resolve(file), body);
        }
        var out = new StringWriter();
        var cli = SortitionCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code =
                cli.execute("verify", "--ceremony", folder.resolve("ceremony").toString());
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }
}
