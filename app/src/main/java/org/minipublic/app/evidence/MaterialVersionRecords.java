package org.minipublic.app.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores every version of every material, per language, in {@code evidence.versions}. */
@Repository
class MaterialVersionRecords {

    private static final String INFO =
            """
            select v.language, v.number, v.title, v.file_name, v.media_type,
                coalesce(octet_length(v.content), length(v.body)) as size, v.created_at, p.number is not null as published
            from evidence.versions v
            left join evidence.published_versions p
                on p.material_id = v.material_id and p.language = v.language and p.number = v.number
            """;

    private final JdbcClient jdbc;

    MaterialVersionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the next version of the material in this language and returns its number. */
    int insert(MaterialId id, String language, MaterialRules.Checked version, @Nullable UserId by, Instant at) {
        var type = version.type();
        return jdbc.sql(
                        """
                insert into evidence.versions (material_id, language, number, title, file_name, media_type, content,
                    body, created_by, created_at)
                select :id, :language, coalesce(max(number), 0) + 1, :title, :fileName, :mediaType, :content, :body,
                    :by, :at
                from evidence.versions where material_id = :id and language = :language
                returning number
                """)
                .param("id", id.value())
                .param("language", language)
                .param("title", version.title())
                .param("fileName", version.fileName(), java.sql.Types.VARCHAR)
                .param("mediaType", type == null ? null : type.mediaType(), java.sql.Types.VARCHAR)
                .param("content", type == null ? null : version.content(), java.sql.Types.BINARY)
                .param("body", version.body())
                .param("by", by == null ? null : by.value(), java.sql.Types.OTHER)
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .single();
    }

    /** The material's versions, original language first, then by language, newest first within each. */
    List<VersionInfo> all(MaterialId id, String original) {
        return jdbc.sql(INFO + " where v.material_id = :id order by v.language <> :original, v.language, v.number desc")
                .param("id", id.value())
                .param("original", original)
                .query((rs, row) -> info(rs))
                .list();
    }

    Optional<VersionContent> find(MaterialId id, String language, int number) {
        return jdbc.sql(INFO.replace("select ", "select v.content, v.body, ")
                        + " where v.material_id = :id and v.language = :language and v.number = :number")
                .param("id", id.value())
                .param("language", language)
                .param("number", number)
                .query((rs, row) -> {
                    byte[] content = rs.getBytes("content");
                    return new VersionContent(info(rs), content == null ? new byte[0] : content, rs.getString("body"));
                })
                .optional();
    }

    /** Each material's newest title in its original language. */
    Map<MaterialId, String> titles(AssemblyId assembly) {
        Map<MaterialId, String> titles = new HashMap<>();
        jdbc.sql(
                        """
                select distinct on (v.material_id) v.material_id, v.title
                from evidence.versions v join evidence.materials m on m.id = v.material_id and m.language = v.language
                where m.assembly_id = :assembly order by v.material_id, v.number desc
                """)
                .param("assembly", assembly.value())
                .query(rs -> {
                    titles.put(new MaterialId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return titles;
    }

    /** The languages each material has versions in, in tag order. */
    Map<MaterialId, List<String>> languages(AssemblyId assembly) {
        Map<MaterialId, List<String>> languages = new HashMap<>();
        jdbc.sql(
                        """
                select distinct v.material_id, v.language from evidence.versions v
                join evidence.materials m on m.id = v.material_id where m.assembly_id = :assembly
                order by v.material_id, v.language
                """)
                .param("assembly", assembly.value())
                .query(rs -> {
                    languages
                            .computeIfAbsent(new MaterialId(rs.getObject(1, UUID.class)), m -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return languages;
    }

    private static VersionInfo info(ResultSet rs) throws SQLException {
        return new VersionInfo(
                rs.getString("language"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getInt("size"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("published"));
    }
}
