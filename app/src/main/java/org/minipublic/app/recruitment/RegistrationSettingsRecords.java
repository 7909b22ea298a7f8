package org.minipublic.app.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores registration settings in {@code recruitment.registration_settings}. */
@Repository
class RegistrationSettingsRecords {

    private final JdbcClient jdbc;

    RegistrationSettingsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegistrationSettings> find(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select closes_at, per_household, reference_date from recruitment.registration_settings
                where assembly_id = :a
                """)
                .param("a", assembly.value())
                .query((rs, n) -> {
                    Timestamp closes = rs.getTimestamp(1);
                    return new RegistrationSettings(
                            closes == null ? null : closes.toInstant(),
                            rs.getInt(2),
                            rs.getDate(3).toLocalDate());
                })
                .optional();
    }

    void save(AssemblyId assembly, RegistrationSettings settings, Instant at) {
        var closes = settings.closesAt();
        jdbc.sql(
                        """
                insert into recruitment.registration_settings (assembly_id, closes_at, per_household, reference_date,
                    updated_at) values (:a, :closes, :per, :reference, :at)
                on conflict (assembly_id) do update set closes_at = excluded.closes_at,
                    per_household = excluded.per_household, reference_date = excluded.reference_date,
                    updated_at = excluded.updated_at
                """)
                .param("a", assembly.value())
                .param("closes", closes == null ? null : Timestamp.from(closes))
                .param("per", settings.perHousehold())
                .param("reference", settings.referenceDate())
                .param("at", Timestamp.from(at))
                .update();
    }
}
