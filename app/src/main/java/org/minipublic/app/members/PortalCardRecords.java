package org.minipublic.app.members;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores sign-in cards in {@code members.portal_cards}: one per member at most, by the hash of its code. */
@Repository
class PortalCardRecords {

    /** An active member who may get a card: their id, first and last name, and language. */
    record Holder(MemberId id, String name, String language) {

        @Override
        public String toString() {
            return "Holder[" + id + "]";
        }
    }

    /** A card found by its code, with what the portal needs of its member. */
    record Found(UUID card, MemberId member, AssemblyId assembly, String firstName, String language) {

        @Override
        public String toString() {
            return "Found[" + member + "]";
        }
    }

    private final JdbcClient jdbc;

    PortalCardRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assembly's active members, in name order; only those without a card unless {@code everyone}. */
    List<Holder> holders(AssemblyId assembly, boolean everyone) {
        return jdbc.sql(
                        """
                select m.id, m.first_name || ' ' || m.last_name, m.language from members.members m
                where m.assembly_id = :assembly and m.status = 'ACTIVE'
                  and (:everyone or not exists (select 1 from members.portal_cards c where c.member_id = m.id))
                order by lower(m.last_name), lower(m.first_name), m.id
                """)
                .param("assembly", assembly.value())
                .param("everyone", everyone)
                .query((rs, row) ->
                        new Holder(new MemberId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** How many of the assembly's active members hold a card. */
    int withCard(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select count(*) from members.portal_cards c join members.members m on m.id = c.member_id
                where m.assembly_id = :assembly and m.status = 'ACTIVE'
                """)
                .param("assembly", assembly.value())
                .query(Integer.class)
                .single();
    }

    /** Gives the member a card with this code hash, replacing any card they had. */
    void replace(MemberId member, String codeHash, @Nullable UserId by, Instant at) {
        jdbc.sql("delete from members.portal_cards where member_id = :member")
                .param("member", member.value())
                .update();
        jdbc.sql(
                        """
                insert into members.portal_cards (id, member_id, code_hash, issued_at, issued_by)
                values (:id, :member, :hash, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("member", member.value())
                .param("hash", codeHash)
                .param("at", Timestamp.from(at))
                .param("by", by == null ? null : by.value())
                .update();
    }

    /** When the member's card was issued, if they hold one. */
    Optional<Instant> issuedAt(MemberId member) {
        return jdbc.sql("select issued_at from members.portal_cards where member_id = :member")
                .param("member", member.value())
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** The card with this code hash, when its member is still active. */
    Optional<Found> findActive(String codeHash) {
        return findActive("c.code_hash = :key", codeHash);
    }

    /** Stores a card's code hash anew (a card issued before codes were keyed, at its first use since). */
    void rehash(UUID card, String codeHash) {
        jdbc.sql("update members.portal_cards set code_hash = :h where id = :id")
                .param("h", codeHash)
                .param("id", card)
                .update();
    }

    /** The card by its id, when it still exists and its member is still active. */
    Optional<Found> findActive(UUID card) {
        return findActive("c.id = :key", card);
    }

    private Optional<Found> findActive(String condition, Object key) {
        return jdbc.sql(
                        """
                select c.id, m.id, m.assembly_id, m.first_name, m.language
                from members.portal_cards c join members.members m on m.id = c.member_id
                where m.status = 'ACTIVE'
                """
                                + " and "
                                + condition)
                .param("key", key)
                .query((rs, row) -> new Found(
                        rs.getObject(1, UUID.class),
                        new MemberId(rs.getObject(2, UUID.class)),
                        new AssemblyId(rs.getObject(3, UUID.class)),
                        rs.getString(4),
                        rs.getString(5)))
                .optional();
    }
}
