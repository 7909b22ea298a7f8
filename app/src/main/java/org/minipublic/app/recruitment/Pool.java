package org.minipublic.app.recruitment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondent pool: everyone registered and not withdrawn. Organisers see it listed; the lottery sees it as
 * households and category values only, with age bands and areas worked out here so nobody pre-processes a
 * spreadsheet.
 */
@Service
public class Pool {

    public static final int PAGE_SIZE = 50;

    private final PoolRecords records;
    private final RegistrationSetup setup;

    Pool(PoolRecords records, RegistrationSetup setup) {
        this.records = records;
        this.setup = setup;
    }

    /** Every registered respondent with their value in every category, in order of registration. */
    @Transactional(readOnly = true)
    public List<PoolMember> members(AssemblyId assembly) {
        var categories = setup.categories(assembly);
        var reference = setup.settings(assembly).referenceDate();
        return records.registered(assembly).stream()
                .map(raw -> new PoolMember(raw.id(), raw.household(), values(raw, categories, reference)))
                .toList();
    }

    /** How many registered respondents have each value of each category, in the categories' order. */
    @Transactional(readOnly = true)
    public Map<Category, Map<String, Integer>> composition(AssemblyId assembly) {
        var categories = setup.categories(assembly);
        var members = members(assembly);
        var composition = new LinkedHashMap<Category, Map<String, Integer>>();
        for (var category : categories) {
            var counts = new LinkedHashMap<String, Integer>();
            category.values().forEach(value -> counts.put(value, 0));
            var extra = new TreeMap<String, Integer>();
            for (var member : members) {
                String value = member.values().get(category.name());
                if (value != null) {
                    (counts.containsKey(value) ? counts : extra).merge(value, 1, Integer::sum);
                }
            }
            counts.putAll(extra);
            composition.put(category, counts);
        }
        return composition;
    }

    /** One page (from 0) of the pool, newest first, optionally only names or e-mail addresses containing the search. */
    @Transactional(readOnly = true)
    public RespondentPage page(AssemblyId assembly, String search, int page) {
        String query = search.strip();
        long total = records.count(assembly, query);
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int safe = Math.min(Math.max(0, page), last);
        return new RespondentPage(records.page(assembly, query, safe * PAGE_SIZE, PAGE_SIZE), safe, last + 1, total);
    }

    private static Map<String, String> values(
            PoolRecords.Raw raw, List<Category> categories, java.time.LocalDate reference) {
        var values = new HashMap<String, String>();
        for (var category : categories) {
            switch (category.kind()) {
                case AREA -> values.put(category.name(), raw.area());
                case AGE ->
                    category.ageBand(raw.birth(), reference).ifPresent(band -> values.put(category.name(), band));
                case ASKED -> {
                    String answer = raw.answers().get(category.id());
                    if (answer != null) {
                        values.put(category.name(), answer);
                    }
                }
            }
        }
        return values;
    }
}
