package org.minipublic.grouping;

import java.util.List;

/** The hard rules cannot all hold; each message names the people, sessions or tables involved. */
public class RulesConflictException extends RuntimeException {

    private final transient List<String> conflicts;

    public RulesConflictException(List<String> conflicts) {
        super(String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
