package org.minipublic.app.recruitment;

import java.io.OutputStream;
import org.minipublic.app.documents.DocumentWriter;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * A round's letters as one PDF, made as a persisted document: a round of 10,000 letters takes one and a half minutes,
 * too long for a request a browser, a proxy or a restart may cut off. The subject is the round's id.
 */
@Component
public class LetterDocuments implements DocumentWriter {

    public static final String KIND = "recruitment.letters";

    private final Letters letters;
    private final InvitationRounds rounds;

    LetterDocuments(Letters letters, InvitationRounds rounds) {
        this.letters = letters;
        this.rounds = rounds;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void write(AssemblyId assembly, String subject, OutputStream out) {
        var round = rounds.round(assembly, RoundId.valueOf(subject))
                .orElseThrow(() -> new IllegalStateException("No round " + subject + " in assembly " + assembly));
        letters.writePdf(assembly, round, out);
    }
}
