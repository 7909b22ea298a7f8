package org.minipublic.app.confirmation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores call statuses in {@code confirmation.calls} and each call in {@code confirmation.attempts}. */
@Repository
class CallRecords {

    record State(CallStatus status, int attempts, @Nullable Instant callBackAt) {}

    private final JdbcClient jdbc;

    CallRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's state, locked until the transaction ends so that two callers cannot both record at once. */
    State lock(AssemblyId assembly, RespondentId respondent, Instant now) {
        jdbc.sql(
                        """
                insert into confirmation.calls (assembly_id, respondent_id, status, updated_at)
                values (:a, :r, 'TO_CALL', :now) on conflict do nothing
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .param("now", Timestamp.from(now))
                .update();
        return jdbc.sql(
                        """
                select status, attempts, call_back_at from confirmation.calls
                where assembly_id = :a and respondent_id = :r for update
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> state(rs.getString(1), rs.getInt(2), rs.getTimestamp(3)))
                .single();
    }

    void update(
            AssemblyId assembly,
            RespondentId respondent,
            CallStatus status,
            @Nullable Instant callBackAt,
            @Nullable MemberId member,
            Instant now) {
        jdbc.sql(
                        """
                update confirmation.calls set status = :status, attempts = attempts + 1, call_back_at = :back,
                    member_id = coalesce(:member, member_id), updated_at = :now
                where assembly_id = :a and respondent_id = :r
                """)
                .param("status", status.name())
                .param("back", callBackAt == null ? null : Timestamp.from(callBackAt))
                .param("member", member == null ? null : member.value())
                .param("now", Timestamp.from(now))
                .param("a", assembly.value())
                .param("r", respondent.value())
                .update();
    }

    void addAttempt(AssemblyId assembly, RespondentId respondent, CallEntry entry, String by, Instant at) {
        jdbc.sql(
                        """
                insert into confirmation.attempts (id, assembly_id, respondent_id, outcome, note, called_by, called_at)
                values (:id, :a, :r, :outcome, :note, :by, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("a", assembly.value())
                .param("r", respondent.value())
                .param("outcome", entry.outcome().name())
                .param("note", entry.note())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Map<RespondentId, State> states(AssemblyId assembly) {
        var states = new HashMap<RespondentId, State>();
        jdbc.sql("select respondent_id, status, attempts, call_back_at from confirmation.calls where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    states.put(
                            new RespondentId(rs.getObject(1, UUID.class)),
                            state(rs.getString(2), rs.getInt(3), rs.getTimestamp(4)));
                });
        return states;
    }

    Optional<State> state(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select status, attempts, call_back_at from confirmation.calls
                where assembly_id = :a and respondent_id = :r
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> state(rs.getString(1), rs.getInt(2), rs.getTimestamp(3)))
                .optional();
    }

    List<CallRow.Attempt> history(AssemblyId assembly, RespondentId respondent) {
        var attempts = new ArrayList<CallRow.Attempt>();
        jdbc.sql(
                        """
                select outcome, note, called_at, called_by from confirmation.attempts
                where assembly_id = :a and respondent_id = :r order by called_at desc, id
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query(rs -> {
                    attempts.add(new CallRow.Attempt(
                            CallOutcome.valueOf(rs.getString(1)),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4)));
                });
        return attempts;
    }

    private static State state(String status, int attempts, @Nullable Timestamp callBackAt) {
        return new State(CallStatus.valueOf(status), attempts, callBackAt == null ? null : callBackAt.toInstant());
    }
}
