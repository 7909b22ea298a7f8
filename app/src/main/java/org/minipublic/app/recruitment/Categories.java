package org.minipublic.app.recruitment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each assembly's categories in {@code recruitment.categories}, in the order the form asks them. */
@Repository
class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, name, kind, options, age_bounds from recruitment.categories
                where assembly_id = :a order by position
                """)
                .param("a", assembly.value())
                .query((rs, n) -> category(rs))
                .list();
    }

    void insert(AssemblyId assembly, Category category) {
        jdbc.sql(
                        """
                insert into recruitment.categories (id, assembly_id, position, name, kind, options, age_bounds)
                select :id, :a, coalesce(max(position) + 1, 0), :name, :kind, :options, :bounds
                from recruitment.categories where assembly_id = :a
                """)
                .param("id", category.id().value())
                .param("a", assembly.value())
                .param("name", category.name())
                .param("kind", category.kind().name())
                .param("options", category.options().toArray(String[]::new))
                .param("bounds", category.ageBounds().toArray(Integer[]::new))
                .update();
    }

    boolean delete(AssemblyId assembly, CategoryId id) {
        return jdbc.sql("delete from recruitment.categories where assembly_id = :a and id = :id")
                        .param("a", assembly.value())
                        .param("id", id.value())
                        .update()
                > 0;
    }

    boolean nameTaken(AssemblyId assembly, String name) {
        return jdbc.sql(
                                "select count(*) from recruitment.categories where assembly_id = :a and lower(name) = lower(:n)")
                        .param("a", assembly.value())
                        .param("n", name.strip())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(
                new CategoryId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                Category.Kind.valueOf(rs.getString("kind")),
                List.of((String[]) array(rs.getArray("options"))),
                Arrays.stream((Integer[]) array(rs.getArray("age_bounds"))).toList());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
