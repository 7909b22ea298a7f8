package org.minipublic.app.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The composition of a panel as bar charts, one per category: for each value the panel's share (bar), the target's
 * range of shares (band behind it) and the population's share (mark), all in per cent of the panel, so that an
 * organiser or an observer sees at a glance whether the panel mirrors the population. The geometry is worked out here
 * and drawn as SVG by the template; the composition table beside it holds the same figures as text.
 *
 * @param categories one chart per category, in the rows' order
 */
public record CompositionChart(List<Chart> categories) {

    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 200;
    public static final int PLOT_WIDTH = 360;
    public static final int ROW_HEIGHT = 30;
    public static final int TOP = 8;
    public static final int AXIS_SPACE = 28;

    /**
     * One category's chart.
     *
     * @param height of the whole drawing, in SVG units
     * @param scale the share, in per cent, at the right end of the plot
     */
    public record Chart(String category, int height, int scale, List<Bar> bars, List<Tick> ticks) {}

    /**
     * One value's line.
     *
     * @param y the top of its line
     * @param panelWidth the bar: the panel's share
     * @param targetX where the band of the target's range starts
     * @param targetWidth how wide that band is (at least 2, so that a fixed number shows)
     * @param populationX where the population's mark stands, when the population share is known
     */
    public record Bar(
            String value,
            int selected,
            double panelShare,
            int y,
            double panelWidth,
            double targetX,
            double targetWidth,
            @Nullable Double populationX) {

        /** The value as written beside its bar, shortened when it would run past the label space. */
        public String label() {
            return value.length() <= 30 ? value : value.substring(0, 29) + "\u2026";
        }

        public int textY() {
            return y + ROW_HEIGHT / 2 + 5;
        }

        public int bandY() {
            return y + 3;
        }

        public int barY() {
            return y + 9;
        }

        /** The figures stand in a column of their own right of the plot, clear of the bands and marks. */
        public double labelX() {
            return LABEL_WIDTH + 10 + PLOT_WIDTH + 10;
        }
    }

    /** A line across the plot, labelled with its share. */
    public record Tick(double x, int share) {}

    public static CompositionChart of(List<CompositionRow> rows, int panelSize) {
        var byCategory = new LinkedHashMap<String, List<CompositionRow>>();
        rows.forEach(row -> byCategory
                .computeIfAbsent(row.category(), c -> new ArrayList<>())
                .add(row));
        var charts = new ArrayList<Chart>();
        byCategory.forEach((category, values) -> charts.add(chart(category, values, panelSize)));
        return new CompositionChart(List.copyOf(charts));
    }

    private static Chart chart(String category, List<CompositionRow> values, int panelSize) {
        int scale = scale(values, panelSize);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < values.size(); i++) {
            var row = values.get(i);
            double share = percent(row.selected(), panelSize);
            double from = x(percent(row.min(), panelSize), scale);
            double to = x(percent(row.max(), panelSize), scale);
            Double population = row.population();
            bars.add(new Bar(
                    row.value(),
                    row.selected(),
                    share,
                    TOP + i * ROW_HEIGHT,
                    x(share, scale) - x(0, scale),
                    from,
                    Math.max(2, to - from),
                    population == null ? null : x(population, scale)));
        }
        var ticks = new ArrayList<Tick>();
        int step = scale <= 40 ? 10 : 20;
        for (int share = 0; share <= scale; share += step) {
            ticks.add(new Tick(x(share, scale), share));
        }
        return new Chart(category, TOP + values.size() * ROW_HEIGHT + AXIS_SPACE, scale, bars, ticks);
    }

    /** The right end of the plot: the largest share shown, rounded up to a multiple of 10 per cent. */
    private static int scale(List<CompositionRow> values, int panelSize) {
        double largest = 10;
        for (var row : values) {
            largest = Math.max(largest, percent(Math.max(row.selected(), row.max()), panelSize));
            Double population = row.population();
            if (population != null) {
                largest = Math.max(largest, population);
            }
        }
        return (int) Math.min(100, Math.ceil(largest / 10 - 1e-9) * 10);
    }

    private static double percent(int seats, int panelSize) {
        return panelSize == 0 ? 0 : 100.0 * seats / panelSize;
    }

    private static double x(double share, int scale) {
        return LABEL_WIDTH + 10 + PLOT_WIDTH * Math.min(share, scale) / scale;
    }
}
