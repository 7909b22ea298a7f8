package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.HouseholdId;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.RespondentId;

class EngineInputTests {

    static final TargetSet TARGETS = new TargetSet(
            TargetSetId.random(),
            1,
            2,
            List.of(
                    new Target("Gender", "Woman", 0, 2, null),
                    new Target("Gender", "Man", 0, 2, null),
                    new Target("Age band", "16-24", 0, 2, null),
                    new Target("Age band", "25+", 0, 2, null)),
            Instant.EPOCH,
            "test");

    static PoolMember member(String id, String household, Map<String, String> values) {
        return new PoolMember(
                new RespondentId(UUID.fromString(id)), new HouseholdId(UUID.fromString(household)), values);
    }

    @Test
    void respondentsAreOrderedByIdWithValuesInTheTargetsCategoryOrder() {
        var later = member(
                "00000000-0000-0000-0000-000000000002",
                "10000000-0000-0000-0000-000000000001",
                Map.of("Age band", "25+", "Gender", "Man", "Area", "North"));
        var earlier = member(
                "00000000-0000-0000-0000-000000000001",
                "10000000-0000-0000-0000-000000000001",
                Map.of("Gender", "Woman", "Age band", "16-24"));

        var input = EngineInput.of(List.of(later, earlier), TARGETS);

        assertThat(input.respondents()).containsExactly(earlier.id(), later.id());
        assertThat(input.pool().get(0).values()).containsExactly("Woman", "16-24");
        assertThat(input.pool().get(1).values()).containsExactly("Man", "25+");
        assertThat(input.pool().get(0).household())
                .isEqualTo(input.pool().get(1).household());
        assertThat(input.targets().categories()).extracting(c -> c.name()).containsExactly("Gender", "Age band");
        assertThat(input.leftOut()).isZero();
    }

    @Test
    void householdsReachTheEngineAsLabelsThatNameNoRealHousehold() {
        var first = member(
                "00000000-0000-0000-0000-000000000001",
                "10000000-0000-0000-0000-00000000000a",
                Map.of("Gender", "Woman", "Age band", "16-24"));
        var sameHousehold = member(
                "00000000-0000-0000-0000-000000000002",
                "10000000-0000-0000-0000-00000000000a",
                Map.of("Gender", "Man", "Age band", "25+"));
        var elsewhere = member(
                "00000000-0000-0000-0000-000000000003",
                "10000000-0000-0000-0000-00000000000b",
                Map.of("Gender", "Man", "Age band", "16-24"));

        var input = EngineInput.of(List.of(elsewhere, sameHousehold, first), TARGETS);

        assertThat(input.pool().respondents()).extracting(r -> r.household()).containsExactly("h1", "h1", "h2");
    }

    @Test
    void someoneWithoutAValueOrWithAValueNoTargetNamesIsLeftOutAndCounted() {
        var tooYoung = member(
                "00000000-0000-0000-0000-000000000003",
                "10000000-0000-0000-0000-000000000003",
                Map.of("Gender", "Woman"));
        var unknown = member(
                "00000000-0000-0000-0000-000000000004",
                "10000000-0000-0000-0000-000000000004",
                Map.of("Gender", "Other", "Age band", "25+"));

        var input = EngineInput.of(List.of(tooYoung, unknown), TARGETS);

        assertThat(input.pool().size()).isZero();
        assertThat(input.leftOut()).isEqualTo(2);
    }
}
