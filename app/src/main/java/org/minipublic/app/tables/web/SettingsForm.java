package org.minipublic.app.tables.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.tables.TableSettings;
import org.springframework.validation.Errors;

/**
 * Table settings as typed: numbers as text (so "1,5" from a Polish keyboard reads as 1.5), accessible tables as a
 * list such as "1, 4". Public so that the binder can reach it.
 */
public class SettingsForm {

    private String tables = "";
    private List<String> diversify = new ArrayList<>();
    private String band = "1";
    private String accessibleTables = "";
    private List<String> needsAccessible = new ArrayList<>();
    private boolean interpretersTogether = true;
    private String seatsPerTable = "";

    static SettingsForm of(TableSettings settings) {
        var form = new SettingsForm();
        form.tables = Integer.toString(settings.tables());
        form.diversify = new ArrayList<>(settings.diversify());
        form.band = number(settings.band());
        form.accessibleTables = String.join(
                ", ",
                settings.accessibleTables().stream()
                        .sorted()
                        .map(String::valueOf)
                        .toList());
        form.needsAccessible = new ArrayList<>(
                settings.needsAccessible().stream().map(MemberId::toString).toList());
        form.interpretersTogether = settings.interpretersTogether();
        form.seatsPerTable = settings.seatsPerTable() == 0 ? "" : Integer.toString(settings.seatsPerTable());
        return form;
    }

    /** The settings, or null after rejecting each field that cannot be read. */
    @Nullable
    TableSettings toSettings(Errors errors) {
        Integer count = whole(tables, "tables", errors);
        Integer seats = seatsPerTable.isBlank() ? Integer.valueOf(0) : whole(seatsPerTable, "seatsPerTable", errors);
        Double width = null;
        try {
            width = Double.parseDouble(band.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.rejectValue("band", "tables.settings.band.range", new Object[] {TableSettings.WIDEST_BAND}, null);
        }
        Set<Integer> accessible = new HashSet<>();
        for (String part : accessibleTables.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                Integer table = whole(part, "accessibleTables", errors);
                if (table != null) {
                    accessible.add(table);
                }
            }
        }
        Set<MemberId> needs = new HashSet<>();
        for (String id : needsAccessible) {
            try {
                needs.add(new MemberId(UUID.fromString(id)));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("needsAccessible", "tables.settings.needs.unknown");
            }
        }
        if (errors.hasErrors() || count == null || width == null || seats == null) {
            return null;
        }
        return new TableSettings(count, diversify, width, accessible, needs, interpretersTogether, seats);
    }

    private static @Nullable Integer whole(String typed, String field, Errors errors) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "tables.settings.whole-number");
            }
            return null;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public String getTables() {
        return tables;
    }

    public void setTables(String tables) {
        this.tables = tables;
    }

    public List<String> getDiversify() {
        return diversify;
    }

    public void setDiversify(List<String> diversify) {
        this.diversify = diversify;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public String getAccessibleTables() {
        return accessibleTables;
    }

    public void setAccessibleTables(String accessibleTables) {
        this.accessibleTables = accessibleTables;
    }

    public List<String> getNeedsAccessible() {
        return needsAccessible;
    }

    public void setNeedsAccessible(List<String> needsAccessible) {
        this.needsAccessible = needsAccessible;
    }

    public boolean isInterpretersTogether() {
        return interpretersTogether;
    }

    public void setInterpretersTogether(boolean interpretersTogether) {
        this.interpretersTogether = interpretersTogether;
    }

    public String getSeatsPerTable() {
        return seatsPerTable;
    }

    public void setSeatsPerTable(String seatsPerTable) {
        this.seatsPerTable = seatsPerTable;
    }
}
