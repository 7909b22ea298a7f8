package org.minipublic.app.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores retention periods in {@code privacy.retention} and purges in {@code privacy.purges}. */
@Repository
class RetentionRecords {

    private final JdbcClient jdbc;

    RetentionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> days(AssemblyId assembly) {
        return jdbc.sql("select days from privacy.retention where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .optional();
    }

    void save(AssemblyId assembly, int days, Instant at, String by) {
        jdbc.sql(
                        """
                insert into privacy.retention (assembly_id, days, updated_at, updated_by) values (:a, :d, :at, :by)
                on conflict (assembly_id) do update set days = :d, updated_at = :at, updated_by = :by
                """)
                .param("a", assembly.value())
                .param("d", days)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /**
     * Takes the assembly's purge lock until the transaction ends, if no one else holds it: two application nodes
     * running the purge at once do not both delete, and the second finds nothing left to delete afterwards.
     */
    boolean lock(AssemblyId assembly) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('privacy.purge'), hashtext(:a))")
                .param("a", assembly.toString())
                .query(Boolean.class)
                .single());
    }

    void purged(AssemblyId assembly, Instant at, int people, String by) {
        jdbc.sql(
                        """
                insert into privacy.purges (id, assembly_id, purged_at, people, purged_by)
                values (:id, :a, :at, :people, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("a", assembly.value())
                .param("at", Timestamp.from(at))
                .param("people", people)
                .param("by", by)
                .update();
    }

    Optional<RetentionStatus.Purge> lastPurge(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select purged_at, people, purged_by from privacy.purges where assembly_id = :a
                order by purged_at desc limit 1
                """)
                .param("a", assembly.value())
                .query((rs, n) ->
                        new RetentionStatus.Purge(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3)))
                .optional();
    }
}
