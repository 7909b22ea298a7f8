package org.minipublic.app.demo;

import java.util.Comparator;
import java.util.List;
import org.minipublic.app.members.MemberStatus;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sign-in cards for the demo members, as printed for the first weekend, and at every start a fresh card for one
 * Urdu-reading member, whose code the start-up banner shows so that anyone trying the demo can open the portal. (Codes
 * exist in clear only when issued, so the banner's code is new each time and the previous one stops working.)
 */
@Component
@Profile("demo")
class DemoPortal {

    private final PortalCards cards;
    private final Members members;

    DemoPortal(PortalCards cards, Members members) {
        this.cards = cards;
        this.members = members;
    }

    /** The cards issued at this start: the banner's code, and the cards printed for the first weekend (if any). */
    record Issued(String bannerCode, List<SignInCard> printed) {}

    Issued load(AssemblyId assembly, Actor organiser) {
        var printed = cards.issue(organiser, assembly, false);
        var shown = members.all(organiser, assembly).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .min(Comparator.comparing((MemberSummary m) -> !m.language().equals("ur"))
                        .thenComparing(MemberSummary::lastName)
                        .thenComparing(MemberSummary::firstName))
                .orElseThrow();
        // the banner's member gets a new card: the one printed for them no longer works
        return new Issued(cards.issue(organiser, assembly, shown.id()).grouped(), printed);
    }
}
