package org.minipublic.app.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.TargetSet;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.InvalidInputException;

/**
 * The targets form: the panel size, and per value its population share (optional), minimum and maximum. Numbers are
 * typed as text so that "12,5" from a Polish keyboard is read like "12.5" and a wrong entry is named, not lost.
 */
public class TargetsForm {

    private String panelSize = "";
    private int tolerance = 1;
    private List<Row> rows = new ArrayList<>();

    /** One value of one category. */
    public static class Row {
        private String category = "";
        private String value = "";
        private String population = "";
        private String min = "";
        private String max = "";

        Row() {}

        Row(String category, String value) {
            this.category = category;
            this.value = value;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(@Nullable String category) {
            this.category = category == null ? "" : category;
        }

        public String getValue() {
            return value;
        }

        public void setValue(@Nullable String value) {
            this.value = value == null ? "" : value;
        }

        public String getPopulation() {
            return population;
        }

        public void setPopulation(@Nullable String population) {
            this.population = population == null ? "" : population;
        }

        public String getMin() {
            return min;
        }

        public void setMin(@Nullable String min) {
            this.min = min == null ? "" : min;
        }

        public String getMax() {
            return max;
        }

        public void setMax(@Nullable String max) {
            this.max = max == null ? "" : max;
        }
    }

    /** A row for every value, filled from the current targets where they have one. */
    static TargetsForm of(Map<Category, List<String>> values, @Nullable TargetSet current) {
        var form = new TargetsForm();
        if (current != null) {
            form.panelSize = Integer.toString(current.panelSize());
        }
        values.forEach((category, list) -> list.forEach(value -> {
            var row = new Row(category.name(), value);
            if (current != null) {
                current.targets().stream()
                        .filter(t -> t.category().equals(category.name())
                                && t.value().equals(value))
                        .findFirst()
                        .ifPresent(t -> {
                            row.min = Integer.toString(t.min());
                            row.max = Integer.toString(t.max());
                            row.population = t.population() == null ? "" : format(t.population());
                        });
            }
            form.rows.add(row);
        }));
        return form;
    }

    /** Fills minimum and maximum of every row with a population share. */
    void computeFromShares() {
        int size = panelSizeValue();
        for (var row : rows) {
            if (!row.population.isBlank()) {
                var target = Targets.proportional(row.category, row.value, share(row), size, tolerance);
                row.min = Integer.toString(target.min());
                row.max = Integer.toString(target.max());
            }
        }
    }

    List<Target> toTargets() {
        var targets = new ArrayList<Target>();
        for (var row : rows) {
            targets.add(new Target(
                    row.category,
                    row.value,
                    seats(row, row.min),
                    seats(row, row.max),
                    row.population.isBlank() ? null : share(row)));
        }
        return targets;
    }

    int panelSizeValue() {
        try {
            int size = Integer.parseInt(panelSize.strip());
            if (size >= 1 && size <= 10_000) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException("panelSize", "selection.targets.panel-size");
    }

    private static int seats(Row row, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rows", "selection.target.seats", row.category, row.value);
        }
    }

    private static double share(Row row) {
        try {
            return Double.parseDouble(row.population.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rows", "selection.target.population", row.category, row.value);
        }
    }

    private static String format(double share) {
        return share == Math.rint(share) ? Long.toString((long) share) : Double.toString(share);
    }

    public String getPanelSize() {
        return panelSize;
    }

    public void setPanelSize(@Nullable String panelSize) {
        this.panelSize = panelSize == null ? "" : panelSize;
    }

    public int getTolerance() {
        return tolerance;
    }

    public void setTolerance(int tolerance) {
        this.tolerance = Math.max(0, Math.min(tolerance, 20));
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
