package org.minipublic.app.members;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

/**
 * An uploaded member file checked row by row. Any row with an error blocks the whole import, and each error names its
 * row and column. A row for someone already a member (same e-mail address, or same name and phone without one), or
 * repeating an earlier row, is skipped and reported, so importing the same file twice adds nobody.
 */
final class MemberFile {

    static final int MAX_ROWS = 2000;

    /** A row that will be imported. */
    record Entry(int row, NewMember member, Payment payment) {}

    /** A row left out as a duplicate. */
    record Skipped(int row, @Nullable Integer sameAsRow) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final int rows;

    private MemberFile(int rows) {
        this.rows = rows;
    }

    /** @param existing the duplicate keys of the assembly's members (see {@link #key}) */
    static MemberFile check(Table table, Set<String> existing) {
        var file = new MemberFile(table.rows().size());
        if (table.rows().size() > MAX_ROWS) {
            file.errors.add(new ImportProblem(0, null, "members.import.too-many-rows", List.of(MAX_ROWS)));
            return file;
        }
        var columns = MemberColumns.locate(table, file.errors);
        if (!file.errors.isEmpty()) {
            return file;
        }
        var categories = MemberColumns.categories(table, columns);
        if (categories.size() > MemberRules.MAX_CATEGORIES) {
            file.errors.add(new ImportProblem(0, null, "members.values.too-many", List.of(MemberRules.MAX_CATEGORIES)));
            return file;
        }
        file.categories.addAll(categories.values());
        var seen = new HashMap<String, Integer>();
        for (var row : table.rows()) {
            file.checkRow(new MemberRow(row, table.header(), columns, categories), existing, seen);
        }
        if (table.rows().isEmpty()) {
            file.errors.add(new ImportProblem(0, null, "members.import.no-rows", List.of()));
        }
        return file;
    }

    /** What identifies a person among an assembly's members: their e-mail address, or their name and phone. */
    static String key(String firstName, String lastName, String email, String phone) {
        if (!email.isBlank()) {
            return "email:" + email.strip().toLowerCase(Locale.ROOT);
        }
        return "phone:" + phone.replaceAll("[^0-9]", "") + ":"
                + (firstName.strip() + " " + lastName.strip()).toLowerCase(Locale.ROOT);
    }

    private void checkRow(MemberRow row, Set<String> existing, Map<String, Integer> seen) {
        var read = row.read();
        if (!read.problems().isEmpty()) {
            errors.addAll(read.problems());
            return;
        }
        var member = read.member();
        var profile = member.profile();
        String key = key(profile.firstName(), profile.lastName(), profile.email(), profile.phone());
        Integer earlier = seen.get(key);
        if (earlier != null || existing.contains(key)) {
            skipped.add(new Skipped(row.number(), earlier));
            return;
        }
        seen.put(key, row.number());
        entries.add(new Entry(row.number(), member, read.payment()));
    }

    List<Entry> entries() {
        return entries;
    }

    List<Skipped> skipped() {
        return skipped;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    List<String> categories() {
        return categories;
    }

    int rows() {
        return rows;
    }

    boolean canImport() {
        return errors.isEmpty() && !entries.isEmpty();
    }

    /** How many members to add prefer each language (stored form: a tag or a name). */
    Map<String, Integer> languages() {
        var counts = new TreeMap<String, Integer>();
        entries.forEach(e -> counts.merge(e.member().profile().language(), 1, Integer::sum));
        return counts;
    }

    long count(Predicate<MemberProfile> test) {
        return entries.stream().map(e -> e.member().profile()).filter(test).count();
    }

    /** The values of each category in the members to add, with their counts, categories in the file's order. */
    Map<String, Map<String, Integer>> makeUp() {
        var makeUp = new LinkedHashMap<String, Map<String, Integer>>();
        categories.forEach(c -> makeUp.put(c, new TreeMap<>()));
        entries.forEach(e -> e.member().values().forEach((c, v) -> makeUp.computeIfAbsent(c, k -> new TreeMap<>())
                .merge(v, 1, Integer::sum)));
        return makeUp;
    }
}
