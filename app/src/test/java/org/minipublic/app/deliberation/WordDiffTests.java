package org.minipublic.app.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.deliberation.WordDiff.Part;
import org.minipublic.app.deliberation.WordDiff.Part.Kind;

/** Word-by-word differences between two versions of a text. */
class WordDiffTests {

    @Test
    void aChangedWordIsRemovedAndAddedAndTheRestIsShared() {
        assertThat(WordDiff.between("Recruit officers from the borough", "Recruit officers who live in the borough"))
                .containsExactly(
                        new Part(Kind.SAME, "Recruit officers"),
                        new Part(Kind.REMOVED, " from"),
                        new Part(Kind.ADDED, " who live in"),
                        new Part(Kind.SAME, " the borough"));
    }

    @Test
    void additionsAndRemovalsAtEitherEnd() {
        assertThat(WordDiff.between("", "New text")).containsExactly(new Part(Kind.ADDED, "New text"));
        assertThat(WordDiff.between("Old text", "")).containsExactly(new Part(Kind.REMOVED, "Old text"));
        assertThat(WordDiff.between("Keep victims informed", "Keep victims informed within seven days"))
                .containsExactly(
                        new Part(Kind.SAME, "Keep victims informed"), new Part(Kind.ADDED, " within seven days"));
        assertThat(WordDiff.between("Same", "Same")).containsExactly(new Part(Kind.SAME, "Same"));
    }

    @Test
    void joiningThePartsGivesBackBothTexts() {
        String before = "Publish stop and search figures every quarter, by ward.";
        String after = "Publish stop and search figures by ward every month, reviewed by a community panel.";
        List<Part> parts = WordDiff.between(before, after);
        assertThat(String.join(
                        "",
                        parts.stream()
                                .filter(p -> p.kind() != Kind.ADDED)
                                .map(Part::text)
                                .toList()))
                .isEqualTo(before);
        assertThat(String.join(
                        "",
                        parts.stream()
                                .filter(p -> p.kind() != Kind.REMOVED)
                                .map(Part::text)
                                .toList()))
                .isEqualTo(after);
    }
}
