package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Themes and drafts through the facade and the pages: versions kept, changes compared, rights and mistakes refused. */
@IntegrationTest
class DraftsIntegrationTests {

    @Autowired
    Drafts drafts;

    @Autowired
    Amendments amendments;

    @Autowired
    Reviews reviews;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void everyChangeIsANewVersionWithItsReasonAndTheOldTextStays() throws Exception {
        var organiser = fixtures.user("Drafts Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Drafts"));
        var facilitator = fixtures.userWithRole("Drafts Facilitator", assembly, AssemblyRole.FACILITATOR);
        var theme = drafts.addTheme(organiser.actor(), assembly, "Victim support");
        assertThatThrownBy(() -> drafts.addTheme(organiser.actor(), assembly, " Victim support "))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.theme.exists");
        assertThatThrownBy(() -> drafts.addTheme(facilitator.actor(), assembly, "Training"))
                .isInstanceOf(PermissionDeniedException.class);

        var id = drafts.add(
                facilitator.actor(),
                assembly,
                theme,
                "Table 3",
                new DraftText("Keep victims informed", "Victims hear what happens next.", "Many never hear back."));
        drafts.revise(
                facilitator.actor(),
                assembly,
                id,
                new DraftText(
                        "Keep victims informed",
                        "Victims hear what happens next within seven days.",
                        "Many never hear back."),
                "Agreed a deadline",
                1);
        // a change made from the old version is refused, not lost silently
        assertThatThrownBy(() -> drafts.revise(
                        organiser.actor(),
                        assembly,
                        id,
                        new DraftText("Keep victims informed", "Something else.", ""),
                        "Late change",
                        1))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.changed-meanwhile");
        assertThatThrownBy(() -> drafts.revise(
                        organiser.actor(),
                        assembly,
                        id,
                        new DraftText(
                                "Keep victims informed",
                                "Victims hear what happens next within seven days.",
                                "Many never hear back."),
                        "Nothing",
                        2))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.unchanged");

        var draft = drafts.draft(organiser.actor(), assembly, id);
        assertThat(draft.versions()).hasSize(2);
        assertThat(draft.version(1).text().body()).isEqualTo("Victims hear what happens next.");
        assertThat(draft.current().reason()).isEqualTo("Agreed a deadline");
        assertThat(draft.current().writtenBy()).isEqualTo("Drafts Facilitator");
        assertThat(draft.tableLabel()).isEqualTo("Table 3");

        drafts.mark(facilitator.actor(), assembly, id, DraftStatus.FINAL);
        assertThatThrownBy(
                        () -> drafts.revise(facilitator.actor(), assembly, id, new DraftText("T", "B", ""), "Why", 2))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.not-open");
        assertThatThrownBy(() -> drafts.removeTheme(organiser.actor(), assembly, theme))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.theme.in-use");

        // the history page shows the words that changed, removed and added
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/assemblies/" + assembly + "/drafts/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(organiser.principal())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("<del> next.</del>"),
                                org.hamcrest.Matchers.containsString("<ins> next within seven days.</ins>"),
                                org.hamcrest.Matchers.containsString("Agreed a deadline"))));
    }

    @Test
    void anAcceptedAmendmentBecomesTheNextVersionAndARejectedOneStaysOnRecord() {
        var organiser = fixtures.user("Amending Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Amending"));
        var facilitator = fixtures.userWithRole("Amending Facilitator", assembly, AssemblyRole.FACILITATOR);
        var theme = drafts.addTheme(organiser.actor(), assembly, "Communication");
        var id = drafts.add(
                facilitator.actor(),
                assembly,
                theme,
                "Table 1",
                new DraftText("Plain language", "Explain decisions.", ""));
        assertThatThrownBy(() -> amendments.propose(facilitator.actor(), assembly, id, "Explain decisions.", ""))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.amendment.unchanged");
        var rejected =
                amendments.propose(facilitator.actor(), assembly, id, "Explain every decision.", "Member at table 1");
        var accepted = amendments.propose(
                facilitator.actor(),
                assembly,
                id,
                "Explain decisions in plain language and in the borough's main languages.",
                "Members who read Urdu or Polish better");
        assertThatThrownBy(() -> amendments.decide(facilitator.actor(), assembly, accepted, true, "Yes"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> amendments.decide(organiser.actor(), assembly, rejected, false, " "))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.amendment.reason-length");
        amendments.decide(organiser.actor(), assembly, rejected, false, "Covered by the other amendment");
        amendments.decide(organiser.actor(), assembly, accepted, true, "Agreed in plenary");
        assertThatThrownBy(() -> amendments.decide(organiser.actor(), assembly, accepted, false, "Changed my mind"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.amendment.decided");

        var draft = drafts.draft(organiser.actor(), assembly, id);
        assertThat(draft.versions()).hasSize(2);
        assertThat(draft.current().text().body())
                .isEqualTo("Explain decisions in plain language and in the borough's main languages.");
        assertThat(draft.current().reason()).isEqualTo("Amendment by Amending Facilitator: Agreed in plenary");
        assertThat(amendments.of(organiser.actor(), assembly, id))
                .extracting(Amendment::status, Amendment::decisionReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Amendment.Status.REJECTED, "Covered by the other amendment"),
                        org.assertj.core.groups.Tuple.tuple(Amendment.Status.ACCEPTED, "Agreed in plenary"));
        var other = fixtures.organiser("Amending Outsider");
        assertThatThrownBy(() -> amendments.decide(other.actor(), assembly, rejected, true, "x"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void professionalsCommentDuringAReviewRoundAndNeverChangeTheText() {
        var organiser = fixtures.user("Review Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Review"));
        var officer = fixtures.userWithRole("Review Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var board = fixtures.userWithRole("Review Board", assembly, AssemblyRole.ADVISORY_BOARD);
        var facilitator = fixtures.userWithRole("Review Facilitator", assembly, AssemblyRole.FACILITATOR);
        var theme = drafts.addTheme(organiser.actor(), assembly, "Accountability");
        var id = drafts.add(
                facilitator.actor(),
                assembly,
                theme,
                "",
                new DraftText("Publish figures", "Publish them monthly.", ""));
        assertThatThrownBy(() -> reviews.comment(officer.actor(), assembly, id, Review.Kind.FEASIBILITY, "Fine"))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.review.closed");
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThatThrownBy(() -> reviews.openRound(organiser.actor(), assembly, today.minusDays(2)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.review.deadline-past");
        assertThatThrownBy(() -> reviews.openRound(facilitator.actor(), assembly, today.plusDays(14)))
                .isInstanceOf(PermissionDeniedException.class);
        reviews.openRound(organiser.actor(), assembly, today.plusDays(14));
        assertThat(reviews.open(facilitator.actor(), assembly)).isTrue();

        reviews.comment(officer.actor(), assembly, id, Review.Kind.FEASIBILITY, "Monthly is possible from April.");
        reviews.comment(board.actor(), assembly, id, Review.Kind.LEGAL, "Ward figures must not identify anyone.");
        assertThatThrownBy(() -> reviews.comment(facilitator.actor(), assembly, id, Review.Kind.OTHER, "Me too"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.comment(officer.actor(), assembly, id, Review.Kind.OTHER, "  "))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.review.body-length");
        // reviewers cannot touch the text
        assertThatThrownBy(() -> drafts.revise(
                        officer.actor(), assembly, id, new DraftText("Publish figures", "Never.", ""), "Mine", 1))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(reviews.of(facilitator.actor(), assembly, id))
                .extracting(Review::kind, Review::writtenBy, Review::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Review.Kind.FEASIBILITY, "Review Officer", 1),
                        org.assertj.core.groups.Tuple.tuple(Review.Kind.LEGAL, "Review Board", 1));
        assertThat(drafts.draft(organiser.actor(), assembly, id).versions()).hasSize(1);
    }

    @Test
    void draftsStayInTheirAssemblyAndBadTextIsRefusedByField() {
        var organiser = fixtures.user("Drafts Owner");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Drafts own"));
        var theme = drafts.addTheme(organiser.actor(), assembly, "Visibility");
        var other = fixtures.user("Drafts Other");
        var elsewhere = fixtures.assembly(other, Fixtures.unique("Drafts elsewhere"));
        var id = drafts.add(
                organiser.actor(), assembly, theme, "", new DraftText("Foot patrols", "More foot patrols.", ""));
        assertThatThrownBy(() -> drafts.draft(other.actor(), assembly, id))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> drafts.draft(other.actor(), elsewhere, id)).isInstanceOf(DraftNotFoundException.class);
        assertThatThrownBy(() -> drafts.add(other.actor(), elsewhere, theme, "", new DraftText("T", "B", "")))
                .isInstanceOf(DraftNotFoundException.class);
        assertThatThrownBy(() -> drafts.add(organiser.actor(), assembly, theme, "", new DraftText("", "B", "")))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("title");
        assertThatThrownBy(() -> drafts.add(organiser.actor(), assembly, theme, "", new DraftText("T", " ", "")))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("body");
        assertThatThrownBy(() ->
                        drafts.add(organiser.actor(), assembly, theme, "x".repeat(61), new DraftText("T", "B", "")))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("table");
    }
}
