package org.minipublic.app.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each assembly's keep-apart and keep-together pairs in {@code tables.pairs}. */
@Repository
class PairRecords {

    private final JdbcClient jdbc;

    PairRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assembly's pairs in the order they were added. */
    List<SeatingPair> all(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, kind, one_member, other_member, reason from tables.pairs
                where assembly_id = :a order by added_at, id
                """)
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<SeatingPair> find(AssemblyId assembly, PairId id) {
        return jdbc.sql(
                        """
                select id, kind, one_member, other_member, reason from tables.pairs
                where assembly_id = :a and id = :id
                """)
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Blanks the reasons of the member's pairs; how many pairs had one. */
    int forgetReasons(AssemblyId assembly, MemberId member) {
        return jdbc.sql(
                        """
                update tables.pairs set reason = ''
                where assembly_id = :a and (one_member = :m or other_member = :m) and reason <> ''
                """)
                .param("a", assembly.value())
                .param("m", member.value())
                .update();
    }

    /** Adds the pair; false when the same two members already have one (added at the same moment by someone else). */
    boolean add(AssemblyId assembly, SeatingPair pair, Instant at) {
        return jdbc.sql(
                                """
                insert into tables.pairs (id, assembly_id, one_member, other_member, kind, reason, added_at)
                values (:id, :a, :one, :other, :kind, :reason, :at)
                on conflict do nothing
                """)
                        .param("id", pair.id().value())
                        .param("a", assembly.value())
                        .param("one", pair.one().value())
                        .param("other", pair.other().value())
                        .param("kind", pair.kind().name())
                        .param("reason", pair.reason())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean remove(AssemblyId assembly, PairId id) {
        return jdbc.sql("delete from tables.pairs where assembly_id = :a and id = :id")
                        .param("a", assembly.value())
                        .param("id", id.value())
                        .update()
                > 0;
    }

    private static SeatingPair map(ResultSet rs) throws SQLException {
        return new SeatingPair(
                new PairId(rs.getObject("id", UUID.class)),
                PairKind.valueOf(rs.getString("kind")),
                new MemberId(rs.getObject("one_member", UUID.class)),
                new MemberId(rs.getObject("other_member", UUID.class)),
                rs.getString("reason"));
    }
}
