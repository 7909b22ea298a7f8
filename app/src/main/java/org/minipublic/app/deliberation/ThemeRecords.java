package org.minipublic.app.deliberation;

import java.util.List;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores themes in {@code deliberation.themes}. */
@Repository
class ThemeRecords {

    private final JdbcClient jdbc;

    ThemeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a theme at the end; false when the assembly has one of that name. */
    boolean insert(ThemeId id, AssemblyId assembly, String name) {
        try {
            jdbc.sql(
                            """
                    insert into deliberation.themes (id, assembly_id, name, position)
                    values (:id, :a, :name,
                            (select coalesce(max(position), 0) + 1 from deliberation.themes where assembly_id = :a))
                    """)
                    .param("id", id.value())
                    .param("a", assembly.value())
                    .param("name", name)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    List<Theme> all(AssemblyId assembly) {
        return jdbc.sql("select id, name, position from deliberation.themes where assembly_id = :a order by position")
                .param("a", assembly.value())
                .query((rs, row) -> new Theme(new ThemeId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** Removes a theme no draft uses; false when a draft uses it (or there is none). */
    boolean deleteUnused(AssemblyId assembly, ThemeId id) {
        return jdbc.sql(
                                """
                delete from deliberation.themes t where t.id = :id and t.assembly_id = :a
                and not exists (select 1 from deliberation.drafts d where d.theme_id = t.id)
                """)
                        .param("id", id.value())
                        .param("a", assembly.value())
                        .update()
                > 0;
    }
}
