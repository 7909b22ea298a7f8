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

/** Stores amendments in {@code deliberation.amendments}. */
@Repository
class AmendmentRecords {

    private static final String COLUMNS =
            "a.id, a.draft_id, a.body, a.why, a.proposed_by, a.proposed_at, a.status, a.decision_reason, a.decided_by";

    private final JdbcClient jdbc;

    AmendmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a proposal; {@code member} names the member who proposed it on the portal, or is null for the team's. */
    void insert(UUID id, DraftId draft, String body, String why, String by, Instant at, @Nullable MemberId member) {
        jdbc.sql(
                        """
                insert into deliberation.amendments (id, draft_id, body, why, proposed_by, proposed_at, status,
                    member_id)
                values (:id, :d, :body, :why, :by, :at, 'PROPOSED', :member)
                """)
                .param("id", id)
                .param("d", draft.value())
                .param("body", body)
                .param("why", why)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("member", member == null ? null : member.value())
                .update();
    }

    /** The ids of the amendments the member proposed to the draft. */
    Set<UUID> byMember(DraftId draft, MemberId member) {
        return Set.copyOf(jdbc.sql("select id from deliberation.amendments where draft_id = :d and member_id = :m")
                .param("d", draft.value())
                .param("m", member.value())
                .query(UUID.class)
                .list());
    }

    /** The member's proposal to the draft with exactly this wording, while it waits for a decision. */
    Optional<UUID> openByMember(DraftId draft, MemberId member, String body) {
        return jdbc.sql(
                        """
                select id from deliberation.amendments
                where draft_id = :d and member_id = :m and body = :b and status = 'PROPOSED' limit 1
                """)
                .param("d", draft.value())
                .param("m", member.value())
                .param("b", body)
                .query(UUID.class)
                .optional();
    }

    /** Records the decision on a proposed amendment; false when it was decided already. */
    boolean decide(UUID id, Amendment.Status status, String reason, String by, Instant at) {
        return jdbc.sql(
                                """
                update deliberation.amendments set status = :s, decision_reason = :r, decided_by = :by, decided_at = :at
                where id = :id and status = 'PROPOSED'
                """)
                        .param("id", id)
                        .param("s", status.name())
                        .param("r", reason)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Closes the draft's open amendments with the reason (its draft was merged or split); returns how many. */
    int closeOpen(DraftId draft, String reason, String by, Instant at) {
        return jdbc.sql(
                        """
                update deliberation.amendments set status = 'CLOSED', decision_reason = :r, decided_by = :by,
                    decided_at = :at
                where draft_id = :d and status = 'PROPOSED'
                """)
                .param("d", draft.value())
                .param("r", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Amendment> of(AssemblyId assembly, DraftId draft) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.amendments a join deliberation.drafts d"
                        + " on d.id = a.draft_id where d.assembly_id = :as and a.draft_id = :d order by a.proposed_at")
                .param("as", assembly.value())
                .param("d", draft.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Amendment> find(AssemblyId assembly, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.amendments a join deliberation.drafts d"
                        + " on d.id = a.draft_id where d.assembly_id = :as and a.id = :id")
                .param("as", assembly.value())
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    private static Amendment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Amendment(
                rs.getObject(1, UUID.class),
                new DraftId(rs.getObject(2, UUID.class)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                Amendment.Status.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getString(9));
    }
}
