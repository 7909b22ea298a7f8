package org.minipublic.grouping.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keep-together rules that share a member join into one group (union-find over the rules' members). */
final class TogetherGroups {

    private TogetherGroups() {}

    /**
     * @param groupOf filled in: each member's group, or left at -1
     * @return the members of each group
     */
    static int[][] of(Rules rules, Map<MemberId, Integer> index, int[] groupOf) {
        int n = groupOf.length;
        int[] parent = new int[n];
        for (int p = 0; p < n; p++) {
            parent[p] = p;
        }
        boolean[] grouped = new boolean[n];
        for (var group : rules.keepTogether()) {
            join(group, index, parent, grouped);
        }
        int[][] groups = groups(parent, grouped);
        for (int g = 0; g < groups.length; g++) {
            for (int p : groups[g]) {
                groupOf[p] = g;
            }
        }
        return groups;
    }

    /** Puts the members of one rule under one root, marking them as grouped. */
    private static void join(List<MemberId> group, Map<MemberId, Integer> index, int[] parent, boolean[] grouped) {
        int first = -1;
        for (var member : group) {
            int p = Layout.known(index, member, "a keep-together rule");
            grouped[p] = true;
            if (first < 0) {
                first = p;
            } else {
                parent[root(parent, p)] = root(parent, first);
            }
        }
    }

    /** The members under each root, in order of their first member; a rule naming one member twice is no group. */
    private static int[][] groups(int[] parent, boolean[] grouped) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int p = 0; p < parent.length; p++) {
            if (grouped[p]) {
                byRoot.computeIfAbsent(root(parent, p), r -> new ArrayList<>()).add(p);
            }
        }
        return byRoot.values().stream()
                .filter(g -> g.size() > 1)
                .map(g -> g.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static int root(int[] parent, int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }
}
