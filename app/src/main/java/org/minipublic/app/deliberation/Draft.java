package org.minipublic.app.deliberation;

import java.util.List;

/**
 * A draft recommendation with its history, oldest version first.
 *
 * @param tableLabel the table that wrote it, as the facilitator names it ("Table 3"), or empty
 */
public record Draft(DraftId id, ThemeId theme, String tableLabel, DraftStatus status, List<DraftVersion> versions) {

    public Draft {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a draft has at least its first version");
        }
    }

    public DraftVersion current() {
        return versions.get(versions.size() - 1);
    }

    public int version() {
        return current().number();
    }

    public DraftVersion version(int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new DraftNotFoundException(id));
    }
}
