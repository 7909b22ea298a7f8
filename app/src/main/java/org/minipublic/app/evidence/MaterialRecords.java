package org.minipublic.app.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores materials in {@code evidence.materials} and which of their versions are published. */
@Repository
class MaterialRecords {

    private static final String COLUMNS = "id, topic, perspective, session_id, is_public, language, status, revision";

    private final JdbcClient jdbc;

    MaterialRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MaterialId id, AssemblyId assembly, MaterialDetails details, String language, Instant at) {
        var statement = jdbc.sql(
                        """
                insert into evidence.materials (id, assembly_id, topic, perspective, session_id, is_public, language,
                    status, created_at, updated_at)
                values (:id, :assembly, :topic, :perspective, :session, :public, :language, 'DRAFT', :at, :at)
                """)
                .param("id", id.value())
                .param("assembly", assembly.value())
                .param("language", language)
                .param("at", Timestamp.from(at));
        details(statement, details).update();
    }

    /** Saves the details unless the material changed since {@code revision}; false when it did (or is gone). */
    boolean update(AssemblyId assembly, MaterialId id, MaterialDetails details, int revision, Instant at) {
        return details(
                                jdbc.sql(
                                                """
                update evidence.materials
                set topic = :topic, perspective = :perspective, session_id = :session, is_public = :public,
                    revision = revision + 1, updated_at = :at
                where id = :id and assembly_id = :assembly and revision = :revision
                """)
                                        .param("id", id.value())
                                        .param("assembly", assembly.value())
                                        .param("revision", revision)
                                        .param("at", Timestamp.from(at)),
                                details)
                        .update()
                > 0;
    }

    void setStatus(MaterialId id, MaterialStatus status, Instant at) {
        jdbc.sql("update evidence.materials set status = :status, updated_at = :at where id = :id")
                .param("id", id.value())
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Moves the material on unless its status is no longer {@code from}; false when it is not. */
    boolean changeStatus(MaterialId id, MaterialStatus from, MaterialStatus to, Instant at) {
        return jdbc.sql(
                                "update evidence.materials set status = :to, updated_at = :at where id = :id and status = :from")
                        .param("id", id.value())
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Makes the newest version of each language the one readers see. */
    void publishNewest(MaterialId id) {
        jdbc.sql("delete from evidence.published_versions where material_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql(
                        """
                insert into evidence.published_versions (material_id, language, number)
                select material_id, language, max(number) from evidence.versions where material_id = :id
                group by material_id, language
                """)
                .param("id", id.value())
                .update();
    }

    /** The material's status, its row locked until the transaction ends (a new version or a publish waits). */
    Optional<MaterialStatus> lockStatus(AssemblyId assembly, MaterialId id) {
        return jdbc.sql("select status from evidence.materials where id = :id and assembly_id = :a for update")
                .param("id", id.value())
                .param("a", assembly.value())
                .query((rs, n) -> MaterialStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** Readers see no version of the material any more; false when they saw none. */
    boolean unpublish(MaterialId id) {
        return jdbc.sql("delete from evidence.published_versions where material_id = :id")
                        .param("id", id.value())
                        .update()
                > 0;
    }

    List<Material> all(AssemblyId assembly) {
        return jdbc.sql("select " + COLUMNS + " from evidence.materials where assembly_id = :assembly"
                        + " order by lower(topic), created_at, id")
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Material> find(AssemblyId assembly, MaterialId id) {
        return jdbc.sql("select " + COLUMNS + " from evidence.materials where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The assembly's materials that readers see a version of. */
    Set<MaterialId> publishedIds(AssemblyId assembly) {
        return new HashSet<>(jdbc.sql(
                        """
                select distinct m.id from evidence.materials m
                join evidence.published_versions p on p.material_id = m.id where m.assembly_id = :assembly
                """)
                .param("assembly", assembly.value())
                .query((rs, row) -> new MaterialId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** A removed session takes no materials with it: they stay, linked to no session. */
    void unlinkSession(SessionId session) {
        jdbc.sql("update evidence.materials set session_id = null where session_id = :s")
                .param("s", session.value())
                .update();
    }

    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec statement, MaterialDetails details) {
        var session = details.session();
        return statement
                .param("topic", details.topic())
                .param("perspective", details.perspective().name())
                .param("session", session == null ? null : session.value(), java.sql.Types.OTHER)
                .param("public", details.isPublic());
    }

    private static Material map(ResultSet rs) throws SQLException {
        var session = rs.getObject("session_id", UUID.class);
        return new Material(
                new MaterialId(rs.getObject("id", UUID.class)),
                new MaterialDetails(
                        rs.getString("topic"),
                        Perspective.valueOf(rs.getString("perspective")),
                        session == null ? null : new SessionId(session),
                        rs.getBoolean("is_public")),
                rs.getString("language"),
                MaterialStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"));
    }
}
