package org.minipublic.app.voting.web;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.voting.BallotItem;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.BallotResult;
import org.minipublic.app.voting.ItemResult;
import org.minipublic.app.voting.Statement;
import org.springframework.context.MessageSource;

/**
 * A closed ballot's result as the results page and the room screen draw it: per item, the answers with their counts
 * as segments of one bar (widths in per cent of the votes cast), the share meeting the rule and the outcome.
 */
record ResultView(BallotResult result, List<Row> rows) {

    /** One answer's part of an item's bar. */
    record Segment(String label, int count, double x, double width, String style) {}

    /** One item, with its bar and statements. */
    record Row(BallotItem item, ItemResult result, List<Segment> segments, List<Statement> statements) {}

    static ResultView of(
            BallotResult result, List<Statement> statements, MessageSource messages, java.util.Locale locale) {
        var ballot = result.ballot();
        var labels = labels(ballot.method(), messages, locale);
        var rows = new ArrayList<Row>();
        for (var itemResult : result.ranked()) {
            var item = ballot.items().get(itemResult.position());
            rows.add(new Row(
                    item,
                    itemResult,
                    segments(ballot.method(), itemResult, labels, ballot.votesCast()),
                    statements.stream().filter(s -> s.item().equals(item.id())).toList()));
        }
        return new ResultView(result, rows);
    }

    /** Each possible answer's name, indexed by answer; index 0 is "no answer". */
    static List<String> labels(BallotMethod method, MessageSource messages, java.util.Locale locale) {
        var labels = new ArrayList<String>();
        labels.add(messages.getMessage(
                method instanceof BallotMethod.Prioritise ? "voting.answer.not-ranked" : "voting.answer.none",
                null,
                locale));
        if (method instanceof BallotMethod.SupportLevel s) {
            labels.addAll(s.labels());
        } else if (method instanceof BallotMethod.ApproveReject) {
            for (String key : List.of("for", "against", "abstain")) {
                labels.add(messages.getMessage("voting.answer." + key, null, locale));
            }
        } else if (method instanceof BallotMethod.Prioritise p) {
            for (int rank = 1; rank <= p.topN(); rank++) {
                labels.add(messages.getMessage("voting.answer.rank", new Object[] {rank}, locale));
            }
        }
        return labels;
    }

    private static List<Segment> segments(BallotMethod method, ItemResult result, List<String> labels, int votes) {
        var segments = new ArrayList<Segment>();
        double x = 0;
        // Highest answer first for a scale (strongest support at the start of the bar), in answer order otherwise.
        var order = new ArrayList<Integer>();
        if (method instanceof BallotMethod.SupportLevel) {
            for (int a = labels.size() - 1; a >= 1; a--) {
                order.add(a);
            }
        } else {
            for (int a = 1; a < labels.size(); a++) {
                order.add(a);
            }
        }
        order.add(0);
        for (int answer : order) {
            int count = result.counts().get(answer);
            double width = votes == 0 ? 0 : 100.0 * count / votes;
            segments.add(new Segment(labels.get(answer), count, x, width, style(method, answer, labels.size() - 1)));
            x += width;
        }
        return segments;
    }

    /** The CSS class colouring an answer: shades from support to opposition, grey for no answer. */
    private static String style(BallotMethod method, int answer, int highest) {
        if (answer == 0) {
            return "answer-none";
        }
        if (method instanceof BallotMethod.ApproveReject) {
            return answer == BallotMethod.ApproveReject.FOR
                    ? "answer-5"
                    : answer == BallotMethod.ApproveReject.AGAINST ? "answer-1" : "answer-3";
        }
        if (method instanceof BallotMethod.Prioritise) {
            return "answer-rank";
        }
        // Map the scale onto five shades, so any scale from 2 to 7 levels reads the same way.
        return "answer-" + (1 + Math.round(4f * (answer - 1) / Math.max(1, highest - 1)));
    }
}
