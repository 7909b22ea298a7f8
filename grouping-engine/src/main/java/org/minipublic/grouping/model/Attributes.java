package org.minipublic.grouping.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Members' attribute values as indexes, numbered in order of first appearance.
 *
 * @param value {@code value[a][p]}: member p's value index in attribute a
 * @param values the value names of each attribute
 * @param valueCount {@code valueCount[a][v]}: members with value v of attribute a
 */
record Attributes(int[][] value, List<List<String>> values, int[][] valueCount) {

    static Attributes diversified(List<Member> members, List<String> attributes) {
        int[][] value = new int[attributes.size()][];
        List<List<String>> values = new ArrayList<>();
        for (int a = 0; a < value.length; a++) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            value[a] = indexes(members, attributes.get(a), seen);
            values.add(List.copyOf(seen.keySet()));
        }
        return new Attributes(value, values, counts(value, values));
    }

    /**
     * {@code clusterOf[c][p]}: member p's value index in cluster attribute c, or -1 when empty. Values that differ
     * only in case or surrounding spaces are one cluster: they are typed by hand.
     */
    static int[][] clusters(List<Member> members, List<String> attributes) {
        int[][] clusterOf = new int[attributes.size()][members.size()];
        for (int c = 0; c < clusterOf.length; c++) {
            Map<String, Integer> seen = new HashMap<>();
            for (int p = 0; p < members.size(); p++) {
                String v = members.get(p).attribute(attributes.get(c)).trim();
                clusterOf[c][p] = v.isEmpty() ? -1 : seen.computeIfAbsent(v.toLowerCase(Locale.ROOT), x -> seen.size());
            }
        }
        return clusterOf;
    }

    private static int[] indexes(List<Member> members, String attribute, Map<String, Integer> seen) {
        int[] value = new int[members.size()];
        for (int p = 0; p < value.length; p++) {
            value[p] = seen.computeIfAbsent(members.get(p).attribute(attribute), v -> seen.size());
        }
        return value;
    }

    private static int[][] counts(int[][] value, List<List<String>> values) {
        int[][] valueCount = new int[value.length][];
        for (int a = 0; a < value.length; a++) {
            valueCount[a] = new int[values.get(a).size()];
            for (int v : value[a]) {
                valueCount[a][v]++;
            }
        }
        return valueCount;
    }
}
