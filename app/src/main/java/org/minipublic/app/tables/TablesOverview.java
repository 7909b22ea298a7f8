package org.minipublic.app.tables;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every session with its tables, and the latest run of the engine.
 *
 * @param latest the latest run, or null before the first
 */
public record TablesOverview(List<SessionTables> sessions, @Nullable PlanRun latest) {

    public TablesOverview {
        sessions = List.copyOf(sessions);
    }

    public boolean anyPlanned() {
        return sessions.stream().anyMatch(SessionTables::planned);
    }
}
