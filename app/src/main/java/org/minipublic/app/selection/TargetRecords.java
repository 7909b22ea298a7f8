package org.minipublic.app.selection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores target versions in {@code selection.target_sets} and {@code selection.targets}. */
@Repository
class TargetRecords {

    private final JdbcClient jdbc;

    TargetRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(AssemblyId assembly) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from selection.target_sets where assembly_id = :a")
                .param("a", assembly.value())
                .query(Integer.class)
                .single();
    }

    void insert(AssemblyId assembly, TargetSet set) {
        jdbc.sql(
                        """
                insert into selection.target_sets (id, assembly_id, version, panel_size, saved_at, saved_by)
                values (:id, :a, :version, :size, :at, :by)
                """)
                .param("id", set.id().value())
                .param("a", assembly.value())
                .param("version", set.version())
                .param("size", set.panelSize())
                .param("at", Timestamp.from(set.savedAt()))
                .param("by", set.savedBy())
                .update();
        int position = 0;
        for (var target : set.targets()) {
            jdbc.sql(
                            """
                    insert into selection.targets (target_set_id, position, category, value, min_seats, max_seats,
                        population) values (:set, :position, :category, :value, :min, :max, :population)
                    """)
                    .param("set", set.id().value())
                    .param("position", position++)
                    .param("category", target.category())
                    .param("value", target.value())
                    .param("min", target.min())
                    .param("max", target.max())
                    .param("population", target.population() == null ? null : BigDecimal.valueOf(target.population()))
                    .update();
        }
    }

    /** The newest version, if any was saved. */
    Optional<TargetSet> latest(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, version, panel_size, saved_at, saved_by from selection.target_sets
                where assembly_id = :a order by version desc limit 1
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new TargetSet(
                        new TargetSetId(rs.getObject(1, UUID.class)),
                        rs.getInt(2),
                        rs.getInt(3),
                        targets(rs.getObject(1, UUID.class)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .optional();
    }

    Optional<TargetSet> find(TargetSetId id) {
        return jdbc.sql("select id, version, panel_size, saved_at, saved_by from selection.target_sets where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new TargetSet(
                        new TargetSetId(rs.getObject(1, UUID.class)),
                        rs.getInt(2),
                        rs.getInt(3),
                        targets(rs.getObject(1, UUID.class)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .optional();
    }

    /** Holds the assembly's targets until the transaction ends, so that two draws started at once get two numbers. */
    void lock(AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:a))")
                .param("a", assembly.toString())
                .query((rs, n) -> 1)
                .list();
    }

    private List<Target> targets(UUID set) {
        return jdbc.sql(
                        """
                select category, value, min_seats, max_seats, population from selection.targets
                where target_set_id = :set order by position
                """)
                .param("set", set)
                .query((rs, n) -> {
                    BigDecimal population = rs.getBigDecimal(5);
                    return new Target(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getInt(4),
                            population == null ? null : population.doubleValue());
                })
                .list();
    }
}
