package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Registering with a letter's code: once per place in the household, only while open, every answer checked. */
@IntegrationTest
@Import(RegistrationFixture.class)
class RegistrationIntegrationTests {

    @Autowired
    Registration registration;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    org.minipublic.app.support.Outbox outbox;

    @Autowired
    PoolRespondents pool;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aCodeRegistersAsManyPeopleAsTheHouseholdMayAndNoMore() {
        var open = fixture.openAssembly(3, 2);
        String code = open.codes().get(0);

        var first = registration.register(null, code.toLowerCase(), fixture.person(open.assembly(), "Ada"));
        registration.register(null, code, fixture.person(open.assembly(), "Ben"));

        assertThat(registration.confirmation(first)).map(c -> c.email()).contains("ada@example.org");
        assertThatThrownBy(() -> registration.register(null, code, fixture.person(open.assembly(), "Cy")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("registration.household-full");
        registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Cy"));
    }

    @Test
    void aRegistrationIsConfirmedByEmailInTheRespondentsLanguage() {
        var open = fixture.openAssembly(1, 1);
        var person = fixture.person(open.assembly(), "Iza");
        var polish = new NewRespondent(
                person.firstName(),
                person.lastName(),
                "iza." + System.nanoTime() + "@example.org",
                "",
                person.dateOfBirth(),
                person.answers(),
                "",
                "pl",
                person.availability(),
                true);

        registration.register(null, open.codes().get(0), polish);

        var mail = outbox.awaitStored(polish.email());
        assertThat(mail.subject()).contains("jesteś zarejestrowany");
    }

    @Test
    void answersToCategoriesNobodyAskedAreNotStoredByTheFormOrAnEdit() {
        var open = fixture.openAssembly(1, 1);
        var other = fixture.openAssembly(1, 1);
        var person = fixture.person(open.assembly(), "Ola");
        var forged = new java.util.HashMap<>(person.answers());
        forged.put(CategoryId.random(), "Invented");
        forged.put(setup.categories(other.assembly()).get(0).id(), "From another assembly");

        var id = registration.register(null, open.codes().get(0), withAnswers(person, forged));
        assertThat(storedAnswers(id)).isEqualTo(person.answers().size());

        forged.put(CategoryId.random(), "Invented again");
        pool.edit(open.organiser().actor(), open.assembly(), id, withAnswers(person, forged), "");
        assertThat(storedAnswers(id)).isEqualTo(person.answers().size());
    }

    private int storedAnswers(RespondentId id) {
        return jdbc.sql("select count(*) from recruitment.answers where respondent_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    private static NewRespondent withAnswers(NewRespondent person, java.util.Map<CategoryId, String> answers) {
        return new NewRespondent(
                person.firstName(),
                person.lastName(),
                person.email(),
                person.phone(),
                person.dateOfBirth(),
                answers,
                person.accessNeeds(),
                person.language(),
                person.availability(),
                person.consent());
    }

    @Test
    void aMistypedOrUnknownCodeIsRefused() {
        var open = fixture.openAssembly(2, 1);
        String code = open.codes().get(0);
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');

        assertThat(registration.invitation(typo)).isEmpty();
        assertThat(registration.invitation("NOT-ACODE")).isEmpty();
        assertThat(registration.invitation(code)).map(Invited::assembly).contains(open.assembly());
        assertThatThrownBy(() -> registration.register(null, typo, fixture.person(open.assembly(), "Dee")))
                .hasMessageContaining("registration.code.unknown");
    }

    @Test
    void nobodyRegistersAfterRegistrationCloses() {
        var open = fixture.openAssembly(2, 1);
        var settings = setup.settings(open.assembly());
        setup.saveSettings(
                open.organiser().actor(),
                open.assembly(),
                new RegistrationSettings(
                        Instant.now().minus(Duration.ofMinutes(1)), settings.perHousehold(), settings.referenceDate()));

        assertThatThrownBy(
                        () -> registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Eve")))
                .hasMessageContaining("registration.closed");
    }

    @Test
    void everyRuleBrokenIsNamedByItsField() {
        var open = fixture.openAssembly(1, 1);
        var person = new NewRespondent(
                "", "Tester", "not-an-email", "", LocalDate.of(2012, 1, 1), java.util.Map.of(), "", "", null, false);

        assertThat(registration.check(open.assembly(), person))
                .extracting(FieldProblem::field)
                .contains("firstName", "email", "dateOfBirth", "language", "availability", "consent")
                .anyMatch(field -> field.startsWith("answers["));
        assertThat(registration.check(open.assembly(), fixture.person(open.assembly(), "Fay")))
                .isEmpty();
    }

    @Test
    void categoriesAreFixedOnceSomeoneHasRegistered() {
        var open = fixture.openAssembly(1, 1);
        registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Gus"));
        var gender = setup.categories(open.assembly()).get(0);

        assertThatThrownBy(() -> setup.removeCategory(open.organiser().actor(), open.assembly(), gender.id()))
                .hasMessageContaining("recruitment.category.locked");
    }
}
