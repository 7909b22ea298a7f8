package org.minipublic.app.accountability;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores progress reports (every version) and the settings that schedule them. */
@Repository
class ProgressReportRecords {

    private static final String COLUMNS = "id, period_start, period_end, intro, created_at, published_at, version";

    private final JdbcClient jdbc;

    ProgressReportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReportSchedule schedule(AssemblyId assembly) {
        return jdbc.sql("select first_report_months, report_every_months from accountability.settings"
                        + " where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, row) -> new ReportSchedule(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElse(ReportSchedule.DEFAULT);
    }

    void saveSchedule(AssemblyId assembly, ReportSchedule schedule) {
        jdbc.sql(
                        """
                insert into accountability.settings (assembly_id, first_report_months, report_every_months)
                values (:a, :first, :every)
                on conflict (assembly_id) do update
                    set first_report_months = excluded.first_report_months,
                        report_every_months = excluded.report_every_months
                """)
                .param("a", assembly.value())
                .param("first", schedule.firstMonths())
                .param("every", schedule.everyMonths())
                .update();
    }

    /** What the schedule counts from: the response deadline, or else the date the plan was first published. */
    Optional<LocalDate> anchor(AssemblyId assembly) {
        return jdbc.sql(
                        "select coalesce(response_due, published_on) from accountability.settings where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, row) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
                .optional()
                .flatMap(d -> d);
    }

    /** Every version of every report, by period and then oldest first. */
    List<ProgressReport> all(AssemblyId assembly) {
        return jdbc.sql("select " + COLUMNS + " from accountability.progress_reports where assembly_id = :a"
                        + " order by period_end, created_at, id")
                .param("a", assembly.value())
                .query((rs, row) -> report(rs))
                .list();
    }

    Optional<ProgressReport> find(AssemblyId assembly, ProgressReportId id) {
        return jdbc.sql("select " + COLUMNS
                        + " from accountability.progress_reports where assembly_id = :a and id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, row) -> report(rs))
                .optional();
    }

    void insert(ProgressReportId id, AssemblyId assembly, ReportPeriod period, String intro, Instant at) {
        jdbc.sql(
                        """
                insert into accountability.progress_reports (id, assembly_id, period_start, period_end, intro, created_at)
                values (:id, :a, :start, :end, :intro, :at)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("start", Date.valueOf(period.start()))
                .param("end", Date.valueOf(period.end()))
                .param("intro", intro)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves a draft's introduction, unless it was published or changed since {@code version}. */
    boolean saveIntro(ProgressReportId id, String intro, int version) {
        return jdbc.sql(
                                """
                update accountability.progress_reports set intro = :intro, version = version + 1
                where id = :id and version = :version and published_at is null
                """)
                        .param("id", id.value())
                        .param("intro", intro)
                        .param("version", version)
                        .update()
                > 0;
    }

    boolean publish(ProgressReportId id, Instant at) {
        return jdbc.sql("update accountability.progress_reports set published_at = :at"
                                + " where id = :id and published_at is null")
                        .param("id", id.value())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    private static ProgressReport report(ResultSet rs) throws SQLException {
        @Nullable Timestamp published = rs.getTimestamp("published_at");
        return new ProgressReport(
                new ProgressReportId(rs.getObject("id", UUID.class)),
                rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(),
                rs.getString("intro"),
                rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toInstant(),
                rs.getInt("version"));
    }
}
