package org.minipublic.app.deliberation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores free comments in {@code deliberation.comments}. */
@Repository
class DraftCommentRecords {

    private final JdbcClient jdbc;

    DraftCommentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DraftComment comment) {
        insert(comment, null);
    }

    /** Stores a comment; {@code member} names the member who wrote it on the portal, or is null for the team's. */
    void insert(DraftComment comment, @Nullable MemberId member) {
        jdbc.sql(
                        """
                insert into deliberation.comments (id, draft_id, version, body, said_by, on_behalf, written_by,
                    written_at, member_id)
                values (:id, :d, :v, :body, :saidBy, :onBehalf, :by, :at, :member)
                """)
                .param("id", comment.id())
                .param("d", comment.draft().value())
                .param("v", comment.version())
                .param("body", comment.body())
                .param("saidBy", comment.saidBy())
                .param("onBehalf", comment.onBehalf())
                .param("by", comment.writtenBy())
                .param("at", Timestamp.from(comment.writtenAt()))
                .param("member", member == null ? null : member.value())
                .update();
    }

    /** The ids of the comments the member wrote on the draft, removed or not. */
    Set<UUID> byMember(DraftId draft, MemberId member) {
        return Set.copyOf(jdbc.sql("select id from deliberation.comments where draft_id = :d and member_id = :m")
                .param("d", draft.value())
                .param("m", member.value())
                .query(UUID.class)
                .list());
    }

    /** The member's comment on the draft that says exactly this, if they sent it already (and it was not removed). */
    Optional<UUID> sameByMember(DraftId draft, MemberId member, String body) {
        return jdbc.sql(
                        "select id from deliberation.comments where draft_id = :d and member_id = :m and body = :b limit 1")
                .param("d", draft.value())
                .param("m", member.value())
                .param("b", body)
                .query(UUID.class)
                .optional();
    }

    /** Erases a comment's text and who said it, and notes who removed it; false when the draft has no such comment still there. */
    boolean remove(AssemblyId assembly, DraftId draft, UUID id, String by, Instant at) {
        return jdbc.sql(
                                """
                update deliberation.comments c set body = null, said_by = '', removed_by = :by, removed_at = :at
                from deliberation.drafts d
                where c.id = :id and c.draft_id = :draft and d.id = c.draft_id and d.assembly_id = :a
                    and c.removed_at is null
                """)
                        .param("id", id)
                        .param("draft", draft.value())
                        .param("a", assembly.value())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** A draft's comments, oldest first; the caller has checked that the draft belongs to the assembly. */
    List<DraftComment> of(DraftId draft) {
        return jdbc.sql(
                        """
                select id, draft_id, version, body, said_by, on_behalf, written_by, written_at, removed_by
                from deliberation.comments where draft_id = :d order by written_at, id
                """)
                .param("d", draft.value())
                .query((rs, row) -> new DraftComment(
                        rs.getObject(1, UUID.class),
                        new DraftId(rs.getObject(2, UUID.class)),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9)))
                .list();
    }
}
