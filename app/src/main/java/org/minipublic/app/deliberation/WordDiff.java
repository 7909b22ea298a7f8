package org.minipublic.app.deliberation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word (java-diff-utils' Myers diff over words, each with the spaces before it),
 * so that a page can show removed words struck through and added ones underlined.
 */
public final class WordDiff {

    private static final Pattern TOKENS = Pattern.compile("\\s*\\S+|\\s+$");

    /** A run of text that both texts share, or that only the old or only the new one has. */
    public record Part(Kind kind, String text) {

        public enum Kind {
            SAME,
            REMOVED,
            ADDED
        }
    }

    private WordDiff() {}

    public static List<Part> between(String before, String after) {
        var old = tokens(before);
        var patch = DiffUtils.diff(old, tokens(after));
        var parts = new ArrayList<Part>();
        int at = 0;
        for (var delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, Part.Kind.SAME, old.subList(at, start));
            if (delta.getType() != DeltaType.INSERT) {
                add(parts, Part.Kind.REMOVED, delta.getSource().getLines());
            }
            if (delta.getType() != DeltaType.DELETE) {
                add(parts, Part.Kind.ADDED, delta.getTarget().getLines());
            }
            at = start + delta.getSource().size();
        }
        add(parts, Part.Kind.SAME, old.subList(at, old.size()));
        return parts;
    }

    private static void add(List<Part> parts, Part.Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            parts.add(new Part(kind, String.join("", tokens)));
        }
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
