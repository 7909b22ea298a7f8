package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Free comments on a draft: typed in for a table or member or the team's own, shown in order with who and which
 * version, kept apart from professional review, and removed only by organisers, leaving their place.
 */
@IntegrationTest
class DraftCommentsIntegrationTests {

    @Autowired
    Drafts drafts;

    @Autowired
    DraftComments comments;

    @Autowired
    Reviews reviews;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void commentsShowInOrderWithWhoAndVersionAndARemovedOneKeepsItsPlace() throws Exception {
        var organiser = fixtures.user("Comments Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Comments"));
        var facilitator = fixtures.userWithRole("Comments Facilitator", assembly, AssemblyRole.FACILITATOR);
        var officer = fixtures.userWithRole("Comments Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var theme = drafts.addTheme(organiser.actor(), assembly, "Victim support");
        var id = drafts.add(
                facilitator.actor(), assembly, theme, "", new DraftText("Call victims back", "Within a week.", ""));

        var table = comments.add(facilitator.actor(), assembly, id, "A week is too long.", " Table 2 ", true);
        drafts.revise(
                facilitator.actor(),
                assembly,
                id,
                new DraftText("Call victims back", "Within 3 days.", ""),
                "Faster",
                1);
        comments.add(organiser.actor(), assembly, id, "Check with the control room.", "ignored for my own", false);
        var anonymous = comments.add(facilitator.actor(), assembly, id, "Say who will call.", "", true);

        assertThatThrownBy(() -> comments.add(officer.actor(), assembly, id, "Mine", "", false))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> comments.add(facilitator.actor(), assembly, id, " ", "", true))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.comment.body-length");
        assertThatThrownBy(() -> comments.add(facilitator.actor(), assembly, id, "x".repeat(2001), "", true))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.comment.body-length");
        assertThatThrownBy(() -> comments.add(facilitator.actor(), assembly, id, "Hi", "y".repeat(101), true))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("saidBy");

        assertThat(comments.of(officer.actor(), assembly, id))
                .extracting(
                        DraftComment::body,
                        DraftComment::saidBy,
                        DraftComment::onBehalf,
                        DraftComment::writtenBy,
                        DraftComment::version)
                .containsExactly(
                        tuple("A week is too long.", "Table 2", true, "Comments Facilitator", 1),
                        tuple("Check with the control room.", "", false, "Comments Organiser", 2),
                        tuple("Say who will call.", "", true, "Comments Facilitator", 2));
        // free comments are not professional review
        assertThat(reviews.of(organiser.actor(), assembly, id)).isEmpty();

        assertThatThrownBy(() -> comments.remove(facilitator.actor(), assembly, id, table))
                .isInstanceOf(PermissionDeniedException.class);
        String base = "/assemblies/" + assembly + "/drafts/" + id;
        mvc.perform(get(base + "/comments/" + table + "/remove").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Remove this comment?"), containsString("A week"))));
        mvc.perform(post(base + "/comments/" + table + "/remove").with(csrf()).with(user(organiser.principal())))
                .andExpect(status().is3xxRedirection());
        assertThatThrownBy(() -> comments.remove(organiser.actor(), assembly, id, table))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("drafts.comment.gone");
        var removed = comments.of(organiser.actor(), assembly, id).get(0);
        assertThat(removed.id()).isEqualTo(table);
        assertThat(removed.body()).isNull();
        assertThat(removed.saidBy()).isEmpty();
        assertThat(removed.removedBy()).isEqualTo("Comments Organiser");

        mvc.perform(get(base).with(user(officer.principal())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Comment removed by \u2068Comments Organiser\u2069."),
                                not(containsString("A week is too long.")),
                                containsString("By \u2068Comments Organiser\u2069, on version 2"),
                                containsString(
                                        "A table or member, typed in by \u2068Comments Facilitator\u2069, on version 2"),
                                containsString("Say who will call."))));
        // the audit names the comments by id, never their text
        assertThat(jdbc.sql("select coalesce(after_summary, '') || coalesce(before_summary, '') from audit.entries"
                                + " where subject = :s and action like 'drafts.comment-%'")
                        .param("s", "Draft " + id)
                        .query(String.class)
                        .list())
                .hasSize(4)
                .anySatisfy(s -> assertThat(s).contains(anonymous.toString()))
                .noneSatisfy(s -> assertThat(s).contains("week"));
    }

    @Test
    void aCommentFromThePageIsSavedAndAMistakeIsShown() throws Exception {
        var organiser = fixtures.user("Comment Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Comment page"));
        var theme = drafts.addTheme(organiser.actor(), assembly, "Partnerships");
        var id = drafts.add(organiser.actor(), assembly, theme, "", new DraftText("Work with schools", "Yes.", ""));
        String base = "/assemblies/" + assembly + "/drafts/" + id;
        mvc.perform(post(base + "/comments")
                        .param("body", "Schools are keen.")
                        .param("saidBy", "Table 5")
                        .param("source", "members")
                        .with(csrf())
                        .with(user(organiser.principal())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/comments").param("body", "").with(csrf()).with(user(organiser.principal())))
                .andExpect(status().is3xxRedirection());
        assertThat(comments.of(organiser.actor(), assembly, id))
                .extracting(DraftComment::body, DraftComment::saidBy)
                .containsExactly(tuple("Schools are keen.", "Table 5"));
        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(content()
                        .string(containsString(
                                "\u2068Table 5\u2069, typed in by \u2068Comment Page Organiser\u2069, on version 1")));
    }
}
