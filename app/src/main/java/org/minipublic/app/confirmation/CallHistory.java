package org.minipublic.app.confirmation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calls made to one respondent, for their copy of their data, and forgetting them when their data is erased. */
@Service
public class CallHistory {

    /** One call: when, what came of it, the caller's note and who called. */
    public record Call(Instant at, CallOutcome outcome, String note, String caller) {}

    private final JdbcClient jdbc;

    CallHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Call> calls(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql(
                        """
                select called_at, outcome, note, called_by from confirmation.attempts
                where assembly_id = :a and respondent_id = :r order by called_at
                """)
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new Call(
                        rs.getTimestamp(1).toInstant(),
                        CallOutcome.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** Deletes the calls and call-list entries of these respondents; returns how many call-list entries went. */
    @Transactional
    public int forget(AssemblyId assembly, Collection<RespondentId> respondents) {
        if (respondents.isEmpty()) {
            return 0;
        }
        var ids = respondents.stream().map(RespondentId::value).toArray(UUID[]::new);
        jdbc.sql("delete from confirmation.attempts where assembly_id = :a and respondent_id = any(:ids)")
                .param("a", assembly.value())
                .param("ids", ids)
                .update();
        return jdbc.sql("delete from confirmation.calls where assembly_id = :a and respondent_id = any(:ids)")
                .param("a", assembly.value())
                .param("ids", ids)
                .update();
    }
}
