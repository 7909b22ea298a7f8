package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.KeyedHashes;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.CheckedCodes;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in cards: issued to active members, shown once, stored only as a hash, replaced on demand (the old card then
 * fails), refused for withdrawn members, and wrong codes slowed down per client address.
 */
@IntegrationTest
class PortalCardsIntegrationTests {

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyedHashes hashes;

    MemberFixtures memberFixtures;

    @BeforeEach
    void fixtures() {
        memberFixtures = new MemberFixtures(assemblies, identity, members);
    }

    @Test
    void cardsGoToMembersWithoutOneAndTheirCodesSignThemIn() {
        var organiser = fixtures.user("Cards Organiser");
        var assembly = memberFixtures.assembly(organiser, "Cards");
        var ann = memberFixtures.member(assembly, "Ann", "Lee");
        memberFixtures.member(assembly, "Bob", "Ray");

        var issued = cards.issue(organiser.actor(), assembly, false);

        assertThat(issued).extracting(SignInCard::name).containsExactly("Ann Lee", "Bob Ray");
        assertThat(issued).allSatisfy(card -> assertThat(CheckedCodes.isWellFormed(card.code(), 12))
                .isTrue());
        assertThat(issued.get(0).code()).isNotEqualTo(issued.get(1).code());
        assertThat(issued.get(0).toString()).doesNotContain(issued.get(0).code());
        assertThat(cards.count(organiser.actor(), assembly)).isEqualTo(new CardCount(2, 2));
        assertThat(cards.issue(organiser.actor(), assembly, false))
                .as("everyone has one")
                .isEmpty();

        // typed as people type: lower case, with the printed dashes and a stray space
        String typed = issued.get(0).grouped().toLowerCase() + " ";
        var signIn = cards.signIn(typed, "198.51.100.1");
        assertThat(signIn.outcome()).isEqualTo(PortalSignIn.Outcome.SIGNED_IN);
        assertThat(signIn.member()).isNotNull();
        assertThat(signIn.member().member()).isEqualTo(ann);
        assertThat(signIn.member().assembly()).isEqualTo(assembly);
        assertThat(signIn.language()).isEqualTo("en");
        assertThat(cards.visitor(signIn.member()).orElseThrow().firstName()).isEqualTo("Ann");
    }

    @Test
    void onlyAHashOfEachCodeIsStored() {
        var organiser = fixtures.user("Hash Organiser");
        var assembly = memberFixtures.assembly(organiser, "Hashes");
        memberFixtures.member(assembly, "Cy", "Hall");

        var code = cards.issue(organiser.actor(), assembly, false).get(0).code();

        var stored = jdbc.sql("select code_hash from members.portal_cards c join members.members m"
                        + " on m.id = c.member_id where m.assembly_id = :a")
                .param("a", assembly.value())
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(hashes.portalCard(code))
                .as("keyed: a plain SHA-256 would let a copy of the database be tried against every code")
                .isNotEqualTo(PortalCards.unkeyedHash(code))
                .doesNotContain(code)
                .hasSize(64);
    }

    @Test
    void aCardStoredBeforeCodesWereKeyedStillWorksAndIsKeyedAtItsFirstUse() {
        var organiser = fixtures.user("Unkeyed Organiser");
        var assembly = memberFixtures.assembly(organiser, "Unkeyed");
        memberFixtures.member(assembly, "Di", "Ash");
        var code = cards.issue(organiser.actor(), assembly, false).get(0).code();
        String card = "select c.code_hash from members.portal_cards c join members.members m on m.id = c.member_id"
                + " where m.assembly_id = :a";
        jdbc.sql("update members.portal_cards set code_hash = :h where code_hash = :k")
                .param("h", PortalCards.unkeyedHash(code))
                .param("k", hashes.portalCard(code))
                .update();

        assertThat(cards.signIn(code, "192.0.2.80").outcome()).isEqualTo(PortalSignIn.Outcome.SIGNED_IN);
        assertThat(jdbc.sql(card)
                        .param("a", assembly.value())
                        .query(String.class)
                        .single())
                .isEqualTo(hashes.portalCard(code));
        assertThat(cards.signIn(code, "192.0.2.80").outcome()).isEqualTo(PortalSignIn.Outcome.SIGNED_IN);
    }

    @Test
    void aNewCardEndsTheOldOneAndItsOpenSessions() {
        var organiser = fixtures.user("Replace Organiser");
        var assembly = memberFixtures.assembly(organiser, "Replacing");
        var dee = memberFixtures.member(assembly, "Dee", "Moss");
        var old = cards.issue(organiser.actor(), assembly, false).get(0);
        var session = cards.signIn(old.code(), "198.51.100.2").member();
        assertThat(session).isNotNull();

        var replacement = cards.issue(organiser.actor(), assembly, dee);

        assertThat(replacement.code()).isNotEqualTo(old.code());
        assertThat(cards.signIn(old.code(), "198.51.100.2").outcome()).isEqualTo(PortalSignIn.Outcome.UNKNOWN);
        assertThat(cards.visitor(session))
                .as("the session opened with the old card")
                .isEmpty();
        assertThat(cards.signIn(replacement.code(), "198.51.100.2").signedIn()).isTrue();

        var everyone = cards.issue(organiser.actor(), assembly, true);
        assertThat(everyone).hasSize(1);
        assertThat(cards.signIn(replacement.code(), "198.51.100.2").outcome()).isEqualTo(PortalSignIn.Outcome.UNKNOWN);
    }

    @Test
    void aWithdrawnMemberCannotSignInNorGetACard() {
        var organiser = fixtures.user("Withdrawn Organiser");
        var assembly = memberFixtures.assembly(organiser, "Withdrawals");
        var eve = memberFixtures.member(assembly, "Eve", "Nash");
        var card = cards.issue(organiser.actor(), assembly, false).get(0);
        var session = cards.signIn(card.code(), "198.51.100.3").member();

        members.withdraw(Actor.system(), assembly, eve, new Withdrawal(LocalDate.of(2027, 2, 21), "Moved away", null));

        assertThat(cards.signIn(card.code(), "198.51.100.3").outcome()).isEqualTo(PortalSignIn.Outcome.UNKNOWN);
        assertThat(cards.visitor(session)).isEmpty();
        assertThat(cards.count(organiser.actor(), assembly)).isEqualTo(new CardCount(0, 0));
        assertThatThrownBy(() -> cards.issue(organiser.actor(), assembly, eve))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("portal.cards.withdrawn");
    }

    @Test
    void typosAreToldApartFromUnknownCodesAndWrongCodesAreSlowedDownPerAddress() {
        String mistyped = "23456789ABCD"; // twelve characters of the alphabet, wrong check character
        if (CheckedCodes.isWellFormed(mistyped, 12)) {
            mistyped = "23456789ABCE";
        }
        assertThat(cards.signIn(mistyped, "198.51.100.4").outcome()).isEqualTo(PortalSignIn.Outcome.TYPO);
        assertThat(cards.signIn("", "198.51.100.4").outcome()).isEqualTo(PortalSignIn.Outcome.TYPO);

        String address = "203.0.113." + (System.nanoTime() % 200 + 20);
        List<PortalSignIn.Outcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            outcomes.add(cards.signIn(unknownCode(i), address).outcome());
        }
        assertThat(outcomes.subList(0, 19)).containsOnly(PortalSignIn.Outcome.UNKNOWN);
        assertThat(outcomes.get(24)).isEqualTo(PortalSignIn.Outcome.WAIT);
        assertThat(cards.signIn(unknownCode(99), address).waitMinutes())
                .as("a room sharing the venue's address waits minutes, not hours")
                .isBetween(1L, 10L);
        assertThat(cards.signIn(unknownCode(99), "198.51.100.5").outcome())
                .as("another address is not held up")
                .isEqualTo(PortalSignIn.Outcome.UNKNOWN);
    }

    @Test
    void aBurstOfWrongCodesGetsAtMostTheLimitOfAnswersAndGoodCodesDoNotCount() throws Exception {
        var organiser = fixtures.user("Burst Organiser");
        var assembly = memberFixtures.assembly(organiser, "Bursts");
        memberFixtures.member(assembly, "Ivy", "Burst");
        var code = cards.issue(organiser.actor(), assembly, false).get(0).code();
        String address = "203.0.113." + (System.nanoTime() % 200 + 20) + "1";
        for (int i = 0; i < 30; i++) {
            assertThat(cards.signIn(code, address).signedIn())
                    .as("a good code, again and again")
                    .isTrue();
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<PortalSignIn.Outcome>>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return cards.signIn(unknownCode(1000 + n), address).outcome();
                }));
            }
            start.countDown();
            int unknown = 0;
            for (var outcome : outcomes) {
                if (outcome.get() == PortalSignIn.Outcome.UNKNOWN) {
                    unknown++;
                }
            }
            assertThat(unknown).as("wrong codes answered rather than held up").isLessThanOrEqualTo(20);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyOrganisersIssueCardsAndThePrintHasEachMembersNameAndCode() throws Exception {
        var organiser = fixtures.user("Print Organiser");
        var assembly = memberFixtures.assembly(organiser, "Printing");
        var facilitator = fixtures.userWithRole("Print Facilitator", assembly, AssemblyRole.FACILITATOR);
        for (int i = 0; i < 9; i++) {
            memberFixtures.member(assembly, "Person", "No" + i);
        }
        assertThatThrownBy(() -> cards.issue(facilitator.actor(), assembly, false))
                .isInstanceOf(PermissionDeniedException.class);

        var issued = cards.issue(organiser.actor(), assembly, false);
        var pdf = new ByteArrayOutputStream();
        cards.print(issued, pdf);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).as("eight cards to a page").isEqualTo(2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (var card : issued) {
                assertThat(text).contains(card.name(), card.grouped());
            }
            assertThat(text).contains("/portal");
        }
    }

    private static String unknownCode(int n) {
        String payload =
                String.format("%11d", n).replace(' ', '2').replace('0', 'Z').replace('1', 'Y');
        return payload + CheckedCodes.checkCharacter(payload);
    }
}
