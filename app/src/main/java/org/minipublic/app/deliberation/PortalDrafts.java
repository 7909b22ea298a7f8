package org.minipublic.app.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts on the member portal, for a member signed in with their card. The caller has checked the sign-in ({@link
 * org.minipublic.app.members.web.portal.PortalSessions#visitor}); only the member's own assembly's drafts are
 * reachable, and no withdrawn one. Drafts have no setting for what members see: they see what the team sees, as it is
 * written, so that "the current text and its history are always visible"; the professional review shows as soon as
 * it is written, as on the team's pages, so that members read it before the vote. Nothing read here names a member.
 */
@Service
public class PortalDrafts {

    private final ThemeRecords themes;
    private final DraftRecords drafts;
    private final DraftCommentRecords comments;
    private final AmendmentRecords amendments;
    private final ReviewRecords reviews;
    private final Clock clock;

    PortalDrafts(
            ThemeRecords themes,
            DraftRecords drafts,
            DraftCommentRecords comments,
            AmendmentRecords amendments,
            ReviewRecords reviews,
            Clock clock) {
        this.themes = themes;
        this.drafts = drafts;
        this.comments = comments;
        this.amendments = amendments;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The drafts being worked on and the final ones, theme by theme. */
    @Transactional(readOnly = true)
    public PortalDraftList list(PortalMember member) {
        var listed = drafts.all(member.assembly()).stream()
                .filter(d -> d.status() == DraftStatus.DRAFT || d.status() == DraftStatus.FINAL)
                .toList();
        var byTheme = themes.all(member.assembly()).stream()
                .map(t -> new PortalDraftList.ThemeDrafts(
                        t, listed.stream().filter(d -> d.theme().equals(t.id())).toList()))
                .toList();
        var round = reviews.latestRound(member.assembly());
        return new PortalDraftList(byTheme, round.orElse(null), open(round));
    }

    /**
     * One draft with everything members may read about it.
     *
     * @throws DraftNotFoundException when the member's assembly has no such draft, or it was withdrawn
     */
    @Transactional(readOnly = true)
    public PortalDraft draft(PortalMember member, DraftId id) {
        var assembly = member.assembly();
        var draft = readable(assembly, id);
        var round = reviews.latestRound(assembly);
        return new PortalDraft(
                draft,
                themeName(assembly, draft),
                drafts.links(assembly, id),
                drafts.all(assembly).stream()
                        .filter(d -> d.status() != DraftStatus.WITHDRAWN)
                        .toList(),
                reviews.of(id),
                round.orElse(null),
                open(round),
                proposals(member, draft),
                comments(member, id));
    }

    /** A draft of the assembly that members may read: any but a withdrawn one. */
    Draft readable(AssemblyId assembly, DraftId id) {
        return drafts.find(assembly, id)
                .filter(d -> d.status() != DraftStatus.WITHDRAWN)
                .orElseThrow(() -> new DraftNotFoundException(id));
    }

    private boolean open(Optional<ReviewRound> round) {
        return round.map(r -> r.openOn(LocalDate.now(clock))).orElse(false);
    }

    /** Members comment on drafts being worked on or final, not on those merged or split into others. */
    static boolean takesComments(Draft draft) {
        return draft.status() == DraftStatus.DRAFT || draft.status() == DraftStatus.FINAL;
    }

    /** Members propose amendments only while a draft is being worked on, as the team does. */
    static boolean takesAmendments(Draft draft) {
        return draft.status() == DraftStatus.DRAFT;
    }

    private List<PortalDraft.Proposal> proposals(PortalMember member, Draft draft) {
        String current = draft.current().text().body();
        Set<UUID> own = amendments.byMember(draft.id(), member.member());
        return amendments.of(member.assembly(), draft.id()).stream()
                .map(a -> new PortalDraft.Proposal(
                        a.id(),
                        a.body(),
                        a.why(),
                        a.status(),
                        a.decisionReason(),
                        WordDiff.between(current, a.body()),
                        own.contains(a.id())))
                .toList();
    }

    private List<PortalDraft.Comment> comments(PortalMember member, DraftId draft) {
        Set<UUID> own = comments.byMember(draft, member.member());
        return comments.of(draft).stream()
                .map(c -> new PortalDraft.Comment(c.id(), c.version(), c.body(), c.writtenAt(), own.contains(c.id())))
                .toList();
    }

    private String themeName(AssemblyId assembly, Draft draft) {
        List<Theme> all = themes.all(assembly);
        return all.stream()
                .filter(t -> t.id().equals(draft.theme()))
                .map(Theme::name)
                .findFirst()
                .orElse("");
    }
}
