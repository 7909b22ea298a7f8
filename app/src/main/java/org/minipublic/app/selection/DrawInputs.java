package org.minipublic.app.selection;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each finished draw's input files in {@code selection.draw_inputs}, written once and never changed. */
@Repository
class DrawInputs {

    private final JdbcClient jdbc;

    DrawInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DrawId draw, VerificationFiles files) {
        jdbc.sql("insert into selection.draw_inputs (draw_id, targets_csv, people_csv) values (:d, :t, :p)")
                .param("d", draw.value())
                .param("t", files.targetsCsv())
                .param("p", files.peopleCsv())
                .update();
    }

    Optional<VerificationFiles> find(DrawId draw) {
        return jdbc.sql("select targets_csv, people_csv from selection.draw_inputs where draw_id = :d")
                .param("d", draw.value())
                .query((rs, n) -> new VerificationFiles(rs.getString(1), rs.getString(2)))
                .optional();
    }

    boolean exists(DrawId draw) {
        return jdbc.sql("select count(*) from selection.draw_inputs where draw_id = :d")
                        .param("d", draw.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
