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

    /**
     * The named respondents of this assembly (others are ignored) with what it takes to phone them, for the people who
     * make the confirmation calls.
     */
    @Transactional(readOnly = true)
    public java.util.Map<RespondentId, RespondentProfile> profiles(
            Actor actor, AssemblyId assembly, java.util.Collection<RespondentId> ids) {
        identity.require(actor, assembly, Permission.CALL_PANEL);
        var profiles = new java.util.LinkedHashMap<RespondentId, RespondentProfile>();
        if (ids.isEmpty()) {
            return profiles;
        }
        jdbc.sql(
                        """
                select r.id, r.first_name, r.last_name, r.email, r.phone, r.language, r.access_needs,
                    coalesce(h.area, r.area)
                from recruitment.respondents r left join recruitment.households h on h.id = r.household_id
                where r.assembly_id = :a and r.id in (:ids)
                """)
                .param("a", assembly.value())
                .param("ids", ids.stream().map(RespondentId::value).toList())
                .query(rs -> {
                    var id = new RespondentId(rs.getObject(1, java.util.UUID.class));
                    profiles.put(
                            id,
                            new RespondentProfile(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8)));
                });
        return profiles;
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
