package org.minipublic.app.accountability;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan: what the institution does about the recommendations. Each action answers one or more
 * recommendations, has an owner, milestones with due dates, and dated progress updates that set its status. Every
 * change is audited.
 */
@Service
public class ActionPlan {

    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 4000;
    static final int PARTNERS_LIMIT = 400;
    static final int URL_LIMIT = 500;
    static final int EMAIL_LIMIT = 254;

    private final ActionRecords actions;
    private final RecommendationRecords recommendations;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlan(
            ActionRecords actions,
            RecommendationRecords recommendations,
            Identity identity,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.recommendations = recommendations;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every action, oldest first. */
    @Transactional(readOnly = true)
    public List<Action> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return actions.all(assembly);
    }

    /**
     * One action.
     *
     * @throws RecommendationNotFoundException when the assembly has no such action
     */
    @Transactional(readOnly = true)
    public Action action(Actor actor, AssemblyId assembly, ActionId id) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return actions.find(assembly, id).orElseThrow(() -> new RecommendationNotFoundException(id));
    }

    /** Adds an action, not started. */
    @Transactional
    public ActionId add(Actor actor, AssemblyId assembly, ActionText text) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        check(assembly, text);
        var id = ActionId.random();
        actions.insert(id, assembly, text, ActionStatus.NOT_STARTED, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "accountability.action-added", "Action " + id)
                .withChange(null, text.title()));
        return id;
    }

    /**
     * Changes what an action says, who owns it and which recommendations it answers, unless someone else changed it
     * since {@code version}.
     */
    @Transactional
    public void change(Actor actor, AssemblyId assembly, ActionId id, ActionText text, int version) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var before = action(actor, assembly, id);
        check(assembly, text);
        if (!actions.update(id, text, version)) {
            throw new InvalidInputException("title", "accountability.action.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "accountability.action-changed", "Action " + id)
                .withChange(describe(before.text()), describe(text)));
    }

    private static String describe(ActionText text) {
        // whether reminders go to the owner, not the address: the audit trail needs no officer's e-mail
        return text.title() + " (owner " + text.owner() + (text.ownerEmail().isEmpty() ? "" : ", reminders on")
                + "; answers " + text.recommendations().size() + ")";
    }

    /**
     * Adds a milestone with its due date.
     *
     * @param due null when none was given (or it was not a date), which is refused
     */
    @Transactional
    public void addMilestone(Actor actor, AssemblyId assembly, ActionId id, String title, @Nullable LocalDate due) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        action(actor, assembly, id);
        String clean = title.strip();
        if (clean.isEmpty() || clean.length() > TITLE_LIMIT) {
            throw new InvalidInputException("milestoneTitle", "accountability.milestone.title-length", TITLE_LIMIT);
        }
        if (due == null) {
            throw new InvalidInputException("due", "accountability.milestone.date-invalid");
        }
        actions.insertMilestone(id, UUID.randomUUID(), clean, due);
        audit.record(AuditRecord.of(actor, assembly, "accountability.milestone-added", "Action " + id)
                .withChange(null, clean + " (" + due + ")"));
    }

    /** Marks a milestone done today. */
    @Transactional
    public void completeMilestone(Actor actor, AssemblyId assembly, ActionId id, UUID milestone) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var action = action(actor, assembly, id);
        var found = action.milestones().stream()
                .filter(m -> m.id().equals(milestone))
                .findFirst()
                .orElseThrow(() -> new RecommendationNotFoundException(milestone));
        if (found.done()) {
            return;
        }
        actions.markMilestone(id, milestone, LocalDate.now(clock));
        audit.record(AuditRecord.of(actor, assembly, "accountability.milestone-done", "Action " + id)
                .withChange(null, found.title()));
    }

    /**
     * Posts a dated progress update, which sets the action's status.
     *
     * @param status null when none was chosen, which is refused
     */
    @Transactional
    public void postUpdate(
            Actor actor,
            AssemblyId assembly,
            ActionId id,
            String body,
            String evidenceUrl,
            @Nullable ActionStatus status) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var action = action(actor, assembly, id);
        if (status == null) {
            throw new InvalidInputException("status", "accountability.update.status-required");
        }
        String clean = body.strip().replace("\r\n", "\n");
        if (clean.isEmpty() || clean.length() > TEXT_LIMIT) {
            throw new InvalidInputException("body", "accountability.update.body-length", TEXT_LIMIT);
        }
        String url = evidenceUrl.strip();
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw new InvalidInputException("evidenceUrl", "accountability.update.url-invalid", URL_LIMIT);
        }
        var postedBy = actor.userId();
        var update = new ProgressUpdate(UUID.randomUUID(), id, action.title(), clean, url, status, clock.instant());
        actions.insertUpdate(update, postedBy == null ? null : postedBy.value());
        events.publishEvent(new ProgressUpdatePosted(assembly, update.id()));
        audit.record(AuditRecord.of(actor, assembly, "accountability.update-posted", "Action " + id)
                .withChange(action.status().name(), status.name()));
    }

    private void check(AssemblyId assembly, ActionText text) {
        if (text.title().isEmpty() || text.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "accountability.action.title-length", TITLE_LIMIT);
        }
        if (text.description().length() > TEXT_LIMIT) {
            throw new InvalidInputException("description", "accountability.action.description-length", TEXT_LIMIT);
        }
        if (text.owner().isEmpty() || text.owner().length() > TITLE_LIMIT) {
            throw new InvalidInputException("owner", "accountability.action.owner-length", TITLE_LIMIT);
        }
        if (!text.ownerEmail().isEmpty()
                && (text.ownerEmail().length() > EMAIL_LIMIT
                        || !Subscriptions.EMAIL.matcher(text.ownerEmail()).matches())) {
            throw new InvalidInputException("ownerEmail", "accountability.action.owner-email-invalid");
        }
        if (text.partners().length() > PARTNERS_LIMIT) {
            throw new InvalidInputException("partners", "accountability.action.partners-length", PARTNERS_LIMIT);
        }
        if (text.recommendations().isEmpty()) {
            throw new InvalidInputException("recommendations", "accountability.action.no-recommendation");
        }
        var known = new HashSet<RecommendationId>();
        recommendations.all(assembly).forEach(r -> known.add(r.id()));
        if (!known.containsAll(text.recommendations())) {
            throw new InvalidInputException("recommendations", "accountability.action.unknown-recommendation");
        }
    }

    /** An absolute http or https address with a host: nothing a browser would run, like {@code javascript:}. */
    static boolean isWebAddress(String url) {
        if (url.length() > URL_LIMIT) {
            return false;
        }
        try {
            var uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
