package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.voting.Answers;
import org.minipublic.app.voting.BallotBox;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From a closed ballot to a published record: adopted items brought in with their votes, the institution's responses
 * with their rules, the members' verdict, the action plan, and what the public sees and when.
 */
@IntegrationTest
class AccountabilityIntegrationTests {

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    PublicAccountability published;

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    BallotBox box;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    record Setup(TestUser organiser, TestUser officer, AssemblyId assembly) {
        Actor actor() {
            return organiser.actor();
        }
    }

    @Test
    void onlyAdoptedItemsComeInWithTheirVoteAndOnlyOnce() {
        var setup = setup("Bring in");
        var ballot = closedBallot(setup, 4);
        assertThat(responses.bringInAdopted(setup.actor(), setup.assembly(), ballot))
                .isEqualTo(2);
        assertThat(responses.bringInAdopted(setup.actor(), setup.assembly(), ballot))
                .isZero();
        var all = responses.all(setup.actor(), setup.assembly());
        // item 1: 4 for, 0 against; item 2: 3 for, 1 against; item 3: 1 for, 3 against (not adopted)
        assertThat(all).extracting(Recommendation::title).containsExactly("Item 1", "Item 2");
        assertThat(all.get(0).vote()).isEqualTo(new VoteFigure(4, 4, true));
        assertThat(all.get(1).vote()).isEqualTo(new VoteFigure(3, 4, true));
        assertThat(all.get(1).vote().percent()).isEqualTo(75.0);
        assertThat(all.get(0).position()).isZero();
        assertThat(all.get(1).position()).isEqualTo(1);
    }

    @Test
    void aResponseNeedsReasonsAPastDateAndTheVersionItWasReadAt() {
        var setup = setup("Respond");
        var id = responses.add(setup.actor(), setup.assembly(), "  Keep victims informed ", "A named contact.");
        var officer = setup.officer().actor();
        LocalDate today = responses.today();
        assertProblem(
                () -> responses.respond(officer, setup.assembly(), id, text(ResponseStatus.ACCEPTED, " ", today), -1),
                "accountability.response.reasoning-length");
        assertProblem(
                () -> responses.respond(
                        officer, setup.assembly(), id, text(ResponseStatus.ACCEPTED, "Yes", today.plusDays(1)), -1),
                "accountability.response.in-future");

        responses.respond(
                officer, setup.assembly(), id, text(ResponseStatus.UNDER_CONSIDERATION, "Costing it", today), -1);
        var first = responses.recommendation(officer, setup.assembly(), id);
        assertThat(first.title()).isEqualTo("Keep victims informed");
        assertThat(first.response().status()).isEqualTo(ResponseStatus.UNDER_CONSIDERATION);
        // a second officer who opened the empty form meanwhile does not overwrite the first
        assertProblem(
                () -> responses.respond(officer, setup.assembly(), id, text(ResponseStatus.ACCEPTED, "Yes", today), -1),
                "accountability.response.changed-meanwhile");
        responses.respond(
                officer,
                setup.assembly(),
                id,
                text(ResponseStatus.ACCEPTED_IN_PART, "Part", today),
                first.response().version());
        assertThat(responses
                        .recommendation(officer, setup.assembly(), id)
                        .response()
                        .status())
                .isEqualTo(ResponseStatus.ACCEPTED_IN_PART);

        // the facilitator and the board read it but cannot respond
        var board = fixtures.userWithRole("Respond Board", setup.assembly(), AssemblyRole.ADVISORY_BOARD);
        assertThat(responses.all(board.actor(), setup.assembly())).hasSize(1);
        assertThatThrownBy(() -> responses.respond(
                        board.actor(), setup.assembly(), id, text(ResponseStatus.ACCEPTED, "x", today), 1))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMissingResponseIsOverdueOnlyAfterTheDueDate() {
        var setup = setup("Overdue");
        var id = responses.add(setup.actor(), setup.assembly(), "Foot patrols", "");
        LocalDate today = responses.today();
        var recommendation = responses.recommendation(setup.actor(), setup.assembly(), id);
        assertThat(recommendation.overdue(null, today)).isFalse();
        assertThat(recommendation.overdue(today, today)).isFalse();
        assertThat(recommendation.overdue(today.minusDays(1), today)).isTrue();
        responses.respond(
                setup.officer().actor(),
                setup.assembly(),
                id,
                text(ResponseStatus.NOT_ACCEPTED, "No budget", today),
                -1);
        assertThat(responses.recommendation(setup.actor(), setup.assembly(), id).overdue(today.minusDays(1), today))
                .isFalse();
    }

    @Test
    void theMembersVerdictIsAScoreFromZeroToTenOnAResponse() {
        var setup = setup("Verdict");
        var id = responses.add(setup.actor(), setup.assembly(), "Youth outreach", "");
        assertProblem(
                () -> responses.recordVerdict(setup.actor(), setup.assembly(), id, BigDecimal.ONE, ""),
                "accountability.verdict.no-response");
        responses.respond(
                setup.officer().actor(),
                setup.assembly(),
                id,
                text(ResponseStatus.ACCEPTED, "Yes", responses.today()),
                -1);
        for (String bad : List.of("-0.5", "10.5", "7.25")) {
            assertProblem(
                    () -> responses.recordVerdict(setup.actor(), setup.assembly(), id, new BigDecimal(bad), ""),
                    "accountability.verdict.score-range");
        }
        responses.recordVerdict(setup.actor(), setup.assembly(), id, new BigDecimal("6.5"), " Half of it. ");
        var response =
                responses.recommendation(setup.actor(), setup.assembly(), id).response();
        assertThat(response.verdictScore()).isEqualByComparingTo("6.5");
        assertThat(response.verdictStatement()).isEqualTo("Half of it.");
        assertThat(response.status()).isEqualTo(ResponseStatus.ACCEPTED);
    }

    @Test
    void anActionAnswersRecommendationsOfItsOwnAssemblyAndUpdatesSetItsStatus() {
        var setup = setup("Actions");
        var officer = setup.officer().actor();
        var mine = responses.add(setup.actor(), setup.assembly(), "Training", "");
        var other = setup("Other actions");
        var theirs = responses.add(other.actor(), other.assembly(), "Not ours", "");
        assertProblem(
                () -> plan.add(officer, setup.assembly(), action("Train", List.of())),
                "accountability.action.no-recommendation");
        assertProblem(
                () -> plan.add(officer, setup.assembly(), action("Train", List.of(theirs))),
                "accountability.action.unknown-recommendation");
        var id = plan.add(officer, setup.assembly(), action("Train", List.of(mine)));
        LocalDate today = responses.today();
        plan.addMilestone(officer, setup.assembly(), id, "Designed", today.minusDays(3));
        plan.addMilestone(officer, setup.assembly(), id, "Everyone trained", today.plusDays(300));
        assertProblem(
                () -> plan.addMilestone(officer, setup.assembly(), id, "No date", null),
                "accountability.milestone.date-invalid");
        var action = plan.action(officer, setup.assembly(), id);
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(action.overdue(today)).isTrue();
        plan.completeMilestone(
                officer, setup.assembly(), id, action.milestones().get(0).id());
        assertThat(plan.action(officer, setup.assembly(), id).overdue(today)).isFalse();

        for (String hostile : List.of("javascript:alert(1)", "data:text/html,x", "//example.org", "https://")) {
            assertProblem(
                    () -> plan.postUpdate(officer, setup.assembly(), id, "Progress", hostile, ActionStatus.ON_TRACK),
                    "accountability.update.url-invalid");
        }
        assertProblem(
                () -> plan.postUpdate(officer, setup.assembly(), id, "Progress", "", null),
                "accountability.update.status-required");
        plan.postUpdate(
                officer, setup.assembly(), id, "Workshops held", "https://example.org/minutes", ActionStatus.AT_RISK);
        var updated = plan.action(officer, setup.assembly(), id);
        assertThat(updated.status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(updated.updates()).singleElement().satisfies(u -> {
            assertThat(u.body()).isEqualTo("Workshops held");
            assertThat(u.evidenceUrl()).isEqualTo("https://example.org/minutes");
        });
        // two officers changing the action at once: the second is told, not silently overwritten
        int version = plan.action(officer, setup.assembly(), id).version();
        plan.change(officer, setup.assembly(), id, action("Train everyone", List.of(mine)), version);
        assertProblem(
                () -> plan.change(officer, setup.assembly(), id, action("Train some", List.of(mine)), version),
                "accountability.action.changed-meanwhile");
        assertThat(plan.action(officer, setup.assembly(), id).title()).isEqualTo("Train everyone");
        // a recommendation an action answers stays
        assertProblem(
                () -> responses.remove(setup.actor(), setup.assembly(), mine), "accountability.recommendation.in-use");
        // another assembly's organiser cannot reach this action through their own assembly
        assertThatThrownBy(() -> plan.action(other.actor(), other.assembly(), id))
                .isInstanceOf(RecommendationNotFoundException.class);
    }

    @Test
    void residentsSeeNothingUntilTheRecordIsPublished() {
        var setup = setup("Publish");
        assertProblem(() -> responses.publish(setup.actor(), setup.assembly(), true), "accountability.publish.nothing");
        var id = responses.add(setup.actor(), setup.assembly(), "Publish figures", "");
        assertThat(published.published(setup.assembly())).isEmpty();
        responses.publish(setup.actor(), setup.assembly(), true);
        var record = published.published(setup.assembly()).orElseThrow();
        assertThat(record.recommendations()).extracting(Recommendation::id).containsExactly(id);
        responses.publish(setup.actor(), setup.assembly(), false);
        assertThat(published.published(setup.assembly())).isEmpty();
    }

    private static ResponseText text(ResponseStatus status, String reasoning, LocalDate on) {
        return new ResponseText(status, reasoning, "Police", "Chief Inspector", on);
    }

    private static ActionText action(String title, List<RecommendationId> answers) {
        return new ActionText(title, "", "Police training unit", "", answers);
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(key);
    }

    /** A closed approve/reject ballot of three items and four voters, whose first two items pass. */
    private BallotId closedBallot(Setup setup, int voters) {
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < voters; i++) {
            var profile = new MemberProfile("Voter", "Number " + i, "acc" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), setup.assembly(), NewMember.byHand(profile)));
        }
        var actor = setup.actor();
        var ballot = ballots.create(
                actor, setup.assembly(), new BallotDetails("Final", ApproveReject.simpleMajority(), null));
        for (int i = 1; i <= 3; i++) {
            ballots.addItem(actor, setup.assembly(), ballot, new ItemText("Item " + i, "Text " + i));
        }
        ballots.open(actor, setup.assembly(), ballot);
        var issued = codes.issue(actor, setup.assembly(), ballot, ids);
        int f = ApproveReject.FOR;
        int a = ApproveReject.AGAINST;
        List<List<Integer>> votes = List.of(List.of(f, f, f), List.of(f, f, a), List.of(f, f, a), List.of(f, a, a));
        for (int i = 0; i < voters; i++) {
            box.cast(issued.codes().get(i).value(), new Answers(votes.get(i)), "192.0.2.30");
        }
        ballots.close(actor, setup.assembly(), ballot);
        return ballot;
    }

    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Accountability Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " accountability"));
        var officer = fixtures.userWithRole(name + " Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        return new Setup(organiser, officer, assembly);
    }
}
