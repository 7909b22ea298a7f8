package org.minipublic.app.notifications;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text message (SMS) to one phone number. The number is refused unless it holds digits and the usual separators
 * only, so no value can smuggle anything else to a provider.
 */
public record TextMessage(String phone, String body) {

    /** Longer texts are split by phones into parts; reminders stay well within a few. */
    public static final int MAX_BODY = 640;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,30}");

    public TextMessage {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(body, "body");
        phone = phone.strip();
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("not a phone number");
        }
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("a text holds 1 to " + MAX_BODY + " characters");
        }
    }

    /** Whether this looks like a number a text can go to. */
    public static boolean isPhone(String phone) {
        return PHONE.matcher(phone.strip()).matches();
    }

    @Override
    public String toString() {
        return "TextMessage[" + body.length() + " characters]"; // the number is personal data
    }
}
