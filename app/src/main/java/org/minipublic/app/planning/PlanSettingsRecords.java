package org.minipublic.app.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores plan settings in {@code planning.settings} and {@code planning.area_rates}. */
@Repository
class PlanSettingsRecords {

    private final JdbcClient jdbc;

    PlanSettingsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanSettings> find(AssemblyId assembly) {
        var rates = new HashMap<String, Double>();
        jdbc.sql("select area, rate from planning.area_rates where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    rates.put(rs.getString(1), rs.getDouble(2));
                });
        return jdbc.sql("select pool_per_seat, default_rate from planning.settings where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, n) -> new PlanSettings(rs.getDouble(1), rs.getDouble(2), rates))
                .optional();
    }

    void save(AssemblyId assembly, PlanSettings settings, Instant at) {
        jdbc.sql(
                        """
                insert into planning.settings (assembly_id, pool_per_seat, default_rate, updated_at)
                values (:a, :pool, :rate, :at)
                on conflict (assembly_id) do update set pool_per_seat = excluded.pool_per_seat,
                    default_rate = excluded.default_rate, updated_at = excluded.updated_at
                """)
                .param("a", assembly.value())
                .param("pool", settings.poolPerSeat())
                .param("rate", settings.defaultRate())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("delete from planning.area_rates where assembly_id = :a")
                .param("a", assembly.value())
                .update();
        settings.rates().forEach((area, rate) -> jdbc.sql(
                        "insert into planning.area_rates (assembly_id, area, rate) values (:a, :area, :rate)")
                .param("a", assembly.value())
                .param("area", area)
                .param("rate", rate)
                .update());
    }
}
