package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interface text exists in every language, and every text a template names exists: a missing key would show
 * members a raw code instead of words.
 */
class MessagesSyncTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-z][a-z0-9_.-]*[a-z0-9])(\\(|})");

    @ParameterizedTest(name = "messages_{0}.properties has exactly the English keys")
    @ValueSource(strings = {"pl", "ur"})
    void everyLanguageHasEveryKeyAndNoOthers(String language) throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var translated = load("messages_" + language + ".properties").stringPropertyNames();
        assertThat(difference(english, translated))
                .as("keys missing in " + language)
                .isEmpty();
        assertThat(difference(translated, english))
                .as("keys only in " + language)
                .isEmpty();
    }

    @ParameterizedTest(name = "messages_{0}.properties keeps the placeholders of each text")
    @ValueSource(strings = {"pl", "ur", "bn"})
    void translationsKeepTheirPlaceholders(String language) throws IOException {
        var english = load("messages.properties");
        var translated = load("messages_" + language + ".properties");
        for (String key : translated.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key)))
                    .as(language + ": placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key, "")));
        }
    }

    /**
     * Every text goes through MessageFormat (spring.messages.always-use-message-format), where a lone apostrophe
     * starts a quote and disappears: "everyone's" must be written "everyone''s".
     */
    @ParameterizedTest(name = "messages{0}.properties doubles every apostrophe in a word")
    @ValueSource(strings = {"", "_pl", "_ur", "_bn"})
    void apostrophesInWordsAreDoubled(String suffix) throws IOException {
        var messages = load("messages" + suffix + ".properties");
        var lone = Pattern.compile("\\p{L}'(?!')");
        Set<String> wrong = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (lone.matcher(messages.getProperty(key)).find()) {
                wrong.add(key);
            }
        }
        assertThat(wrong).as("texts with a lone apostrophe after a letter").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        var english = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = STATIC_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        var matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
