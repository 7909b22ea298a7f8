package org.minipublic.app.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores surveys, their questions and the questions' wording in the {@code surveys} schema. */
@Repository
class SurveyRecords {

    private static final String SELECT =
            """
            select id, assembly_id, title, template, base_language, status, closes_at, expected, token, created_at,
                   version, audience, identified
            from surveys.surveys
            """;

    private final JdbcClient jdbc;

    SurveyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SurveySummary> all(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select s.id, s.title, s.template, s.status, s.closes_at, s.expected, s.created_at,
                       (select count(*) from surveys.questions q where q.survey_id = s.id),
                       (select count(*) from surveys.responses r where r.survey_id = s.id)
                from surveys.surveys s where s.assembly_id = :a order by s.created_at, s.title
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new SurveySummary(
                        new SurveyId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        SurveyTemplate.valueOf(rs.getString(3)),
                        SurveyStatus.valueOf(rs.getString(4)),
                        instant(rs.getTimestamp(5)),
                        (Integer) rs.getObject(6),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    Optional<Survey> find(AssemblyId assembly, SurveyId id) {
        return jdbc.sql(SELECT + " where id = :id and assembly_id = :a")
                .param("id", id.value())
                .param("a", assembly.value())
                .query((rs, n) -> map(rs))
                .optional()
                .map(this::withQuestions);
    }

    Optional<Survey> findByToken(String token) {
        return jdbc.sql(SELECT + " where token = :t")
                .param("t", token)
                .query((rs, n) -> map(rs))
                .optional()
                .map(this::withQuestions);
    }

    /** The assembly's surveys made from a template, oldest first, with their questions. */
    List<Survey> fromTemplate(AssemblyId assembly, SurveyTemplate template) {
        return jdbc
                .sql(SELECT + " where assembly_id = :a and template = :t order by created_at")
                .param("a", assembly.value())
                .param("t", template.name())
                .query((rs, n) -> map(rs))
                .list()
                .stream()
                .map(this::withQuestions)
                .toList();
    }

    /** Holds the survey until the transaction ends, so that changes to it and its questions happen one at a time. */
    void lock(SurveyId id) {
        jdbc.sql("select id from surveys.surveys where id = :id for update")
                .param("id", id.value())
                .query(UUID.class)
                .optional();
    }

    void insert(Survey survey) {
        jdbc.sql(
                        """
                insert into surveys.surveys
                    (id, assembly_id, title, template, base_language, status, closes_at, expected, token, created_at)
                values (:id, :a, :title, :template, :language, :status, :closes, :expected, :token, :created)
                """)
                .param("id", survey.id().value())
                .param("a", survey.assembly().value())
                .param("title", survey.title())
                .param("template", survey.template().name())
                .param("language", survey.baseLanguage())
                .param("status", survey.status().name())
                .param("closes", timestamp(survey.closesAt()))
                .param("expected", survey.expected())
                .param("token", survey.token())
                .param("created", Timestamp.from(survey.createdAt()))
                .update();
        survey.questions().forEach(q -> insertQuestion(survey.id(), q));
    }

    void update(SurveyId id, String title, @Nullable Instant closesAt, @Nullable Integer expected) {
        jdbc.sql(
                        """
                update surveys.surveys set title = :title, closes_at = :closes, expected = :expected,
                       version = version + 1
                where id = :id
                """)
                .param("id", id.value())
                .param("title", title)
                .param("closes", timestamp(closesAt))
                .param("expected", expected)
                .update();
    }

    void setAudience(SurveyId id, SurveyAudience audience, boolean identified) {
        jdbc.sql("update surveys.surveys set audience = :a, identified = :i, version = version + 1 where id = :id")
                .param("id", id.value())
                .param("a", audience.name())
                .param("i", identified)
                .update();
    }

    /** The assembly's open members' surveys, oldest first. */
    List<Survey> forMembers(AssemblyId assembly) {
        return jdbc.sql(SELECT + " where assembly_id = :a and audience = 'MEMBERS' and status = 'OPEN'"
                        + " order by created_at")
                .param("a", assembly.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    void setStatus(SurveyId id, SurveyStatus status) {
        jdbc.sql("update surveys.surveys set status = :s, version = version + 1 where id = :id")
                .param("id", id.value())
                .param("s", status.name())
                .update();
    }

    void delete(SurveyId id) {
        jdbc.sql("delete from surveys.surveys where id = :id")
                .param("id", id.value())
                .update();
    }

    void insertQuestion(SurveyId survey, Question question) {
        jdbc.sql(
                        """
                insert into surveys.questions
                    (id, survey_id, position, key, kind, required, section, show_if_question, show_if_choice)
                values (:id, :s, (select coalesce(max(position) + 1, 0) from surveys.questions where survey_id = :s),
                        :key, :kind, :required, :section, :ifQuestion, :ifChoice)
                """)
                .param("id", question.id().value())
                .param("s", survey.value())
                .params(columns(question))
                .update();
        question.texts().forEach((language, text) -> saveText(question.id(), language, text));
    }

    void updateQuestion(Question question) {
        jdbc.sql(
                        """
                update surveys.questions set key = :key, kind = :kind, required = :required, section = :section,
                       show_if_question = :ifQuestion, show_if_choice = :ifChoice
                where id = :id
                """)
                .param("id", question.id().value())
                .params(columns(question))
                .update();
    }

    /** A question's own columns, as both its insert and its update write them. */
    private static Map<String, @Nullable Object> columns(Question question) {
        var condition = question.showIf();
        var columns = new HashMap<String, @Nullable Object>();
        columns.put("key", question.key());
        columns.put("kind", question.kind().name());
        columns.put("required", question.required());
        columns.put("section", question.section());
        columns.put(
                "ifQuestion", condition == null ? null : condition.question().value());
        columns.put("ifChoice", condition == null ? null : condition.choice());
        return columns;
    }

    void saveText(QuestionId question, String language, QuestionText text) {
        jdbc.sql(
                        """
                insert into surveys.question_texts (question_id, language, prompt, choices)
                values (:q, :l, :prompt, :choices)
                on conflict (question_id, language) do update set prompt = excluded.prompt, choices = excluded.choices
                """)
                .param("q", question.value())
                .param("l", language)
                .param("prompt", text.prompt())
                .param("choices", String.join("\n", text.choices()))
                .update();
    }

    void deleteText(QuestionId question, String language) {
        jdbc.sql("delete from surveys.question_texts where question_id = :q and language = :l")
                .param("q", question.value())
                .param("l", language)
                .update();
    }

    void deleteQuestion(QuestionId question) {
        jdbc.sql("delete from surveys.questions where id = :id")
                .param("id", question.value())
                .update();
    }

    /** Gives the questions the positions of this order (their ids, first to last). */
    void reorder(List<QuestionId> order) {
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update surveys.questions set position = :p where id = :id")
                    .param("p", i)
                    .param("id", order.get(i).value())
                    .update();
        }
    }

    private Survey withQuestions(Survey survey) {
        var texts = new LinkedHashMap<UUID, Map<String, QuestionText>>();
        jdbc.sql(
                        """
                select t.question_id, t.language, t.prompt, t.choices
                from surveys.question_texts t join surveys.questions q on q.id = t.question_id
                where q.survey_id = :s order by (t.language = :base) desc, t.language
                """)
                .param("s", survey.id().value())
                .param("base", survey.baseLanguage())
                .query((rs, n) -> {
                    texts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), new QuestionText(rs.getString(3), lines(rs.getString(4))));
                    return 0;
                })
                .list();
        var questions = jdbc.sql(
                        """
                select id, position, key, kind, required, section, show_if_question, show_if_choice
                from surveys.questions where survey_id = :s order by position
                """)
                .param("s", survey.id().value())
                .query((rs, n) -> question(rs, texts))
                .list();
        return new Survey(
                survey.id(),
                survey.assembly(),
                survey.title(),
                survey.template(),
                survey.baseLanguage(),
                survey.status(),
                survey.closesAt(),
                survey.expected(),
                survey.token(),
                survey.createdAt(),
                survey.version(),
                survey.audience(),
                survey.identified(),
                questions);
    }

    private static Question question(ResultSet rs, Map<UUID, Map<String, QuestionText>> texts) throws SQLException {
        var id = rs.getObject(1, UUID.class);
        var ifQuestion = rs.getObject(7, UUID.class);
        return new Question(
                new QuestionId(id),
                rs.getInt(2),
                rs.getString(3),
                QuestionKind.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                ifQuestion == null ? null : new Question.Condition(new QuestionId(ifQuestion), rs.getInt(8)),
                texts.getOrDefault(id, Map.of("en", new QuestionText("?", List.of()))));
    }

    static List<String> lines(String choices) {
        var lines = new ArrayList<String>();
        for (var line : choices.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static Survey map(ResultSet rs) throws SQLException {
        return new Survey(
                new SurveyId(rs.getObject(1, UUID.class)),
                new AssemblyId(rs.getObject(2, UUID.class)),
                rs.getString(3),
                SurveyTemplate.valueOf(rs.getString(4)),
                rs.getString(5),
                SurveyStatus.valueOf(rs.getString(6)),
                instant(rs.getTimestamp(7)),
                (Integer) rs.getObject(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getInt(11),
                SurveyAudience.valueOf(rs.getString(12)),
                rs.getBoolean(13),
                List.of());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
