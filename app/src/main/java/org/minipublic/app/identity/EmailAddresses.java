package org.minipublic.app.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.minipublic.app.shared.InvalidInputException;

/** How e-mail addresses are checked and compared: trimmed, lower-cased, one @ and a dot in the domain. */
final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {}

    static String normalise(String field, String email) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new InvalidInputException(field, "email.required");
        }
        if (normalised.length() > 254 || !SHAPE.matcher(normalised).matches()) {
            throw new InvalidInputException(field, "email.invalid");
        }
        return normalised;
    }
}
