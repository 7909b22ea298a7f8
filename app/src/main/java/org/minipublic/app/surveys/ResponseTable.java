package org.minipublic.app.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Responses as rows of a spreadsheet: when and how each came in, then one column per question headed by its key,
 * options written out in the survey's own language (so the file reads on its own, and imports again).
 */
final class ResponseTable {

    private ResponseTable() {}

    static List<String> header(Survey survey) {
        var header = new ArrayList<>(List.of("response", "submitted", "channel", "language"));
        if (survey.identified()) {
            header.add("member");
        }
        survey.questions().forEach(q -> header.add(q.key()));
        return header;
    }

    /** @param members the names of the members who answered, for an identified survey */
    static List<Object> row(
            Survey survey, int number, ResponseRecords.StoredResponse response, Map<UUID, String> members) {
        var row = new ArrayList<Object>(
                List.of(number, response.at().toString(), response.channel().name(), response.language()));
        if (survey.identified()) {
            var member = response.member();
            row.add(member == null ? "" : members.getOrDefault(member, ""));
        }
        for (var question : survey.questions()) {
            var answers = response.answers().stream()
                    .filter(a -> a.question().equals(question.id()))
                    .toList();
            if (answers.size() == 1) {
                row.add(cell(question, answers.get(0)));
            } else {
                row.add(answers.stream()
                        .map(a -> String.valueOf(cell(question, a)))
                        .collect(Collectors.joining("; ")));
            }
        }
        return row;
    }

    /** A number stays a number and a date a date, so that spreadsheets read them as such. */
    private static Object cell(Question question, Answer answer) {
        if (answer.choice() != null) {
            return question.text().choice(answer.choice());
        }
        if (answer.number() != null) {
            return answer.number().stripTrailingZeros();
        }
        if (answer.day() != null) {
            return answer.day();
        }
        return String.valueOf(answer.text());
    }
}
