package org.minipublic.app.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One draft as a member reads it on the portal: its text and history, the professional review, the amendments and the
 * comments. Amendments and comments carry no one's name (a comment typed in for a member may name them), only whether
 * they are the reading member's own.
 *
 * @param theme the name of the draft's theme
 * @param links where its text came from or went, for the drafts members can open
 * @param related the drafts members can open (every one not withdrawn), to name the linked ones
 * @param round the assembly's current or last review round, or null when it has had none
 * @param reviewOpen whether professionals can comment today
 */
public record PortalDraft(
        Draft draft,
        String theme,
        List<DraftLink> links,
        List<Draft> related,
        List<Review> reviews,
        @Nullable ReviewRound round,
        boolean reviewOpen,
        List<Proposal> proposals,
        List<Comment> comments) {

    public PortalDraft {
        links = List.copyOf(links);
        related = List.copyOf(related);
        reviews = List.copyOf(reviews);
        proposals = List.copyOf(proposals);
        comments = List.copyOf(comments);
    }

    public boolean takesComments() {
        return PortalDrafts.takesComments(draft);
    }

    public boolean takesAmendments() {
        return PortalDrafts.takesAmendments(draft);
    }

    /**
     * An amendment without who proposed it.
     *
     * @param change its wording against the draft's current text, word by word
     * @param mine whether the reading member proposed it
     */
    public record Proposal(
            UUID id,
            String body,
            String why,
            Amendment.Status status,
            String decisionReason,
            List<WordDiff.Part> change,
            boolean mine) {

        public Proposal {
            change = List.copyOf(change);
        }

        public boolean open() {
            return status == Amendment.Status.PROPOSED;
        }
    }

    /**
     * A comment without who said or typed it.
     *
     * @param body the comment, or null once an organiser removed it
     * @param mine whether the reading member wrote it
     */
    public record Comment(UUID id, int version, @Nullable String body, Instant writtenAt, boolean mine) {

        public boolean removed() {
            return body == null;
        }
    }
}
