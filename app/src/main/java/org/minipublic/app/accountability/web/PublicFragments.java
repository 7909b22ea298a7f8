package org.minipublic.app.accountability.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.PublicRecord;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public accountability page's heavy parts (every recommendation's card, the action plan and its updates),
 * rendered once and reused while the record they show is unchanged. Reading the record takes a few milliseconds;
 * rendering sixty cards took about sixty (docs/benchmarks.md). The page around them is still rendered per request,
 * since it carries each visitor's form token and messages.
 */
@Component
class PublicFragments {

    /** Assemblies × languages × filters is small; past this many, start again rather than track use. */
    private static final int LIMIT = 512;

    private record Key(AssemblyId assembly, Locale locale, @Nullable ActionStatus chosen, String part) {}

    private record Entry(PublicRecord record, String html) {}

    private final ITemplateEngine templates;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    PublicFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    String recommendations(AssemblyId assembly, PublicRecord record, Locale locale) {
        return render(new Key(assembly, locale, null, "recommendations"), record, Map.of("record", record));
    }

    String meetings(AssemblyId assembly, PublicRecord record, Locale locale) {
        return render(new Key(assembly, locale, null, "meetings"), record, Map.of("record", record));
    }

    String plan(AssemblyId assembly, PublicRecord record, @Nullable ActionStatus chosen, Locale locale) {
        return render(
                new Key(assembly, locale, chosen, "plan"),
                record,
                Map.of("record", record, "actions", StatusFilter.apply(record.actions(), chosen)));
    }

    private String render(Key key, PublicRecord record, Map<String, Object> variables) {
        var hit = cache.get(key);
        if (hit != null && hit.record().equals(record)) {
            return hit.html();
        }
        String html = templates.process(
                "accountability/public-parts", Set.of(key.part()), new Context(key.locale(), new HashMap<>(variables)));
        if (cache.size() >= LIMIT) {
            cache.clear();
        }
        cache.put(key, new Entry(record, html));
        return html;
    }
}
