package org.minipublic.app.demo;

import java.util.Locale;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.report.Narrative;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The final report: version 1 published with the vote's results and the responses, and a second draft being written.
 * The narrative paraphrases what the seed accounts describe (three weekends, evidence, table discussions, a vote).
 */
@Component
@Profile("demo")
class DemoReport {

    private final FinalReport report;

    DemoReport(FinalReport report) {
        this.report = report;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (report.latestNumber(organiser, assembly) > 0) {
            return;
        }
        var first = new Narrative(
                "Forty-five residents, chosen by lottery to reflect the borough, met over three weekends to answer"
                        + " the question the police put to them. This report is theirs: it sets out what they"
                        + " recommend, how they voted, and what the police have said in reply.",
                "On the first weekend members heard from experts and from people with lived experience of policing"
                        + " in the borough. On the second they discussed the evidence at small tables, each with a"
                        + " facilitator, and drafted recommendations by theme. Police officers and the advisory board"
                        + " commented on each draft's feasibility. On the third weekend members amended the drafts"
                        + " and voted on each by secret ballot.",
                "The police publish a full response within three months. The community safety partnership reviews"
                        + " the action plan in public every quarter, and members meet again after six months to give"
                        + " their verdict on what has been done.");
        report.save(organiser, assembly, first, 0);
        report.publish(organiser, assembly, Locale.ENGLISH);
        report.save(
                organiser,
                assembly,
                new Narrative(
                        first.introduction(),
                        first.process(),
                        first.nextSteps() + " The first progress report is due in the spring."),
                1);
    }
}
