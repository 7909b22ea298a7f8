package org.minipublic.app.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.surveys.Answering;
import org.minipublic.app.surveys.Coding;
import org.minipublic.app.surveys.ResponseImport;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.SurveyTemplate;
import org.minipublic.app.surveys.Surveys;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Surveys: the engagement survey the seed assembly ran before it met (1,300 residents; synthetic answers, imported as
 * if exported from another survey tool), and the members' feedback on the first two weekends, typed in from paper in
 * the three languages. Answers are drawn from a seeded generator, so every demo shows the same figures.
 */
@Component
@Profile("demo")
class DemoSurveys {

    private static final int RESIDENTS = 1300;
    private static final List<String> IDEAS = List.of(
            "Better street lighting on the way home from the station",
            "More officers on foot who know the area",
            "Police who come to community meetings and listen",
            "Youth clubs open in the evenings",
            "Quicker response when you report something",
            "CCTV that works in the car parks",
            "Officers who reflect the community",
            "Tell us what happened after we report a crime");
    private static final List<String> CHANGES = List.of(
            "More time at the tables to discuss",
            "Shorter presentations with more questions",
            "A quieter room for breaks",
            "Materials sent a few days before",
            "More speakers with lived experience");

    private final Surveys surveys;
    private final ResponseImport imports;
    private final Answering answering;
    private final Coding coding;

    DemoSurveys(Surveys surveys, ResponseImport imports, Answering answering, Coding coding) {
        this.surveys = surveys;
        this.imports = imports;
        this.answering = answering;
        this.coding = coding;
    }

    void load(AssemblyId assembly, Actor organiser, Actor facilitator) {
        if (!surveys.all(organiser, assembly).isEmpty()) {
            return;
        }
        var random = new SplittableRandom(2024);
        var engagement = surveys.create(
                organiser,
                assembly,
                "Residents' views on safety and policing",
                SurveyTemplate.ENGAGEMENT,
                Locale.ENGLISH);
        surveys.update(organiser, assembly, engagement, "Residents' views on safety and policing", null, 20000);
        surveys.open(organiser, assembly, engagement);
        var upload = imports.upload(
                organiser,
                assembly,
                engagement,
                "engagement-export.csv",
                engagementFile(random).getBytes(StandardCharsets.UTF_8));
        imports.importUpload(organiser, assembly, engagement, upload, null);
        surveys.close(organiser, assembly, engagement);
        code(organiser, assembly, engagement);
        for (int weekend = 1; weekend <= 2; weekend++) {
            var feedback = surveys.create(
                    organiser, assembly, "Feedback on weekend " + weekend, SurveyTemplate.FEEDBACK, Locale.ENGLISH);
            surveys.update(organiser, assembly, feedback, "Feedback on weekend " + weekend, null, 45);
            surveys.open(organiser, assembly, feedback);
            feedback(facilitator, assembly, feedback, weekend, random);
            surveys.close(organiser, assembly, feedback);
        }
    }

    /** Themes for the residents' ideas, given as their keywords suggest, and two ideas picked as quotes. */
    private void code(Actor organiser, AssemblyId assembly, SurveyId survey) {
        var spaces = coding.addCode(organiser, assembly, survey, "Public spaces", null, "");
        coding.addCode(organiser, assembly, survey, "Lighting", spaces, "light, lamp");
        coding.addCode(organiser, assembly, survey, "CCTV", spaces, "cctv, camera");
        var policing = coding.addCode(organiser, assembly, survey, "Policing", null, "");
        coding.addCode(organiser, assembly, survey, "Visible officers", policing, "officer, foot, patrol");
        coding.addCode(organiser, assembly, survey, "Keeping people informed", policing, "tell us, report, quicker");
        coding.addCode(organiser, assembly, survey, "Young people", null, "youth, young");
        coding.addCode(organiser, assembly, survey, "Listening to communities", null, "listen, reflect, meeting");
        var ideas = surveys.survey(organiser, assembly, survey).questions().stream()
                .filter(q -> q.key().equals("ideas"))
                .findFirst()
                .orElseThrow()
                .id();
        coding.acceptSuggestions(organiser, assembly, survey, ideas);
        var page = coding.page(organiser, assembly, survey, ideas, "all", null, 1);
        for (var answer : page.answers().subList(0, 2)) {
            coding.pickQuote(organiser, assembly, survey, ideas, answer.response(), answer.text());
        }
    }

    /** One row per resident, as another tool would export it: areas and ages as words, scales as numbers. */
    private static String engagementFile(SplittableRandom random) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    "area",
                    "age-band",
                    "safe-day",
                    "safe-night",
                    "trust-police",
                    "contact",
                    "contact-fair",
                    "priorities",
                    "ideas");
            var areas = List.of("North", "Centre", "South");
            var ages = List.of("16 to 24", "25 to 44", "45 to 64", "65 or over");
            var priorities = List.of(
                    "Knife crime",
                    "Anti-social behaviour",
                    "Violence against women and girls",
                    "Burglary",
                    "Drugs",
                    "Road safety");
            for (int i = 0; i < RESIDENTS; i++) {
                int area = pick(random, 35, 40, 25);
                int age = pick(random, 14, 36, 30, 20);
                double shift = (area == 2 ? -0.6 : 0) + (age == 0 ? -0.3 : 0);
                int day = scale(random, 3.9 + shift);
                int night = scale(random, 2.9 + shift);
                int trust = scale(random, 3.1 + (age == 0 ? -0.6 : 0) + (area == 2 ? -0.4 : 0));
                boolean contact = random.nextInt(100) < 30;
                var chosen = new ArrayList<String>();
                for (int p = 0; p < priorities.size(); p++) {
                    if (random.nextInt(100) < List.of(55, 45, 50, 30, 35, 15).get(p)) {
                        chosen.add(priorities.get(p));
                    }
                }
                csv.printRecord(
                        areas.get(area),
                        random.nextInt(100) < 92 ? ages.get(age) : "",
                        day,
                        night,
                        trust,
                        contact ? "Yes" : (random.nextInt(100) < 90 ? "No" : ""),
                        contact ? String.valueOf(scale(random, 3.0)) : "",
                        String.join("; ", chosen),
                        random.nextInt(100) < 35 ? IDEAS.get(random.nextInt(IDEAS.size())) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Paper feedback forms from most of the 45 members; the second weekend a little better on every count. */
    private void feedback(
            Actor facilitator, AssemblyId assembly, SurveyId survey, int weekend, SplittableRandom random) {
        int forms = weekend == 1 ? 41 : 39;
        var keys = List.of("inclusive", "diverse-views", "facilitation", "materials", "speakers", "wellbeing");
        var means = weekend == 1 ? List.of(4.1, 4.3, 3.9, 3.4, 3.8, 4.0) : List.of(4.3, 4.4, 4.2, 3.9, 4.0, 4.2);
        var languages = List.of("en", "en", "en", "en", "pl", "ur");
        for (int i = 0; i < forms; i++) {
            var given = new java.util.HashMap<String, List<String>>();
            for (int k = 0; k < keys.size(); k++) {
                given.put(keys.get(k), List.of(String.valueOf(scale(random, means.get(k)))));
            }
            if (random.nextInt(100) < 40) {
                given.put("change", List.of(CHANGES.get(random.nextInt(CHANGES.size()))));
            }
            Map<String, List<String>> answers = given;
            answering.enterPaper(
                    facilitator,
                    assembly,
                    survey,
                    languages.get(random.nextInt(languages.size())),
                    q -> answers.getOrDefault(q.key(), List.of()));
        }
    }

    /** A scale point around a mean: the mean plus a spread of about one point, kept within 1 to 5. */
    private static int scale(SplittableRandom random, double mean) {
        double spread = (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 1.6;
        return (int) Math.max(1, Math.min(5, Math.round(mean + spread)));
    }

    /** An index drawn with the given weights. */
    private static int pick(SplittableRandom random, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
