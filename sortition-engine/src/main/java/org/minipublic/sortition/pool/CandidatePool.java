package org.minipublic.sortition.pool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone who can be selected, in input order, with the header of the input columns for outputs.
 *
 * @param header the input's column names, as {@link Candidate#columns()} are ordered
 */
public record CandidatePool(List<Candidate> candidates, List<String> header) {

    public CandidatePool {
        candidates = List.copyOf(candidates);
        header = List.copyOf(header);
        var ids = new HashSet<CandidateId>();
        for (var candidate : candidates) {
            if (!ids.add(candidate.id())) {
                throw new IllegalArgumentException("two respondents share the id " + candidate.id());
            }
        }
    }

    public int size() {
        return candidates.size();
    }

    public Candidate get(int index) {
        return candidates.get(index);
    }

    /** Groups of two or more respondents at the same address, as indexes into the pool. */
    public List<int[]> households() {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            var key = candidates.get(i).household();
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
    public CandidatePool without(java.util.Set<CandidateId> excluded) {
        return new CandidatePool(
                candidates.stream().filter(c -> !excluded.contains(c.id())).toList(), header);
    }
}
