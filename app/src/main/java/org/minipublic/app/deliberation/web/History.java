package org.minipublic.app.deliberation.web;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.deliberation.Draft;
import org.minipublic.app.deliberation.DraftVersion;
import org.minipublic.app.deliberation.WordDiff;

/** A draft's history for its page: each version beside the one before it, word by word. */
final class History {

    private History() {}

    /** A version beside the one before it, word by word. */
    record Change(
            DraftVersion version, List<WordDiff.Part> title, List<WordDiff.Part> body, List<WordDiff.Part> rationale) {}

    /** Each version after the first beside the one before, newest first. */
    static List<Change> changes(Draft draft) {
        var changes = new ArrayList<Change>();
        var versions = draft.versions();
        for (int i = versions.size() - 1; i >= 1; i--) {
            var before = versions.get(i - 1).text();
            var after = versions.get(i).text();
            changes.add(new Change(
                    versions.get(i),
                    WordDiff.between(before.title(), after.title()),
                    WordDiff.between(before.body(), after.body()),
                    WordDiff.between(before.rationale(), after.rationale())));
        }
        return changes;
    }
}
