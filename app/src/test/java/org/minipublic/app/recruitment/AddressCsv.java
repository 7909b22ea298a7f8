package org.minipublic.app.recruitment;

import java.nio.charset.StandardCharsets;

/** Address files for tests: {@code count} distinct addresses spread over {@code areas} areas. */
final class AddressCsv {

    private AddressCsv() {}

    static byte[] of(int count, int areas) {
        return of(0, count, areas);
    }

    /** Addresses numbered from {@code first}, so that two files can overlap or not. */
    static byte[] of(int first, int count, int areas) {
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        for (int i = first; i < first + count; i++) {
            csv.append(i + 1)
                    .append(" Test Road,Flat ")
                    .append(i % 7)
                    .append(",Testford,TE")
                    .append(i % 90 + 1)
                    .append(' ')
                    .append(i % 9)
                    .append("AA,Area ")
                    .append((char) ('A' + i % areas))
                    .append(',')
                    .append(100_000 + i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
