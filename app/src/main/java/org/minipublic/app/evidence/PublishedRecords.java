package org.minipublic.app.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the published versions readers see: per material, the published version in the reader's language when there
 * is one, else the published version in the original language.
 */
@Repository
class PublishedRecords {

    /** The chosen published version of each material; {@code :language} is the reader's. */
    private static final String CHOSEN =
            """
            from evidence.materials m
            join evidence.published_versions p on p.material_id = m.id
            join evidence.versions v on v.material_id = p.material_id and v.language = p.language and v.number = p.number
            where m.assembly_id = :assembly and (m.is_public or not :onlyPublic)
              and p.language = case when exists (select 1 from evidence.published_versions t
                  where t.material_id = m.id and t.language = :language) then :language else m.language end
            """;

    private final JdbcClient jdbc;

    PublishedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishedMaterial> all(AssemblyId assembly, String language, boolean onlyPublic) {
        return jdbc.sql("select m.id, m.topic, m.perspective, m.session_id, v.language, v.title, v.file_name,"
                        + " v.media_type, v.body " + CHOSEN + " order by lower(v.title), m.id")
                .param("assembly", assembly.value())
                .param("language", language)
                .param("onlyPublic", onlyPublic)
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<PublishedMaterial> find(AssemblyId assembly, MaterialId id, String language, boolean onlyPublic) {
        return jdbc.sql("select m.id, m.topic, m.perspective, m.session_id, v.language, v.title, v.file_name,"
                        + " v.media_type, v.body " + CHOSEN + " and m.id = :id")
                .param("assembly", assembly.value())
                .param("id", id.value())
                .param("language", language)
                .param("onlyPublic", onlyPublic)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<MaterialFile> file(AssemblyId assembly, MaterialId id, String language, boolean onlyPublic) {
        return jdbc.sql("select v.file_name, v.media_type, v.content " + CHOSEN
                        + " and m.id = :id and v.file_name is not null")
                .param("assembly", assembly.value())
                .param("id", id.value())
                .param("language", language)
                .param("onlyPublic", onlyPublic)
                .query((rs, row) -> new MaterialFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private static PublishedMaterial map(ResultSet rs) throws SQLException {
        var session = rs.getObject("session_id", UUID.class);
        var fileName = rs.getString("file_name");
        var mediaType = rs.getString("media_type");
        return new PublishedMaterial(
                new MaterialId(rs.getObject("id", UUID.class)),
                rs.getString("title"),
                rs.getString("topic"),
                Perspective.valueOf(rs.getString("perspective")),
                session == null ? null : new SessionId(session),
                rs.getString("language"),
                fileName != null,
                fileName == null ? "" : fileName,
                mediaType == null ? "" : mediaType,
                rs.getString("body"));
    }
}
