package org.minipublic.app.recruitment;

import java.util.List;

/**
 * People whose records were deleted: their ids, so that other modules can delete what they hold about them. Other
 * modules find what they hold by these ids, never by an address, which someone else may share.
 */
public record Forgotten(List<RespondentId> respondents) {

    public Forgotten {
        respondents = List.copyOf(respondents);
    }

    public int count() {
        return respondents.size();
    }

    @Override
    public String toString() {
        return "Forgotten[" + respondents.size() + " respondents]";
    }
}
