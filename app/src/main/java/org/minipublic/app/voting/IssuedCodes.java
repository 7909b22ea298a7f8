package org.minipublic.app.voting;

import java.util.List;

/**
 * Codes just issued for a ballot, shown once (on the slips) and never again: only their hashes are kept. They come in
 * random order and name nobody, so a sheet of slips can be cut and handed out in any order.
 */
public record IssuedCodes(Ballot ballot, List<BallotCode> codes) {

    public IssuedCodes {
        codes = List.copyOf(codes);
    }
}
