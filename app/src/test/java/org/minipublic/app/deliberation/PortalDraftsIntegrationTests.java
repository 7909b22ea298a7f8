package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drafts on the member portal, through the module's API: a member reads their own assembly's drafts but no
 * withdrawn one and nothing of another assembly, and their comments and amendments reach the team as the team's own
 * entries do, without their name, once however often they are sent, and within the team's limits.
 */
@IntegrationTest
class PortalDraftsIntegrationTests {

    @Autowired
    Drafts drafts;

    @Autowired
    DraftMerges merges;

    @Autowired
    DraftComments comments;

    @Autowired
    Amendments amendments;

    @Autowired
    Reviews reviews;

    @Autowired
    PortalDrafts portal;

    @Autowired
    PortalDraftEntries entries;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    record Setup(TestUser organiser, AssemblyId assembly, ThemeId theme, DraftId victims, DraftId stops) {}

    @Test
    void aMemberReadsTheirAssemblysDraftsButNoWithdrawnOneAndNothingOfAnotherAssembly() {
        var setup = setup("Portal drafts reading");
        var actor = setup.organiser().actor();
        var cameras = add(setup, "Table 3", "More cameras", "Put more cameras in town centres.");
        drafts.mark(actor, setup.assembly(), cameras, DraftStatus.WITHDRAWN);
        drafts.mark(actor, setup.assembly(), setup.victims(), DraftStatus.FINAL);
        var member = member(setup.assembly(), "Reader");

        var list = portal.list(member);

        assertThat(list.count()).isEqualTo(2);
        assertThat(list.themes().get(0).drafts())
                .extracting(d -> d.current().text().title(), Draft::status)
                .containsExactly(
                        tuple("Keep victims informed", DraftStatus.FINAL),
                        tuple("Publish stop and search figures", DraftStatus.DRAFT));
        assertThat(portal.draft(member, setup.stops()).draft().versions()).hasSize(2);
        assertThatThrownBy(() -> portal.draft(member, cameras)).isInstanceOf(DraftNotFoundException.class);

        var elsewhere = setup("Portal drafts elsewhere");
        var stranger = member(elsewhere.assembly(), "Stranger");
        assertThat(portal.list(stranger).themes().get(0).drafts())
                .extracting(Draft::id)
                .doesNotContain(setup.victims(), setup.stops());
        assertThatThrownBy(() -> portal.draft(stranger, setup.stops())).isInstanceOf(DraftNotFoundException.class);
        assertThatThrownBy(() -> entries.comment(stranger, setup.stops(), "Not my assembly"))
                .isInstanceOf(DraftNotFoundException.class);
        assertThatThrownBy(() -> entries.propose(stranger, setup.stops(), "Other words.", "Because"))
                .isInstanceOf(DraftNotFoundException.class);
    }

    @Test
    void aMembersCommentAndAmendmentReachTheTeamWithoutTheirNameAndTheirOwnAreMarked() {
        var setup = setup("Portal drafts entries");
        var actor = setup.organiser().actor();
        var facilitator =
                fixtures.userWithRole("Portal Drafts Facilitator", setup.assembly(), AssemblyRole.FACILITATOR);
        comments.add(facilitator.actor(), setup.assembly(), setup.stops(), "Ward by ward, please.", "Amina K", true);
        var member = member(setup.assembly(), "Writer");
        var other = member(setup.assembly(), "Onlooker");

        var comment = entries.comment(member, setup.stops(), "  Quarterly is too slow.\r\nMonthly?  ");
        var proposal = entries.propose(
                member, setup.stops(), "Publish stop and search figures by ward every month.", "Monthly is fresher.");

        var staffComment =
                comments.find(actor, setup.assembly(), setup.stops(), comment).orElseThrow();
        assertThat(staffComment)
                .extracting(
                        DraftComment::body,
                        DraftComment::saidBy,
                        DraftComment::onBehalf,
                        DraftComment::writtenBy,
                        DraftComment::version)
                .containsExactly("Quarterly is too slow.\nMonthly?", "", false, PortalDraftEntries.BY_MEMBER, 2);
        assertThat(amendments.of(actor, setup.assembly(), setup.stops()))
                .extracting(Amendment::id, Amendment::proposedBy, Amendment::why, Amendment::status)
                .containsExactly(tuple(
                        proposal, PortalDraftEntries.BY_MEMBER, "Monthly is fresher.", Amendment.Status.PROPOSED));
        assertThat(audit(setup.assembly(), "member " + member.member() + " (member portal)"))
                .containsExactly("drafts.comment-added", "drafts.amendment-proposed");

        var mine = portal.draft(member, setup.stops());
        assertThat(mine.comments())
                .extracting(PortalDraft.Comment::body, PortalDraft.Comment::mine)
                .containsExactly(
                        tuple("Ward by ward, please.", false), tuple("Quarterly is too slow.\nMonthly?", true));
        assertThat(mine.proposals()).extracting(PortalDraft.Proposal::mine).containsExactly(true);
        assertThat(portal.draft(other, setup.stops()).comments())
                .extracting(PortalDraft.Comment::mine)
                .containsOnly(false);

        amendments.decide(actor, setup.assembly(), proposal, true, "Agreed at the plenary");

        var after = portal.draft(other, setup.stops());
        assertThat(after.draft().current().text().body())
                .isEqualTo("Publish stop and search figures by ward every month.");
        assertThat(after.draft().current().reason())
                .isEqualTo("Amendment by a member, on the member portal: Agreed at the plenary");
        assertThat(after.proposals())
                .extracting(PortalDraft.Proposal::status, PortalDraft.Proposal::decisionReason)
                .containsExactly(tuple(Amendment.Status.ACCEPTED, "Agreed at the plenary"));
    }

    @Test
    void sendingTheSameCommentOrAmendmentAgainStoresItOnce() {
        var setup = setup("Portal drafts twice");
        var member = member(setup.assembly(), "Double");

        var first = entries.comment(member, setup.stops(), "Twice?");
        var again = entries.comment(member, setup.stops(), " Twice? ");
        var proposal = entries.propose(member, setup.stops(), "New words.", "Clearer");
        var proposalAgain = entries.propose(member, setup.stops(), "New words.", "Clearer still");

        assertThat(again).isEqualTo(first);
        assertThat(proposalAgain).isEqualTo(proposal);
        assertThat(portal.draft(member, setup.stops()).comments()).hasSize(1);
        assertThat(portal.draft(member, setup.stops()).proposals()).hasSize(1);
        assertThat(entries.comment(member(setup.assembly(), "Echo"), setup.stops(), "Twice?"))
                .as("another member saying the same")
                .isNotEqualTo(first);
    }

    @Test
    void commentsAndAmendmentsKeepTheTeamsLimitsAndTheDraftsRules() {
        var setup = setup("Portal drafts rules");
        var actor = setup.organiser().actor();
        var member = member(setup.assembly(), "Careful");
        String stops = "Publish stop and search figures by ward every quarter.";

        assertThat(problem(() -> entries.comment(member, setup.stops(), "  ")))
                .isEqualTo("comment: drafts.comment.body-length");
        assertThat(problem(() -> entries.comment(member, setup.stops(), "x".repeat(2001))))
                .isEqualTo("comment: drafts.comment.body-length");
        assertThat(problem(() -> entries.propose(member, setup.stops(), " ", "Why")))
                .isEqualTo("wording: portal-drafts.amendment.wording-length");
        assertThat(problem(() -> entries.propose(member, setup.stops(), "x".repeat(4001), "Why")))
                .isEqualTo("wording: portal-drafts.amendment.wording-length");
        assertThat(problem(() -> entries.propose(member, setup.stops(), " " + stops + " ", "Why")))
                .isEqualTo("wording: portal-drafts.amendment.unchanged");
        assertThat(problem(() -> entries.propose(member, setup.stops(), "Other words.", " ")))
                .isEqualTo("why: portal-drafts.amendment.why-length");
        assertThat(problem(() -> entries.propose(member, setup.stops(), "Other words.", "y".repeat(1001))))
                .isEqualTo("why: portal-drafts.amendment.why-length");

        drafts.mark(actor, setup.assembly(), setup.victims(), DraftStatus.FINAL);
        assertThat(problem(() -> entries.propose(member, setup.victims(), "Other words.", "Why")))
                .isEqualTo("wording: portal-drafts.amendment.closed");
        entries.comment(member, setup.victims(), "Final, but I can still say this.");

        var merged = merges.merge(
                actor,
                setup.assembly(),
                List.of(setup.stops(), add(setup, "Table 6", "Figures online", "Put the figures online.")),
                setup.theme(),
                "",
                new DraftText("Open figures", "Publish figures by ward online.", ""));
        assertThat(portal.draft(member, setup.stops()).takesComments()).isFalse();
        assertThat(problem(() -> entries.comment(member, setup.stops(), "Too late")))
                .isEqualTo("comment: portal-drafts.comment.closed");
        assertThat(portal.list(member).themes().get(0).drafts())
                .extracting(Draft::id)
                .containsExactly(setup.victims(), merged);
    }

    @Test
    void aMemberSendingTooMuchIsAskedToWait() {
        var setup = setup("Portal drafts flood");
        var member = member(setup.assembly(), "Flood");
        for (int i = 0; i < 20; i++) {
            entries.comment(member, setup.stops(), "Comment " + i);
        }

        assertThat(problem(() -> entries.comment(member, setup.stops(), "One more")))
                .isEqualTo("comment: portal-drafts.wait");
        assertThat(portal.draft(member, setup.stops()).comments()).hasSize(20);
        entries.comment(member(setup.assembly(), "Calm"), setup.stops(), "Someone else is not held up");
    }

    /** Two drafts under one theme: victims (as written) and stop and search (changed once). */
    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        var theme = drafts.addTheme(organiser.actor(), assembly, "Accountability");
        var victims = drafts.add(
                organiser.actor(),
                assembly,
                theme,
                "Table 2",
                new DraftText("Keep victims informed", "Every victim gets a named contact.", ""));
        var stops = drafts.add(
                organiser.actor(),
                assembly,
                theme,
                "Table 5",
                new DraftText("Publish stop and search figures", "Publish the figures every year.", ""));
        drafts.revise(
                organiser.actor(),
                assembly,
                stops,
                new DraftText(
                        "Publish stop and search figures",
                        "Publish stop and search figures by ward every quarter.",
                        ""),
                "Tables 4 and 5 agreed",
                1);
        return new Setup(organiser, assembly, theme, victims, stops);
    }

    private DraftId add(Setup setup, String table, String title, String body) {
        return drafts.add(
                setup.organiser().actor(), setup.assembly(), setup.theme(), table, new DraftText(title, body, ""));
    }

    /** A member as the portal knows them once signed in (the card is checked by the portal's sessions, not here). */
    private PortalMember member(AssemblyId assembly, String name) {
        var profile = new MemberProfile(name, "Member", name.toLowerCase() + "@example.org", "", "en", false, "");
        var id = members.enrol(Actor.system(), assembly, NewMember.byHand(profile));
        return new PortalMember(id, assembly, UUID.randomUUID());
    }

    private List<String> audit(AssemblyId assembly, String actor) {
        return jdbc.sql("select action from audit.entries where assembly_id = :a and actor_label = :l order by id")
                .param("a", assembly.value())
                .param("l", actor)
                .query(String.class)
                .list();
    }

    private static String problem(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.field() + ": " + e.messageKey();
        }
        throw new AssertionError("no problem reported");
    }
}
