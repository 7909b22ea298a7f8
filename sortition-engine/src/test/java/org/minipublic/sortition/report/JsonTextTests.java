package org.minipublic.sortition.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record's JSON: members in the order given, plain lists on one line, text escaped. */
class JsonTextTests {

    @Test
    void writesMembersInTheOrderGivenAndPlainListsOnOneLine() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", "1");
        record.put("name", "draw");
        record.put("ids", List.of("a", "b"));
        record.put("pairs", List.of(List.of("a", 0.5), List.of("b", 1)));
        record.put("none", Arrays.asList((Object) null));

        assertThat(JsonText.of(record))
                .isEqualTo(
                        """
                        {
                          "version": "1",
                          "name": "draw",
                          "ids": ["a", "b"],
                          "pairs": [
                            ["a", 0.5],
                            ["b", 1]
                          ],
                          "none": [null]
                        }
                        """);
    }

    @Test
    void refusesAMapWhoseOrderCouldChangeFromOneRunToTheNext() {
        Map<String, Object> unordered = new HashMap<>(Map.of("name", "x", "version", "1"));
        assertThatThrownBy(() -> JsonText.of(Map.of("engine", unordered)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed member order");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonText.string("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"");
    }
}
