package org.minipublic.app.assembly;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores assemblies in {@code assembly.assemblies} and their days in {@code assembly.days}. */
@Repository
class AssemblyRecords {

    private final JdbcClient jdbc;

    AssemblyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AssemblyView assembly) {
        var d = assembly.details();
        jdbc.sql(
                        """
                insert into assembly.assemblies (id, title, question, description, commissioners, delivery_partners,
                    recruitment_partners, status, version, created_at, updated_at)
                values (:id, :title, :question, :description, :commissioners, :delivery, :recruitment, :status,
                    :version, :created, :updated)
                """)
                .param("id", assembly.id().value())
                .param("title", d.title())
                .param("question", d.question())
                .param("description", d.description())
                .param("commissioners", d.commissioners().toArray(String[]::new))
                .param("delivery", d.deliveryPartners().toArray(String[]::new))
                .param("recruitment", d.recruitmentPartners().toArray(String[]::new))
                .param("status", assembly.status().name())
                .param("version", assembly.version())
                .param("created", Timestamp.from(assembly.createdAt()))
                .param("updated", Timestamp.from(assembly.updatedAt()))
                .update();
        insertDays(assembly.id(), d.days());
    }

    /** Saves new details if nobody saved since {@code expectedVersion}; returns false when somebody did. */
    boolean update(AssemblyId id, AssemblyDetails d, int expectedVersion, Instant at) {
        int rows = jdbc.sql(
                        """
                update assembly.assemblies set title = :title, question = :question, description = :description,
                    commissioners = :commissioners, delivery_partners = :delivery, recruitment_partners = :recruitment,
                    version = version + 1, updated_at = :updated
                where id = :id and version = :version
                """)
                .param("title", d.title())
                .param("question", d.question())
                .param("description", d.description())
                .param("commissioners", d.commissioners().toArray(String[]::new))
                .param("delivery", d.deliveryPartners().toArray(String[]::new))
                .param("recruitment", d.recruitmentPartners().toArray(String[]::new))
                .param("updated", Timestamp.from(at))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from assembly.days where assembly_id = :id")
                .param("id", id.value())
                .update();
        insertDays(id, d.days());
        return true;
    }

    void updateStatus(AssemblyId id, AssemblyStatus status, Instant at) {
        jdbc.sql(
                        """
                update assembly.assemblies set status = :status, version = version + 1, updated_at = :at where id = :id
                """)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    Optional<AssemblyView> find(AssemblyId id) {
        return jdbc.sql("select * from assembly.assemblies where id = :id")
                .param("id", id.value())
                .query((rs, row) -> map(rs, days(id)))
                .optional();
    }

    Optional<AssemblyId> findIdByTitle(String title) {
        return jdbc.sql("select id from assembly.assemblies where lower(title) = lower(:title)")
                .param("title", title.trim())
                .query((rs, row) -> new AssemblyId(rs.getObject(1, UUID.class)))
                .optional();
    }

    List<AssemblySummary> summaries(Collection<AssemblyId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where a.id = any(:ids)" + SUMMARY_ORDER)
                .param("ids", ids.stream().map(AssemblyId::value).toArray(UUID[]::new))
                .query(AssemblyRecords::summary)
                .list();
    }

    List<AssemblySummary> allSummaries() {
        return jdbc.sql(SUMMARY + SUMMARY_ORDER).query(AssemblyRecords::summary).list();
    }

    private static final String SUMMARY =
            """
            select a.id, a.title, a.status,
                (select min(day_date) from assembly.days d where d.assembly_id = a.id) as first_day,
                (select max(day_date) from assembly.days d where d.assembly_id = a.id) as last_day
            from assembly.assemblies a
            """;
    private static final String SUMMARY_ORDER = " order by a.created_at desc, a.id";

    private void insertDays(AssemblyId id, List<AssemblyDay> days) {
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            jdbc.sql(
                            """
                    insert into assembly.days
                        (assembly_id, position, weekend, day_date, starts_at, ends_at, venue_name, venue_address)
                    values (:id, :position, :weekend, :date, :starts, :ends, :venue, :address)
                    """)
                    .param("id", id.value())
                    .param("position", i)
                    .param("weekend", day.weekend())
                    .param("date", Date.valueOf(day.date()))
                    .param("starts", Time.valueOf(day.startsAt()))
                    .param("ends", Time.valueOf(day.endsAt()))
                    .param("venue", day.venueName())
                    .param("address", day.venueAddress())
                    .update();
        }
    }

    private List<AssemblyDay> days(AssemblyId id) {
        return jdbc.sql("select * from assembly.days where assembly_id = :id order by position")
                .param("id", id.value())
                .query((rs, row) -> new AssemblyDay(
                        rs.getInt("weekend"),
                        rs.getDate("day_date").toLocalDate(),
                        rs.getTime("starts_at").toLocalTime(),
                        rs.getTime("ends_at").toLocalTime(),
                        rs.getString("venue_name"),
                        rs.getString("venue_address")))
                .list();
    }

    private static AssemblyView map(ResultSet rs, List<AssemblyDay> days) throws SQLException {
        var details = new AssemblyDetails(
                rs.getString("title"),
                rs.getString("question"),
                rs.getString("description"),
                strings(rs.getArray("commissioners")),
                strings(rs.getArray("delivery_partners")),
                strings(rs.getArray("recruitment_partners")),
                days);
        return new AssemblyView(
                new AssemblyId(rs.getObject("id", UUID.class)),
                details,
                AssemblyStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static AssemblySummary summary(ResultSet rs, int row) throws SQLException {
        Date first = rs.getDate("first_day");
        Date last = rs.getDate("last_day");
        return new AssemblySummary(
                new AssemblyId(rs.getObject("id", UUID.class)),
                rs.getString("title"),
                AssemblyStatus.valueOf(rs.getString("status")),
                first == null ? null : first.toLocalDate(),
                last == null ? null : last.toLocalDate());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
