package org.minipublic.app.surveys;

import static org.minipublic.app.surveys.QuestionKind.MULTIPLE;
import static org.minipublic.app.surveys.QuestionKind.SCALE;
import static org.minipublic.app.surveys.QuestionKind.SINGLE;
import static org.minipublic.app.surveys.QuestionKind.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The questions a new survey starts with, worded in every language the interface speaks (from the message files, so
 * translators see them with the rest). Feedback follows what the seed assembly's evaluators asked after each weekend:
 * inclusion, diversity of views, facilitation, materials, balance of speakers, wellbeing, and what to change.
 */
@Component
class SurveyTemplates {

    private record Item(
            String key, QuestionKind kind, boolean required, String section, @Nullable Integer ifIndex, int ifChoice) {

        Item(String key, QuestionKind kind, boolean required, String section) {
            this(key, kind, required, section, null, 0);
        }
    }

    private static final List<Item> FEEDBACK = List.of(
            new Item("inclusive", SCALE, true, "surveys.template.feedback.section.weekend"),
            new Item("diverse-views", SCALE, true, ""),
            new Item("facilitation", SCALE, true, ""),
            new Item("materials", SCALE, true, ""),
            new Item("speakers", SCALE, true, ""),
            new Item("wellbeing", SCALE, true, "surveys.template.feedback.section.you"),
            new Item("change", TEXT, false, ""));

    private static final List<Item> ENGAGEMENT = List.of(
            new Item("area", SINGLE, true, "surveys.template.engagement.section.you"),
            new Item("age-band", SINGLE, false, ""),
            new Item("safe-day", SCALE, true, "surveys.template.engagement.section.safety"),
            new Item("safe-night", SCALE, true, ""),
            new Item("trust-police", SCALE, true, ""),
            new Item("contact", SINGLE, false, ""),
            new Item("contact-fair", SCALE, false, "", 5, 1),
            new Item("priorities", MULTIPLE, false, "surveys.template.engagement.section.ideas"),
            new Item("ideas", TEXT, false, ""));

    private final MessageSource messages;

    SurveyTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** The template's questions, with fresh ids, worded in the base language first and then the others. */
    List<Question> questions(SurveyTemplate template, String baseLanguage) {
        var items =
                switch (template) {
                    case FEEDBACK -> FEEDBACK;
                    case ENGAGEMENT -> ENGAGEMENT;
                    case BLANK -> List.<Item>of();
                };
        var prefix = "surveys.template." + template.name().toLowerCase(Locale.ROOT) + ".";
        var questions = new ArrayList<Question>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var texts = new LinkedHashMap<String, QuestionText>();
            for (var language : languages(baseLanguage)) {
                texts.put(language.toLanguageTag(), text(prefix + item.key(), item.kind(), language));
            }
            var condition = item.ifIndex() == null
                    ? null
                    : new Question.Condition(questions.get(item.ifIndex()).id(), item.ifChoice());
            var section =
                    item.section().isEmpty() ? "" : messages.getMessage(item.section(), null, locale(baseLanguage));
            questions.add(new Question(
                    QuestionId.random(), i, item.key(), item.kind(), item.required(), section, condition, texts));
        }
        return questions;
    }

    /** The labels of a scale from "strongly disagree" to "strongly agree", in a language. */
    List<String> agreeScale(String language) {
        return split(messages.getMessage("surveys.template.scale.agree", null, locale(language)));
    }

    private QuestionText text(String key, QuestionKind kind, Locale language) {
        var prompt = messages.getMessage(key + ".prompt", null, language);
        List<String> choices =
                switch (kind) {
                    case SCALE -> agreeScale(language.toLanguageTag());
                    case SINGLE, MULTIPLE -> split(messages.getMessage(key + ".choices", null, language));
                    default -> List.of();
                };
        return new QuestionText(prompt, choices);
    }

    private static List<Locale> languages(String baseLanguage) {
        var languages = new ArrayList<Locale>();
        languages.add(locale(baseLanguage));
        Languages.SUPPORTED.stream()
                .filter(l -> !l.getLanguage().equals(baseLanguage))
                .forEach(languages::add);
        return languages;
    }

    private static Locale locale(String language) {
        return Languages.supportedOrEnglish(Locale.forLanguageTag(language));
    }

    private static List<String> split(String choices) {
        return Arrays.stream(choices.split("\\|")).map(String::strip).toList();
    }
}
