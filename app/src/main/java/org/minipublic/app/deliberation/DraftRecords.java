package org.minipublic.app.deliberation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores drafts and their versions in {@code deliberation.drafts} and {@code deliberation.versions}. */
@Repository
class DraftRecords {

    private final JdbcClient jdbc;

    DraftRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DraftId id, AssemblyId assembly, ThemeId theme, String table, Instant at) {
        jdbc.sql(
                        """
                insert into deliberation.drafts (id, assembly_id, theme_id, table_label, status, version, created_at)
                values (:id, :a, :theme, :table, 'DRAFT', 1, :at)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("theme", theme.value())
                .param("table", table)
                .param("at", Timestamp.from(at))
                .update();
    }

    void insertVersion(DraftId id, int number, DraftText text, String reason, String by, Instant at) {
        jdbc.sql(
                        """
                insert into deliberation.versions (draft_id, number, title, body, rationale, reason, written_by,
                    written_at)
                values (:id, :n, :title, :body, :rationale, :reason, :by, :at)
                """)
                .param("id", id.value())
                .param("n", number)
                .param("title", text.title())
                .param("body", text.body())
                .param("rationale", text.rationale())
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Moves the draft to its next version unless it changed since {@code version}; false when it did. */
    boolean advance(AssemblyId assembly, DraftId id, int version) {
        return jdbc.sql(
                                """
                update deliberation.drafts set version = version + 1
                where id = :id and assembly_id = :a and version = :v and status = 'DRAFT'
                """)
                        .param("id", id.value())
                        .param("a", assembly.value())
                        .param("v", version)
                        .update()
                > 0;
    }

    boolean setStatus(AssemblyId assembly, DraftId id, DraftStatus from, DraftStatus to) {
        return jdbc.sql(
                                "update deliberation.drafts set status = :to where id = :id and assembly_id = :a and status = :from")
                        .param("id", id.value())
                        .param("a", assembly.value())
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                > 0;
    }

    void insertLink(DraftLink link, Instant at) {
        jdbc.sql(
                        """
                insert into deliberation.draft_links (from_draft_id, to_draft_id, kind, made_at)
                values (:from, :to, :kind, :at)
                """)
                .param("from", link.from().value())
                .param("to", link.to().value())
                .param("kind", link.kind().name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The links into and out of a draft of the assembly, oldest first, then in the order the drafts were written. */
    List<DraftLink> links(AssemblyId assembly, DraftId draft) {
        return jdbc.sql(
                        """
                select l.from_draft_id, l.to_draft_id, l.kind from deliberation.draft_links l
                join deliberation.drafts d on d.id = l.from_draft_id
                join deliberation.drafts t on t.id = l.to_draft_id
                where d.assembly_id = :a and (l.from_draft_id = :d or l.to_draft_id = :d)
                order by l.made_at, t.created_at, d.created_at, t.id, d.id
                """)
                .param("a", assembly.value())
                .param("d", draft.value())
                .query((rs, row) -> new DraftLink(
                        new DraftId(rs.getObject(1, UUID.class)),
                        new DraftId(rs.getObject(2, UUID.class)),
                        DraftLink.Kind.valueOf(rs.getString(3))))
                .list();
    }

    List<Draft> all(AssemblyId assembly) {
        return drafts("d.assembly_id = :a", Map.of("a", assembly.value()));
    }

    Optional<Draft> find(AssemblyId assembly, DraftId id) {
        return drafts("d.assembly_id = :a and d.id = :id", Map.of("a", assembly.value(), "id", id.value())).stream()
                .findFirst();
    }

    private List<Draft> drafts(String where, Map<String, Object> params) {
        record Row(DraftId id, ThemeId theme, String table, DraftStatus status) {}
        var rows = jdbc.sql("select d.id, d.theme_id, d.table_label, d.status from deliberation.drafts d where " + where
                        + " order by d.created_at, d.id")
                .params(params)
                .query((rs, row) -> new Row(
                        new DraftId(rs.getObject(1, UUID.class)),
                        new ThemeId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        DraftStatus.valueOf(rs.getString(4))))
                .list();
        var versions = new HashMap<UUID, List<DraftVersion>>();
        jdbc.sql(
                        """
                select v.draft_id, v.number, v.title, v.body, v.rationale, v.reason, v.written_by, v.written_at
                from deliberation.versions v join deliberation.drafts d on d.id = v.draft_id
                where %s order by v.draft_id, v.number
                """
                                .formatted(where))
                .params(params)
                .query(rs -> {
                    versions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new DraftVersion(
                                    rs.getInt(2),
                                    new DraftText(rs.getString(3), rs.getString(4), rs.getString(5)),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getTimestamp(8).toInstant()));
                });
        return rows.stream()
                .filter(r -> versions.containsKey(r.id().value()))
                .map(r -> new Draft(
                        r.id(), r.theme(), r.table(), r.status(), versions.getOrDefault(r.id().value(), List.of())))
                .toList();
    }
}
