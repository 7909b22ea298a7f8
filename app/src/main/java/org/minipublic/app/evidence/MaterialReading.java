package org.minipublic.app.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Component;

/** Puts materials together for reading, after the facade has checked who asks. */
@Component
class MaterialReading {

    private final MaterialRecords records;
    private final MaterialVersionRecords versions;
    private final CommentRecords comments;
    private final Identity identity;

    MaterialReading(
            MaterialRecords records, MaterialVersionRecords versions, CommentRecords comments, Identity identity) {
        this.records = records;
        this.versions = versions;
        this.comments = comments;
        this.identity = identity;
    }

    /** @throws MaterialNotFoundException when the assembly has no such material */
    Material find(AssemblyId assembly, MaterialId id) {
        return records.find(assembly, id).orElseThrow(() -> new MaterialNotFoundException(id));
    }

    List<MaterialSummary> summaries(AssemblyId assembly) {
        var titles = versions.titles(assembly);
        var languages = versions.languages(assembly);
        var published = records.publishedIds(assembly);
        return records.all(assembly).stream()
                .map(m -> summary(m, titles, languages, published.contains(m.id())))
                .toList();
    }

    MaterialView view(AssemblyId assembly, MaterialId id) {
        var material = find(assembly, id);
        var all = versions.all(id, material.language());
        var title = all.stream()
                .filter(v -> v.language().equals(material.language()))
                .findFirst()
                .map(VersionInfo::title)
                .orElse("");
        var translations = all.stream()
                .map(VersionInfo::language)
                .filter(l -> !l.equals(material.language()))
                .distinct()
                .toList();
        var published = all.stream().anyMatch(VersionInfo::published);
        return new MaterialView(new MaterialSummary(material, title, published, translations), all, comments(id));
    }

    List<BalanceRow> balance(AssemblyId assembly) {
        Map<String, Map<Perspective, Integer>> byTopic = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (var summary : summaries(assembly)) {
            var counts = byTopic.computeIfAbsent(summary.material().details().topic(), t -> zeros());
            if (approved(summary)) {
                counts.merge(summary.material().details().perspective(), 1, Integer::sum);
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        byTopic.forEach((topic, counts) -> rows.add(new BalanceRow(topic, counts)));
        return rows;
    }

    private List<MaterialComment> comments(MaterialId id) {
        var stored = comments.all(id);
        var authors = new HashSet<UserId>();
        stored.stream()
                .map(CommentRecords.Stored::author)
                .filter(Objects::nonNull)
                .forEach(authors::add);
        var names = identity.displayNames(authors);
        return stored.stream()
                .map(c -> new MaterialComment(name(c.author(), names), c.body(), c.at()))
                .toList();
    }

    private static String name(@org.jspecify.annotations.Nullable UserId author, Map<UserId, String> names) {
        return author == null ? "system" : names.getOrDefault(author, "?");
    }

    private static boolean approved(MaterialSummary summary) {
        var status = summary.material().status();
        return summary.published() || status == MaterialStatus.APPROVED || status == MaterialStatus.PUBLISHED;
    }

    private static Map<Perspective, Integer> zeros() {
        Map<Perspective, Integer> counts = new EnumMap<>(Perspective.class);
        for (var perspective : Perspective.values()) {
            counts.put(perspective, 0);
        }
        return counts;
    }

    private static MaterialSummary summary(
            Material material, Map<MaterialId, String> titles, Map<MaterialId, List<String>> languages, boolean pub) {
        var translations = languages.getOrDefault(material.id(), List.of()).stream()
                .filter(l -> !l.equals(material.language()))
                .toList();
        return new MaterialSummary(material, titles.getOrDefault(material.id(), ""), pub, translations);
    }
}
