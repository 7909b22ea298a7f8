package org.minipublic.app.demo;

import java.time.Clock;
import java.time.Duration;
import org.minipublic.app.confirmation.CallEntry;
import org.minipublic.app.confirmation.CallOutcome;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * The first confirmation calls, made by the demo recruiter: two unanswered, one to call back tomorrow, one decline
 * (which opens a seat for a replacement draw). Nobody confirms: the demo's 45 members stand for the confirmed panel.
 */
@Component
class DemoCalls {

    private final ConfirmationCalls calls;
    private final Clock clock;

    DemoCalls(ConfirmationCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** Records the calls once: on later starts someone on the list has been called already. */
    void load(AssemblyId assembly, Actor recruiter) {
        var list = calls.callList(recruiter, assembly);
        if (list.size() < 4 || list.stream().anyMatch(row -> row.attempts() > 0)) {
            return;
        }
        var tomorrow = clock.instant().plus(Duration.ofDays(1));
        record(
                recruiter,
                assembly,
                list.get(0),
                new CallEntry(CallOutcome.NO_ANSWER, "Voicemail, left a message", null, ""));
        record(recruiter, assembly, list.get(1), new CallEntry(CallOutcome.NO_ANSWER, "", null, ""));
        record(
                recruiter,
                assembly,
                list.get(2),
                new CallEntry(CallOutcome.CALL_BACK, "At work: ring after six", tomorrow, ""));
        record(recruiter, assembly, list.get(3), new CallEntry(CallOutcome.DECLINED, "Moving away in March", null, ""));
    }

    private void record(
            Actor recruiter, AssemblyId assembly, org.minipublic.app.confirmation.CallRow row, CallEntry entry) {
        calls.record(recruiter, assembly, row.person().id(), entry);
    }
}
