package org.minipublic.app.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the reminder job needs: the assemblies to look at, their settings, and the reminders already sent. */
@Repository
class OwnerReminderRecords {

    private final JdbcClient jdbc;

    OwnerReminderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assemblies with at least one unfinished action whose owner gets reminders. */
    List<AssemblyId> assembliesToRemind() {
        return jdbc.sql("select distinct assembly_id from accountability.actions where owner_email <> ''"
                        + " and status <> 'DONE'")
                .query((rs, row) -> new AssemblyId(rs.getObject(1, UUID.class)))
                .list();
    }

    /**
     * Takes the assembly's reminder lock until the transaction ends; false when another node holds it. The reminders'
     * keys already make each go once: the lock only spares the other nodes the work.
     */
    boolean lock(AssemblyId assembly) {
        return Boolean.TRUE.equals(
                jdbc.sql("select pg_try_advisory_xact_lock(hashtext('accountability.reminders'), hashtext(:a))")
                        .param("a", assembly.toString())
                        .query(Boolean.class)
                        .single());
    }

    ReminderSettings settings(AssemblyId assembly) {
        return jdbc.sql("select remind_days_before, remind_quiet_days from accountability.settings"
                        + " where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, row) -> new ReminderSettings(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElse(ReminderSettings.DEFAULT);
    }

    void saveSettings(AssemblyId assembly, ReminderSettings settings) {
        jdbc.sql(
                        """
                insert into accountability.settings (assembly_id, remind_days_before, remind_quiet_days)
                values (:a, :before, :quiet)
                on conflict (assembly_id) do update
                    set remind_days_before = excluded.remind_days_before, remind_quiet_days = excluded.remind_quiet_days
                """)
                .param("a", assembly.value())
                .param("before", settings.daysBefore())
                .param("quiet", settings.quietDays())
                .update();
    }

    /** Records the reminder for this milestone and due date; false when it was already sent. */
    boolean claimMilestone(UUID milestone, LocalDate due, Instant at) {
        return jdbc.sql(
                                """
                insert into accountability.milestone_reminders (milestone_id, due_on, sent_at) values (:m, :due, :at)
                on conflict do nothing
                """)
                        .param("m", milestone)
                        .param("due", Date.valueOf(due))
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Records the "no update" reminder for this action and period; false when it was already sent. */
    boolean claimQuiet(ActionId action, LocalDate periodStart, Instant at) {
        return jdbc.sql(
                                """
                insert into accountability.update_reminders (action_id, period_start, sent_at) values (:a, :p, :at)
                on conflict do nothing
                """)
                        .param("a", action.value())
                        .param("p", Date.valueOf(periodStart))
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** When the last reminder of either kind went to each action's owner. */
    Map<ActionId, Instant> lastSent(AssemblyId assembly) {
        var last = new HashMap<ActionId, Instant>();
        jdbc.sql(
                        """
                select a.id, max(r.sent_at) from accountability.actions a
                join (select m.action_id, mr.sent_at from accountability.milestone_reminders mr
                        join accountability.milestones m on m.id = mr.milestone_id
                      union all
                      select action_id, sent_at from accountability.update_reminders) r on r.action_id = a.id
                where a.assembly_id = :a group by a.id
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    last.put(
                            new ActionId(rs.getObject(1, UUID.class)),
                            rs.getTimestamp(2).toInstant());
                });
        return last;
    }
}
