package org.minipublic.app.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores responses and their answers in {@code surveys.responses} and {@code surveys.answers}. */
@Repository
class ResponseRecords {

    /**
     * One response to store: who answered is recorded only for an identified survey, as the member's account ({@code
     * user}) or, when they answered from the portal, their member id ({@code member}).
     */
    record NewResponse(
            UUID id,
            Channel channel,
            String language,
            Instant at,
            List<Answer> answers,
            @Nullable UUID user,
            @Nullable UUID member) {

        NewResponse(UUID id, Channel channel, String language, Instant at, List<Answer> answers) {
            this(id, channel, language, at, answers, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    ResponseRecords(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /** Stores the responses and their answers, in two COPYs whatever their number (an import of thousands included). */
    void insert(SurveyId survey, List<NewResponse> responses) {
        var rows = new ArrayList<List<Object>>();
        var answers = new ArrayList<List<Object>>();
        for (var response : responses) {
            rows.add(Arrays.asList(
                    response.id(),
                    survey.value(),
                    response.channel().name(),
                    response.language(),
                    response.at(),
                    response.user(),
                    response.member()));
            for (var answer : response.answers()) {
                answers.add(Arrays.asList(
                        response.id(),
                        answer.question().value(),
                        answer.choice(),
                        answer.number() == null ? null : answer.number().toPlainString(),
                        answer.day(),
                        answer.text()));
            }
        }
        CopyIn.rows(
                dataSource,
                "copy surveys.responses (id, survey_id, channel, language, submitted_at, user_id, member_id)"
                        + " from stdin with (format csv)",
                rows);
        CopyIn.rows(
                dataSource,
                "copy surveys.answers (response_id, question_id, choice, number, day, text)"
                        + " from stdin with (format csv)",
                answers);
    }

    /** One stored response with its answers, as exports read them. */
    record StoredResponse(
            UUID id, Instant at, Channel channel, String language, List<Answer> answers, @Nullable UUID member) {}

    /** Hands every response of the survey to {@code each}, oldest first, reading them as a stream. */
    void forEach(SurveyId survey, Consumer<StoredResponse> each) {
        var current = new StoredResponse[1];
        template.query(
                """
                select r.id, r.submitted_at, r.channel, r.language, a.question_id, a.choice, a.number, a.day, a.text,
                       coalesce(r.user_id, r.member_id)
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
                                new ArrayList<>(),
                                rs.getObject(10, UUID.class));
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

    /** Who answered a members' survey: a member's account, or a member on the portal. */
    enum Respondent {
        USER("user_id"),
        MEMBER("member_id");

        private final String column;

        Respondent(String column) {
            this.column = column;
        }
    }

    /** Notes that the member answered; false when they already had. */
    boolean markAnswered(SurveyId survey, Respondent kind, UUID who) {
        return jdbc.sql("insert into surveys.respondents (survey_id, " + kind.column
                                + ") values (:s, :u) on conflict do nothing")
                        .param("s", survey.value())
                        .param("u", who)
                        .update()
                == 1;
    }

    /** Those named by an identified survey's responses, by their account or member id. */
    List<UUID> named(SurveyId survey, Respondent kind) {
        return jdbc.sql("select distinct " + kind.column + " from surveys.responses where survey_id = :s and "
                        + kind.column + " is not null")
                .param("s", survey.value())
                .query(UUID.class)
                .list();
    }

    boolean answered(SurveyId survey, Respondent kind, UUID who) {
        return jdbc.sql("select exists (select 1 from surveys.respondents where survey_id = :s and " + kind.column
                        + " = :u)")
                .param("s", survey.value())
                .param("u", who)
                .query(Boolean.class)
                .single();
    }

    int count(SurveyId survey) {
        return jdbc.sql("select count(*) from surveys.responses where survey_id = :s")
                .param("s", survey.value())
                .query(Integer.class)
                .single();
    }
}
