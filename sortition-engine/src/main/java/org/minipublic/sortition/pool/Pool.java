package org.minipublic.sortition.pool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone who can be selected, in input order, with the header of the input columns for outputs.
 *
 * @param header the input's column names, as {@link Respondent#columns()} are ordered
 */
public record Pool(List<Respondent> respondents, List<String> header) {

    public Pool {
        respondents = List.copyOf(respondents);
        header = List.copyOf(header);
        var ids = new HashSet<RespondentId>();
        for (var respondent : respondents) {
            if (!ids.add(respondent.id())) {
                throw new IllegalArgumentException("two respondents share the id " + respondent.id());
            }
        }
    }

    public int size() {
        return respondents.size();
    }

    public Respondent get(int index) {
        return respondents.get(index);
    }

    /** Groups of two or more respondents at the same address, as indexes into the pool. */
    public List<int[]> households() {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            var key = respondents.get(i).household();
            if (key != null) {
                byKey.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
            }
        }
        return byKey.values().stream()
                .filter(members -> members.size() > 1)
                .map(members -> members.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    /** The pool without the given respondents (for replacements), keeping order. */
    public Pool without(java.util.Set<RespondentId> excluded) {
        return new Pool(
                respondents.stream().filter(c -> !excluded.contains(c.id())).toList(), header);
    }
}
