package org.minipublic.sortition.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes the draw record's JSON: objects one member per line in the order given, lists of plain values on one line,
 * lists of lists or objects one element per line. Written here rather than with a JSON library so that the engine's
 * users get only the engine, and so that the record's exact text is fixed by the engine itself.
 */
final class JsonText {

    private static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();

    private JsonText() {}

    /** @param value a map, list, string, number, boolean or {@code null}, nested as deep as needed */
    static String of(@Nullable Object value) {
        var json = new JsonText();
        json.value(value, 0);
        return json.text.append('\n').toString();
    }

    private void value(@Nullable Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            list(list, depth);
        } else {
            text.append(scalar(value));
        }
    }

    private void object(Map<?, ?> map, int depth) {
        // A map whose order changes from one run to the next made identical draws give different records.
        if (map.size() > 1 && !(map instanceof LinkedHashMap || map instanceof SortedMap)) {
            throw new IllegalArgumentException("a record's objects need a fixed member order, got " + map.getClass());
        }
        if (map.isEmpty()) {
            text.append("{}");
            return;
        }
        text.append("{\n");
        int i = 0;
        for (var entry : map.entrySet()) {
            text.append(INDENT.repeat(depth + 1))
                    .append(string(entry.getKey().toString()))
                    .append(": ");
            value(entry.getValue(), depth + 1);
            text.append(++i < map.size() ? ",\n" : "\n");
        }
        text.append(INDENT.repeat(depth)).append('}');
    }

    private void list(List<?> list, int depth) {
        if (list.stream().noneMatch(e -> e instanceof Map || e instanceof List)) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i > 0 ? ", " : "").append(scalar(list.get(i)));
            }
            text.append(']');
            return;
        }
        text.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            text.append(INDENT.repeat(depth + 1));
            value(list.get(i), depth + 1);
            text.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        text.append(INDENT.repeat(depth)).append(']');
    }

    private static String scalar(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }

    static String string(String s) {
        var quoted = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
