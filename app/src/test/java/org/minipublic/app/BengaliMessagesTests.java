package org.minipublic.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bengali covers the pages members and the public see; staff pages fall back to English key by key (the message
 * source falls back to messages.properties). So, unlike Polish and Urdu, messages_bn.properties need not hold every
 * key, but: it holds no key English lacks, keeps each text's arguments (with their formats), copies no English text
 * (which would hide a gap), and holds every text the member-facing and public templates below name, and every text
 * whose key starts with a member-facing prefix (the messages controllers and rules send to those pages). A new
 * member-facing key without Bengali fails here.
 */
class BengaliMessagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-z][a-z0-9_.-]*[a-z0-9])(\\(|})");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^{}]*)?}");

    /** Template folders, or single templates, members or the public open, all of whose texts are in Bengali. */
    static final List<String> COVERED_TEMPLATES = List.of(
            "layout",
            "error",
            "register",
            "portal",
            "vote",
            "voting/rule.html",
            "voting/room.html",
            "voting/bars.html",
            "identity/login.html",
            "identity/forgot-password.html",
            "identity/forgot-password-sent.html",
            "identity/password-reset.html",
            "identity/password-reset-unavailable.html",
            "identity/password-change.html",
            "identity/invitation.html",
            "identity/invitation-log-in.html",
            "identity/invitation-declined.html",
            "identity/invitation-unavailable.html",
            "assembly/member.html",
            "drafts/portal-list.html",
            "drafts/portal-draft.html",
            "drafts/portal-parts.html",
            "drafts/diff.html",
            "drafts/lineage.html",
            "accountability/portal-verdict.html",
            "evidence/portal-page.html",
            "surveys/answer.html",
            "surveys/portal-form.html",
            "surveys/fields.html",
            "surveys/thanks.html",
            "accountability/public.html",
            "accountability/public-parts.html",
            "accountability/public-progress-report.html",
            "accountability/progress-report-parts.html",
            "accountability/chart.html",
            "accountability/subscription.html",
            "accountability/subscription-gone.html",
            "accountability/unsubscribed.html",
            "evidence/public.html",
            "evidence/public-page.html",
            "followup/public.html",
            "followup/sign-up.html",
            "followup/confirm.html",
            "followup/cancelled.html",
            "followup/sign-up-gone.html",
            "report/public.html",
            "publicsite/assembly.html",
            "selection/public-draw.html",
            "selection/public-ceremony.html",
            "selection/composition.html",
            "about");

    /**
     * Key prefixes of member-facing and public texts: those sent by code (form errors, e-mails and text messages to
     * residents, members and subscribers, printed slips and name cards) and the enum labels templates build keys from.
     */
    static final List<String> COVERED_PREFIXES = List.of(
            "layout.",
            "error.",
            "login.",
            "form.",
            "field.",
            "pagination.",
            "registration.",
            "vote.",
            "voting.answer.",
            "portal.code.",
            "portal.card.",
            "portal-drafts.",
            "accountability.portal-verdict.",
            "surveys.member.",
            "surveys.form.",
            "surveys.answer.",
            "surveys.thanks.",
            "surveys.template.",
            "drafts.amendment.status.",
            "drafts.review.kind.",
            "accountability.public.",
            "accountability.subscription.",
            "accountability.response.status.",
            "accountability.action.status.",
            "evidence.public.",
            "followup.public.",
            "followup.sign-up.",
            "followup.event.kind.",
            "selection.public.",
            "selection.algorithm.",
            "programme.perspective.",
            "programme.stage.",
            "programme.time.range",
            "publicsite.",
            "mail.accountability.report.",
            "about.",
            "mail.registered.",
            "mail.password-reset.subject",
            "mail.password-reset.body",
            "password.",
            "invitation.",
            "mail.invitation",
            "role.",
            "member.",
            "mail.accountability.confirm.",
            "mail.accountability.update.",
            "mail.followup.",
            "confirmation.reminder.email.",
            "confirmation.reminder.sms",
            "voting.slip.",
            "voting.rule.",
            "voting.base.",
            "voting.count.",
            "voting.room",
            "voting.chart.label",
            "accountability.feed.title",
            "tables.table",
            "tables.accessible",
            "tables.facilitator",
            "recruitment.letter.translation",
            "recruitment.letter.code-label");

    @Test
    void bengaliHasNoKeyEnglishLacks() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var bengali = new TreeSet<>(load("messages_bn.properties").stringPropertyNames());
        bengali.removeAll(english);
        assertThat(bengali).as("keys only in Bengali").isEmpty();
    }

    @Test
    void bengaliKeepsTheArgumentsOfEachText() throws IOException {
        var english = load("messages.properties");
        var bengali = load("messages_bn.properties");
        for (String key : bengali.stringPropertyNames()) {
            assertThat(arguments(bengali.getProperty(key)))
                    .as("arguments of " + key)
                    .isEqualTo(arguments(english.getProperty(key, "")));
        }
    }

    /**
     * A text with words (outside its arguments) must be written in Bengali: copying the English would hide that it is
     * missing.
     */
    @Test
    void bengaliCopiesNoEnglishText() throws IOException {
        var english = load("messages.properties");
        var bengali = load("messages_bn.properties");
        var bengaliLetter = Pattern.compile("[\\u0980-\\u09FF]");
        Set<String> copied = new TreeSet<>();
        for (String key : bengali.stringPropertyNames()) {
            String text = bengali.getProperty(key);
            String englishWords = ARGUMENT.matcher(english.getProperty(key, "")).replaceAll("");
            boolean hasWords =
                    Pattern.compile("\\p{L}{2,}").matcher(englishWords).find();
            if (hasWords
                    && (text.equals(english.getProperty(key))
                            || !bengaliLetter.matcher(text).find())) {
                copied.add(key);
            }
        }
        assertThat(copied).as("texts not written in Bengali").isEmpty();
    }

    @Test
    void everyMemberFacingTextIsInBengali() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var bengali = load("messages_bn.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String key : english) {
            if (COVERED_PREFIXES.stream().anyMatch(key::startsWith) && !bengali.contains(key)) {
                missing.add(key);
            }
        }
        for (String covered : COVERED_TEMPLATES) {
            try (Stream<Path> files = Files.walk(TEMPLATES.resolve(covered))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    var matcher = STATIC_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!bengali.contains(matcher.group(1))) {
                            missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).as("member-facing texts without Bengali").isEmpty();
    }

    private static Set<String> arguments(String text) {
        var found = new TreeSet<String>();
        var matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
