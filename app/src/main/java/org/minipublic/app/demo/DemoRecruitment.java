package org.minipublic.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.InvitationRound;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.ListedHousehold;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.recruitment.RegistrationSettings;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.recruitment.StandardCategories;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo assembly as it stands during recruitment: an address list, one invitation round with two areas boosted,
 * the usual categories, registration open for another month, and about 300 residents registered.
 */
@Component
@Profile("demo")
class DemoRecruitment {

    static final int HOUSEHOLDS = 6000;
    static final int LETTERS = 2400;
    static final long ROUND_SEED = 20270115L;
    static final int RESPONDENTS = 300;

    private final AddressList addresses;
    private final InvitationRounds rounds;
    private final RegistrationSetup setup;
    private final Registration registration;
    private final DemoDuplicates duplicates;

    DemoRecruitment(
            AddressList addresses,
            InvitationRounds rounds,
            RegistrationSetup setup,
            Registration registration,
            DemoDuplicates duplicates) {
        this.addresses = addresses;
        this.rounds = rounds;
        this.setup = setup;
        this.registration = registration;
        this.duplicates = duplicates;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (!addresses.areas(assembly).isEmpty()) {
            return;
        }
        var check = addresses.upload(organiser, assembly, "eastbrook-addresses.csv", DemoAddresses.csv(HOUSEHOLDS));
        addresses.importUpload(organiser, assembly, check.uploadId());
        var boosts = new HashMap<String, Double>();
        DemoAddresses.BOOSTED.forEach(area -> boosts.put(area, 1.5));
        var round = rounds.draw(organiser, assembly, new RoundSettings(LETTERS, true, boosts), ROUND_SEED);
        StandardCategories.all().forEach(category -> setup.addCategory(organiser, assembly, category));
        setup.saveSettings(
                organiser,
                assembly,
                new RegistrationSettings(
                        Instant.now().plus(Duration.ofDays(30)),
                        2,
                        setup.settings(assembly).referenceDate()));
        register(assembly, round);
    }

    /** After the draw: someone registers a second time, for the possible-duplicates page (see DemoDuplicates). */
    void afterTheDraw(AssemblyId assembly, Actor organiser) {
        duplicates.load(assembly, organiser);
    }

    /**
     * About one household in seven answers; the boosted areas answer less, so they end with similar numbers. Answers
     * come in a random order of households, so that every area is represented, not only the first ones listed.
     */
    private void register(AssemblyId assembly, InvitationRound round) {
        var people = new DemoRespondents();
        var categories = setup.categories(assembly);
        var random = new SplittableRandom(ROUND_SEED);
        var invited = new ArrayList<ListedHousehold>();
        for (int page = 0; page * AddressList.PAGE_SIZE < round.letters(); page++) {
            invited.addAll(rounds.invitations(round, page).households());
        }
        Collections.shuffle(invited, new Random(ROUND_SEED));
        int registered = 0;
        for (var household : invited) {
            boolean boosted = DemoAddresses.BOOSTED.contains(household.address().area());
            if (registered < RESPONDENTS && random.nextInt(100) < (boosted ? 11 : 16)) {
                String code = Objects.requireNonNull(household.code()).display();
                registration.register(null, code, people.next(categories));
                registered++;
            }
        }
    }
}
