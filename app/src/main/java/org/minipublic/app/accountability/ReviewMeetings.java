package org.minipublic.app.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings that review the action plan, with their minutes and decisions, each decision optionally about actions
 * and recommendations of the plan. Whoever may change the action plan records them; minutes and decisions are public
 * record once the plan is published. Every change is audited.
 */
@Service
public class ReviewMeetings {

    static final int TITLE_LIMIT = 200;
    static final int ATTENDEES_LIMIT = 1000;
    static final int MINUTES_LIMIT = 20000;
    static final int DECISION_LIMIT = 2000;

    private final MeetingRecords meetings;
    private final ActionRecords actions;
    private final RecommendationRecords recommendations;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    ReviewMeetings(
            MeetingRecords meetings,
            ActionRecords actions,
            RecommendationRecords recommendations,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.recommendations = recommendations;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every meeting, the latest held first. */
    @Transactional(readOnly = true)
    public List<ReviewMeeting> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return meetings.all(assembly);
    }

    /**
     * One meeting.
     *
     * @throws RecommendationNotFoundException when the assembly has no such meeting
     */
    @Transactional(readOnly = true)
    public ReviewMeeting meeting(Actor actor, AssemblyId assembly, MeetingId id) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return meetings.find(assembly, id).orElseThrow(() -> new RecommendationNotFoundException(id));
    }

    /** Records a meeting, without decisions yet. */
    @Transactional
    public MeetingId add(Actor actor, AssemblyId assembly, MeetingText text) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        check(text);
        var id = MeetingId.random();
        meetings.insert(id, assembly, text, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "accountability.meeting-added", "Meeting " + id)
                .withChange(null, describe(text.title(), text.heldOn())));
        return id;
    }

    /** Changes a meeting's date, title, attendance or minutes, unless someone else changed it since {@code version}. */
    @Transactional
    public void change(Actor actor, AssemblyId assembly, MeetingId id, MeetingText text, int version) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var before = meeting(actor, assembly, id);
        check(text);
        if (!meetings.update(id, text, version)) {
            throw new InvalidInputException("title", "accountability.meeting.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "accountability.meeting-changed", "Meeting " + id)
                .withChange(describe(before.title(), before.heldOn()), describe(text.title(), text.heldOn())));
    }

    /** Deletes a meeting with its minutes and decisions. */
    @Transactional
    public void delete(Actor actor, AssemblyId assembly, MeetingId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var before = meeting(actor, assembly, id);
        meetings.delete(id);
        audit.record(AuditRecord.of(actor, assembly, "accountability.meeting-deleted", "Meeting " + id)
                .withChange(describe(before.title(), before.heldOn()), null));
    }

    /** Records a decision of a meeting, about the actions and recommendations given (either list may be empty). */
    @Transactional
    public UUID addDecision(
            Actor actor,
            AssemblyId assembly,
            MeetingId id,
            String body,
            List<ActionId> about,
            List<RecommendationId> aboutRecommendations) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        meeting(actor, assembly, id);
        String clean = body.strip().replace("\r\n", "\n");
        if (clean.isEmpty() || clean.length() > DECISION_LIMIT) {
            throw new InvalidInputException("decision", "accountability.decision.length", DECISION_LIMIT);
        }
        var knownActions = new HashSet<ActionId>();
        actions.all(assembly).forEach(a -> knownActions.add(a.id()));
        var knownRecommendations = new HashSet<RecommendationId>();
        recommendations.all(assembly).forEach(r -> knownRecommendations.add(r.id()));
        if (!knownActions.containsAll(about) || !knownRecommendations.containsAll(aboutRecommendations)) {
            throw new InvalidInputException("decision", "accountability.decision.unknown-link");
        }
        var decision = new Decision(
                UUID.randomUUID(),
                clean,
                about.stream().distinct().toList(),
                aboutRecommendations.stream().distinct().toList());
        meetings.insertDecision(id, decision, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "accountability.decision-added", "Meeting " + id)
                .withChange(null, clean));
        return decision.id();
    }

    /** Removes one decision from a meeting's record. */
    @Transactional
    public void removeDecision(Actor actor, AssemblyId assembly, MeetingId id, UUID decision) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var found = meeting(actor, assembly, id).decisions().stream()
                .filter(d -> d.id().equals(decision))
                .findFirst()
                .orElseThrow(() -> new RecommendationNotFoundException(decision));
        meetings.deleteDecision(id, decision);
        audit.record(AuditRecord.of(actor, assembly, "accountability.decision-removed", "Meeting " + id)
                .withChange(found.body(), null));
    }

    private void check(MeetingText text) {
        LocalDate heldOn = text.heldOn();
        if (heldOn == null) {
            throw new InvalidInputException("heldOn", "accountability.meeting.date-invalid");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("heldOn", "accountability.meeting.date-future");
        }
        if (text.title().isEmpty() || text.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "accountability.meeting.title-length", TITLE_LIMIT);
        }
        if (text.attendees().length() > ATTENDEES_LIMIT) {
            throw new InvalidInputException("attendees", "accountability.meeting.attendees-length", ATTENDEES_LIMIT);
        }
        if (text.minutes().length() > MINUTES_LIMIT) {
            throw new InvalidInputException("minutes", "accountability.meeting.minutes-length", MINUTES_LIMIT);
        }
    }

    private static String describe(String title, @Nullable LocalDate heldOn) {
        return title + " (" + heldOn + ")";
    }
}
