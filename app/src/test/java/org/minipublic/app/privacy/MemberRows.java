package org.minipublic.app.privacy;

import java.util.UUID;
import org.minipublic.app.members.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member's rows written and counted straight in the database, for the erasure tests. */
final class MemberRows {

    private MemberRows() {}

    /** An honorarium still to pay, a day attended (20 February 2027) and a portal card. */
    static void owedAttendedWithCard(JdbcClient jdbc, MemberId member, int honorariumPence) {
        jdbc.sql("update members.members set honorarium_pence = :p where id = :m")
                .param("p", honorariumPence)
                .param("m", member.value())
                .update();
        jdbc.sql("insert into members.attendance (member_id, day_date, checked_in_at) values (:m, '2027-02-20', now())")
                .param("m", member.value())
                .update();
        jdbc.sql(
                        """
                insert into members.portal_cards (id, member_id, code_hash, issued_at)
                values (gen_random_uuid(), :m, :hash, now())
                """)
                .param("m", member.value())
                .param("hash", UUID.randomUUID().toString())
                .update();
    }

    static int count(JdbcClient jdbc, String table, MemberId member) {
        return jdbc.sql("select count(*) from " + table + " where member_id = :m")
                .param("m", member.value())
                .query(Integer.class)
                .single();
    }
}
