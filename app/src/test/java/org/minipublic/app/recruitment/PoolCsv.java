package org.minipublic.app.recruitment;

import java.nio.charset.StandardCharsets;

/** Respondent files for tests, with the columns {@link RegistrationFixture}'s assemblies need. */
final class PoolCsv {

    static final String HEADER =
            "first name,last name,email,phone,date of birth,area,language,availability,household,Gender,Ethnic group,Disability";

    private PoolCsv() {}

    /** The header and the rows, each a line of the CSV. */
    static byte[] of(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A valid row: a woman born in 1980 in Area A, with the given names, e-mail address and household key. */
    static String person(String first, String last, String email, String household) {
        return first + "," + last + "," + email + ",,1980-05-17,Area A,en,ALL," + household + ",Woman,White,No";
    }
}
