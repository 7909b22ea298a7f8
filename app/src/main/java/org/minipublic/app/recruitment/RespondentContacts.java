package org.minipublic.app.recruitment;

import java.util.List;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registered respondents who gave an e-mail address, for messages the organisers send them. */
@Service
public class RespondentContacts {

    private final JdbcClient jdbc;
    private final Identity identity;

    RespondentContacts(JdbcClient jdbc, Identity identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    /** Everyone still registered (not withdrawn) with an e-mail address, in order of registration. */
    @Transactional(readOnly = true)
    public List<RespondentContact> withEmail(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return jdbc.sql(
                        """
                select id, first_name, email, language from recruitment.respondents
                where assembly_id = :a and status = 'REGISTERED' and email <> ''
                order by registered_at, id
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new RespondentContact(
                        new RespondentId(rs.getObject(1, java.util.UUID.class)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** How many registered respondents gave no e-mail address (to be reached by letter or phone instead). */
    @Transactional(readOnly = true)
    public long withoutEmail(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return jdbc.sql(
                        """
                select count(*) from recruitment.respondents
                where assembly_id = :a and status = 'REGISTERED' and email = ''
                """)
                .param("a", assembly.value())
                .query(Long.class)
                .single();
    }
}
