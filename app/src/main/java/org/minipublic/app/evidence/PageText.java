package org.minipublic.app.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * How a written page's plain text is laid out: blank lines separate blocks; a block whose lines all start with
 * {@code "- "} is a list, a one-line block starting with {@code "# "} a heading, and any other a paragraph whose line
 * breaks are kept. Pages show the blocks' text escaped, so nothing typed can act as markup.
 */
public final class PageText {

    /** What a block is. */
    public enum Kind {
        HEADING,
        LIST,
        PARAGRAPH
    }

    /** One block and its lines, without the markers. */
    public record Block(Kind kind, List<String> lines) {

        /** The lines joined by line breaks, for a paragraph shown with its breaks. */
        public String text() {
            return String.join("\n", lines);
        }
    }

    private PageText() {}

    public static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        for (var chunk : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            var lines = chunk.strip().lines().map(String::strip).toList();
            if (!lines.isEmpty()) {
                blocks.add(block(lines));
            }
        }
        return blocks;
    }

    private static Block block(List<String> lines) {
        if (lines.size() == 1 && lines.get(0).startsWith("# ")) {
            return new Block(Kind.HEADING, List.of(lines.get(0).substring(2).strip()));
        }
        if (lines.stream().allMatch(line -> line.startsWith("- "))) {
            return new Block(
                    Kind.LIST,
                    lines.stream().map(line -> line.substring(2).strip()).toList());
        }
        return new Block(Kind.PARAGRAPH, lines);
    }
}
