package org.minipublic.app.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Action;
import org.minipublic.app.accountability.ActionId;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.MeetingText;
import org.minipublic.app.accountability.ProgressReports;
import org.minipublic.app.accountability.Recommendation;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.ReviewMeetings;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * After the final vote: the adopted recommendations brought in, the police's response to every one (with the
 * members' collective statement on three of them; their scores come from the portal, see {@link DemoVerdicts}), an
 * action plan of four actions with milestones and progress updates, and the whole published for residents. Statuses
 * and wording are invented but follow what the seed assembly's police committed to: a community safety partnership
 * reviewing progress in public (its first quarterly review recorded with minutes and two decisions), training
 * designed with local groups.
 */
@Component
@Profile("demo")
class DemoAccountability {

    private record Answer(String title, ResponseStatus status, String reasoning) {}

    private static final List<Answer> ANSWERS = List.of(
            new Answer(
                    "Recruit officers who know the borough",
                    ResponseStatus.ACCEPTED_IN_PART,
                    "We will run a local recruitment campaign with the council and community groups. We cannot"
                            + " require officers to live in the borough, but we will ask where new officers would"
                            + " like to serve."),
            new Answer(
                    "Train every officer to serve diverse communities",
                    ResponseStatus.ACCEPTED,
                    "Every officer in the borough will complete training designed with local community groups within"
                            + " eighteen months."),
            new Answer(
                    "Publish stop and search figures by ward",
                    ResponseStatus.ACCEPTED,
                    "Figures by ward will be published each quarter and reviewed at the community safety"
                            + " partnership's public meeting."),
            new Answer(
                    "Keep victims informed",
                    ResponseStatus.UNDER_CONSIDERATION,
                    "A named contact for every victim needs more staff than the borough has; we are costing it"
                            + " for next year's budget."),
            new Answer(
                    "Youth outreach in every ward",
                    ResponseStatus.ACCEPTED_IN_PART,
                    "Youth outreach officers will start in the four wards with the most youth-related calls, and"
                            + " extend if funding allows."),
            new Answer(
                    "One community safety partnership",
                    ResponseStatus.ACCEPTED,
                    "The partnership will meet quarterly in public, with papers published a week before."),
            new Answer(
                    "Explain decisions in plain language",
                    ResponseStatus.NOT_ACCEPTED,
                    "Translating every decision is not possible within current budgets; key notices will be"
                            + " translated into the borough's five most spoken languages."));

    private final Responses responses;
    private final ActionPlan plan;
    private final ReviewMeetings meetings;
    private final ProgressReports reports;

    DemoAccountability(Responses responses, ActionPlan plan, ReviewMeetings meetings, ProgressReports reports) {
        this.responses = responses;
        this.plan = plan;
        this.meetings = meetings;
        this.reports = reports;
    }

    void load(AssemblyId assembly, Actor organiser, Actor officer) {
        if (!responses.all(organiser, assembly).isEmpty()) {
            return;
        }
        var closed = responses.closedBallots(organiser, assembly);
        if (closed.isEmpty()) {
            return;
        }
        responses.bringInAdopted(organiser, assembly, closed.get(0).id());
        LocalDate today = responses.today();
        // three months ago tomorrow: the first progress report's period ends today, and the demo publishes it
        LocalDate deadline = today.minusMonths(3).plusDays(1);
        responses.setResponseDue(organiser, assembly, deadline);
        var recommendations = responses.all(organiser, assembly);
        for (var answer : ANSWERS) {
            var recommendation = byTitle(recommendations, answer.title());
            if (recommendation == null) {
                continue; // the seeded vote did not adopt it
            }
            responses.respond(
                    officer,
                    assembly,
                    recommendation.id(),
                    new ResponseText(
                            answer.status(),
                            answer.reasoning(),
                            "Waltham Forest Police",
                            "Chief Inspector, Neighbourhoods",
                            deadline.minusDays(7)),
                    -1);
        }
        verdicts(assembly, organiser, recommendations);
        actions(assembly, officer, recommendations, today);
        review(assembly, officer, recommendations, today);
        report(assembly, officer);
        responses.publish(organiser, assembly, true);
    }

    private void verdicts(AssemblyId assembly, Actor organiser, List<Recommendation> recommendations) {
        responses.recordVerdict(
                organiser,
                assembly,
                id(recommendations, "Train every officer to serve diverse communities"),
                null,
                "The training is what we asked for. We want members of the assembly to help design it.");
        responses.recordVerdict(
                organiser,
                assembly,
                id(recommendations, "Keep victims informed"),
                null,
                "\"Under consideration\" is not a yes. Victims told us the silence is the worst part.");
        responses.recordVerdict(
                organiser,
                assembly,
                id(recommendations, "Explain decisions in plain language"),
                null,
                "Five languages is a start, but decisions about neighbourhoods must be explained to everyone.");
    }

    private void actions(AssemblyId assembly, Actor officer, List<Recommendation> recommendations, LocalDate today) {
        training(assembly, officer, recommendations, today);
        var figures = plan.add(
                officer,
                assembly,
                new ActionText(
                        "Quarterly stop and search figures by ward",
                        "Figures published each quarter and reviewed at the partnership's public meeting.",
                        "Waltham Forest Police, performance team",
                        "",
                        List.of(
                                id(recommendations, "Publish stop and search figures by ward"),
                                id(recommendations, "One community safety partnership"))));
        plan.addMilestone(officer, assembly, figures, "First quarter's figures published", today.minusDays(5));
        plan.postUpdate(
                officer,
                assembly,
                figures,
                "Publication slipped: the ward boundaries in the new records system are being corrected.",
                "",
                ActionStatus.DELAYED);

        var outreach = plan.add(
                officer,
                assembly,
                new ActionText(
                        "Youth outreach officers in four wards",
                        "Two outreach officers working with schools and youth clubs in the four wards with the most"
                                + " youth-related calls.",
                        "Waltham Forest Police, youth engagement",
                        "Schools and youth clubs",
                        List.of(id(recommendations, "Youth outreach in every ward"))));
        plan.addMilestone(officer, assembly, outreach, "Officers appointed", today.plusDays(45));
        plan.postUpdate(
                officer,
                assembly,
                outreach,
                "Funding for two posts confirmed; recruitment opens next month.",
                "",
                ActionStatus.AT_RISK);

        plan.add(
                officer,
                assembly,
                new ActionText(
                        "Local recruitment campaign",
                        "A campaign with the council and community groups inviting residents to join the police.",
                        "Waltham Forest Police, recruitment",
                        "Council, community groups",
                        List.of(id(recommendations, "Recruit officers who know the borough"))));
    }

    private void training(AssemblyId assembly, Actor officer, List<Recommendation> recommendations, LocalDate today) {
        var training = plan.add(
                officer,
                assembly,
                new ActionText(
                        "Community-designed training for every officer",
                        "A one-day course on the borough's communities, faiths and languages, designed with local"
                                + " groups and assembly members.",
                        "Waltham Forest Police, training unit",
                        "Council community cohesion team",
                        List.of(id(recommendations, "Train every officer to serve diverse communities"))));
        plan.addMilestone(officer, assembly, training, "Course designed with community groups", today.minusDays(20));
        plan.addMilestone(officer, assembly, training, "First 100 officers trained", today.plusDays(90));
        plan.addMilestone(officer, assembly, training, "Every officer trained", today.plusDays(540));
        complete(officer, assembly, training, "Course designed with community groups");
        plan.postUpdate(
                officer,
                assembly,
                training,
                "The course was designed over four workshops with twelve community groups and three assembly members.",
                "https://example.org/partnership/minutes-q1",
                ActionStatus.ON_TRACK);
    }

    /** The partnership's first quarterly review, with its minutes and two decisions about the plan. */
    private void review(AssemblyId assembly, Actor officer, List<Recommendation> recommendations, LocalDate today) {
        var meeting = meetings.add(
                officer,
                assembly,
                new MeetingText(
                        today.minusDays(3),
                        "Community Safety Partnership quarterly review",
                        "Waltham Forest Police (Chief Inspector, Neighbourhoods; performance team), council community"
                                + " safety team, youth service, two members of the assembly",
                        "The partnership reviewed the action plan in public; papers were published a week before.\n\n"
                                + "Training: the course was designed with twelve community groups; the first"
                                + " sessions start next month.\n\n"
                                + "Stop and search figures: the first quarter's figures are late because ward"
                                + " boundaries in the new records system are being corrected. Members of the assembly"
                                + " asked for a date and for the figures to be explained at the next meeting."));
        var all = plan.all(officer, assembly);
        meetings.addDecision(
                officer,
                assembly,
                meeting,
                "Publish the first quarter's figures by ward within four weeks, with a note on the corrected"
                        + " boundaries.",
                List.of(actionId(all, "Quarterly stop and search figures by ward")),
                List.of(id(recommendations, "Publish stop and search figures by ward")));
        meetings.addDecision(
                officer,
                assembly,
                meeting,
                "Invite two members of the assembly to observe the first training sessions and report back at the"
                        + " next review.",
                List.of(actionId(all, "Community-designed training for every officer")),
                List.of());
    }

    /** The first progress report, due today, published with an introduction. */
    private void report(AssemblyId assembly, Actor officer) {
        var id = reports.prepare(officer, assembly, 1);
        reports.changeIntro(
                officer,
                assembly,
                id,
                "Three months after the response, the training course is designed with community groups and its first"
                        + " sessions are booked. The stop and search figures by ward are late; the partnership has"
                        + " asked for them within four weeks. Youth outreach is funded but at risk until the posts"
                        + " are filled.",
                reports.report(officer, assembly, id).report().version());
        reports.publish(officer, assembly, id);
    }

    private static ActionId actionId(List<Action> all, String title) {
        return all.stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo action: " + title))
                .id();
    }

    /** The recommendation with this title, when the seeded vote adopted it. */
    private static @Nullable Recommendation byTitle(List<Recommendation> all, String title) {
        return all.stream().filter(r -> r.title().equals(title)).findFirst().orElse(null);
    }

    private static RecommendationId id(List<Recommendation> all, String title) {
        var found = byTitle(all, title);
        if (found == null) {
            throw new IllegalStateException("the demo vote did not adopt: " + title);
        }
        return found.id();
    }

    private void complete(Actor officer, AssemblyId assembly, ActionId action, String milestone) {
        plan.action(officer, assembly, action).milestones().stream()
                .filter(m -> m.title().equals(milestone))
                .forEach(m -> plan.completeMilestone(officer, assembly, action, m.id()));
    }
}
