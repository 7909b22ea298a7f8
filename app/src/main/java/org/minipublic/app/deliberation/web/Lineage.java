package org.minipublic.app.deliberation.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftId;
import org.minipublic.app.deliberation.DraftLink;

/**
 * Where a draft's text came from and where it went, for its page: the drafts it was merged or split from, and the
 * drafts it was merged or split into, each with its current title.
 */
public record Lineage(List<Draft> mergedFrom, List<Draft> splitFrom, List<Draft> mergedInto, List<Draft> splitInto) {

    static Lineage of(DraftId draft, List<DraftLink> links, List<Draft> all) {
        Map<DraftId, Draft> byId = all.stream().collect(Collectors.toMap(Draft::id, Function.identity()));
        return new Lineage(
                ends(links, l -> l.to().equals(draft), DraftLink.Kind.MERGE, DraftLink::from, byId),
                ends(links, l -> l.to().equals(draft), DraftLink.Kind.SPLIT, DraftLink::from, byId),
                ends(links, l -> l.from().equals(draft), DraftLink.Kind.MERGE, DraftLink::to, byId),
                ends(links, l -> l.from().equals(draft), DraftLink.Kind.SPLIT, DraftLink::to, byId));
    }

    public boolean isEmpty() {
        return mergedFrom.isEmpty() && splitFrom.isEmpty() && mergedInto.isEmpty() && splitInto.isEmpty();
    }

    private static List<Draft> ends(
            List<DraftLink> links,
            java.util.function.Predicate<DraftLink> side,
            DraftLink.Kind kind,
            Function<DraftLink, DraftId> end,
            Map<DraftId, Draft> byId) {
        return links.stream()
                .filter(side)
                .filter(l -> l.kind() == kind)
                .map(end)
                .filter(byId::containsKey)
                .map(byId::get)
                .toList();
    }
}
