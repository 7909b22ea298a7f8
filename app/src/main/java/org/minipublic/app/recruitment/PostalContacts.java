package org.minipublic.app.recruitment;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registered respondents who gave no e-mail address, with their postal address, for messages sent as letters. */
@Service
public class PostalContacts {

    private final JdbcClient jdbc;
    private final Identity identity;

    PostalContacts(JdbcClient jdbc, Identity identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    /** Everyone still registered without an e-mail address, in order of registration. */
    @Transactional(readOnly = true)
    public List<PostalContact> withoutEmail(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return jdbc.sql(
                        """
                select r.id, r.first_name, r.last_name, r.language, h.id, h.line1, h.line2, h.line3, h.town,
                    h.postcode
                from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
                where r.assembly_id = :a and r.status = 'REGISTERED' and r.email = ''
                order by r.registered_at, r.id
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new PostalContact(
                        new RespondentId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5) == null
                                ? null
                                : Stream.of(
                                                rs.getString(6),
                                                rs.getString(7),
                                                rs.getString(8),
                                                rs.getString(9),
                                                rs.getString(10))
                                        .filter(line -> !line.isBlank())
                                        .toList()))
                .list();
    }
}
