package org.minipublic.grouping.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;

/**
 * The problem compiled to arrays for the solver and the search. Members and facilitators are numbered in input order,
 * sessions and tables from 0.
 *
 * @param size {@code size[s][t]}: members at table t in session s (sizes in a session differ by at most one)
 * @param value {@code value[a][p]}: member p's value index in diversified attribute a
 * @param values the value names of each diversified attribute
 * @param valueCount {@code valueCount[a][v]}: members with value v of attribute a
 * @param low {@code low[s][t][a][v]}: fewest members with value v of attribute a at table t (the band around the
 *     table's proportional share, as wide as the problem's band)
 * @param high most such members
 * @param clusterOf {@code clusterOf[c][p]}: member p's value index in cluster attribute c, or -1 when empty
 * @param apart the members each member must never sit with
 * @param groupOf the keep-together group of each member, or -1
 * @param groups the members of each keep-together group
 * @param fixedTable {@code fixedTable[s][p]}: the table member p must take in session s, or -1
 * @param needsAccessible members who need an accessible table
 * @param accessible {@code accessible[s][t]}: whether table t is accessible in session s
 * @param heldTable for held sessions, each member's table ({@link Plan#ABSENT} for those who were not
 *     there); null for open sessions
 */
public record Layout(
        int members,
        int facilitators,
        int[] tables,
        int[][] size,
        int[][] value,
        List<List<String>> values,
        int[][] valueCount,
        int[][][][] low,
        int[][][][] high,
        int[][] clusterOf,
        int[][] apart,
        int[] groupOf,
        int[][] groups,
        int[][] fixedTable,
        boolean[] needsAccessible,
        boolean[][] accessible,
        int[][] heldTable,
        int[][] heldFacilitatorTable) {

    public int sessions() {
        return tables.length;
    }

    public boolean held(int session) {
        return heldTable[session] != null;
    }

    /**
     * Whether member p's seat in session s is settled before any search: the session was held, or the member has a
     * fixed seat, is in a keep-together group or shares a cluster value with others.
     */
    public boolean settled(int s, int p) {
        if (held(s) || fixedTable[s][p] >= 0 || groupOf[p] >= 0) {
            return true;
        }
        for (int[] cluster : clusterOf) {
            if (cluster[p] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Table t's proportional share of value v of attribute a in session s: its size times the value's share of the
     * assembly, the count it would hold if it mirrored the assembly exactly.
     */
    public double share(int s, int t, int a, int v) {
        return share(size[s][t], valueCount[a][v], members);
    }

    private static double share(int tableSize, int withValue, int members) {
        return (double) tableSize * withValue / members;
    }

    public static Layout of(GroupingProblem problem) {
        var members = problem.members();
        int n = members.size();
        Map<MemberId, Integer> index = new HashMap<>();
        for (int p = 0; p < n; p++) {
            index.put(members.get(p).id(), p);
        }
        int sessions = problem.sessions();
        int[] tables =
                problem.tablesPerSession().stream().mapToInt(Integer::intValue).toArray();
        int[][] size = new int[sessions][];
        for (int s = 0; s < sessions; s++) {
            size[s] = new int[tables[s]];
            for (int t = 0; t < tables[s]; t++) {
                size[s][t] = n / tables[s] + (t < n % tables[s] ? 1 : 0);
            }
        }
        List<List<String>> values = new ArrayList<>();
        int[][] value = new int[problem.diversify().size()][];
        for (int a = 0; a < value.length; a++) {
            String attribute = problem.diversify().get(a);
            Map<String, Integer> seen = new LinkedHashMap<>();
            value[a] = new int[n];
            for (int p = 0; p < n; p++) {
                value[a][p] = seen.computeIfAbsent(members.get(p).attribute(attribute), v -> seen.size());
            }
            values.add(List.copyOf(seen.keySet()));
        }
        int[][] valueCount = new int[value.length][];
        for (int a = 0; a < value.length; a++) {
            valueCount[a] = new int[values.get(a).size()];
            for (int v : value[a]) {
                valueCount[a][v]++;
            }
        }
        int[][] clusterOf = new int[problem.cluster().size()][n];
        for (int c = 0; c < clusterOf.length; c++) {
            Map<String, Integer> seen = new HashMap<>();
            for (int p = 0; p < n; p++) {
                String v = members.get(p).attribute(problem.cluster().get(c)).trim();
                clusterOf[c][p] =
                        v.isEmpty() ? -1 : seen.computeIfAbsent(v.toLowerCase(java.util.Locale.ROOT), x -> seen.size());
            }
        }
        var rules = problem.rules();
        int[][] apart = apart(rules, index, n);
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        int[][] groups = TogetherGroups.of(rules, index, groupOf);
        int[][] fixedTable = new int[sessions][n];
        for (int[] row : fixedTable) {
            Arrays.fill(row, -1);
        }
        for (var seat : rules.fixedSeats()) {
            int p = known(index, seat.member(), "a fixed seat");
            if (seat.session() == null) {
                for (int s = 0; s < sessions; s++) {
                    fixedTable[s][p] = table(seat.table(), tables[s], s);
                }
            } else {
                int s = session(seat.session(), sessions);
                fixedTable[s][p] = table(seat.table(), tables[s], s);
            }
        }
        boolean[] needsAccessible = new boolean[n];
        for (var member : rules.needsAccessibleTable()) {
            needsAccessible[known(index, member, "the accessible-table rule")] = true;
        }
        boolean[][] accessible = new boolean[sessions][];
        for (int s = 0; s < sessions; s++) {
            accessible[s] = new boolean[tables[s]];
            for (int t : rules.accessibleIn(s + 1)) {
                accessible[s][table(t, tables[s], s)] = true;
            }
        }
        int[][] heldTable = new int[sessions][];
        int[][] heldFacilitators = new int[sessions][];
        problem.held().forEach((session, seating) -> {
            int s = session(session, sessions);
            heldTable[s] = new int[n];
            Arrays.fill(heldTable[s], Plan.ABSENT); // whoever the held seating does not name was not there
            seating.members().forEach((member, table) -> {
                Integer p = index.get(member);
                if (p != null) {
                    heldTable[s][p] = table(table, tables[s], s);
                }
            });
            heldFacilitators[s] = facilitatorTables(problem, seating.facilitators(), tables[s], s);
            // a held session keeps the table sizes it had, whoever has since left or joined
            java.util.Arrays.fill(size[s], 0);
            for (int t : heldTable[s]) {
                if (t != Plan.ABSENT) {
                    size[s][t]++;
                }
            }
        });
        int[][][][] low = new int[sessions][][][];
        int[][][][] high = new int[sessions][][][];
        for (int s = 0; s < sessions; s++) {
            low[s] = new int[tables[s]][value.length][];
            high[s] = new int[tables[s]][value.length][];
            for (int t = 0; t < tables[s]; t++) {
                for (int a = 0; a < value.length; a++) {
                    low[s][t][a] = new int[valueCount[a].length];
                    high[s][t][a] = new int[valueCount[a].length];
                    for (int v = 0; v < valueCount[a].length; v++) {
                        double share = share(size[s][t], valueCount[a][v], n);
                        low[s][t][a][v] = (int) Math.max(0, Math.ceil(share - problem.band() - 1e-9));
                        high[s][t][a][v] = (int) Math.min(valueCount[a][v], Math.floor(share + problem.band() + 1e-9));
                    }
                }
            }
        }
        return new Layout(
                n,
                problem.facilitators().size(),
                tables,
                size,
                value,
                values,
                valueCount,
                low,
                high,
                clusterOf,
                apart,
                groupOf,
                groups,
                fixedTable,
                needsAccessible,
                accessible,
                heldTable,
                heldFacilitators);
    }

    private static int[] facilitatorTables(
            GroupingProblem problem, Map<FacilitatorId, Integer> seats, int tables, int s) {
        int[] result = new int[problem.facilitators().size()];
        for (int f = 0; f < result.length; f++) {
            Integer table = seats.get(problem.facilitators().get(f));
            result[f] = table == null ? f % tables : table(table, tables, s);
        }
        return result;
    }

    private static int[][] apart(Rules rules, Map<MemberId, Integer> index, int n) {
        List<List<Integer>> apart = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            apart.add(new ArrayList<>());
        }
        for (var pair : rules.keepApart()) {
            for (var a : pair) {
                for (var b : pair) {
                    if (!a.equals(b)) {
                        apart.get(known(index, a, "a keep-apart rule")).add(known(index, b, "a keep-apart rule"));
                    }
                }
            }
        }
        return apart.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
    }

    static int known(Map<MemberId, Integer> index, MemberId member, String where) {
        Integer p = index.get(member);
        if (p == null) {
            throw new IllegalArgumentException(where + " names " + member + ", who is not among the people to seat");
        }
        return p;
    }

    private static int table(int oneBased, int tables, int session) {
        if (oneBased < 1 || oneBased > tables) {
            throw new IllegalArgumentException("table " + oneBased + " does not exist in session " + (session + 1)
                    + ", which has tables 1 to " + tables);
        }
        return oneBased - 1;
    }

    private static int session(int oneBased, int sessions) {
        if (oneBased < 1 || oneBased > sessions) {
            throw new IllegalArgumentException(
                    "session " + oneBased + " does not exist; sessions are 1 to " + sessions);
        }
        return oneBased - 1;
    }
}
