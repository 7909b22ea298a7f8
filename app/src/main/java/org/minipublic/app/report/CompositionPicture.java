package org.minipublic.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Base64;
import org.minipublic.app.selection.CompositionChart;
import org.minipublic.app.shared.ChartFonts;
import org.minipublic.app.shared.ChartPicture;

/**
 * One category's composition chart as a PNG picture, for the report: the PDF renderer takes no SVG, and the report's
 * body must be the same markup on the web page and in the PDF. The geometry is the public draw page's
 * (CompositionChart), drawn here (at twice its size, as every ChartPicture) with a legend below the plot. The table
 * beside it holds the same figures as text.
 */
final class CompositionPicture {

    /** Wider than the page's drawing, whose figures may run past its edge: a picture has no overflow. */
    static final int WIDTH = CompositionChart.WIDTH + 60;

    private static final int LEGEND = 30;
    private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    private static final Color MUTED = new Color(0x50, 0x5a, 0x5f);
    private static final Color GRID = new Color(0xd0, 0xd4, 0xda);
    private static final Color TARGET = new Color(0xcf, 0xe0, 0xf3);
    private static final Color PANEL = new Color(0x1d, 0x4f, 0x91);
    private static final Color POPULATION = new Color(0xb3, 0x26, 0x1e);

    /** The words of the legend, in the reader's language. */
    record Legend(String panel, String target, String population) {}

    private CompositionPicture() {}

    /** The chart as a {@code data:} address an {@code img} element can show anywhere, the PDF included. */
    static String dataUri(CompositionChart.Chart chart, Legend legend) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart, legend));
    }

    static byte[] png(CompositionChart.Chart chart, Legend legend) {
        int height = chart.height() + LEGEND;
        return ChartPicture.png(WIDTH, height, g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            ticks(g, chart);
            chart.bars().forEach(bar -> bar(g, bar));
            legend(g, chart.height() + 8, legend);
        });
    }

    private static void ticks(Graphics2D g, CompositionChart.Chart chart) {
        g.setFont(ChartFonts.latin(12f));
        for (var tick : chart.ticks()) {
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1));
            g.draw(new Line2D.Double(tick.x(), 0, tick.x(), chart.height() - 22));
            g.setColor(MUTED);
            String label = tick.share() + " %";
            g.drawString(label, (float) (tick.x() - g.getFontMetrics().stringWidth(label) / 2.0), chart.height() - 6);
        }
    }

    private static void bar(Graphics2D g, CompositionChart.Bar bar) {
        g.setColor(TARGET);
        g.fill(new Rectangle2D.Double(bar.targetX(), bar.bandY(), bar.targetWidth(), 24));
        g.setColor(PANEL);
        g.fill(new Rectangle2D.Double(CompositionChart.LABEL_WIDTH + 10, bar.barY(), bar.panelWidth(), 12));
        var population = bar.populationX();
        if (population != null) {
            g.setColor(POPULATION);
            g.setStroke(new BasicStroke(3));
            g.draw(new Line2D.Double(population, bar.y(), population, bar.y() + 30));
        }
        g.setColor(INK);
        Font label = ChartFonts.forText(bar.label(), 13f);
        g.setFont(label);
        g.drawString(
                bar.label(), CompositionChart.LABEL_WIDTH - g.getFontMetrics().stringWidth(bar.label()), bar.textY());
        g.setFont(ChartFonts.latin(13f));
        g.drawString(bar.selected() + " (" + Math.round(bar.panelShare()) + " %)", (float) bar.labelX(), bar.textY());
    }

    private static void legend(Graphics2D g, int y, Legend legend) {
        int x = CompositionChart.LABEL_WIDTH + 10;
        g.setColor(PANEL);
        g.fillRect(x, y + 4, 18, 10);
        x = legendText(g, legend.panel(), x, y);
        g.setColor(TARGET);
        g.fillRect(x, y, 18, 18);
        x = legendText(g, legend.target(), x, y);
        g.setColor(POPULATION);
        g.setStroke(new BasicStroke(3));
        g.draw(new Line2D.Double(x + 9, y, x + 9, y + 18));
        legendText(g, legend.population(), x, y);
    }

    /** Writes an entry's words right of its swatch at x; answers where the next entry starts. */
    private static int legendText(Graphics2D g, String text, int x, int y) {
        g.setColor(INK);
        g.setFont(ChartFonts.forText(text, 12f));
        g.drawString(text, x + 24, y + 14);
        return x + 24 + g.getFontMetrics().stringWidth(text) + 22;
    }
}
