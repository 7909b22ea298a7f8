package org.minipublic.app.accountability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores verdict rounds, who has given their verdict, and the counts of each score. Who gave and what they gave are
 * stored apart, and a score only adds one to a count, so that no stored row ties a member to a score.
 */
@Repository
class VerdictRecords {

    private final JdbcClient jdbc;

    VerdictRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round, if the assembly has one. */
    Optional<VerdictRound> round(AssemblyId assembly) {
        return jdbc.sql(
                        """
                        select status = 'OPEN' as open, published,
                               (select count(*) from accountability.verdict_givers g where g.assembly_id = r.assembly_id)
                                   as turnout
                        from accountability.verdict_rounds r where assembly_id = :a
                        """)
                .param("a", assembly.value())
                .query((rs, row) ->
                        new VerdictRound(rs.getBoolean("open"), rs.getBoolean("published"), rs.getInt("turnout")))
                .optional();
    }

    /**
     * Whether the round is open, holding it so until the transaction ends: a verdict being stored finishes before the
     * round can close.
     */
    boolean lockOpen(AssemblyId assembly) {
        return jdbc.sql("select status = 'OPEN' from accountability.verdict_rounds where assembly_id = :a for share")
                .param("a", assembly.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** @return false when the assembly already has a round */
    boolean open(AssemblyId assembly) {
        return jdbc.sql(
                                """
                        insert into accountability.verdict_rounds (assembly_id, status) values (:a, 'OPEN')
                        on conflict do nothing
                        """)
                        .param("a", assembly.value())
                        .update()
                == 1;
    }

    /** @return false unless the round was open */
    boolean close(AssemblyId assembly) {
        return jdbc.sql(
                                """
                        update accountability.verdict_rounds set status = 'CLOSED'
                        where assembly_id = :a and status = 'OPEN'
                        """)
                        .param("a", assembly.value())
                        .update()
                == 1;
    }

    /** @return false unless the round is closed */
    boolean publish(AssemblyId assembly, boolean published) {
        return jdbc.sql(
                                """
                        update accountability.verdict_rounds set published = :p
                        where assembly_id = :a and status = 'CLOSED'
                        """)
                        .param("a", assembly.value())
                        .param("p", published)
                        .update()
                == 1;
    }

    /** Notes that the member has given their verdict; false when they had already. */
    boolean markGiven(AssemblyId assembly, MemberId member) {
        return jdbc.sql(
                                """
                        insert into accountability.verdict_givers (assembly_id, member_id) values (:a, :m)
                        on conflict do nothing
                        """)
                        .param("a", assembly.value())
                        .param("m", member.value())
                        .update()
                == 1;
    }

    boolean given(AssemblyId assembly, MemberId member) {
        return jdbc.sql("select exists (select 1 from accountability.verdict_givers where assembly_id = :a"
                        + " and member_id = :m)")
                .param("a", assembly.value())
                .param("m", member.value())
                .query(Boolean.class)
                .single();
    }

    /** Adds one to the count of this choice for this response. */
    void count(RecommendationId recommendation, VerdictChoice choice) {
        Integer score = choice.score();
        jdbc.sql(
                        """
                        insert into accountability.verdict_counts (recommendation_id, score, members)
                        values (:r, :s, 1)
                        on conflict (recommendation_id, coalesce(score, -1))
                        do update set members = accountability.verdict_counts.members + 1
                        """)
                .param("r", recommendation.value())
                .param("s", score == null ? null : score.shortValue(), java.sql.Types.SMALLINT)
                .update();
    }

    /** The figures of every response of the assembly that has counts. */
    Map<RecommendationId, VerdictFigures> figures(AssemblyId assembly) {
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql(
                        """
                        select c.recommendation_id, c.score, c.members
                        from accountability.verdict_counts c
                        join accountability.recommendations r on r.id = c.recommendation_id
                        where r.assembly_id = :a
                        """)
                .param("a", assembly.value())
                .query(rs -> {
                    int[] row = counts.computeIfAbsent(
                            rs.getObject("recommendation_id", UUID.class), k -> new int[VerdictFigures.TOP + 2]);
                    @Nullable Object score = rs.getObject("score");
                    row[score == null ? VerdictFigures.TOP + 1 : ((Number) score).intValue()] = rs.getInt("members");
                });
        Map<RecommendationId, VerdictFigures> figures = new HashMap<>();
        counts.forEach((id, row) -> figures.put(new RecommendationId(id), figures(row)));
        return figures;
    }

    private static VerdictFigures figures(int[] row) {
        List<Integer> distribution = new ArrayList<>();
        for (int score = 0; score <= VerdictFigures.TOP; score++) {
            distribution.add(row[score]);
        }
        return new VerdictFigures(distribution, row[VerdictFigures.TOP + 1]);
    }
}
