package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.selection.CompositionRow;
import org.minipublic.app.selection.Draws;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's published report shows who took part as charts: one picture per category of the draw, on the web page
 * and in the PDF, each with words for readers who cannot see it.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoReportIntegrationTests {

    private static final Pattern CHART = Pattern.compile(
            "<img class=\"report-chart\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*alt=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Draws draws;

    @Autowired
    org.minipublic.app.evidence.PublicMaterials materials;

    @Test
    void thePublishedReportChartsEveryCategoryOfTheDrawOnThePageAndInThePdf() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var draw = draws.published(id).get(0);
        var categories = new LinkedHashSet<String>();
        draws.composition(id, draw.id()).stream().map(CompositionRow::category).forEach(categories::add);
        assertThat(categories).hasSizeGreaterThanOrEqualTo(4);

        String page = mvc.perform(get("/public/assemblies/" + id + "/report?lang=en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var alts = new ArrayList<String>();
        var charts = CHART.matcher(page);
        while (charts.find()) {
            var picture =
                    ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(charts.group(1))));
            assertThat(picture.getWidth())
                    .as("drawn at twice its size, 700 units wide")
                    .isEqualTo(1400);
            alts.add(charts.group(2));
        }
        assertThat(alts).hasSameSizeAs(categories);
        var expected = categories.stream()
                .map(c -> c
                        + ": the panel&#39;s share of each group (bar), its target range (band) and the population&#39;s"
                        + " share (line). The table below gives the same figures.")
                .toList();
        assertThat(alts).containsExactlyElementsOf(expected);

        byte[] pdf = mvc.perform(get("/public/assemblies/" + id + "/report.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // kept for people reviewing a change, like the browser tests' screenshots
        var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(folder.resolve("demo-report.pdf"), pdf);
        int images = 0;
        try (var document = Loader.loadPDF(pdf)) {
            for (var pdfPage : document.getPages()) {
                for (var name : pdfPage.getResources().getXObjectNames()) {
                    if (pdfPage.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        assertThat(images).as("one picture per category in the PDF").isEqualTo(categories.size());
    }

    @Test
    void thePublishedReportListsTheMaterialsMadePublicWithTheirAddressesOnThePageAndInThePdf() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var material = materials.all(id, "en");
        assertThat(material).as("the demo makes materials public").isNotEmpty();

        String page = mvc.perform(get("/public/assemblies/" + id + "/report?lang=en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] pdf = mvc.perform(get("/public/assemblies/" + id + "/report.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var links = new java.util.ArrayList<String>();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (var pdfPage : document.getPages()) {
                for (var annotation : pdfPage.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction()
                                    instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(page).contains("What the members heard and read");
        assertThat(text).contains("What the members heard and read");
        for (var m : material) {
            String address = "/public/assemblies/" + id + "/materials/" + m.id();
            assertThat(page)
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(m.title()))
                    .contains(address);
            assertThat(text.replaceAll("\\s+", " ")).contains(m.title());
            assertThat(links).anyMatch(link -> link.endsWith(address) && link.startsWith("http"));
        }
    }
}
