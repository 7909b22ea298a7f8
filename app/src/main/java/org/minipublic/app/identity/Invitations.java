package org.minipublic.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    private static final String OPEN = "accepted_at is null and revoked_at is null and declined_at is null";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, @Nullable UserId invitedBy) {
        jdbc.sql(
                        """
                insert into identity.invitations
                    (id, assembly_id, email, role, language, invited_by, created_at, expires_at)
                values (:id, :assembly, :email, :role, :language, :by, :created, :expires)
                """)
                .param("id", invitation.id().value())
                .param("assembly", invitation.assemblyId().value())
                .param("email", invitation.email())
                .param("role", invitation.role().name())
                .param("language", invitation.language().toLanguageTag())
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
        return jdbc.sql("select * from identity.invitations where assembly_id = :assembly and " + OPEN
                        + " and expires_at > :now order by created_at")
                .param("assembly", assembly.value())
                .param("now", Timestamp.from(now))
                .query(Invitations::map)
                .list();
    }

    /** Open invitations addressed to this e-mail address, in any assembly. */
    List<Invitation> openTo(String email, Instant now) {
        return jdbc.sql("select * from identity.invitations where lower(email) = lower(:email) and " + OPEN
                        + " and expires_at > :now order by created_at")
                .param("email", email)
                .param("now", Timestamp.from(now))
                .query(Invitations::map)
                .list();
    }

    /** Replaces the link's token hash, so that only the newest link e-mailed for this invitation works. */
    void setTokenHash(InvitationId id, String tokenHash) {
        jdbc.sql("update identity.invitations set token_hash = :hash where id = :id")
                .param("hash", tokenHash)
                .param("id", id.value())
                .update();
    }

    void markAccepted(InvitationId id, Instant at) {
        mark("accepted_at", id, at);
    }

    void markRevoked(InvitationId id, Instant at) {
        mark("revoked_at", id, at);
    }

    void markDeclined(InvitationId id, Instant at) {
        mark("declined_at", id, at);
    }

    /** Revokes every open invitation of this address to this assembly, so that only the newest one counts. */
    void revokeOpen(AssemblyId assembly, String email, Instant at) {
        jdbc.sql("update identity.invitations set revoked_at = :at"
                        + " where assembly_id = :assembly and lower(email) = lower(:email) and " + OPEN)
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
        return new Invitation(
                new InvitationId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                rs.getString("email"),
                AssemblyRole.valueOf(rs.getString("role")),
                Locale.forLanguageTag(rs.getString("language")),
                rs.getString("token_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("accepted_at")),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("declined_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
