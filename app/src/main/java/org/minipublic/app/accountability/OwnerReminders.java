package org.minipublic.app.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders to action owners whose action has an e-mail address: before a milestone's due date (once per milestone
 * and due date), and when no progress update has been posted for a while (once per such period). Each reminder is
 * recorded under a unique key in the transaction that sends it, so it goes once even when two nodes run at once.
 */
@Service
public class OwnerReminders {

    private static final Logger log = LoggerFactory.getLogger(OwnerReminders.class);

    private final OwnerReminderRecords records;
    private final ActionRecords actions;
    private final OwnerReminderMails mails;
    private final Identity identity;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    OwnerReminders(
            OwnerReminderRecords records,
            ActionRecords actions,
            OwnerReminderMails mails,
            Identity identity,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.actions = actions;
        this.mails = mails;
        this.identity = identity;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** When this assembly's owners are reminded. */
    @Transactional(readOnly = true)
    public ReminderSettings settings(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.settings(assembly);
    }

    /** Changes when this assembly's owners are reminded. */
    @Transactional
    public void changeSettings(Actor actor, AssemblyId assembly, ReminderSettings settings) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        if (settings.daysBefore() < 1 || settings.daysBefore() > ReminderSettings.MOST_DAYS_BEFORE) {
            throw new InvalidInputException(
                    "daysBefore", "accountability.reminders.days-before-range", ReminderSettings.MOST_DAYS_BEFORE);
        }
        if (settings.quietDays() < ReminderSettings.FEWEST_QUIET_DAYS
                || settings.quietDays() > ReminderSettings.MOST_QUIET_DAYS) {
            throw new InvalidInputException(
                    "quietDays",
                    "accountability.reminders.quiet-days-range",
                    ReminderSettings.FEWEST_QUIET_DAYS,
                    ReminderSettings.MOST_QUIET_DAYS);
        }
        var before = records.settings(assembly);
        records.saveSettings(assembly, settings);
        audit.record(AuditRecord.of(actor, assembly, "accountability.reminders-changed", "Reminders")
                .withChange(describe(before), describe(settings)));
    }

    /** When the last reminder went to each action's owner; actions never reminded are left out. */
    @Transactional(readOnly = true)
    public Map<ActionId, Instant> lastSent(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        return records.lastSent(assembly);
    }

    /** Sends every reminder that is due, each assembly in a transaction of its own; returns how many went. */
    int sendDue(Clock clock) {
        int sent = 0;
        for (var assembly : records.assembliesToRemind()) {
            try {
                Integer count = transactions.execute(status -> remind(assembly, clock));
                sent += count == null ? 0 : count;
            } catch (RuntimeException e) {
                log.warn(
                        "Reminders: assembly {} failed ({}); it is tried again at the next run",
                        assembly,
                        e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private int remind(AssemblyId assembly, Clock clock) {
        if (!records.lock(assembly)) {
            return 0;
        }
        var settings = records.settings(assembly);
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (var action : actions.all(assembly)) {
            if (action.text().ownerEmail().isEmpty() || action.status() == ActionStatus.DONE) {
                continue;
            }
            sent += milestonesDue(action, settings, today, clock.instant());
            sent += quiet(action, settings, today, clock) ? 1 : 0;
        }
        return sent;
    }

    /** A milestone not done, due within the days set (today included), not yet reminded of for this due date. */
    private int milestonesDue(Action action, ReminderSettings settings, LocalDate today, Instant now) {
        int sent = 0;
        for (var milestone : action.milestones()) {
            boolean soon = !today.isBefore(milestone.dueOn().minusDays(settings.daysBefore()))
                    && !today.isAfter(milestone.dueOn());
            if (!milestone.done() && soon && records.claimMilestone(milestone.id(), milestone.dueOn(), now)) {
                mails.milestoneDue(action, milestone);
                sent++;
            }
        }
        return sent;
    }

    /**
     * No update for the quiet days set, counted from the last update (or from when the action was added): once per
     * period of that many days, so a silent action is reminded of again one period later.
     */
    private boolean quiet(Action action, ReminderSettings settings, LocalDate today, Clock clock) {
        Instant last = action.updates().stream()
                .map(ProgressUpdate::postedAt)
                .max(Instant::compareTo)
                .orElse(action.createdAt());
        LocalDate since = LocalDate.ofInstant(last, clock.getZone());
        long days = ChronoUnit.DAYS.between(since, today);
        if (days < settings.quietDays()) {
            return false;
        }
        var period = since.plusDays(days / settings.quietDays() * settings.quietDays());
        if (!records.claimQuiet(action.id(), period, clock.instant())) {
            return false;
        }
        mails.noUpdate(action, since, (int) days);
        return true;
    }

    private static String describe(ReminderSettings settings) {
        return settings.daysBefore() + " days before a milestone; after " + settings.quietDays()
                + " days without an update";
    }
}
