package org.minipublic.app.voting;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts a ballot from its stored votes after checking them against their hash chain, so that a count is never made
 * from votes that were changed, added or removed.
 */
@Component
class Counting {

    private final VoteRecords votes;

    Counting(VoteRecords votes) {
        this.votes = votes;
    }

    BallotResult count(Ballot ballot) {
        var links = votes.all(ballot.id());
        var broken = VoteChain.firstBreak(ballot.id(), links, HexFormat.of().parseHex(ballot.chainHead()));
        if (broken.isPresent()) {
            return new BallotResult(ballot, List.of(), broken.get());
        }
        var answers = new ArrayList<Answers>(links.size());
        for (var link : links) {
            Answers parsed;
            try {
                parsed = Answers.parse(link.answers());
            } catch (NumberFormatException e) {
                return new BallotResult(ballot, List.of(), link.position());
            }
            if (parsed.problem(ballot.method(), ballot.items().size()).isPresent()) {
                return new BallotResult(ballot, List.of(), link.position());
            }
            answers.add(parsed);
        }
        return new BallotResult(
                ballot, Tally.count(ballot.method(), ballot.items().size(), answers), 0);
    }

    List<VoteChain.Link> links(Ballot ballot) {
        return votes.all(ballot.id());
    }
}
