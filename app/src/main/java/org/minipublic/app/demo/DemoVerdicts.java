package org.minipublic.app.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.app.accountability.PortalVerdicts;
import org.minipublic.app.accountability.Recommendation;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.VerdictChoice;
import org.minipublic.app.accountability.Verdicts;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The members' verdict on the police's responses, as members give it on the portal with the cards printed for the
 * first weekend: the organisers open the round, most members give their verdict, and the round is closed and its
 * figures published. Scores are spread around an invented centre per response (low for "under consideration", high
 * where the police accepted), with a few "no view".
 */
@Component
@Profile("demo")
class DemoVerdicts {

    /** The share of members who give their verdict: most, not all, as at a reconvened session. */
    private static final int EVERY_NTH_STAYS_AWAY = 5;

    private static final Map<String, Integer> CENTRES = Map.of(
            "Recruit officers who know the borough", 5,
            "Train every officer to serve diverse communities", 8,
            "Publish stop and search figures by ward", 7,
            "Keep victims informed", 3,
            "Youth outreach in every ward", 5,
            "One community safety partnership", 7,
            "Explain decisions in plain language", 4);

    private final Verdicts verdicts;
    private final PortalVerdicts portal;
    private final Responses responses;
    private final PortalCards cards;

    DemoVerdicts(Verdicts verdicts, PortalVerdicts portal, Responses responses, PortalCards cards) {
        this.verdicts = verdicts;
        this.portal = portal;
        this.responses = responses;
        this.cards = cards;
    }

    void load(AssemblyId assembly, Actor organiser, List<SignInCard> printed) {
        if (printed.isEmpty()
                || verdicts.round(organiser, assembly).isPresent()
                || !responses.settings(organiser, assembly).published()) {
            return;
        }
        verdicts.open(organiser, assembly);
        var recommendations = responses.all(organiser, assembly);
        for (int i = 0; i < printed.size(); i++) {
            var member = cards.signIn(printed.get(i).code(), null).member();
            if (member != null && i % EVERY_NTH_STAYS_AWAY != 0) {
                portal.give(member, choices(recommendations, i));
            }
        }
        verdicts.close(organiser, assembly);
        verdicts.publish(organiser, assembly, true);
    }

    /** Member {@code i}'s choices: within two points of each response's centre, every ninth member with no view. */
    private static Map<RecommendationId, VerdictChoice> choices(List<Recommendation> recommendations, int i) {
        Map<RecommendationId, VerdictChoice> choices = new HashMap<>();
        for (int k = 0; k < recommendations.size(); k++) {
            var r = recommendations.get(k);
            int centre = CENTRES.getOrDefault(r.title(), 5);
            int score = Math.max(0, Math.min(10, centre + (i * 7 + k * 3) % 5 - 2));
            choices.put(r.id(), (i + k) % 9 == 0 ? VerdictChoice.NO_VIEW : new VerdictChoice(score));
        }
        return choices;
    }
}
