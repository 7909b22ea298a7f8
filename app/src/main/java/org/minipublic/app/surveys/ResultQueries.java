package org.minipublic.app.surveys;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts answers in the database, a handful of grouped queries per survey whatever its size: the results of 10,000
 * responses to 20 questions come from four queries, not from loading 200,000 answers.
 */
@Repository
class ResultQueries {

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SurveyResults results(Survey survey, int responses, String language) {
        Double rate = survey.expected() == null ? null : 100.0 * responses / survey.expected();
        return new SurveyResults(survey, responses, rate, figures(survey.questions(), language));
    }

    /** One question's figures. */
    QuestionResult question(Survey survey, Question question, String language) {
        return figures(List.of(question), language).get(0);
    }

    private List<QuestionResult> figures(List<Question> questions, String language) {
        var ids = questions.stream().map(q -> q.id().value()).toList();
        var answered = answered(ids);
        var choices = choiceCounts(ids);
        var stats = numberStats(questions);
        var texts = latestTexts(questions);
        var results = new ArrayList<QuestionResult>();
        for (var question : questions) {
            var id = question.id().value();
            int count = answered.getOrDefault(id, 0);
            var stat = stats.get(id);
            results.add(new QuestionResult(
                    question,
                    count,
                    counts(question, choices.getOrDefault(id, Map.of()), count, language),
                    question.kind() == QuestionKind.SCALE ? scaleMean(choices.getOrDefault(id, Map.of())) : mean(stat),
                    stat == null ? null : stat.min(),
                    stat == null ? null : stat.max(),
                    stat == null ? null : stat.first(),
                    stat == null ? null : stat.last(),
                    texts.getOrDefault(id, List.of())));
        }
        return results;
    }

    /** How the answers to {@code counted} split by the answers to {@code by}, both choice questions. */
    CrossTab crossTab(Question by, Question counted, String language) {
        var cells = new HashMap<Integer, Map<Integer, Integer>>();
        jdbc.sql(
                        """
                select x.choice, y.choice, count(*) from surveys.answers x
                join surveys.answers y on y.response_id = x.response_id
                where x.question_id = :by and y.question_id = :counted
                  and x.choice is not null and y.choice is not null
                group by 1, 2
                """)
                .param("by", by.id().value())
                .param("counted", counted.id().value())
                .query((rs, n) -> cells.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                        .put(rs.getInt(2), rs.getInt(3)))
                .list();
        var respondents = new HashMap<Integer, Integer>();
        jdbc.sql(
                        """
                select x.choice, count(distinct x.response_id) from surveys.answers x
                where x.question_id = :by and x.choice is not null
                  and exists (select 1 from surveys.answers y where y.response_id = x.response_id
                              and y.question_id = :counted)
                group by 1
                """)
                .param("by", by.id().value())
                .param("counted", counted.id().value())
                .query((rs, n) -> respondents.put(rs.getInt(1), rs.getInt(2)))
                .list();
        var columns = new ArrayList<String>();
        for (int c = 1; c <= counted.choiceCount(); c++) {
            columns.add(counted.text(language).choice(c));
        }
        var rows = new ArrayList<CrossTab.Row>();
        for (int r = 1; r <= by.choiceCount(); r++) {
            var row = cells.getOrDefault(r, Map.of());
            var counts = new ArrayList<Integer>();
            for (int c = 1; c <= counted.choiceCount(); c++) {
                counts.add(row.getOrDefault(c, 0));
            }
            rows.add(new CrossTab.Row(
                    by.text(language).choice(r),
                    counts,
                    respondents.getOrDefault(r, 0),
                    counted.kind() == QuestionKind.SCALE ? scaleMean(row) : null));
        }
        return new CrossTab(by, counted, columns, rows);
    }

    /** The mean scale point of each scale question of the survey, by question id. */
    Map<UUID, Double> scaleMeans(Survey survey) {
        var choices = choiceCounts(
                survey.questions().stream().map(q -> q.id().value()).toList());
        var means = new HashMap<UUID, Double>();
        for (var question : survey.questions()) {
            var mean = scaleMean(choices.getOrDefault(question.id().value(), Map.of()));
            if (question.kind() == QuestionKind.SCALE && mean != null) {
                means.put(question.id().value(), mean);
            }
        }
        return means;
    }

    private record Stat(
            @Nullable BigDecimal mean,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Nullable LocalDate first,
            @Nullable LocalDate last) {}

    private Map<UUID, Integer> answered(List<UUID> questions) {
        var answered = new HashMap<UUID, Integer>();
        if (questions.isEmpty()) {
            return answered;
        }
        jdbc.sql(
                        """
                select a.question_id, count(distinct a.response_id) from surveys.answers a
                where a.question_id in (:q)
                group by 1
                """)
                .param("q", questions)
                .query((rs, n) -> answered.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return answered;
    }

    private Map<UUID, Map<Integer, Integer>> choiceCounts(List<UUID> questions) {
        var counts = new HashMap<UUID, Map<Integer, Integer>>();
        if (questions.isEmpty()) {
            return counts;
        }
        jdbc.sql(
                        """
                select a.question_id, a.choice, count(*) from surveys.answers a
                where a.question_id in (:q) and a.choice is not null
                group by 1, 2
                """)
                .param("q", questions)
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getInt(2), rs.getInt(3)))
                .list();
        return counts;
    }

    private Map<UUID, Stat> numberStats(List<Question> questions) {
        var stats = new HashMap<UUID, Stat>();
        var ids = of(questions, QuestionKind.NUMBER, QuestionKind.DATE);
        if (ids.isEmpty()) {
            return stats;
        }
        jdbc.sql(
                        """
                select a.question_id, avg(a.number), min(a.number), max(a.number), min(a.day), max(a.day)
                from surveys.answers a
                where a.question_id in (:q)
                group by 1
                """)
                .param("q", ids)
                .query((rs, n) -> stats.put(
                        rs.getObject(1, UUID.class),
                        new Stat(
                                rs.getBigDecimal(2),
                                rs.getBigDecimal(3),
                                rs.getBigDecimal(4),
                                day(rs.getDate(5)),
                                day(rs.getDate(6)))))
                .list();
        return stats;
    }

    private Map<UUID, List<String>> latestTexts(List<Question> questions) {
        var texts = new HashMap<UUID, List<String>>();
        var ids = of(questions, QuestionKind.TEXT);
        if (ids.isEmpty()) {
            return texts;
        }
        jdbc.sql(
                        """
                select question_id, text from (
                    select a.question_id, a.text,
                           row_number() over (partition by a.question_id order by r.submitted_at desc, r.id) as n
                    from surveys.answers a join surveys.responses r on r.id = a.response_id
                    where a.question_id in (:q)
                ) latest where n <= :shown order by question_id, n
                """)
                .param("q", ids)
                .param("shown", SurveyResults.TEXTS_SHOWN)
                .query((rs, n) -> texts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return texts;
    }

    private static List<UUID> of(List<Question> questions, QuestionKind... kinds) {
        var wanted = List.of(kinds);
        return questions.stream()
                .filter(q -> wanted.contains(q.kind()))
                .map(q -> q.id().value())
                .toList();
    }

    private static List<QuestionResult.ChoiceCount> counts(
            Question question, Map<Integer, Integer> counts, int answered, String language) {
        var list = new ArrayList<QuestionResult.ChoiceCount>();
        var text = question.text(language);
        for (int c = 1; c <= question.choiceCount(); c++) {
            int count = counts.getOrDefault(c, 0);
            list.add(new QuestionResult.ChoiceCount(
                    c, text.choice(c), count, answered == 0 ? 0 : 100.0 * count / answered));
        }
        return list;
    }

    private static @Nullable Double scaleMean(Map<Integer, Integer> counts) {
        long total = 0;
        long sum = 0;
        for (var entry : counts.entrySet()) {
            total += entry.getValue();
            sum += (long) entry.getKey() * entry.getValue();
        }
        return total == 0 ? null : (double) sum / total;
    }

    private static @Nullable Double mean(@Nullable Stat stat) {
        return stat == null || stat.mean() == null ? null : stat.mean().doubleValue();
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
