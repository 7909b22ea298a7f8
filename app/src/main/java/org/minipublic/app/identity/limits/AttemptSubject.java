package org.minipublic.app.identity.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link AttemptLimit} counts: text as someone typed it (a login, an e-mail address, a code; trimmed and
 * lower-case) or a client address. Only a hash of the value is stored, so neither its length nor its content reaches
 * the database.
 */
public record AttemptSubject(AttemptLimit limit, String value) {

    /** Text as someone typed it, such as a login, an e-mail address or a code. */
    public static AttemptSubject typed(AttemptLimit limit, @Nullable String typed) {
        return new AttemptSubject(limit, typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A client address. IPv6 addresses count by their /64 network, because one subscriber usually holds a whole /64
     * and could otherwise use a fresh address for every attempt.
     */
    public static AttemptSubject address(AttemptLimit limit, @Nullable String remoteAddress) {
        return new AttemptSubject(limit, network(remoteAddress));
    }

    private static String network(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (!remoteAddress.contains(":")) {
            return remoteAddress.trim();
        }
        try {
            // A literal IPv6 address: parsed without any name lookup.
            byte[] bytes = InetAddress.getByName(remoteAddress.trim()).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : remoteAddress.trim();
        } catch (UnknownHostException e) {
            return remoteAddress.trim();
        }
    }

    @Override
    public String toString() {
        return "AttemptSubject[" + limit + "]"; // the value may be an e-mail address or a client address
    }
}
