package org.minipublic.app.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.RespondentContacts;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.recruitment.RespondentProfile;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.Seat;
import org.minipublic.app.selection.Withdrawal;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The call list of the people the lottery chose, and the outcome of each call. */
@Service
public class ConfirmationCalls {

    /** Due call-backs by the time asked for, then the rest as they were (the sort is stable). */
    private static final Comparator<CallRow> DUE_FIRST =
            Comparator.comparing((CallRow row) -> row.due() ? Objects.requireNonNull(row.callBackAt()) : Instant.MAX);

    private final CallRecords records;
    private final ReminderRecords reminders;
    private final Draws draws;
    private final RespondentContacts contacts;
    private final Pool pool;
    private final Members members;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    ConfirmationCalls(
            CallRecords records,
            ReminderRecords reminders,
            Draws draws,
            RespondentContacts contacts,
            Pool pool,
            Members members,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.reminders = reminders;
        this.draws = draws;
        this.contacts = contacts;
        this.pool = pool;
        this.members = members;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everyone chosen so far, with where their confirmation stands; empty before the draw. Those whose call-back time
     * has come are first, the longest waiting first; everyone else follows in draw order.
     */
    @Transactional(readOnly = true)
    public List<CallRow> callList(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        var seats = draws.seats(actor, assembly);
        var profiles = contacts.profiles(
                actor, assembly, seats.stream().map(Seat::respondent).toList());
        var states = records.states(assembly);
        var reminded = reminders.latest(assembly);
        var now = clock.instant();
        var rows = new ArrayList<CallRow>();
        for (var seat : seats) {
            var profile = profiles.get(seat.respondent());
            if (profile != null) {
                rows.add(row(
                        seat, profile, states.get(seat.respondent()), reminded.get(seat.respondent()), now, List.of()));
            }
        }
        rows.sort(DUE_FIRST);
        return rows;
    }

    /** One person on the list with every call recorded. */
    @Transactional(readOnly = true)
    public Optional<CallRow> call(Actor actor, AssemblyId assembly, RespondentId respondent) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        var seat = seat(actor, assembly, respondent);
        if (seat.isEmpty()) {
            return Optional.empty();
        }
        var profile = contacts.profiles(actor, assembly, List.of(respondent)).get(respondent);
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(row(
                seat.get(),
                profile,
                records.state(assembly, respondent).orElse(null),
                reminders.latest(assembly).get(respondent),
                clock.instant(),
                records.history(assembly, respondent)));
    }

    /**
     * Records one call. A confirmation makes the person a member (once, however often it is recorded); a decline
     * withdraws them from the panel so that a replacement can be drawn. Settled people take no further outcome.
     */
    @Transactional
    public CallStatus record(Actor actor, AssemblyId assembly, RespondentId respondent, CallEntry entry) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        check(entry);
        var seat = seat(actor, assembly, respondent)
                .orElseThrow(() -> new InvalidInputException("respondent", "confirmation.not-on-panel"));
        var now = clock.instant();
        var state = records.lock(assembly, respondent, now);
        if (state.status().settled() || !seat.held()) {
            throw new InvalidInputException("outcome", "confirmation.already-settled");
        }
        MemberId member = null;
        switch (entry.outcome()) {
            case CONFIRMED -> member = enrol(actor, assembly, respondent, entry);
            case DECLINED -> draws.withdraw(actor, assembly, seat.draw(), respondent, Withdrawal.Reason.DECLINED);
            case NO_ANSWER, CALL_BACK -> {}
        }
        records.update(assembly, respondent, entry.outcome().status(), entry.callBackAt(), member, now);
        records.addAttempt(assembly, respondent, entry, actor.label(), now);
        audit.record(AuditRecord.of(actor, assembly, "confirmation.call-recorded", "Respondent " + respondent)
                .withChange(state.status().name(), entry.outcome().status().name()));
        return entry.outcome().status();
    }

    private void check(CallEntry entry) {
        if (entry.note().length() > CallEntry.MAX_NOTE) {
            throw new InvalidInputException("note", "confirmation.note.length", CallEntry.MAX_NOTE);
        }
        if (entry.accessNeeds().length() > CallEntry.MAX_NOTE) {
            throw new InvalidInputException("accessNeeds", "confirmation.note.length", CallEntry.MAX_NOTE);
        }
        var back = entry.callBackAt();
        if (entry.outcome() == CallOutcome.CALL_BACK && (back == null || back.isBefore(clock.instant()))) {
            throw new InvalidInputException("callBackAt", "confirmation.call-back.when");
        }
    }

    /** Makes the person a member: their registration, plus any needs they mentioned on the phone. */
    private MemberId enrol(Actor actor, AssemblyId assembly, RespondentId respondent, CallEntry entry) {
        RespondentProfile person =
                contacts.profiles(actor, assembly, List.of(respondent)).get(respondent);
        if (person == null) {
            throw new InvalidInputException("respondent", "confirmation.not-on-panel");
        }
        var values = pool.members(assembly).stream()
                .filter(p -> p.id().equals(respondent))
                .map(PoolMember::values)
                .findFirst()
                .orElse(java.util.Map.of());
        String needs = entry.accessNeeds().isEmpty()
                ? person.accessNeeds()
                : (person.accessNeeds().isEmpty() ? "" : person.accessNeeds() + "\n") + entry.accessNeeds();
        var profile = new MemberProfile(
                person.firstName(), person.lastName(), person.email(), person.phone(), person.language(), false, needs);
        // Members are the organisers' to manage; the call's audit entry names who took the confirmation.
        return members.enrol(Actor.system(), assembly, new NewMember(profile, values, respondent));
    }

    private Optional<Seat> seat(Actor actor, AssemblyId assembly, RespondentId respondent) {
        return draws.seats(actor, assembly).stream()
                .filter(s -> s.respondent().equals(respondent))
                .reduce((first, later) -> later);
    }

    private static CallRow row(
            Seat seat,
            RespondentProfile profile,
            CallRecords.@Nullable State state,
            CallRow.@Nullable Reminder reminder,
            Instant now,
            List<CallRow.Attempt> history) {
        var status = state == null ? CallStatus.TO_CALL : state.status();
        if (!seat.held() && !status.settled()) {
            status = CallStatus.DECLINED; // withdrawn from the draw's page, not through a call
        }
        var callBackAt = state == null ? null : state.callBackAt();
        boolean due = status == CallStatus.CALL_BACK && callBackAt != null && !callBackAt.isAfter(now);
        return new CallRow(
                profile,
                seat.drawNumber(),
                status,
                state == null ? 0 : state.attempts(),
                callBackAt,
                due,
                reminder,
                history);
    }
}
