package org.minipublic.app.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Counts codes over answers, rolling each answer's codes up to the codes above them. */
final class CodeCounting {

    private CodeCounting() {}

    static CodeCounts count(
            List<Code> codes,
            Map<UUID, Set<CodeId>> given,
            @Nullable Question by,
            Map<UUID, Set<Integer>> choices,
            String language) {
        var parents = new HashMap<CodeId, CodeId>();
        codes.stream().filter(c -> c.parent() != null).forEach(c -> parents.put(c.id(), c.parent()));
        var counts = new HashMap<CodeId, Integer>();
        var byColumn = new HashMap<CodeId, int[]>();
        int columns = by == null ? 0 : by.choiceCount();
        for (var entry : given.entrySet()) {
            var withAncestors = new HashSet<CodeId>();
            for (var code : entry.getValue()) {
                for (CodeId c = code; c != null && withAncestors.add(c); c = parents.get(c)) {
                    // walks up to the top-level code
                }
            }
            for (var code : withAncestors) {
                counts.merge(code, 1, Integer::sum);
                var chosen = choices.getOrDefault(entry.getKey(), Set.of());
                var row = byColumn.computeIfAbsent(code, k -> new int[columns]);
                for (int choice : chosen) {
                    if (choice >= 1 && choice <= columns) {
                        row[choice - 1]++;
                    }
                }
            }
        }
        int coded = (int) given.values().stream().filter(s -> !s.isEmpty()).count();
        var lines = new ArrayList<CodeCounts.Line>();
        for (var code : codes) {
            int count = counts.getOrDefault(code.id(), 0);
            var row = byColumn.getOrDefault(code.id(), new int[columns]);
            var cells = new ArrayList<Integer>();
            for (int value : row) {
                cells.add(value);
            }
            lines.add(new CodeCounts.Line(code, count, coded == 0 ? 0 : 100.0 * count / coded, cells));
        }
        var headers = new ArrayList<String>();
        if (by != null) {
            for (int c = 1; c <= columns; c++) {
                headers.add(by.text(language).choice(c));
            }
        }
        return new CodeCounts(coded, by, headers, lines);
    }
}
