package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Merging and splitting drafts: the drafts merged or split stay with all their versions, marked and linked both ways,
 * change no more, and their open amendments close; the audit names drafts by id only.
 */
@IntegrationTest
class DraftMergesIntegrationTests {

    @Autowired
    Drafts drafts;

    @Autowired
    DraftMerges merges;

    @Autowired
    Amendments amendments;

    @Autowired
    DraftComments comments;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void mergedDraftsStayWithTheirHistoryLinkedToTheNewOneAndChangeNoMore() throws Exception {
        var organiser = fixtures.user("Merge Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Merge"));
        var facilitator = fixtures.userWithRole("Merge Facilitator", assembly, AssemblyRole.FACILITATOR);
        var actor = organiser.actor();
        var training = drafts.addTheme(actor, assembly, "Training");
        var youth = drafts.addTheme(actor, assembly, "Youth engagement");
        var first = drafts.add(
                facilitator.actor(), assembly, training, "Table 1", new DraftText("Train officers", "Train.", "Why"));
        drafts.revise(
                facilitator.actor(),
                assembly,
                first,
                new DraftText("Train officers", "Train twice.", "Why"),
                "More",
                1);
        var second = drafts.add(
                facilitator.actor(), assembly, youth, "Table 2", new DraftText("Meet young people", "Meet.", ""));
        var open = amendments.propose(facilitator.actor(), assembly, first, "Train three times.", "");

        assertThatThrownBy(() ->
                        merges.merge(facilitator.actor(), assembly, List.of(first, second), training, "", text("Both")))
                .isInstanceOf(PermissionDeniedException.class);
        assertRefused(() -> merges.merge(actor, assembly, List.of(first, first), training, "", text("One")))
                .isEqualTo("drafts.merge.count");

        var merged = merges.merge(actor, assembly, List.of(first, second), training, "Tables 1 and 2", text("Both"));

        var result = drafts.draft(actor, assembly, merged);
        assertThat(result.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(result.tableLabel()).isEqualTo("Tables 1 and 2");
        assertThat(result.current().reason()).isEqualTo("Merged from: Train officers; Meet young people");
        assertThat(drafts.draft(actor, assembly, first).status()).isEqualTo(DraftStatus.MERGED);
        assertThat(drafts.draft(actor, assembly, first).versions())
                .extracting(v -> v.text().body())
                .containsExactly("Train.", "Train twice.");
        assertThat(drafts.draft(actor, assembly, second).status()).isEqualTo(DraftStatus.MERGED);
        assertThat(merges.links(actor, assembly, merged))
                .containsExactly(
                        new DraftLink(first, merged, DraftLink.Kind.MERGE),
                        new DraftLink(second, merged, DraftLink.Kind.MERGE));
        assertThat(merges.links(actor, assembly, first))
                .containsExactly(new DraftLink(first, merged, DraftLink.Kind.MERGE));
        assertThat(amendments.of(actor, assembly, first))
                .extracting(Amendment::id, Amendment::status, Amendment::decisionReason)
                .containsExactly(tuple(open, Amendment.Status.CLOSED, "Draft merged into: Both"));

        // a merged draft can no longer be changed, marked, amended, commented on or merged again
        assertRefused(() -> drafts.revise(actor, assembly, first, text("Again"), "Why", 2))
                .isEqualTo("drafts.merged");
        assertRefused(() -> drafts.mark(actor, assembly, first, DraftStatus.FINAL))
                .isEqualTo("drafts.merged");
        assertRefused(() -> drafts.mark(actor, assembly, first, DraftStatus.DRAFT))
                .isEqualTo("drafts.merged");
        assertRefused(() -> amendments.propose(facilitator.actor(), assembly, second, "Other.", ""))
                .isEqualTo("drafts.merged");
        assertRefused(() -> amendments.decide(actor, assembly, open, true, "Late"))
                .isEqualTo("drafts.amendment.decided");
        assertRefused(() -> comments.add(facilitator.actor(), assembly, first, "Hm", "", true))
                .isEqualTo("drafts.merged");
        assertRefused(() -> merges.merge(actor, assembly, List.of(first, merged), training, "", text("Again")))
                .isEqualTo("drafts.merge.not-open");
        drafts.mark(actor, assembly, merged, DraftStatus.FINAL);
        assertThat(drafts.finalTexts(actor, assembly))
                .extracting(DraftText::title)
                .containsExactly("Both");

        // each page links the other way; the audit names the drafts by id, never their text
        page(organiser, assembly, merged, "Merged from", "/drafts/" + first, "/drafts/" + second);
        page(organiser, assembly, first, "Merged into", "/drafts/" + merged, "Train twice.");
        assertThat(audit("drafts.drafts-merged", merged))
                .contains(first.toString())
                .contains(second.toString())
                .doesNotContain("Train");
    }

    @Test
    void aSplitDraftLinksToItsPartsWhichLinkBack() throws Exception {
        var organiser = fixtures.user("Split Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Split"));
        var actor = organiser.actor();
        var theme = drafts.addTheme(actor, assembly, "Communication");
        var original = drafts.add(
                actor, assembly, theme, "Table 4", new DraftText("Talk and listen", "Talk. Listen.", "Both matter"));

        assertRefused(() -> merges.split(actor, assembly, original, List.of(text("Only"), new DraftText("", "", ""))))
                .isEqualTo("drafts.split.count");
        assertThatThrownBy(() -> merges.split(
                        actor, assembly, original, List.of(text("Talk"), new DraftText("", "Listen.", ""))))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("parts[1].title");

        var parts = merges.split(
                actor,
                assembly,
                original,
                List.of(new DraftText("Talk", "Talk.", ""), new DraftText("", "", ""), text("Listen")));

        assertThat(parts).hasSize(2);
        assertThat(parts.stream().map(p -> drafts.draft(actor, assembly, p)).toList())
                .extracting(d -> d.current().text().title(), Draft::theme, Draft::tableLabel, d -> d.current()
                        .reason())
                .containsExactly(
                        tuple("Talk", theme, "Table 4", "Split from: Talk and listen"),
                        tuple("Listen", theme, "Table 4", "Split from: Talk and listen"));
        assertThat(drafts.draft(actor, assembly, original).status()).isEqualTo(DraftStatus.SPLIT);
        assertThat(merges.links(actor, assembly, original))
                .extracting(DraftLink::to)
                .containsExactlyElementsOf(parts);
        assertRefused(() -> drafts.revise(actor, assembly, original, text("Again"), "Why", 1))
                .isEqualTo("drafts.split");
        assertRefused(() -> merges.split(actor, assembly, original, List.of(text("A"), text("B"))))
                .isEqualTo("drafts.merge.not-open");

        page(organiser, assembly, original, "Split into", "/drafts/" + parts.get(0), "/drafts/" + parts.get(1));
        page(organiser, assembly, parts.get(1), "Split from", "/drafts/" + original);
        assertThat(audit("drafts.draft-split", original))
                .contains(parts.get(0).toString())
                .doesNotContain("Talk");
    }

    @Test
    void theMergeAndSplitPagesStartFromTheDraftsTextsAndSaveThroughTheForms() throws Exception {
        var organiser = fixtures.user("Merge Pages Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Merge pages"));
        var actor = organiser.actor();
        var theme = drafts.addTheme(actor, assembly, "Visibility");
        var a = drafts.add(actor, assembly, theme, "", new DraftText("Foot patrols", "More patrols.", ""));
        var b = drafts.add(actor, assembly, theme, "", new DraftText("Open days", "Hold open days.", ""));
        String base = "/assemblies/" + assembly + "/drafts";
        mvc.perform(get(base + "/merge")
                        .param("drafts", a.toString(), b.toString())
                        .with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Foot patrols / Open days"),
                                containsString("More patrols.\n\nHold open days."))));
        mvc.perform(get(base + "/merge").param("drafts", a.toString()).with(user(organiser.principal())))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/merge")
                        .param("drafts", a.toString(), b.toString())
                        .param("theme", theme.toString())
                        .param("title", "Be seen")
                        .param("body", "")
                        .with(csrf())
                        .with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the recommendation")));
        mvc.perform(post(base + "/merge")
                        .param("drafts", a.toString(), b.toString())
                        .param("theme", theme.toString())
                        .param("title", "Be seen")
                        .param("body", "Patrols and open days.")
                        .with(csrf())
                        .with(user(organiser.principal())))
                .andExpect(status().is3xxRedirection());
        assertThat(drafts.draft(actor, assembly, a).status()).isEqualTo(DraftStatus.MERGED);

        var c = drafts.add(actor, assembly, theme, "", new DraftText("Cameras and lights", "Cameras. Lights.", ""));
        mvc.perform(get(base + "/" + c + "/split").param("parts", "3").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("parts[2].title"), containsString("Cameras. Lights."))));
        // another part keeps what was typed in the others, and splits nothing yet
        mvc.perform(post(base + "/" + c + "/split")
                        .param("parts[0].title", "Cameras only")
                        .param("parts[0].body", "Cameras.")
                        .param("more", "1")
                        .with(csrf())
                        .with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("parts[1].title"), containsString("Cameras only"))));
        assertThat(drafts.draft(actor, assembly, c).status()).isEqualTo(DraftStatus.DRAFT);
        mvc.perform(post(base + "/" + c + "/split")
                        .param("parts[0].title", "Cameras")
                        .param("parts[0].body", "Cameras.")
                        .param("parts[1].title", "Lights")
                        .param("parts[1].body", "Lights.")
                        .with(csrf())
                        .with(user(organiser.principal())))
                .andExpect(redirectedUrl(base + "/" + c));
        assertThat(merges.links(actor, assembly, c)).hasSize(2);
    }

    private static DraftText text(String title) {
        return new DraftText(title, title + " in full.", "");
    }

    private static org.assertj.core.api.AbstractObjectAssert<?, ?> assertRefused(ThrowingCallable call) {
        return assertThatThrownBy(call).extracting(e -> ((InvalidInputException) e).messageKey());
    }

    private void page(TestUser who, AssemblyId assembly, DraftId draft, String... shown) throws Exception {
        var matchers =
                java.util.Arrays.stream(shown).map(s -> containsString(s)).toList();
        mvc.perform(get("/assemblies/" + assembly + "/drafts/" + draft).with(user(who.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(matchers.toArray(org.hamcrest.Matcher[]::new))));
    }

    private String audit(String action, DraftId draft) {
        return String.join(
                "\n",
                jdbc.sql("select coalesce(after_summary, '') from audit.entries where action = :a and subject = :s")
                        .param("a", action)
                        .param("s", "Draft " + draft)
                        .query(String.class)
                        .list());
    }
}
