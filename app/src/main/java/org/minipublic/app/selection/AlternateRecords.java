package org.minipublic.app.selection;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.recruitment.RespondentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each first draw's choices of alternates, numbered in the order made, with the stay rates each used. */
@Repository
class AlternateRecords {

    private final JdbcClient jdbc;

    AlternateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number the draw's next choice takes. */
    int nextNumber(DrawId draw) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from selection.alternate_choices where draw_id = :d")
                .param("d", draw.value())
                .query(Integer.class)
                .single();
    }

    /** Keeps the choice beside the draw's earlier ones. */
    void save(AlternatesChoice choice) {
        var rates = choice.rates();
        jdbc.sql(
                        """
                insert into selection.alternate_choices (draw_id, number, chosen_at, chosen_by, budget, scenarios,
                        category, panel_members, withdrawn, expected_deviation, reserve_list_deviation,
                        without_alternates, optimal)
                values (:d, :number, :at, :by, :budget, :scenarios, :category, :members, :withdrawn, :ours, :reserve,
                        :none, :optimal)
                """)
                .param("d", choice.draw().value())
                .param("number", choice.number())
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
        insertRates(choice);
        insertAlternates(choice);
    }

    private void insertRates(AlternatesChoice choice) {
        var rows = choice.rates().rows();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            jdbc.sql(
                            """
                    insert into selection.alternate_rates (draw_id, number, position, value, members, stayed, rate)
                    values (:d, :number, :position, :value, :members, :stayed, :rate)
                    """)
                    .param("d", choice.draw().value())
                    .param("number", choice.number())
                    .param("position", i)
                    .param("value", row.value())
                    .param("members", row.members())
                    .param("stayed", row.stayed())
                    .param("rate", row.rate())
                    .update();
        }
    }

    private void insertAlternates(AlternatesChoice choice) {
        var alternates = choice.alternates();
        for (int i = 0; i < alternates.size(); i++) {
            jdbc.sql(
                            """
                    insert into selection.alternates (draw_id, number, rank, respondent_id)
                    values (:d, :number, :rank, :r)
                    """)
                    .param("d", choice.draw().value())
                    .param("number", choice.number())
                    .param("rank", i + 1)
                    .param("r", alternates.get(i).value())
                    .update();
        }
    }

    /** The draw's newest choice, read alone. */
    Optional<AlternatesChoice> find(DrawId draw) {
        return choices(draw, NEWEST).stream().findFirst();
    }

    /** Every choice made for the draw, oldest first (a handful at most, so read whole). */
    List<AlternatesChoice> all(DrawId draw) {
        return choices(draw, "");
    }

    /** Narrows each read to the draw's newest choice; a constant, never input. */
    private static final String NEWEST =
            " and number = (select max(number) from selection.alternate_choices where draw_id = :d)";

    private List<AlternatesChoice> choices(DrawId draw, String which) {
        var rates = rates(draw, which);
        var alternates = alternates(draw, which);
        return jdbc.sql(
                        """
                select number, chosen_at, chosen_by, budget, scenarios, category, panel_members, withdrawn,
                       expected_deviation, reserve_list_deviation, without_alternates, optimal
                from selection.alternate_choices where draw_id = :d"""
                                + which + " order by number")
                .param("d", draw.value())
                .query((rs, n) -> new AlternatesChoice(
                        draw,
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        new StayRateEstimate(
                                rs.getString(6),
                                rs.getInt(7),
                                rs.getInt(8),
                                rates.getOrDefault(rs.getInt(1), List.of())),
                        alternates.getOrDefault(rs.getInt(1), List.of()),
                        rs.getDouble(9),
                        rs.getDouble(10),
                        rs.getDouble(11),
                        rs.getBoolean(12)))
                .list();
    }

    /** The stay rates each choice used, by choice number. */
    private Map<Integer, List<StayRateEstimate.Row>> rates(DrawId draw, String which) {
        Map<Integer, List<StayRateEstimate.Row>> rates = new HashMap<>();
        jdbc.sql("select number, value, members, stayed, rate from selection.alternate_rates where draw_id = :d" + which
                        + " order by number, position")
                .param("d", draw.value())
                .query(rs -> {
                    rates.computeIfAbsent(rs.getInt(1), n -> new ArrayList<>())
                            .add(new StayRateEstimate.Row(
                                    rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5)));
                });
        return rates;
    }

    /** Each choice's alternates in order, by choice number. */
    private Map<Integer, List<RespondentId>> alternates(DrawId draw, String which) {
        Map<Integer, List<RespondentId>> alternates = new HashMap<>();
        jdbc.sql("select number, respondent_id from selection.alternates where draw_id = :d" + which
                        + " order by number, rank")
                .param("d", draw.value())
                .query(rs -> {
                    alternates
                            .computeIfAbsent(rs.getInt(1), n -> new ArrayList<>())
                            .add(new RespondentId(rs.getObject(2, UUID.class)));
                });
        return alternates;
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
