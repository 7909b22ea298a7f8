package org.minipublic.app.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.springframework.boot.test.context.TestComponent;

/** An assembly ready for registration: addresses, one round, the usual categories, registration open. */
@TestComponent
public class RegistrationFixture {

    private final Fixtures fixtures;
    private final AddressList addresses;
    private final InvitationRounds rounds;
    private final RegistrationSetup setup;

    RegistrationFixture(Fixtures fixtures, AddressList addresses, InvitationRounds rounds, RegistrationSetup setup) {
        this.fixtures = fixtures;
        this.addresses = addresses;
        this.rounds = rounds;
        this.setup = setup;
    }

    /** @param codes the registration codes of the round, in draw order */
    public record Open(Fixtures.TestUser organiser, AssemblyId assembly, List<String> codes) {}

    public Open openAssembly(int households, int perHousehold) {
        var organiser = fixtures.user("Registration Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Registration"));
        var check = addresses.upload(organiser.actor(), assembly, "a.csv", AddressCsv.of(households, 2));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(households, false, Map.of()), 1L);
        StandardCategories.all().forEach(c -> setup.addCategory(organiser.actor(), assembly, c));
        setup.saveSettings(
                organiser.actor(),
                assembly,
                new RegistrationSettings(
                        Instant.now().plus(Duration.ofDays(30)), perHousehold, LocalDate.of(2027, 2, 20)));
        var codes = rounds.invitations(round, 0).households().stream()
                .map(h -> h.code().display())
                .toList();
        return new Open(organiser, assembly, codes);
    }

    /** A valid registration: someone born in 1980 who picks the first value of every asked category. */
    public NewRespondent person(AssemblyId assembly, String firstName) {
        var answers = new HashMap<CategoryId, String>();
        setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .forEach(c -> answers.put(c.id(), c.options().get(0)));
        return new NewRespondent(
                firstName,
                "Tester",
                firstName.toLowerCase() + "@example.org",
                "",
                LocalDate.of(1980, 5, 17),
                answers,
                "",
                "en",
                NewRespondent.Availability.ALL,
                true);
    }
}
