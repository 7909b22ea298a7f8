package org.minipublic.grouping.model;

import java.util.Arrays;
import java.util.HashMap;
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

    static double share(int tableSize, int withValue, int members) {
        return (double) tableSize * withValue / members;
    }

    public static Layout of(GroupingProblem problem) {
        var members = problem.members();
        int n = members.size();
        Map<MemberId, Integer> index = index(members);
        int[] tables =
                problem.tablesPerSession().stream().mapToInt(Integer::intValue).toArray();
        var diversified = Attributes.diversified(members, problem.diversify());
        int[][] clusterOf = Attributes.clusters(members, problem.cluster());
        var rules = problem.rules();
        int[][] apart = LayoutRules.apart(rules, index, n);
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        int[][] groups = TogetherGroups.of(rules, index, groupOf);
        int[][] fixedTable = LayoutRules.fixedTables(rules, index, tables);
        boolean[] needsAccessible = LayoutRules.needsAccessible(rules, index, n);
        boolean[][] accessible = LayoutRules.accessible(rules, tables);
        int[][] heldTable = HeldSeating.memberTables(problem.held(), index, tables);
        int[][] heldFacilitatorTable = HeldSeating.facilitatorTables(problem.held(), problem.facilitators(), tables);
        int[][] size = sizes(n, tables, heldTable);
        var bands = Bands.around(size, diversified.valueCount(), n, problem.band());
        return new Layout(
                n,
                problem.facilitators().size(),
                tables,
                size,
                diversified.value(),
                diversified.values(),
                diversified.valueCount(),
                bands.low(),
                bands.high(),
                clusterOf,
                apart,
                groupOf,
                groups,
                fixedTable,
                needsAccessible,
                accessible,
                heldTable,
                heldFacilitatorTable);
    }

    private static Map<MemberId, Integer> index(List<Member> members) {
        Map<MemberId, Integer> index = new HashMap<>();
        for (int p = 0; p < members.size(); p++) {
            index.put(members.get(p).id(), p);
        }
        return index;
    }

    /**
     * Tables of a session differ in size by at most one, the larger first; a held session keeps the sizes it had,
     * whoever has since left or joined.
     */
    private static int[][] sizes(int members, int[] tables, int[][] heldTable) {
        int[][] size = new int[tables.length][];
        for (int s = 0; s < tables.length; s++) {
            size[s] = heldTable[s] == null ? evenSizes(members, tables[s]) : HeldSeating.sizes(heldTable[s], tables[s]);
        }
        return size;
    }

    private static int[] evenSizes(int members, int tables) {
        int[] size = new int[tables];
        for (int t = 0; t < tables; t++) {
            size[t] = members / tables + (t < members % tables ? 1 : 0);
        }
        return size;
    }

    static int known(Map<MemberId, Integer> index, MemberId member, String where) {
        Integer p = index.get(member);
        if (p == null) {
            throw new IllegalArgumentException(where + " names " + member + ", who is not among the people to seat");
        }
        return p;
    }

    static int table(int oneBased, int tables, int session) {
        if (oneBased < 1 || oneBased > tables) {
            throw new IllegalArgumentException("table " + oneBased + " does not exist in session " + (session + 1)
                    + ", which has tables 1 to " + tables);
        }
        return oneBased - 1;
    }

    static int session(int oneBased, int sessions) {
        if (oneBased < 1 || oneBased > sessions) {
            throw new IllegalArgumentException(
                    "session " + oneBased + " does not exist; sessions are 1 to " + sessions);
        }
        return oneBased - 1;
    }
}
