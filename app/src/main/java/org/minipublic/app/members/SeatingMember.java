package org.minipublic.app.members;

import java.util.Map;

/**
 * An active member as a table plan needs them: name, language and needs from the summary, and their values in the
 * stratification categories (special-category data, read only by those who manage members).
 */
public record SeatingMember(MemberSummary summary, Map<String, String> values) {

    public SeatingMember {
        values = Map.copyOf(values);
    }

    public MemberId id() {
        return summary.id();
    }

    @Override
    public String toString() {
        return "SeatingMember[" + summary.id() + "]";
    }
}
