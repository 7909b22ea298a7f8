package org.minipublic.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.voting.Answers;
import org.minipublic.app.voting.BallotBox;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo assembly's final vote, held and closed: eight recommendations, one per theme the Waltham Forest assembly
 * worked on, each on a five-level support scale adopted at 80 % "support" or "strongly support"; 43 of the 45 members
 * voted with their codes (synthetic answers, drawn from a fixed seed), and one recommendation fell short. A
 * prioritisation ballot is being prepared for the organiser to try.
 */
@Component
@Profile("demo")
class DemoBallots {

    static final long SEED = 2024;

    /** Each recommendation with the chance that a member supports it (4 or 5 on the scale). */
    private record Recommendation(String title, String body, double support) {}

    private static final List<Recommendation> FINAL = List.of(
            new Recommendation(
                    "Recruit officers who know the borough",
                    "Recruit and keep officers who live in or come from Waltham Forest, and make the local police"
                            + " reflect the borough's communities.",
                    0.92),
            new Recommendation(
                    "Train every officer to serve diverse communities",
                    "Every officer working in the borough completes training, designed with local community groups,"
                            + " on the borough's communities, faiths and languages.",
                    0.95),
            new Recommendation(
                    "Publish stop and search figures by ward",
                    "Publish stop and search figures by ward every quarter, reviewed in public by a community panel.",
                    0.84),
            new Recommendation(
                    "Keep victims informed",
                    "Every victim of crime gets a named contact and hears what happens next within seven days.",
                    0.97),
            new Recommendation(
                    "Youth outreach in every ward",
                    "Fund youth outreach officers who work with schools and youth clubs in every ward.",
                    0.88),
            new Recommendation(
                    "One community safety partnership",
                    "The council, the police and voluntary groups meet quarterly in public to review progress.",
                    0.86),
            new Recommendation(
                    "Explain decisions in plain language",
                    "Police decisions that affect neighbourhoods are explained in plain language and in the"
                            + " borough's main languages.",
                    0.90),
            new Recommendation(
                    "Foot patrols in the evening",
                    "Put more officers on foot in town centres and on estates in the evenings, even if fewer are"
                            + " in cars.",
                    0.71));

    private final Ballots ballots;
    private final BallotCodes codes;
    private final BallotBox box;
    private final Members members;

    DemoBallots(Ballots ballots, BallotCodes codes, BallotBox box, Members members) {
        this.ballots = ballots;
        this.codes = codes;
        this.box = box;
        this.members = members;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (!ballots.all(organiser, assembly).isEmpty()) {
            return;
        }
        var labels = List.of("Strongly oppose", "Oppose", "Neither support nor oppose", "Support", "Strongly support");
        var id = ballots.create(
                organiser,
                assembly,
                new BallotDetails(
                        "Final vote on the recommendations", new BallotMethod.SupportLevel(labels, 4, 80), null));
        for (var recommendation : FINAL) {
            ballots.addItem(organiser, assembly, id, new ItemText(recommendation.title(), recommendation.body()));
        }
        var present = codes.withoutCode(organiser, assembly, id).stream()
                .map(m -> m.id())
                .toList();
        var issued = codes.issue(organiser, assembly, id, present);
        ballots.open(organiser, assembly, id);
        var random = new Random(SEED);
        int voters = Math.max(0, issued.codes().size() - 2); // two members did not vote
        for (int v = 0; v < voters; v++) {
            box.cast(issued.codes().get(v).value(), answers(random), null);
        }
        ballots.close(organiser, assembly, id);

        var priorities = ballots.create(
                organiser,
                assembly,
                new BallotDetails(
                        "Which three should the partnership act on first?",
                        new BallotMethod.Prioritise(3, BallotMethod.Prioritise.Count.BORDA),
                        null));
        for (var recommendation : FINAL.subList(0, 7)) {
            ballots.addItem(organiser, assembly, priorities, new ItemText(recommendation.title(), ""));
        }
    }

    private static Answers answers(Random random) {
        var values = new ArrayList<Integer>(FINAL.size());
        for (var recommendation : FINAL) {
            double draw = random.nextDouble();
            int answer;
            if (draw < 0.02) {
                answer = 0; // left unanswered
            } else if (draw < recommendation.support()) {
                answer = random.nextDouble() < 0.55 ? 5 : 4;
            } else {
                answer = 1 + random.nextInt(3);
            }
            values.add(answer);
        }
        return new Answers(values);
    }
}
