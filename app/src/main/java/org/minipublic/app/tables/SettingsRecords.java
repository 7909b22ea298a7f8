package org.minipublic.app.tables;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each assembly's table settings in {@code tables.settings}. */
@Repository
class SettingsRecords {

    private final JdbcClient jdbc;

    SettingsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TableSettings> find(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select table_count, diversify, band, accessible_tables, needs_accessible, interpreters_together,
                    seats_per_table
                from tables.settings where assembly_id = :a
                """)
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    void put(AssemblyId assembly, TableSettings settings, Instant at) {
        jdbc.sql(
                        """
                insert into tables.settings (assembly_id, table_count, diversify, band, accessible_tables,
                    needs_accessible, interpreters_together, seats_per_table, updated_at)
                values (:a, :tables, :diversify, :band, :accessible, :needs, :together, :seats, :at)
                on conflict (assembly_id) do update set table_count = excluded.table_count,
                    diversify = excluded.diversify, band = excluded.band,
                    accessible_tables = excluded.accessible_tables, needs_accessible = excluded.needs_accessible,
                    interpreters_together = excluded.interpreters_together,
                    seats_per_table = excluded.seats_per_table, updated_at = excluded.updated_at
                """)
                .param("a", assembly.value())
                .param("tables", settings.tables())
                .param("diversify", settings.diversify().toArray(String[]::new))
                .param("band", settings.band())
                .param(
                        "accessible",
                        settings.accessibleTables().stream().sorted().toArray(Integer[]::new))
                .param(
                        "needs",
                        settings.needsAccessible().stream().map(MemberId::value).toArray(UUID[]::new))
                .param("together", settings.interpretersTogether())
                .param("seats", settings.seatsPerTable())
                .param("at", Timestamp.from(at))
                .update();
    }

    private static TableSettings map(ResultSet rs) throws SQLException {
        return new TableSettings(
                rs.getInt("table_count"),
                Arrays.asList((String[]) elements(rs.getArray("diversify"))),
                rs.getDouble("band"),
                Arrays.stream((Integer[]) elements(rs.getArray("accessible_tables")))
                        .collect(Collectors.toSet()),
                Arrays.stream((UUID[]) elements(rs.getArray("needs_accessible")))
                        .map(MemberId::new)
                        .collect(Collectors.toSet()),
                rs.getBoolean("interpreters_together"),
                rs.getInt("seats_per_table"));
    }

    private static Object elements(Array array) throws SQLException {
        return array.getArray();
    }
}
