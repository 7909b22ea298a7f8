package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The pool as the lottery sees it: households and values, age bands and areas worked out, nothing personal. */
@IntegrationTest
@Import(RegistrationFixture.class)
class PoolIntegrationTests {

    @Autowired
    Pool pool;

    @Autowired
    Registration registration;

    @Autowired
    RegistrationFixture fixture;

    @Test
    void everyRespondentHasAValueInEveryCategoryWithAgeAndAreaDerived() {
        var open = fixture.openAssembly(2, 2);
        var young = fixture.person(open.assembly(), "Jo");
        var younger = new NewRespondent(
                young.firstName(),
                young.lastName(),
                young.email(),
                "",
                LocalDate.of(2005, 1, 1),
                young.answers(),
                "",
                "en",
                NewRespondent.Availability.ALL,
                true);
        var first = registration.register(null, open.codes().get(0), younger);
        var second = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Kim"));
        registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Lee"));

        var members = pool.members(open.assembly());

        assertThat(members).hasSize(3);
        var jo = members.stream().filter(m -> m.id().equals(first)).findFirst().orElseThrow();
        assertThat(jo.values())
                .containsEntry("Age band", "16-24") // 22 on 20 February 2027
                .containsEntry("Gender", "Woman")
                .containsKey("Area")
                .hasSize(5);
        var kim =
                members.stream().filter(m -> m.id().equals(second)).findFirst().orElseThrow();
        assertThat(kim.household()).isEqualTo(jo.household());
        assertThat(kim.values()).containsEntry("Age band", "45-54"); // born 17 May 1980
    }

    @Test
    void theCompositionCountsEveryValueIncludingThoseNobodyHas() {
        var open = fixture.openAssembly(2, 1);
        registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Max"));
        registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Ned"));

        var composition = pool.composition(open.assembly());

        var gender = composition.keySet().stream()
                .filter(c -> c.name().equals("Gender"))
                .findFirst()
                .orElseThrow();
        assertThat(composition.get(gender))
                .containsExactly(
                        java.util.Map.entry("Woman", 2),
                        java.util.Map.entry("Man", 0),
                        java.util.Map.entry("Non-binary or another gender", 0));
        assertThat(pool.page(open.assembly(), "max", 0).respondents())
                .singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Max Tester"));
    }
}
