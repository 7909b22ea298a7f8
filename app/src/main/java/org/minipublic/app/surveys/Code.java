package org.minipublic.app.surveys;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A code (theme) for free-text answers, such as "Lighting" under "Public spaces".
 *
 * @param keywords words that suggest this code for an answer that contains them (a word's start is enough:
 *     "light" matches "lighting")
 * @param depth 0 for a top-level code, 1 for one under it, and so on
 */
public record Code(CodeId id, @Nullable CodeId parent, String name, List<String> keywords, int depth) {

    public Code {
        keywords = List.copyOf(keywords);
    }

    /** Whether the answer's words suggest this code. */
    public boolean suggests(String answer) {
        var text = answer.toLowerCase(Locale.ROOT);
        for (var keyword : keywords) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)))
                    .matcher(text)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** The keywords as the organiser types them, separated by commas. */
    public String keywordList() {
        return String.join(", ", keywords);
    }
}
