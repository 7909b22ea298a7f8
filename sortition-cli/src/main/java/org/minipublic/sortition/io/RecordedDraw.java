package org.minipublic.sortition.io;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.Completion;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.report.DrawRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draw record read back from its JSON: the settings a re-run needs, and a comparison of its content with the
 * re-run's record. Content, not bytes, is compared, so a record that gained a line ending or lost its last newline
 * on the way (e-mail, Windows) still verifies, and any changed value does not.
 *
 * @param content the record as parsed
 * @param algorithm the algorithm's name as recorded (it may not name a known algorithm)
 * @param publicPanelNumber the panel number when it was chosen in public, else {@code null}
 * @param idColumn the id column, or {@code null} when ids were data row numbers
 * @param completion where the draw's time limit stopped it, or {@link Completion#FINISHED}
 * @param gamma Goldilocks' weight as recorded (the default when the record has none)
 * @param equalWithin Goldilocks' limit on the chances of people with the same values, or {@code null}
 */
public record RecordedDraw(
        JsonNode content,
        String algorithm,
        long seed,
        int panelSize,
        int lotterySize,
        @Nullable Integer publicPanelNumber,
        int legacyRuns,
        @Nullable String idColumn,
        List<String> addressColumns,
        String targetsSha256,
        String peopleSha256,
        Completion completion,
        double gamma,
        @Nullable Double equalWithin) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @throws IllegalArgumentException when the text is not a Minipublic draw record */
    public static RecordedDraw read(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        String format = tree.path("format").asString("");
        if (!DrawRecord.FORMAT.equals(format) && !DrawRecord.FORMAT_1.equals(format)) {
            throw new IllegalArgumentException("its format is " + tree.path("format") + ", not " + DrawRecord.FORMAT);
        }
        var inputs = tree.path("inputs");
        return new RecordedDraw(
                tree,
                tree.path("algorithm").asString(""),
                tree.path("seed").asLong(),
                inputs.path("panel_size").asInt(),
                inputs.path("lottery_size").asInt(),
                publicPanelNumber(tree.path("draw")),
                tree.path("legacy_runs").asInt(0),
                inputs.path("id_column").isString() ? inputs.path("id_column").asString() : null,
                strings(inputs.path("address_columns")),
                inputs.path("targets_sha256").asString(""),
                inputs.path("people_sha256").asString(""),
                completion(tree.path("computation")),
                tree.path("goldilocks").path("gamma").asDouble(SelectionProblem.DEFAULT_GAMMA),
                tree.path("goldilocks").path("equal_within").isNumber()
                        ? tree.path("goldilocks").path("equal_within").asDouble()
                        : null);
    }

    private static Completion completion(JsonNode computation) {
        if (computation.isMissingNode() || computation.path("finished").asBoolean(true)) {
            return Completion.FINISHED;
        }
        var seconds = computation.path("time_limit_seconds");
        var bound = computation.path("smallest_chance_bound");
        return new Completion(
                false,
                seconds.isNumber() ? Duration.ofMillis(Math.round(seconds.asDouble() * 1000)) : null,
                computation.path("steps").asLong(),
                computation.path("stopped_while").asString(""),
                bound.isNumber() ? bound.asDouble() : null);
    }

    /** Where the re-run's record first differs from this one, or empty when their content is the same. */
    public Optional<String> firstDifference(String rerun) {
        var tree = JSON.readTree(rerun);
        if (DrawRecord.FORMAT_1.equals(content.path("format").asString("")) && tree instanceof ObjectNode object) {
            // A record written before version 2: compare it with the re-run in its own layout.
            object.put("format", DrawRecord.FORMAT_1);
            DrawRecord.ADDED_IN_2.forEach(object::remove);
        }
        return difference(content, tree, "");
    }

    private static @Nullable Integer publicPanelNumber(JsonNode draw) {
        return "public number".equals(draw.path("chosen_by").asString(""))
                ? draw.path("panel_number").asInt()
                : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asString()));
        return strings;
    }

    /** The first differing value in document order, named by its JSON pointer. */
    private static Optional<String> difference(@Nullable JsonNode recorded, @Nullable JsonNode rerun, String path) {
        if (recorded != null && recorded.equals(rerun)) {
            return Optional.empty();
        }
        if (recorded != null && rerun != null && recorded.isObject() && rerun.isObject()) {
            Set<String> names = new LinkedHashSet<>(recorded.propertyNames());
            names.addAll(rerun.propertyNames());
            return names.stream()
                    .map(name -> difference(recorded.get(name), rerun.get(name), path + "/" + name))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (recorded != null && rerun != null && recorded.isArray() && rerun.isArray()) {
            for (int i = 0; i < Math.max(recorded.size(), rerun.size()); i++) {
                var found = difference(recorded.get(i), rerun.get(i), path + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.of(
                (path.isEmpty() ? "/" : path) + ": recorded " + shown(recorded) + ", re-run " + shown(rerun));
    }

    private static String shown(@Nullable JsonNode node) {
        return node == null ? "(nothing)" : node.toString();
    }
}
