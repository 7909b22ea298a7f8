package org.minipublic.sortition.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.target.Targets;

/**
 * SHA-256 fingerprints of the inputs in a normal form: only what the draw depends on (ids, values as the targets
 * spell them, households, limits), one line per row, tab-separated. Reformatting a file, reordering its columns or
 * changing a name or an e-mail address does not change the fingerprint; changing anything the draw uses does.
 */
public final class InputDigest {

    private InputDigest() {}

    public static String of(Targets targets) {
        var text = new StringBuilder();
        for (var category : targets.categories()) {
            for (var t : category.targets()) {
                text.append(t.category())
                        .append('\t')
                        .append(t.value())
                        .append('\t')
                        .append(t.min())
                        .append('\t')
                        .append(t.max())
                        .append('\t')
                        .append(t.minFlex())
                        .append('\t')
                        .append(t.maxFlex())
                        .append('\n');
            }
        }
        return sha256(text.toString());
    }

    public static String of(Pool pool) {
        var text = new StringBuilder();
        for (var respondent : pool.respondents()) {
            text.append(respondent.id().value());
            respondent.values().forEach(v -> text.append('\t').append(v));
            text.append('\t')
                    .append(respondent.household() == null ? "" : respondent.household())
                    .append('\n');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
