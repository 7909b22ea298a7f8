package org.minipublic.app.voting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a ballot asked and how it counts, written out as the text its seal's chain starts from (chain version 2,
 * docs/voting.md): a changed title, rule, scale label or item after the close then no longer leads to the published
 * seal. Each field is written as its length in UTF-8 bytes, a colon, the field and a line break, so no text can pass
 * for another; the fields are "minipublic ballot", the chain version, the ballot's id, its title, its rule as the
 * recount script takes it, the number of scale labels and each label, the number of items, and each item's id,
 * title and text in ballot order.
 */
final class BallotDefinition {

    static final int CHAIN_VERSION = 2;

    private BallotDefinition() {}

    /** The definition's text, which the results page offers for download and the recount script reads. */
    static String text(Ballot ballot) {
        var fields = new ArrayList<String>();
        fields.add("minipublic ballot");
        fields.add(String.valueOf(CHAIN_VERSION));
        fields.add(ballot.id().toString());
        fields.add(ballot.title());
        fields.add(ballot.ruleArguments());
        List<String> labels = ballot.method() instanceof BallotMethod.SupportLevel s ? s.labels() : List.of();
        fields.add(String.valueOf(labels.size()));
        fields.addAll(labels);
        fields.add(String.valueOf(ballot.items().size()));
        for (var item : ballot.items()) {
            fields.add(item.id().toString());
            fields.add(item.title());
            fields.add(item.body());
        }
        var text = new StringBuilder();
        for (var field : fields) {
            text.append(field.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(field)
                    .append('\n');
        }
        return text.toString();
    }

    /** The hash the ballot's chain starts from: of its id alone for chain version 1, of its definition from 2. */
    static byte[] chainStart(Ballot ballot) {
        if (ballot.chainVersion() == 1) {
            return VoteChain.sha256(("minipublic ballot " + ballot.id()).getBytes(StandardCharsets.UTF_8));
        }
        return VoteChain.sha256(text(ballot).getBytes(StandardCharsets.UTF_8));
    }
}
