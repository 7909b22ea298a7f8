package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What makes two respondents likely the same person: the same e-mail address (whatever its case), the same phone
 * number (digits only, a UK number written with +44 or 0044 the same as with 0), or the same first and last name with
 * the same date of birth. Each key starts with its kind, so keys of different kinds never match.
 */
final class DuplicateKeys {

    /** The kinds of key, as the duplicates page names them. */
    enum Kind {
        EMAIL,
        PHONE,
        NAME_AND_BIRTH
    }

    /** One key: its kind and the normalised text that matched. */
    record Key(Kind kind, String text) {}

    private DuplicateKeys() {}

    static List<Key> of(String firstName, String lastName, String email, String phone, @Nullable LocalDate birth) {
        var keys = new ArrayList<Key>();
        if (!email.isBlank()) {
            keys.add(new Key(Kind.EMAIL, email.strip().toLowerCase(Locale.ROOT)));
        }
        String digits = phoneDigits(phone);
        if (!digits.isEmpty()) {
            keys.add(new Key(Kind.PHONE, digits));
        }
        String name = (firstName.strip() + " " + lastName.strip())
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        if (birth != null && !name.isBlank()) {
            keys.add(new Key(Kind.NAME_AND_BIRTH, name + " " + birth));
        }
        return keys;
    }

    static List<Key> of(NewRespondent person) {
        return of(person.firstName(), person.lastName(), person.email(), person.phone(), person.dateOfBirth());
    }

    /** The number's digits, with a UK country code (+44, 0044) written as the leading 0 it stands for. */
    static String phoneDigits(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        String national;
        if (digits.startsWith("0044")) {
            national = digits.substring(4);
        } else if (digits.startsWith("44") && phone.strip().startsWith("+")) {
            national = digits.substring(2);
        } else {
            return digits;
        }
        return national.startsWith("0") ? national : "0" + national; // +44 (0)20… keeps one 0
    }
}
