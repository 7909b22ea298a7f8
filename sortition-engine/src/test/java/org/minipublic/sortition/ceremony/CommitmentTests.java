package org.minipublic.sortition.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.support.Instances;

/** The published commitment: a hash of the lottery under pseudonyms, which names nobody and gives nobody's values. */
class CommitmentTests {

    private static final byte[] KEY =
            "a secret of thirty-two bytes or more!".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void commitsToTheRoundedLotteryUnderPseudonymsAndReadsBackUnchanged() {
        var reference = Instances.named("sf_fixture_150_22");
        var problem = new SelectionProblem(
                reference.pool(),
                reference.targets(),
                22,
                org.minipublic.sortition.algorithm.AlgorithmName.LEXIMIN,
                4,
                50,
                null,
                1);
        var result = PanelSelector.select(problem);
        var pseudonyms = Pseudonyms.of(reference.pool(), KEY);
        var commitment = Commitment.of(result, pseudonyms);

        assertThat(commitment.lotterySize()).isEqualTo(50);
        assertThat(commitment.settings()).containsEntry("digits_per_group", "4").containsEntry("panel_size", "22");
        var lottery = result.lottery();
        for (int j = 0; j < 50; j++) {
            var expected = Arrays.stream(lottery.panels().get(j))
                    .mapToObj(i -> pseudonyms.get(reference.pool().get(i).id()))
                    .sorted()
                    .toList();
            assertThat(commitment.panels().get(j)).isEqualTo(expected);
        }
        var read = Commitment.parse(commitment.text());
        assertThat(read).isEqualTo(commitment);
        assertThat(read.sha256()).isEqualTo(commitment.sha256()).hasSize(64);

        // each respondent can learn which panel numbers include them
        var someone = reference.pool().get(0);
        int times = lottery.timesSelected()[0];
        assertThat(commitment.panelsWith(pseudonyms.get(someone.id()))).hasSize(times);

        // nothing in the published text is an id, a name, an e-mail or a value of anyone
        Set<String> personal = new HashSet<>();
        reference.pool().respondents().forEach(r -> {
            personal.add(r.id().value());
            personal.addAll(r.values());
            r.columns().forEach(cell -> personal.add(cell.strip()));
        });
        personal.remove("");
        Set<String> published = new HashSet<>(Arrays.asList(commitment.text().split("[\\s:]+")));
        published.retainAll(personal);
        assertThat(published).isEmpty();
    }

    @Test
    void anyChangedPanelChangesTheHashAndAMalformedTextIsNamedByLine() {
        var reference = Instances.BRUTE_FORCE;
        var problem = new SelectionProblem(
                reference.pool(),
                reference.targets(),
                4,
                org.minipublic.sortition.algorithm.AlgorithmName.LEXIMIN,
                1,
                10,
                null,
                1);
        var commitment = Commitment.of(PanelSelector.select(problem), Pseudonyms.of(reference.pool(), KEY));
        String text = commitment.text();
        String altered = text.replaceFirst("(panel 3: \\S+)", "$1X");
        assertThat(altered).isNotEqualTo(text);
        assertThat(Commitment.parse(altered).sha256()).isNotEqualTo(commitment.sha256());

        assertThatThrownBy(() -> Commitment.parse(text.replace("panel 2:", "panel 9:")))
                .hasMessageContaining("should be panel 2");
        assertThatThrownBy(() -> Commitment.parse(text.replace("lottery_size: 10", "lottery_size: 11")))
                .hasMessageContaining("lottery_size says 11 panels but the text lists 10");
        assertThatThrownBy(() -> Commitment.parse("hello")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Commitment.parse(text.replace("digits_per_group: 3\n", "")))
                .hasMessage("the 'digits_per_group:' line is missing");
        assertThatThrownBy(() -> Commitment.parse(text.replace("lottery_size: 10\n", "")))
                .hasMessage("the 'lottery_size:' line is missing");
    }

    @Test
    void pseudonymsDependOnTheSecretKeyAndNeedALongOne() {
        var pool = Instances.BRUTE_FORCE.pool();
        var first = Pseudonyms.of(pool, KEY);
        assertThat(Pseudonyms.of(pool, KEY)).isEqualTo(first);
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(Pseudonyms.of(pool, other).values()).doesNotContainAnyElementsOf(first.values());
        assertThat(first.values()).allSatisfy(p -> assertThat(p).matches("[0-9A-HJKMNP-TV-Z]{12}"));
        assertThatThrownBy(() -> Pseudonyms.of(pool, new byte[16])).hasMessageContaining("at least 32 bytes");
    }
}
