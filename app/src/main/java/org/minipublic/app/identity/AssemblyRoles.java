package org.minipublic.app.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.assembly_roles} table: at most one role per user and assembly. */
@Repository
class AssemblyRoles {

    private final JdbcClient jdbc;

    AssemblyRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the user's role in the assembly, replacing any role they had there. */
    void put(UserId user, AssemblyId assembly, AssemblyRole role, Instant at) {
        jdbc.sql(
                        """
                insert into identity.assembly_roles (user_id, assembly_id, role, granted_at)
                values (:user, :assembly, :role, :at)
                on conflict (user_id, assembly_id) do update set role = excluded.role, granted_at = excluded.granted_at
                """)
                .param("user", user.value())
                .param("assembly", assembly.value())
                .param("role", role.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean remove(UserId user, AssemblyId assembly) {
        return jdbc.sql("delete from identity.assembly_roles where user_id = :user and assembly_id = :assembly")
                        .param("user", user.value())
                        .param("assembly", assembly.value())
                        .update()
                > 0;
    }

    Optional<AssemblyRole> roleOf(UserId user, AssemblyId assembly) {
        return jdbc.sql("select role from identity.assembly_roles where user_id = :user and assembly_id = :assembly")
                .param("user", user.value())
                .param("assembly", assembly.value())
                .query((rs, row) -> AssemblyRole.valueOf(rs.getString(1)))
                .optional();
    }

    Map<AssemblyId, AssemblyRole> rolesOf(UserId user) {
        Map<AssemblyId, AssemblyRole> roles = new java.util.LinkedHashMap<>();
        jdbc.sql("select assembly_id, role from identity.assembly_roles where user_id = :user")
                .param("user", user.value())
                .query(rs -> {
                    roles.put(new AssemblyId(rs.getObject(1, UUID.class)), AssemblyRole.valueOf(rs.getString(2)));
                });
        return roles;
    }

    boolean holdsAnywhere(UserId user, AssemblyRole role) {
        return jdbc.sql("select exists (select 1 from identity.assembly_roles where user_id = :user and role = :role)")
                .param("user", user.value())
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    List<TeamMember> team(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select u.id, u.display_name, u.email, r.role, u.enabled
                from identity.assembly_roles r join identity.users u on u.id = r.user_id
                where r.assembly_id = :assembly
                order by r.role, lower(u.display_name)
                """)
                .param("assembly", assembly.value())
                .query((rs, row) -> new TeamMember(
                        new UserId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        rs.getString(3),
                        AssemblyRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5)))
                .list();
    }

    Map<AssemblyRole, Integer> counts(AssemblyId assembly) {
        Map<AssemblyRole, Integer> counts = new EnumMap<>(AssemblyRole.class);
        jdbc.sql("select role, count(*) from identity.assembly_roles where assembly_id = :assembly group by role")
                .param("assembly", assembly.value())
                .query(rs -> {
                    counts.put(AssemblyRole.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }
}
