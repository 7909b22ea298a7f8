package org.minipublic.app.tables;

import org.minipublic.app.members.MemberId;

/** A member at a table, as plans show them: name, language and whether they need an interpreter. */
public record SeatedMember(MemberId id, String name, String language, boolean interpreter) {

    @Override
    public String toString() {
        return "SeatedMember[" + id + "]";
    }
}
