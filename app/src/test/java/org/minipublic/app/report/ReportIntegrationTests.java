package org.minipublic.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.voting.Answers;
import org.minipublic.app.voting.BallotBox;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.minipublic.app.voting.Results;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The final report read back from its PDF: every recommendation with its adoption figure and minority statement, the
 * institution's response, page numbers, bookmarks and embedded fonts for Polish and Urdu; and versions that freeze
 * what was published while drafts move on.
 */
@IntegrationTest
class ReportIntegrationTests {

    @Autowired
    FinalReport report;

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    BallotBox box;

    @Autowired
    Results results;

    @Autowired
    Responses responses;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.minipublic.app.surveys.Surveys surveys;

    @Autowired
    org.minipublic.app.surveys.Answering answering;

    @Autowired
    org.minipublic.app.surveys.Coding coding;

    @Test
    void thePdfHoldsEveryRecommendationWithItsFigureAndIsAProperDocument() throws Exception {
        var organiser = fixtures.user("Report Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Report"));
        var actor = organiser.actor();
        closedBallot(actor, assembly);
        var recommendation = responses.add(actor, assembly, "Zażółć gęślą jaźń", "");
        responses.respond(
                actor,
                assembly,
                recommendation,
                new ResponseText(ResponseStatus.ACCEPTED, "پولیس اسے قبول کرتی ہے", "Police", "", responses.today()),
                -1);
        report.save(actor, assembly, new Narrative("We met three times.", "Tables of six.", "A response in June."), 0);

        byte[] pdf = report.draftPdf(actor, assembly, Locale.ENGLISH);
        // kept for people reviewing a change, like the browser tests' screenshots
        var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(folder.resolve("final-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Recruit locally")
                    .contains("Adopted: 4 of 4 votes (100 %) met the rule.")
                    .contains("Train every officer")
                    .contains("Adopted: 3 of 4 votes (75 %) met the rule.")
                    .contains("Foot patrols")
                    .contains("Not adopted: 1 of 4 votes (25 %) met the rule.")
                    .contains("We would have kept the patrols.")
                    .contains("Zażółć gęślą jaźń")
                    .contains("We met three times.")
                    .contains("4 of 4 members voted.");
            assertThat(document.getNumberOfPages()).isBetween(5, 20);
            // page numbers from the second page on
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("2 / " + document.getNumberOfPages());
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            var titles = new ArrayList<String>();
            outline.children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).contains("Introduction", "Recommendations and votes", "How members were chosen");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                var resources = document.getPage(page).getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void quotesPickedFromTheSurveysAppearInTheirOwnSection() {
        var organiser = fixtures.user("Quotes Report Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Quotes report"));
        var actor = organiser.actor();
        assertThat(report.draftBody(actor, assembly, Locale.ENGLISH))
                .doesNotContain("In their own words")
                .doesNotContain("How members rated the weekends");
        var id = surveys.create(
                actor,
                assembly,
                "Feedback on weekend 1",
                org.minipublic.app.surveys.SurveyTemplate.FEEDBACK,
                Locale.ENGLISH);
        surveys.open(actor, assembly, id);
        var token = surveys.survey(actor, assembly, id).token();
        var given = java.util.Map.of(
                "inclusive",
                List.of("5"),
                "diverse-views",
                List.of("5"),
                "facilitation",
                List.of("5"),
                "materials",
                List.of("5"),
                "speakers",
                List.of("5"),
                "wellbeing",
                List.of("5"),
                "change",
                List.of("Nothing, it was the first time I felt heard. Call me on 07700 900123"));
        answering.answer(token, "en", q -> given.getOrDefault(q.key(), List.of()), "192.0.2.99");
        var change = surveys.survey(actor, assembly, id).questions().get(6).id();
        var answer = coding.page(actor, assembly, id, change, "all", null, 1)
                .answers()
                .get(0);
        var draft = coding.quoteDraft(actor, assembly, id, change, answer.response());
        assertThat(draft).isEqualTo("Nothing, it was the first time I felt heard. Call me on […]");
        coding.pickQuote(actor, assembly, id, change, answer.response(), "It was the first time I felt heard.");
        assertThat(report.draftBody(actor, assembly, Locale.ENGLISH))
                .contains("In their own words")
                .contains("It was the first time I felt heard.")
                .contains("What should we change for the next weekend?")
                .doesNotContain("07700")
                // and the weekend's feedback, mean by statement
                .contains("How members rated the weekends")
                .contains("Feedback on weekend 1 (1 response)")
                .contains("I felt included and able to take part.")
                .contains("5.0");
    }

    @Test
    void aPublishedVersionStaysAsItWasWhileTheDraftMovesOn() {
        var organiser = fixtures.user("Versions Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Report versions"));
        var actor = organiser.actor();
        assertThatThrownBy(() -> report.publish(actor, assembly, Locale.ENGLISH))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("report.publish.nothing-saved");
        assertThat(report.published(assembly)).isEmpty();
        report.save(actor, assembly, new Narrative("First <b>words</b>", "", ""), 0);
        report.publish(actor, assembly, Locale.ENGLISH);
        assertThatThrownBy(() -> report.publish(actor, assembly, Locale.ENGLISH))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("report.publish.already");
        // someone who loaded version 0 cannot save over version 1
        assertThatThrownBy(() -> report.save(actor, assembly, new Narrative("Stale", "", ""), 0))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("report.changed-meanwhile");
        report.save(actor, assembly, new Narrative("Second words", "", ""), 1);

        var published = report.published(assembly).orElseThrow();
        assertThat(published.number()).isEqualTo(1);
        assertThat(published.body()).contains("First &lt;b&gt;words&lt;/b&gt;").doesNotContain("Second words");
        assertThat(report.draftBody(actor, assembly, Locale.ENGLISH)).contains("Second words");
        assertThat(report.versions(actor, assembly))
                .extracting(ReportVersion::number, ReportVersion::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, true));

        var board = fixtures.userWithRole("Report Board", assembly, AssemblyRole.ADVISORY_BOARD);
        assertThat(report.narrative(board.actor(), assembly).introduction()).isEqualTo("Second words");
        assertThatThrownBy(() -> report.save(board.actor(), assembly, Narrative.empty(), 2))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theReportIsWrittenPreviewedAndPublishedThroughItsPages() throws Exception {
        var organiser = fixtures.user("Report Pages Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Report pages"));
        var me = user(organiser.principal());
        String base = "/assemblies/" + assembly + "/report";
        String pub = "/public/assemblies/" + assembly + "/report";
        mvc.perform(get(base + "?lang=en").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing saved yet.")))
                .andExpect(content().string(containsString("The report as it reads now")));
        mvc.perform(post(base).with(me).with(csrf()).param("after", "0"))
                .andExpect(flash().attribute("problem", "report.narrative.empty"));
        mvc.perform(post(base)
                        .with(me)
                        .with(csrf())
                        .param("after", "0")
                        .param("introduction", "<script>alert(1)</script> We met."))
                .andExpect(flash().attribute("notice", "report.saved"));
        mvc.perform(get(pub)).andExpect(status().isNotFound());
        mvc.perform(get(pub + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/publish").with(me).with(csrf()))
                .andExpect(flash().attribute("notice", "report.published"));
        String page = mvc.perform(get(pub + "?lang=en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("We met.").doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        mvc.perform(get(pub + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(base + ".pdf").with(me)).andExpect(content().contentType("application/pdf"));
    }

    /** Four members vote for, for, for, for / for, for, for, against / for, against, against, against. */
    private void closedBallot(Actor actor, AssemblyId assembly) {
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < 4; i++) {
            var profile = new MemberProfile("Voter", "Report " + i, "report" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        var ballot =
                ballots.create(actor, assembly, new BallotDetails("Final vote", ApproveReject.simpleMajority(), null));
        for (String title : List.of("Recruit locally", "Train every officer", "Foot patrols")) {
            ballots.addItem(actor, assembly, ballot, new ItemText(title, ""));
        }
        ballots.open(actor, assembly, ballot);
        var issued = codes.issue(actor, assembly, ballot, ids);
        int f = ApproveReject.FOR;
        int a = ApproveReject.AGAINST;
        var votes = List.of(List.of(f, f, f), List.of(f, f, a), List.of(f, f, a), List.of(f, a, a));
        for (int i = 0; i < 4; i++) {
            box.cast(issued.codes().get(i).value(), new Answers(votes.get(i)), "192.0.2.50");
        }
        ballots.close(actor, assembly, ballot);
        var item = ballots.ballot(actor, assembly, ballot).items().get(2).id();
        results.addStatement(actor, assembly, ballot, item, "We would have kept the patrols.");
    }
}
