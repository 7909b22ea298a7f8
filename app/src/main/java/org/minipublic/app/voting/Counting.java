package org.minipublic.app.voting;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Seals a ballot's votes when it closes, and counts them after checking them against that seal, so that a count is
 * never made from votes that were changed, added or removed, nor under a question or rule changed since.
 */
@Component
class Counting {

    private final VoteRecords votes;

    Counting(VoteRecords votes) {
        this.votes = votes;
    }

    /** Seals a ballot's votes as it closes; returns the seal. */
    byte[] seal(Ballot ballot) {
        byte[] start = BallotDefinition.chainStart(ballot);
        var links = VoteChain.seal(start, votes.all(ballot.id()));
        votes.insertSeal(ballot.id(), links);
        return VoteChain.head(start, links);
    }

    BallotResult count(Ballot ballot) {
        var stored = votes.all(ballot.id());
        var broken = VoteChain.firstBreak(
                BallotDefinition.chainStart(ballot),
                stored,
                votes.seal(ballot.id()),
                HexFormat.of().parseHex(ballot.chainHead()));
        if (broken.isPresent()) {
            return new BallotResult(ballot, List.of(), broken.get());
        }
        // The seal holds, so the stored votes, in receipt order, are the ones to count; place i is position i + 1.
        var answers = new ArrayList<Answers>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Answers parsed;
            try {
                parsed = Answers.parse(stored.get(i).answers());
            } catch (NumberFormatException e) {
                return new BallotResult(ballot, List.of(), i + 1);
            }
            if (parsed.problem(ballot.method(), ballot.items().size()).isPresent()) {
                return new BallotResult(ballot, List.of(), i + 1);
            }
            answers.add(parsed);
        }
        return new BallotResult(
                ballot, Tally.count(ballot.method(), ballot.items().size(), answers), 0);
    }

    /** The sealed votes, with their answers and hashes, in receipt order. */
    List<VoteChain.Link> links(Ballot ballot) {
        return VoteChain.seal(BallotDefinition.chainStart(ballot), votes.all(ballot.id()));
    }
}
