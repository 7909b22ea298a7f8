package org.minipublic.app.recruitment;

import org.jspecify.annotations.Nullable;

/**
 * A person from a respondent file, checked and ready to import.
 *
 * @param row the file's row, for messages
 * @param area the area as the assembly spells it, or empty when the assembly does not stratify by area
 * @param householdKey what the file gave to say who lives together, or {@code null}
 */
record ImportedRespondent(int row, NewRespondent person, String area, @Nullable String householdKey) {

    @Override
    public String toString() {
        return "ImportedRespondent[row " + row + "]"; // the rest is personal data
    }
}
