package org.minipublic.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and appends rows of {@code audit.entries}; there is deliberately no update or delete. */
@Repository
class AuditEntries {

    private static final String COLUMNS =
            "id, occurred_at, actor_id, actor_label, assembly_id, action, subject, before_summary, after_summary";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditRecord record, Instant at) {
        jdbc.sql(
                        """
                insert into audit.entries
                    (occurred_at, actor_id, actor_label, assembly_id, action, subject, before_summary, after_summary)
                values (:at, :actorId, :actorLabel, :assemblyId, :action, :subject, :before, :after)
                """)
                .param("at", Timestamp.from(at))
                .param(
                        "actorId",
                        record.actor().userId() == null
                                ? null
                                : record.actor().userId().value())
                .param("actorLabel", record.actor().label())
                .param(
                        "assemblyId",
                        record.assemblyId() == null ? null : record.assemblyId().value())
                .param("action", record.action())
                .param("subject", record.subject())
                .param("before", record.before())
                .param("after", record.after())
                .update();
    }

    List<AuditEntry> find(AuditQuery query, int page, int size) {
        var where = Where.of(query);
        return jdbc.sql("select " + COLUMNS + " from audit.entries" + where.sql()
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditEntries::map)
                .list();
    }

    long count(AuditQuery query) {
        var where = Where.of(query);
        return jdbc.sql("select count(*) from audit.entries" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        var where = Where.of(query);
        try (var rows = jdbc
                .sql("select " + COLUMNS + " from audit.entries" + where.sql() + " order by occurred_at desc, id desc")
                .params(where.params())
                .query(AuditEntries::map)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_label"),
                rs.getObject("assembly_id", UUID.class),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("before_summary"),
                rs.getString("after_summary"));
    }

    /** The WHERE clause for a query, built from fixed fragments; values always travel as parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.assemblyId() != null) {
                conditions.add("assembly_id = :assemblyId");
                params.put("assemblyId", query.assemblyId().value());
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action = :action");
                params.put("action", query.action());
            }
            if (query.text() != null && !query.text().isBlank()) {
                conditions.add("(actor_label ilike :text or action ilike :text or subject ilike :text)");
                params.put("text", "%" + escapeLike(query.text().trim()) + "%");
            }
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (query.to() != null) {
                conditions.add("occurred_at < :to");
                params.put(
                        "to",
                        Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
