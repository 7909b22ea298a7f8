package org.minipublic.app.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores codes, the codes given to answers, and quotes, in the {@code surveys} schema. */
@Repository
class CodingRecords {

    /** A free-text answer as stored. */
    record Text(UUID response, String text) {}

    private record Row(CodeId id, @Nullable CodeId parent, String name, String keywords) {}

    private final JdbcClient jdbc;

    CodingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey's codes in tree order: each code followed by the codes under it. */
    List<Code> codes(SurveyId survey) {
        var rows = jdbc.sql("select id, parent_id, name, keywords from surveys.codes where survey_id = :s"
                        + " order by position, name")
                .param("s", survey.value())
                .query((rs, n) -> new Row(
                        new CodeId(rs.getObject(1, UUID.class)),
                        rs.getObject(2) == null ? null : new CodeId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
        var tree = new ArrayList<Code>();
        addChildren(rows, null, 0, tree);
        return tree;
    }

    private static void addChildren(List<Row> rows, @Nullable CodeId parent, int depth, List<Code> tree) {
        for (var row : rows) {
            if (java.util.Objects.equals(row.parent(), parent)) {
                tree.add(new Code(row.id(), row.parent(), row.name(), keywords(row.keywords()), depth));
                addChildren(rows, row.id(), depth + 1, tree);
            }
        }
    }

    static List<String> keywords(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
    }

    void insertCode(SurveyId survey, CodeId id, @Nullable CodeId parent, String name, List<String> keywords) {
        jdbc.sql(
                        """
                insert into surveys.codes (id, survey_id, parent_id, name, keywords, position)
                values (:id, :s, :parent, :name, :keywords,
                        (select coalesce(max(position) + 1, 0) from surveys.codes where survey_id = :s))
                """)
                .param("id", id.value())
                .param("s", survey.value())
                .param("parent", parent == null ? null : parent.value())
                .param("name", name)
                .param("keywords", String.join(", ", keywords))
                .update();
    }

    void updateCode(CodeId id, String name, List<String> keywords) {
        jdbc.sql("update surveys.codes set name = :name, keywords = :keywords where id = :id")
                .param("id", id.value())
                .param("name", name)
                .param("keywords", String.join(", ", keywords))
                .update();
    }

    void deleteCode(CodeId id) {
        jdbc.sql("delete from surveys.codes where id = :id")
                .param("id", id.value())
                .update();
    }

    /** The question's answers, newest first, those kept by the filter: all, uncoded only, or those with a code. */
    List<Text> answers(QuestionId question, String filter, @Nullable CodeId code, int offset, int limit) {
        return jdbc.sql("select a.response_id, a.text " + from(filter) + " order by r.submitted_at desc, r.id"
                        + " offset :offset limit :limit")
                .param("q", question.value())
                .param("code", code == null ? null : code.value())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Text(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    int count(QuestionId question, String filter, @Nullable CodeId code) {
        return jdbc.sql("select count(*) " + from(filter))
                .param("q", question.value())
                .param("code", code == null ? null : code.value())
                .query(Integer.class)
                .single();
    }

    private static String from(String filter) {
        var from =
                """
                from surveys.answers a join surveys.responses r on r.id = a.response_id
                where a.question_id = :q and a.text is not null
                """;
        return switch (filter) {
            case "uncoded" ->
                from + " and not exists (select 1 from surveys.answer_codes c"
                        + " where c.response_id = a.response_id and c.question_id = a.question_id)";
            case "code" ->
                from + " and exists (select 1 from surveys.answer_codes c"
                        + " where c.response_id = a.response_id and c.question_id = a.question_id"
                        + " and c.code_id = :code)";
            default -> from;
        };
    }

    /** The text of one answer, if the response answered the question. */
    Optional<String> text(QuestionId question, UUID response) {
        return jdbc.sql("select text from surveys.answers where question_id = :q and response_id = :r"
                        + " and text is not null")
                .param("q", question.value())
                .param("r", response)
                .query(String.class)
                .optional();
    }

    /** The codes of each of these answers to the question. */
    Map<UUID, Set<CodeId>> codesOf(QuestionId question, List<UUID> responses) {
        var codes = new HashMap<UUID, Set<CodeId>>();
        if (responses.isEmpty()) {
            return codes;
        }
        jdbc.sql("select response_id, code_id from surveys.answer_codes where question_id = :q"
                        + " and response_id in (:r)")
                .param("q", question.value())
                .param("r", responses)
                .query((rs, n) -> codes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(new CodeId(rs.getObject(2, UUID.class))))
                .list();
        return codes;
    }

    /** Every coded answer of the question with its codes. */
    Map<UUID, Set<CodeId>> allCodes(QuestionId question) {
        var codes = new HashMap<UUID, Set<CodeId>>();
        jdbc.sql("select response_id, code_id from surveys.answer_codes where question_id = :q")
                .param("q", question.value())
                .query((rs, n) -> codes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(new CodeId(rs.getObject(2, UUID.class))))
                .list();
        return codes;
    }

    /** The options each response chose for a choice question. */
    Map<UUID, Set<Integer>> choices(QuestionId question) {
        var choices = new HashMap<UUID, Set<Integer>>();
        jdbc.sql("select response_id, choice from surveys.answers where question_id = :q and choice is not null")
                .param("q", question.value())
                .query((rs, n) -> choices.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getInt(2)))
                .list();
        return choices;
    }

    void setCodes(QuestionId question, UUID response, Set<CodeId> codes) {
        jdbc.sql("delete from surveys.answer_codes where question_id = :q and response_id = :r")
                .param("q", question.value())
                .param("r", response)
                .update();
        for (var code : codes) {
            addCode(question, response, code);
        }
    }

    void addCode(QuestionId question, UUID response, CodeId code) {
        jdbc.sql(
                        """
                insert into surveys.answer_codes (response_id, question_id, code_id) values (:r, :q, :c)
                on conflict do nothing
                """)
                .param("r", response)
                .param("q", question.value())
                .param("c", code.value())
                .update();
    }

    List<Quote> quotes(SurveyId survey) {
        return jdbc.sql("select id, question_id, response_id, text, picked_at from surveys.quotes"
                        + " where survey_id = :s order by picked_at")
                .param("s", survey.value())
                .query((rs, n) -> new Quote(
                        rs.getObject(1, UUID.class),
                        new QuestionId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The assembly's quotes, survey by survey, each with its survey's title and question in the survey's language. */
    List<ReportQuote> quotesOf(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select s.title, t.prompt, q.text from surveys.quotes q
                join surveys.surveys s on s.id = q.survey_id
                join surveys.question_texts t on t.question_id = q.question_id and t.language = s.base_language
                where s.assembly_id = :a order by s.created_at, q.picked_at
                """)
                .param("a", assembly.value())
                .query((rs, n) -> new ReportQuote(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    void saveQuote(SurveyId survey, QuestionId question, UUID response, String text, Instant at) {
        jdbc.sql(
                        """
                insert into surveys.quotes (id, survey_id, response_id, question_id, text, picked_at)
                values (:id, :s, :r, :q, :text, :at)
                on conflict (response_id, question_id) do update set text = excluded.text
                """)
                .param("id", UUID.randomUUID())
                .param("s", survey.value())
                .param("r", response)
                .param("q", question.value())
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    void deleteQuote(SurveyId survey, UUID id) {
        jdbc.sql("delete from surveys.quotes where id = :id and survey_id = :s")
                .param("id", id)
                .param("s", survey.value())
                .update();
    }

    Set<UUID> quoted(QuestionId question) {
        return new HashSet<>(jdbc.sql("select response_id from surveys.quotes where question_id = :q")
                .param("q", question.value())
                .query(UUID.class)
                .list());
    }
}
