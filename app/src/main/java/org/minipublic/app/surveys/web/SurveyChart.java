package org.minipublic.app.surveys.web;

import java.awt.Color;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.minipublic.app.shared.ChartFonts;
import org.minipublic.app.shared.ChartPicture;
import org.minipublic.app.surveys.QuestionResult;

/**
 * One question's answers as a bar chart, a bar per option with its count at its end, drawn with JFreeChart: as SVG
 * for the page and for download, or as PNG for documents that take no SVG. Labels use the fonts the app ships, so a
 * chart looks the same on every server, Urdu included.
 */
final class SurveyChart {

    private static final int WIDTH = 640;
    private static final int BAR_HEIGHT = 36;
    private static final Color BAR = new Color(0x1d, 0x70, 0xb8);

    private SurveyChart() {}

    static String svg(QuestionResult result) {
        var chart = chart(result);
        int height = height(result);
        var svg = new SVGGraphics2D(WIDTH, height);
        // Browsers may lack our fonts; name them first and let them fall back to a plain sans-serif. (Unquoted:
        // the style attribute is in single quotes.)
        svg.setFontFunction(family -> family + ", Arial, Helvetica, sans-serif");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
        return svg.getSVGElement();
    }

    static byte[] png(QuestionResult result) {
        var chart = chart(result);
        int height = height(result);
        return ChartPicture.png(WIDTH, height, graphics -> chart.draw(graphics, new Rectangle(0, 0, WIDTH, height)));
    }

    private static int height(QuestionResult result) {
        return 40 + BAR_HEIGHT * Math.max(1, result.choices().size());
    }

    private static JFreeChart chart(QuestionResult result) {
        var dataset = new DefaultCategoryDataset();
        var labels = new StringBuilder();
        for (var choice : result.choices()) {
            dataset.addValue(choice.count(), "answers", choice.label());
            labels.append(choice.label());
        }
        var font = ChartFonts.forText(labels.toString(), 13f);
        var categories = new CategoryAxis();
        categories.setTickLabelFont(font);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        var values = new NumberAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(ChartFonts.latin(11f));
        values.setUpperMargin(0.15);
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
        renderer.setDefaultItemLabelsVisible(true);
        // Each count just past the end of its bar.
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultItemLabelFont(ChartFonts.latin(12f));
        var plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setOutlineVisible(false);
        var chart = new JFreeChart(null, font, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
