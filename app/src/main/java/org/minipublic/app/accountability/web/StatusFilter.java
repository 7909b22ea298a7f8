package org.minipublic.app.accountability.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Action;
import org.minipublic.app.accountability.ActionStatus;

/** Filtering actions by status, as the staff and public lists do, and counting them per status. */
final class StatusFilter {

    private StatusFilter() {}

    /** The status named, or null (all) for anything else. */
    static @Nullable ActionStatus parse(String text) {
        return Arrays.stream(ActionStatus.values())
                .filter(s -> s.name().equals(text))
                .findFirst()
                .orElse(null);
    }

    static List<Action> apply(List<Action> actions, @Nullable ActionStatus status) {
        return status == null
                ? actions
                : actions.stream().filter(a -> a.status() == status).toList();
    }

    /** How many actions are in each status, in the order of {@link ActionStatus}. */
    static List<Integer> counts(List<Action> actions) {
        return Arrays.stream(ActionStatus.values())
                .map(s -> (int) actions.stream().filter(a -> a.status() == s).count())
                .toList();
    }
}
