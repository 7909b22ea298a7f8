package org.minipublic.app.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.Team;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assembly's roles and responsibilities: everyone on the team by role, what each is responsible for (written by
 * an organiser) and the sessions each leads, on one page the whole team shares.
 */
@Service
public class Responsibilities {

    static final int DUTIES_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Team team;
    private final Programme programme;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Responsibilities(JdbcClient jdbc, Team team, Programme programme, Identity identity, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.team = team;
        this.programme = programme;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everyone on the team except members, in role order and then by name. */
    @Transactional(readOnly = true)
    public List<TeamDuty> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_TEAM);
        var duties = duties(assembly);
        var sessions = programme.sessions(actor, assembly);
        return team.members(actor, assembly).stream()
                .filter(m -> m.role() != org.minipublic.app.identity.AssemblyRole.MEMBER)
                .sorted(Comparator.comparing((org.minipublic.app.identity.TeamMember m) -> m.role())
                        .thenComparing(m -> m.displayName(), String.CASE_INSENSITIVE_ORDER))
                .map(m -> new TeamDuty(
                        m.userId(),
                        m.displayName(),
                        m.role(),
                        duties.getOrDefault(m.userId(), ""),
                        sessions.stream()
                                .filter(s -> m.userId().equals(s.lead()))
                                .toList()))
                .toList();
    }

    /**
     * Writes what a team member is responsible for; empty text clears it.
     *
     * @throws InvalidInputException when the text is too long or the person is not on the team
     */
    @Transactional
    public void write(Actor actor, AssemblyId assembly, UserId user, String duties) {
        identity.require(actor, assembly, Permission.MANAGE_PROGRAMME);
        String text = duties.strip();
        if (text.length() > DUTIES_LIMIT) {
            throw new InvalidInputException("duties", "programme.roles.duties.too-long", DUTIES_LIMIT);
        }
        if (identity.roleIn(user, assembly).isEmpty()) {
            throw new InvalidInputException("duties", "programme.roles.not-on-team");
        }
        jdbc.sql("delete from programme.responsibilities where assembly_id = :a and user_id = :u")
                .param("a", assembly.value())
                .param("u", user.value())
                .update();
        if (!text.isEmpty()) {
            jdbc.sql(
                            """
                    insert into programme.responsibilities (assembly_id, user_id, duties, updated_at)
                    values (:a, :u, :duties, :at)
                    """)
                    .param("a", assembly.value())
                    .param("u", user.value())
                    .param("duties", text)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(AuditRecord.of(actor, assembly, "programme.duties-written", AuditRecord.userSubject(user)));
    }

    private Map<UserId, String> duties(AssemblyId assembly) {
        Map<UserId, String> duties = new HashMap<>();
        jdbc.sql("select user_id, duties from programme.responsibilities where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    duties.put(new UserId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return duties;
    }
}
