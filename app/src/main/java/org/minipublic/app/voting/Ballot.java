package org.minipublic.app.voting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A ballot with its items, as organisers see it. While it is open only the turnout is known; the answers are counted
 * once it has closed.
 *
 * @param eligible members who could vote when it opened
 * @param chainHead the hash of the last vote, in hexadecimal; published when the ballot closes
 * @param chainVersion how the seal's chain starts: 1 from the ballot's id alone (ballots sealed before the chain
 *     covered the question), 2 from the ballot's definition
 */
public record Ballot(
        BallotId id,
        AssemblyId assembly,
        BallotDetails details,
        BallotStatus status,
        List<BallotItem> items,
        int eligible,
        int votesCast,
        String chainHead,
        int chainVersion,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        int version) {

    public Ballot {
        items = List.copyOf(items);
    }

    public String title() {
        return details.title();
    }

    public BallotMethod method() {
        return details.method();
    }

    /** Votes cast as a share of those eligible, in whole per cent. */
    public int turnoutPercent() {
        return eligible == 0 ? 0 : Math.round(100f * votesCast / eligible);
    }

    public boolean isDraft() {
        return status == BallotStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == BallotStatus.OPEN;
    }

    public boolean isClosed() {
        return status == BallotStatus.CLOSED;
    }

    /** The ballot's rule as {@code scripts/recount-ballot} takes it, such as {@code support --levels 5 --at-least 4}. */
    public String ruleArguments() {
        if (method() instanceof BallotMethod.SupportLevel s) {
            return "support --levels " + s.labels().size() + " --at-least " + s.atLeast() + " --percent " + s.percent();
        } else if (method() instanceof BallotMethod.ApproveReject a) {
            return "approve --percent " + a.percent() + (a.moreThan() ? " --more-than" : "")
                    + (a.base() == BallotMethod.ApproveReject.Base.ALL_VOTES ? " --all-votes" : "");
        }
        var p = (BallotMethod.Prioritise) method();
        return "prioritise --top " + p.topN()
                + (p.count() == BallotMethod.Prioritise.Count.TOP_N ? " --top-n-count" : "");
    }

    /**
     * The command that checks the seal and counts again from the downloaded votes with {@code scripts/recount-ballot}
     * (docs/voting.md): the ballot, its number of items and its rule come from the results page, not from the file,
     * and from chain version 2 the downloaded definition, which the seal covers, says what was asked.
     */
    public String recountCommand() {
        return "scripts/recount-ballot ballot-votes.csv"
                + (chainVersion > 1 ? " --definition ballot-definition.txt" : "") + " --ballot " + id + " --items "
                + items.size() + " --seal " + chainHead + " " + ruleArguments();
    }
}
