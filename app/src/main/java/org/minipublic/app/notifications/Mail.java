package org.minipublic.app.notifications;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plain-text e-mail to one recipient. This is where every header value is made safe: line breaks and other
 * control characters in the subject (which carries user-entered text such as an assembly title) become spaces, so no
 * value can start a header of its own, and a recipient holding any is refused.
 *
 * @param secrets parts of the body that work only once, such as an invitation link: they are delivered, but the
 *     stored copy of the message shows {@link #REMOVED} in their place
 */
public record Mail(String recipient, String subject, String body, Set<String> secrets) {

    /** What the stored copy of a message shows instead of a one-time link. */
    public static final String REMOVED = "[one-time link removed]";

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (CONTROL.matcher(recipient).find() || recipient.isBlank()) {
            throw new IllegalArgumentException("a recipient address holds no control characters");
        }
        subject = CONTROL.matcher(subject).replaceAll(" ").strip();
        secrets = Set.copyOf(secrets);
    }

    public Mail(String recipient, String subject, String body) {
        this(recipient, subject, body, Set.of());
    }

    /** This mail, with one part of its body kept out of storage. */
    public Mail withSecret(String secret) {
        if (!body.contains(secret)) {
            throw new IllegalArgumentException("the secret must be part of the body");
        }
        var all = new HashSet<>(secrets);
        all.add(secret);
        return new Mail(recipient, subject, body, all);
    }

    /** The body as it may be stored and shown: every secret replaced by {@link #REMOVED}. */
    public String storedBody() {
        String stored = body;
        for (String secret : secrets) {
            stored = stored.replace(secret, REMOVED);
        }
        return stored;
    }

    @Override
    public String toString() {
        return "Mail[subject=" + subject + "]"; // the address is personal data and the body may hold a secret
    }
}
