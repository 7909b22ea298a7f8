package org.minipublic.app.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.surveys.QuestionDraft;
import org.minipublic.app.surveys.QuestionKind;
import org.minipublic.app.surveys.ResponseImport;
import org.minipublic.app.surveys.Survey;
import org.minipublic.app.surveys.SurveyAnalysis;
import org.minipublic.app.surveys.SurveyId;
import org.minipublic.app.surveys.SurveyTemplate;
import org.minipublic.app.surveys.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Prints how long a survey of 10,000 responses to 20 questions takes: to import from CSV, to compute its results, to
 * render the results page (server time, through the whole web stack but without a network), to draw one chart, and
 * to export as CSV and XLSX. A measurement, not a test: run it with
 * {@code ./mvnw verify -pl app -am -Dit.test=SurveysBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/benchmarks.md. Target: the results page under 1 s.
 */
@IntegrationTest
class SurveysBenchmark {

    private static final int RESPONSES = 10_000;
    private static final int RUNS = 15;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    ResponseImport imports;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    MockMvc mvc;

    @Test
    void tenThousandResponsesToTwentyQuestions() throws Exception {
        var organiser = fixtures.user("Benchmark Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Benchmark surveys"));
        var actor = organiser.actor();
        var id = twentyQuestions(actor, assembly);
        var survey = surveys.survey(actor, assembly, id);
        var file = file(survey).getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        var upload = imports.upload(actor, assembly, id, "big.csv", file);
        imports.importUpload(actor, assembly, id, upload, null);
        System.out.printf(
                "%nImport of %,d responses x 20 questions (%,d bytes): %.1f s%n",
                RESPONSES, file.length, (System.nanoTime() - start) / 1e9);

        var facade = time(RUNS, () -> analysis.results(actor, assembly, id, "en"));
        System.out.printf(
                "Results computed (facade): median %.0f ms, slowest %.0f ms%n",
                facade.get(RUNS / 2), facade.get(RUNS - 1));
        var page = "/assemblies/" + assembly + "/surveys/" + id + "/results?lang=en";
        var asOrganiser = user(organiser.principal());
        var pages = time(RUNS, () -> mvc.perform(get(page).with(asOrganiser)).andReturn());
        System.out.printf(
                "Results page, server time: median %.0f ms, p95 %.0f ms, slowest %.0f ms (%d runs)%n",
                pages.get(RUNS / 2), pages.get((int) Math.ceil(RUNS * 0.95) - 1), pages.get(RUNS - 1), RUNS);
        var chart = "/assemblies/" + assembly + "/surveys/" + id + "/results/"
                + survey.questions().get(2).id() + ".svg";
        var charts = time(RUNS, () -> mvc.perform(get(chart).with(asOrganiser)).andReturn());
        System.out.printf("One chart (SVG): median %.0f ms%n", charts.get(RUNS / 2));
        var csv = time(3, () -> analysis.writeCsv(actor, assembly, id, OutputStream.nullOutputStream()));
        var xlsx = time(3, () -> analysis.writeXlsx(actor, assembly, id, OutputStream.nullOutputStream()));
        System.out.printf("Export: CSV median %.0f ms, XLSX median %.0f ms%n", csv.get(1), xlsx.get(1));
    }

    interface Work {
        void run() throws Exception;
    }

    private static List<Double> time(int runs, Work work) throws Exception {
        work.run(); // warm-up
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times;
    }

    /** Every kind of question: 10 scales, 4 single and 2 multiple choices, 2 texts, a number and a date. */
    private SurveyId twentyQuestions(Actor actor, AssemblyId assembly) {
        var id = surveys.create(actor, assembly, "Big survey", SurveyTemplate.BLANK, Locale.ENGLISH);
        var scale = String.join("\n", surveys.agreeScale("en"));
        for (int i = 1; i <= 10; i++) {
            add(actor, assembly, id, "s" + i, QuestionKind.SCALE, scale);
        }
        for (int i = 1; i <= 4; i++) {
            add(actor, assembly, id, "c" + i, QuestionKind.SINGLE, "One\nTwo\nThree\nFour");
        }
        for (int i = 1; i <= 2; i++) {
            add(actor, assembly, id, "m" + i, QuestionKind.MULTIPLE, "Red\nGreen\nBlue\nYellow\nBlack");
            add(actor, assembly, id, "t" + i, QuestionKind.TEXT, "");
        }
        add(actor, assembly, id, "n", QuestionKind.NUMBER, "");
        add(actor, assembly, id, "d", QuestionKind.DATE, "");
        surveys.open(actor, assembly, id);
        return id;
    }

    private void add(Actor actor, AssemblyId assembly, SurveyId id, String key, QuestionKind kind, String choices) {
        surveys.addQuestion(
                actor, assembly, id, new QuestionDraft(key, kind, false, "", "Question " + key, choices, null, 0));
    }

    private static String file(Survey survey) throws Exception {
        var random = new SplittableRandom(1);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(survey.questions().stream().map(q -> q.key()).toList());
            for (int r = 0; r < RESPONSES; r++) {
                var row = new ArrayList<String>();
                for (var q : survey.questions()) {
                    row.add(
                            switch (q.kind()) {
                                case SCALE -> String.valueOf(1 + random.nextInt(5));
                                case SINGLE -> String.valueOf(1 + random.nextInt(4));
                                case MULTIPLE -> (1 + random.nextInt(5)) + ";" + (1 + random.nextInt(5));
                                case TEXT -> "Some words about the assembly, number " + random.nextInt(1000);
                                case NUMBER -> String.valueOf(random.nextInt(100));
                                case DATE -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                            });
                }
                csv.printRecord(row);
            }
        }
        return out.toString();
    }
}
