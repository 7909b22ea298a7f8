package org.minipublic.app.selection;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.recruitment.RespondentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each first draw's latest choice of alternates, with the stay rates it used. */
@Repository
class AlternateRecords {

    private final JdbcClient jdbc;

    AlternateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the draw's earlier choice, if any. */
    void save(AlternatesChoice choice) {
        UUID draw = choice.draw().value();
        jdbc.sql("delete from selection.alternate_choices where draw_id = :d")
                .param("d", draw)
                .update();
        var rates = choice.rates();
        jdbc.sql(
                        """
                insert into selection.alternate_choices (draw_id, chosen_at, chosen_by, budget, scenarios, category,
                        panel_members, withdrawn, expected_deviation, reserve_list_deviation, without_alternates, optimal)
                values (:d, :at, :by, :budget, :scenarios, :category, :members, :withdrawn, :ours, :reserve, :none,
                        :optimal)
                """)
                .param("d", draw)
                .param("at", Timestamp.from(choice.chosenAt()))
                .param("by", choice.chosenBy())
                .param("budget", choice.budget())
                .param("scenarios", choice.scenarios())
                .param("category", rates.category())
                .param("members", rates.members())
                .param("withdrawn", rates.withdrawn())
                .param("ours", choice.expectedDeviation())
                .param("reserve", choice.reserveListDeviation())
                .param("none", choice.withoutAlternates())
                .param("optimal", choice.optimal())
                .update();
        insertRates(draw, rates);
        insertAlternates(draw, choice.alternates());
    }

    private void insertRates(UUID draw, StayRateEstimate rates) {
        for (int i = 0; i < rates.rows().size(); i++) {
            var row = rates.rows().get(i);
            jdbc.sql(
                            """
                    insert into selection.alternate_rates (draw_id, position, value, members, stayed, rate)
                    values (:d, :position, :value, :members, :stayed, :rate)
                    """)
                    .param("d", draw)
                    .param("position", i)
                    .param("value", row.value())
                    .param("members", row.members())
                    .param("stayed", row.stayed())
                    .param("rate", row.rate())
                    .update();
        }
    }

    private void insertAlternates(UUID draw, java.util.List<RespondentId> alternates) {
        for (int i = 0; i < alternates.size(); i++) {
            jdbc.sql("insert into selection.alternates (draw_id, rank, respondent_id) values (:d, :rank, :r)")
                    .param("d", draw)
                    .param("rank", i + 1)
                    .param("r", alternates.get(i).value())
                    .update();
        }
    }

    Optional<AlternatesChoice> find(DrawId draw) {
        var rows = jdbc.sql(
                        """
                select value, members, stayed, rate from selection.alternate_rates where draw_id = :d order by position
                """)
                .param("d", draw.value())
                .query((rs, n) ->
                        new StayRateEstimate.Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4)))
                .list();
        var alternates = jdbc.sql("select respondent_id from selection.alternates where draw_id = :d order by rank")
                .param("d", draw.value())
                .query((rs, n) -> new RespondentId(rs.getObject(1, UUID.class)))
                .list();
        return jdbc.sql(
                        """
                select chosen_at, chosen_by, budget, scenarios, category, panel_members, withdrawn, expected_deviation,
                       reserve_list_deviation, without_alternates, optimal
                from selection.alternate_choices where draw_id = :d
                """)
                .param("d", draw.value())
                .query((rs, n) -> new AlternatesChoice(
                        draw,
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        new StayRateEstimate(rs.getString(5), rs.getInt(6), rs.getInt(7), rows),
                        alternates,
                        rs.getDouble(8),
                        rs.getDouble(9),
                        rs.getDouble(10),
                        rs.getBoolean(11)))
                .optional();
    }

    /** Records that an alternate said no; false when it was recorded already. */
    boolean decline(DrawId draw, RespondentId respondent, java.time.Instant at, String by) {
        return jdbc.sql(
                                """
                        insert into selection.alternate_declines (draw_id, respondent_id, declined_at, declined_by)
                        values (:d, :r, :at, :by) on conflict do nothing
                        """)
                        .param("d", draw.value())
                        .param("r", respondent.value())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                > 0;
    }

    /** Takes back a recorded "no"; false when there was none. */
    boolean undoDecline(DrawId draw, RespondentId respondent) {
        return jdbc.sql("delete from selection.alternate_declines where draw_id = :d and respondent_id = :r")
                        .param("d", draw.value())
                        .param("r", respondent.value())
                        .update()
                > 0;
    }

    /** The alternates of a first draw who said no. */
    java.util.Set<RespondentId> declined(DrawId draw) {
        return java.util.Set.copyOf(
                jdbc.sql("select respondent_id from selection.alternate_declines where draw_id = :d")
                        .param("d", draw.value())
                        .query((rs, row) -> new RespondentId(rs.getObject(1, UUID.class)))
                        .list());
    }
}
