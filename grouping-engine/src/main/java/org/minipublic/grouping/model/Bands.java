package org.minipublic.grouping.model;

/**
 * The counts each table may hold of each value: within the band of its proportional share, and never below none or
 * above everyone with the value.
 *
 * @param low {@code low[s][t][a][v]}: fewest members with value v of attribute a at table t in session s
 * @param high most such members
 */
record Bands(int[][][][] low, int[][][][] high) {

    /** The 1e-9 keeps a share that is a whole number from floating to the next count. */
    private static final double ROUNDING = 1e-9;

    static Bands around(int[][] size, int[][] valueCount, int members, double band) {
        int[][][][] low = new int[size.length][][][];
        int[][][][] high = new int[size.length][][][];
        for (int s = 0; s < size.length; s++) {
            low[s] = new int[size[s].length][valueCount.length][];
            high[s] = new int[size[s].length][valueCount.length][];
            for (int t = 0; t < size[s].length; t++) {
                for (int a = 0; a < valueCount.length; a++) {
                    low[s][t][a] = lows(size[s][t], valueCount[a], members, band);
                    high[s][t][a] = highs(size[s][t], valueCount[a], members, band);
                }
            }
        }
        return new Bands(low, high);
    }

    private static int[] lows(int tableSize, int[] valueCount, int members, double band) {
        int[] low = new int[valueCount.length];
        for (int v = 0; v < low.length; v++) {
            double share = Layout.share(tableSize, valueCount[v], members);
            low[v] = (int) Math.max(0, Math.ceil(share - band - ROUNDING));
        }
        return low;
    }

    private static int[] highs(int tableSize, int[] valueCount, int members, double band) {
        int[] high = new int[valueCount.length];
        for (int v = 0; v < high.length; v++) {
            double share = Layout.share(tableSize, valueCount[v], members);
            high[v] = (int) Math.min(valueCount[v], Math.floor(share + band + ROUNDING));
        }
        return high;
    }
}
