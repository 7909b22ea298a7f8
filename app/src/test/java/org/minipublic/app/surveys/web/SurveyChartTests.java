package org.minipublic.app.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.minipublic.app.surveys.Question;
import org.minipublic.app.surveys.QuestionId;
import org.minipublic.app.surveys.QuestionKind;
import org.minipublic.app.surveys.QuestionResult;
import org.minipublic.app.surveys.QuestionText;
import org.w3c.dom.Element;

/** A chart shows each option's label and count, with bars as long as their counts. */
class SurveyChartTests {

    private static final List<String> LABELS =
            List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");

    @Test
    void theSvgHasABarPerOptionLabelledWithItsCount() throws Exception {
        var result = result(LABELS, List.of(2, 5, 9, 17, 7));
        var svg = SurveyChart.svg(result);
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        var texts = new ArrayList<String>();
        var nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).containsAll(LABELS);
        assertThat(texts).contains("2", "5", "9", "17", "7");

        // The bars are the rectangles filled with the bar colour; their lengths follow the counts.
        var lengths = new ArrayList<Double>();
        var rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            var rect = (Element) rects.item(i);
            if (rect.getAttribute("style").contains("rgb(29,112,184)")
                    || rect.getAttribute("fill").contains("rgb(29,112,184)")
                    || rect.getAttribute("style").contains("#1d70b8")
                    || rect.getAttribute("fill").contains("#1d70b8")) {
                lengths.add(Double.parseDouble(rect.getAttribute("width")));
            }
        }
        assertThat(lengths).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(lengths.get(i) / lengths.get(3))
                    .as("bar " + LABELS.get(i))
                    .isCloseTo(result.choices().get(i).count() / 17.0, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void hostileLabelsStayTextAndUrduLabelsArePresent() throws Exception {
        var svg = SurveyChart.svg(result(List.of("<script>alert(1)</script>", "ہاں"), List.of(1, 3)));
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("ہاں");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePngIsAnImageTwiceTheChartsSize() throws Exception {
        var png = SurveyChart.png(result(LABELS, List.of(1, 0, 0, 3, 4)));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2 * (40 + 36 * 5));
    }

    private static QuestionResult result(List<String> labels, List<Integer> counts) {
        var question = new Question(
                QuestionId.random(),
                0,
                "q1",
                QuestionKind.SINGLE,
                true,
                "",
                null,
                Map.of("en", new QuestionText("How do you feel?", labels)));
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        var choices = new ArrayList<QuestionResult.ChoiceCount>();
        for (int i = 0; i < labels.size(); i++) {
            choices.add(
                    new QuestionResult.ChoiceCount(i + 1, labels.get(i), counts.get(i), 100.0 * counts.get(i) / total));
        }
        return new QuestionResult(question, total, choices, null, null, null, null, null, List.of());
    }
}
