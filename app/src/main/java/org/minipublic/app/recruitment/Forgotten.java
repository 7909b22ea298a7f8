package org.minipublic.app.recruitment;

import java.util.List;

/**
 * People whose records were deleted: their ids, so that other modules can delete what they hold about them, and the
 * e-mail addresses they gave, so that stored messages to them can be blanked. Held in memory only, never stored.
 */
public record Forgotten(List<RespondentId> respondents, List<String> addresses) {

    public Forgotten {
        respondents = List.copyOf(respondents);
        addresses = List.copyOf(addresses);
    }

    public int count() {
        return respondents.size();
    }

    @Override
    public String toString() {
        return "Forgotten[" + respondents.size() + " respondents]"; // addresses are personal data
    }
}
