package org.minipublic.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** The {@code identity.invitations} table. */
@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, @Nullable UserId invitedBy) {
        jdbc.sql(
                        """
                insert into identity.invitations
                    (id, assembly_id, email, role, token_hash, invited_by, created_at, expires_at)
                values (:id, :assembly, :email, :role, :hash, :by, :created, :expires)
                """)
                .param("id", invitation.id().value())
                .param("assembly", invitation.assemblyId().value())
                .param("email", invitation.email())
                .param("role", invitation.role().name())
                .param("hash", invitation.tokenHash())
                .param("by", invitedBy == null ? null : invitedBy.value())
                .param("created", Timestamp.from(invitation.createdAt()))
                .param("expires", Timestamp.from(invitation.expiresAt()))
                .update();
    }

    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from identity.invitations where token_hash = :hash")
                .param("hash", tokenHash)
                .query(Invitations::map)
                .optional();
    }

    Optional<Invitation> findById(InvitationId id) {
        return jdbc.sql("select * from identity.invitations where id = :id")
                .param("id", id.value())
                .query(Invitations::map)
                .optional();
    }

    List<Invitation> open(AssemblyId assembly, Instant now) {
        return jdbc.sql(
                        """
                select * from identity.invitations
                where assembly_id = :assembly and accepted_at is null and revoked_at is null and expires_at > :now
                order by created_at
                """)
                .param("assembly", assembly.value())
                .param("now", Timestamp.from(now))
                .query(Invitations::map)
                .list();
    }

    void markAccepted(InvitationId id, Instant at) {
        mark("accepted_at", id, at);
    }

    void markRevoked(InvitationId id, Instant at) {
        mark("revoked_at", id, at);
    }

    /** Revokes every open invitation of this address to this assembly, so that only the newest link works. */
    void revokeOpen(AssemblyId assembly, String email, Instant at) {
        jdbc.sql(
                        """
                update identity.invitations set revoked_at = :at
                where assembly_id = :assembly and lower(email) = lower(:email)
                  and accepted_at is null and revoked_at is null
                """)
                .param("at", Timestamp.from(at))
                .param("assembly", assembly.value())
                .param("email", email)
                .update();
    }

    private void mark(String column, InvitationId id, Instant at) {
        jdbc.sql("update identity.invitations set " + column + " = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Invitation(
                new InvitationId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                rs.getString("email"),
                AssemblyRole.valueOf(rs.getString("role")),
                rs.getString("token_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
