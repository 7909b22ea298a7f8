package org.minipublic.app.voting;

import java.util.List;

/**
 * How members answer a ballot's items and how the answers are counted. A vote holds one whole number per item, whose
 * meaning depends on the method (see {@link #validAnswer}); 0 always means the member left the item unanswered.
 */
public sealed interface BallotMethod {

    /** The method's name as stored and as message keys use it. */
    String kind();

    /** The highest possible answer to one item; answers run from 0 (no answer) to this. */
    int highestAnswer();

    /** Whether {@code answer} is a possible answer to one item, 0 (no answer) included. */
    default boolean validAnswer(int answer) {
        return answer >= 0 && answer <= highestAnswer();
    }

    /**
     * One item's result from how many votes gave each answer.
     *
     * @param counts indexed by answer, 0 to {@link #highestAnswer()}
     */
    ItemResult result(int position, int[] counts);

    /**
     * A scale for each item, lowest first (for example "strongly oppose" … "strongly support"); an item is adopted
     * when at least {@code percent} per cent of those who answered it chose level {@code atLeast} or above.
     *
     * @param labels the levels' names, two to seven
     * @param atLeast the lowest level that counts as support, 1-based
     */
    record SupportLevel(List<String> labels, int atLeast, int percent) implements BallotMethod {

        public static final int MAX_LEVELS = 7;

        public SupportLevel {
            labels = List.copyOf(labels);
            if (labels.size() < 2 || labels.size() > MAX_LEVELS) {
                throw new IllegalArgumentException("a scale has two to seven levels");
            }
            if (atLeast < 1 || atLeast > labels.size() || percent < 1 || percent > 100) {
                throw new IllegalArgumentException("the adoption rule is outside the scale");
            }
        }

        @Override
        public String kind() {
            return "SUPPORT";
        }

        @Override
        public int highestAnswer() {
            return labels.size();
        }

        @Override
        public ItemResult result(int position, int[] counts) {
            int answered = Tally.sum(counts, 1, counts.length);
            int meeting = Tally.sum(counts, atLeast, counts.length);
            boolean adopted = answered > 0 && meeting * 100L >= (long) percent * answered;
            return new ItemResult(position, Tally.list(counts), meeting, answered, adopted, 0);
        }
    }

    /**
     * For, against or abstain on each item; an item is adopted when the votes for it are more than (or at least)
     * {@code percent} per cent of the base: the votes for and against, or every vote cast on it, abstentions
     * included. A simple majority is "more than 50 % of those for and against".
     */
    record ApproveReject(int percent, boolean moreThan, Base base) implements BallotMethod {

        public static final int FOR = 1;
        public static final int AGAINST = 2;
        public static final int ABSTAIN = 3;

        /** What the threshold is a share of. */
        public enum Base {
            FOR_AND_AGAINST,
            ALL_VOTES
        }

        public ApproveReject {
            if (percent < 1 || percent > 100 || (moreThan && percent == 100)) {
                throw new IllegalArgumentException("the threshold must be a share that can be met");
            }
        }

        /** More than half of those for and against. */
        public static ApproveReject simpleMajority() {
            return new ApproveReject(50, true, Base.FOR_AND_AGAINST);
        }

        @Override
        public String kind() {
            return "APPROVE";
        }

        @Override
        public int highestAnswer() {
            return ABSTAIN;
        }

        @Override
        public ItemResult result(int position, int[] counts) {
            int inFavour = counts[FOR];
            int base = inFavour + counts[AGAINST] + (this.base == Base.ALL_VOTES ? counts[ABSTAIN] : 0);
            long share = inFavour * 100L;
            long needed = (long) percent * base;
            boolean adopted = base > 0 && (moreThan ? share > needed : share >= needed);
            return new ItemResult(position, Tally.list(counts), inFavour, base, adopted, 0);
        }
    }

    /**
     * Members rank up to {@code topN} items (1 for their first choice); the answer to an item is its rank, or 0 when
     * they did not rank it. Items are ordered by the named count; none is adopted or rejected.
     */
    record Prioritise(int topN, Count count) implements BallotMethod {

        public static final int MAX_TOP = 30;

        /** How ranks become a score. */
        public enum Count {
            /** Borda count over the top N: a first choice scores N points, a second N − 1, …, an N-th 1. */
            BORDA,
            /** Each ranking among the top N scores one point, whatever its place. */
            TOP_N
        }

        public Prioritise {
            if (topN < 1 || topN > MAX_TOP) {
                throw new IllegalArgumentException("members pick between 1 and 30 items");
            }
        }

        @Override
        public String kind() {
            return "PRIORITISE";
        }

        @Override
        public int highestAnswer() {
            return topN;
        }

        @Override
        public ItemResult result(int position, int[] counts) {
            int score = 0;
            for (int rank = 1; rank < counts.length; rank++) {
                score += counts[rank] * points(rank);
            }
            return new ItemResult(position, Tally.list(counts), score, 0, false, 0);
        }

        int points(int rank) {
            if (rank == 0) {
                return 0;
            }
            return count == Count.BORDA ? topN - rank + 1 : 1;
        }
    }
}
