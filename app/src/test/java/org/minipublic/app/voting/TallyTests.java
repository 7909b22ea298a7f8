package org.minipublic.app.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.minipublic.app.voting.BallotMethod.ApproveReject.Base;
import org.minipublic.app.voting.BallotMethod.Prioritise;
import org.minipublic.app.voting.BallotMethod.SupportLevel;

/** Every counting method against results worked out by hand. */
class TallyTests {

    private static final List<String> FIVE =
            List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");

    /**
     * The Irish Citizens' Assembly on the Eighth Amendment, April 2017 (published results): ballot 1, 79 against
     * retaining Article 40.3.3 in full and 12 for; ballot 2, held only because ballot 1 did not retain it, 50 to 39
     * with 2 abstentions of 91 eligible. Each is asked here so that "for" is the side that won.
     */
    @Test
    void irishCitizensAssembly2017SequentialBallots() {
        var first = Tally.count(ApproveReject.simpleMajority(), 1, votes(single(79, 1), single(12, 2)));
        assertThat(first.get(0).meeting()).isEqualTo(79);
        assertThat(first.get(0).base()).isEqualTo(91);
        assertThat(first.get(0).percent()).isEqualTo(86.8);
        assertThat(first.get(0).adopted()).isTrue();

        var second = Tally.count(ApproveReject.simpleMajority(), 1, votes(single(50, 1), single(39, 2), single(2, 3)));
        assertThat(second.get(0).counts()).containsExactly(0, 50, 39, 2);
        assertThat(second.get(0).base()).isEqualTo(89); // abstentions are not part of the base
        assertThat(second.get(0).percent()).isEqualTo(56.2);
        assertThat(second.get(0).adopted()).isTrue();
        assertThat(second.get(0).answered()).isEqualTo(91);

        var ofAllVotes = new ApproveReject(50, true, Base.ALL_VOTES);
        var counted = Tally.count(ofAllVotes, 1, votes(single(50, 1), single(39, 2), single(2, 3)));
        assertThat(counted.get(0).base()).isEqualTo(91);
        assertThat(counted.get(0).percent()).isEqualTo(54.9);
        assertThat(counted.get(0).adopted()).isTrue();
    }

    @Test
    void aSimpleMajorityNeedsMoreThanHalfAndATieFails() {
        var tie = Tally.count(ApproveReject.simpleMajority(), 1, votes(single(20, 1), single(20, 2), single(5, 3)));
        assertThat(tie.get(0).adopted()).isFalse();
        var atLeastHalf =
                Tally.count(new ApproveReject(50, false, Base.FOR_AND_AGAINST), 1, votes(single(20, 1), single(20, 2)));
        assertThat(atLeastHalf.get(0).adopted()).isTrue();
    }

    @Test
    void aTwoThirdsSupermajorityIsComparedInWholeNumbers() {
        // 30 of 45 is exactly 2/3 = 66.67 %: "at least 67 %" fails, "at least 66 %" passes.
        var votes = votes(single(30, 1), single(15, 2));
        assertThat(Tally.count(new ApproveReject(67, false, Base.FOR_AND_AGAINST), 1, votes)
                        .get(0)
                        .adopted())
                .isFalse();
        assertThat(Tally.count(new ApproveReject(66, false, Base.FOR_AND_AGAINST), 1, votes)
                        .get(0)
                        .adopted())
                .isTrue();
    }

    @Test
    void supportLevelCountsTheShareAtTheLevelOrAboveAmongThoseWhoAnswered() {
        var rule = new SupportLevel(FIVE, 4, 80);
        // Item 1: 20 strongly support, 16 support, 5 neutral, 2 oppose, 2 blank: 36 of 43 = 83.7 % -> adopted.
        // Item 2: 10 strongly support, 20 support, 10 neutral, 5 strongly oppose: 30 of 45 = 66.7 % -> not adopted.
        int[] first = new int[45];
        fill(first, 0, 20, 5);
        fill(first, 20, 36, 4);
        fill(first, 36, 41, 3);
        fill(first, 41, 43, 2);
        int[] second = new int[45];
        fill(second, 0, 10, 5);
        fill(second, 10, 30, 4);
        fill(second, 30, 40, 3);
        fill(second, 40, 45, 1);
        var ballots = new ArrayList<Answers>();
        for (int i = 0; i < 45; i++) {
            ballots.add(new Answers(List.of(first[i], second[i])));
        }
        var results = Tally.count(rule, 2, ballots);
        assertThat(results.get(0).counts()).containsExactly(2, 0, 2, 5, 16, 20);
        assertThat(results.get(0).meeting()).isEqualTo(36);
        assertThat(results.get(0).base()).isEqualTo(43);
        assertThat(results.get(0).percent()).isEqualTo(83.7);
        assertThat(results.get(0).adopted()).isTrue();
        assertThat(results.get(1).counts()).containsExactly(0, 5, 0, 10, 20, 10);
        assertThat(results.get(1).meeting()).isEqualTo(30);
        assertThat(results.get(1).percent()).isEqualTo(66.7);
        assertThat(results.get(1).adopted()).isFalse();
    }

    @Test
    void exactlyTheThresholdIsEnoughForSupport() {
        // 36 of 45 is exactly 80 %.
        var votes = votes(single(36, 4), single(9, 2));
        assertThat(Tally.count(new SupportLevel(FIVE, 4, 80), 1, votes).get(0).adopted())
                .isTrue();
        assertThat(Tally.count(new SupportLevel(FIVE, 4, 81), 1, votes).get(0).adopted())
                .isFalse();
    }

    @Test
    void bordaOverTheTopThree() {
        // Four items A B C D, top 3. Ballots (first, second, third):
        //   5 × A B C   -> A 15, B 10, C 5
        //   4 × B C D   -> B 12, C 8, D 4
        //   2 × C A     -> C 6, A 4
        // Borda (3, 2, 1): A 19, B 22, C 19, D 4 -> B first, A and C share second, D fourth.
        var votes = new ArrayList<Answers>();
        votes.addAll(Collections.nCopies(5, new Answers(List.of(1, 2, 3, 0))));
        votes.addAll(Collections.nCopies(4, new Answers(List.of(0, 1, 2, 3))));
        votes.addAll(Collections.nCopies(2, new Answers(List.of(2, 0, 1, 0))));
        var borda = Tally.count(new Prioritise(3, Prioritise.Count.BORDA), 4, votes);
        assertThat(borda).extracting(ItemResult::meeting).containsExactly(19, 22, 19, 4);
        assertThat(borda).extracting(ItemResult::place).containsExactly(2, 1, 2, 4);
        assertThat(borda).noneMatch(ItemResult::adopted);

        // Counts of top-3 places: A 7, B 9, C 11, D 4.
        var topN = Tally.count(new Prioritise(3, Prioritise.Count.TOP_N), 4, votes);
        assertThat(topN).extracting(ItemResult::meeting).containsExactly(7, 9, 11, 4);
        assertThat(topN).extracting(ItemResult::place).containsExactly(3, 2, 1, 4);
    }

    @Test
    void answersThatDoNotFitTheMethodAreRefused() {
        var top2 = new Prioritise(2, Prioritise.Count.BORDA);
        assertThat(new Answers(List.of(1, 1, 0)).problem(top2, 3)).contains("voting.vote.rank-twice");
        assertThat(new Answers(List.of(2, 0, 0)).problem(top2, 3)).contains("voting.vote.rank-gap");
        assertThat(new Answers(List.of(3, 0, 1)).problem(top2, 3)).contains("voting.vote.not-an-answer");
        assertThat(new Answers(List.of(1, 2)).problem(top2, 3)).contains("voting.vote.not-an-answer");
        assertThat(new Answers(List.of(2, 0, 1)).problem(top2, 3)).isEmpty();
        assertThat(new Answers(List.of(0, 0, 0)).problem(top2, 3)).isEmpty();
        assertThat(new Answers(List.of(4)).problem(ApproveReject.simpleMajority(), 1))
                .contains("voting.vote.not-an-answer");
        assertThat(new Answers(List.of(-1)).problem(new SupportLevel(FIVE, 4, 80), 1))
                .contains("voting.vote.not-an-answer");
    }

    @Test
    void answersSurviveTheirCanonicalForm() {
        var answers = new Answers(List.of(4, 5, 0, 3));
        assertThat(answers.canonical()).isEqualTo("4,5,0,3");
        assertThat(Answers.parse("4,5,0,3")).isEqualTo(answers);
    }

    private static List<Answers> single(int times, int answer) {
        return Collections.nCopies(times, new Answers(List.of(answer)));
    }

    @SafeVarargs
    private static List<Answers> votes(List<Answers>... groups) {
        var all = new ArrayList<Answers>();
        for (var group : groups) {
            all.addAll(group);
        }
        return all;
    }

    private static void fill(int[] column, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            column[i] = value;
        }
    }
}
