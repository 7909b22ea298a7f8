package org.minipublic.app.recruitment;

import java.util.List;

/**
 * Registered respondents who share an e-mail address, a phone number, or a name and date of birth, and so may be one
 * person registered twice.
 *
 * @param kind what they share: {@code EMAIL}, {@code PHONE} or {@code NAME_AND_BIRTH}
 */
public record DuplicateGroup(String kind, List<RespondentDetails> respondents) {

    public DuplicateGroup {
        respondents = List.copyOf(respondents);
    }
}
