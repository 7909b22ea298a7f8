package org.minipublic.app.surveys;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores responses and their answers in {@code surveys.responses} and {@code surveys.answers}. */
@Repository
class ResponseRecords {

    /** One response to store: who answered is never recorded, only how and in which language. */
    record NewResponse(UUID id, Channel channel, String language, Instant at, List<Answer> answers) {}

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ResponseRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores the responses in batches (an import of thousands goes in a few round trips). */
    void insert(SurveyId survey, List<NewResponse> responses) {
        var rows = new ArrayList<Object[]>();
        for (var response : responses) {
            rows.add(new Object[] {
                response.id(),
                survey.value(),
                response.channel().name(),
                response.language(),
                Timestamp.from(response.at())
            });
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(
                    "insert into surveys.responses (id, survey_id, channel, language, submitted_at) values (?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        var answers = new ArrayList<Object[]>();
        for (var response : responses) {
            for (var answer : response.answers()) {
                answers.add(new Object[] {
                    response.id(),
                    answer.question().value(),
                    answer.choice(),
                    answer.number(),
                    answer.day() == null ? null : Date.valueOf(answer.day()),
                    answer.text()
                });
            }
        }
        int[] types = {Types.OTHER, Types.OTHER, Types.SMALLINT, Types.NUMERIC, Types.DATE, Types.VARCHAR};
        for (int from = 0; from < answers.size(); from += BATCH) {
            template.batchUpdate(
                    "insert into surveys.answers (response_id, question_id, choice, number, day, text)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    answers.subList(from, Math.min(answers.size(), from + BATCH)),
                    types);
        }
    }

    /** One stored response with its answers, as exports read them. */
    record StoredResponse(UUID id, Instant at, Channel channel, String language, List<Answer> answers) {}

    /** Hands every response of the survey to {@code each}, oldest first, reading them as a stream. */
    void forEach(SurveyId survey, Consumer<StoredResponse> each) {
        var current = new StoredResponse[1];
        template.query(
                """
                select r.id, r.submitted_at, r.channel, r.language, a.question_id, a.choice, a.number, a.day, a.text
                from surveys.responses r left join surveys.answers a on a.response_id = r.id
                where r.survey_id = ? order by r.submitted_at, r.id
                """,
                (RowCallbackHandler) rs -> {
                    var id = rs.getObject(1, UUID.class);
                    if (current[0] == null || !current[0].id().equals(id)) {
                        if (current[0] != null) {
                            each.accept(current[0]);
                        }
                        current[0] = new StoredResponse(
                                id,
                                rs.getTimestamp(2).toInstant(),
                                Channel.valueOf(rs.getString(3)),
                                rs.getString(4),
                                new ArrayList<>());
                    }
                    var question = rs.getObject(5, UUID.class);
                    if (question != null) {
                        var date = rs.getDate(8);
                        current[0]
                                .answers()
                                .add(new Answer(
                                        new QuestionId(question),
                                        rs.getObject(6, Integer.class),
                                        rs.getBigDecimal(7),
                                        date == null ? null : date.toLocalDate(),
                                        rs.getString(9)));
                    }
                },
                survey.value());
        if (current[0] != null) {
            each.accept(current[0]);
        }
    }

    int count(SurveyId survey) {
        return jdbc.sql("select count(*) from surveys.responses where survey_id = :s")
                .param("s", survey.value())
                .query(Integer.class)
                .single();
    }

    boolean anyFor(QuestionId question) {
        return jdbc.sql("select exists (select 1 from surveys.answers where question_id = :q)")
                .param("q", question.value())
                .query(Boolean.class)
                .single();
    }
}
