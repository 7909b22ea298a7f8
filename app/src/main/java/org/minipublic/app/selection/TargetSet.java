package org.minipublic.app.selection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One saved version of an assembly's targets, with the panel size they were set for.
 *
 * @param savedBy the audit log's name for who saved it
 */
public record TargetSet(
        TargetSetId id, int version, int panelSize, List<Target> targets, Instant savedAt, String savedBy) {

    public TargetSet {
        targets = List.copyOf(targets);
    }

    /** The targets grouped by category, in the order they were saved. */
    public Map<String, List<Target>> byCategory() {
        var grouped = new LinkedHashMap<String, List<Target>>();
        targets.forEach(t -> grouped.computeIfAbsent(t.category(), c -> new java.util.ArrayList<>())
                .add(t));
        return grouped;
    }
}
