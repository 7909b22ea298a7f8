package org.minipublic.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.minipublic.app.selection.CompositionChart;
import org.minipublic.app.selection.CompositionRow;

class CompositionPictureTests {

    private static final CompositionPicture.Legend LEGEND =
            new CompositionPicture.Legend("پینل", "Target range", "Population");

    @Test
    void theBarBandAndPopulationMarkStandWhereTheChartsGeometryPutsThem() throws Exception {
        // Panel of 40: 22 women (55 %, target 18-22, population 51 %), 18 men (45 %, 17-21, 49 %).
        var chart = CompositionChart.of(
                        List.of(
                                new CompositionRow("Gender", "Woman", 150, 18, 22, 22, 51.0),
                                new CompositionRow("Gender", "مرد", 140, 17, 21, 18, 49.0)),
                        40)
                .categories()
                .get(0);
        var picture = ImageIO.read(new ByteArrayInputStream(CompositionPicture.png(chart, LEGEND)));
        assertThat(picture.getWidth()).isEqualTo(2 * CompositionPicture.WIDTH);
        assertThat(picture.getHeight()).isEqualTo(2 * (chart.height() + 30));

        var woman = chart.bars().get(0);
        // inside the panel's bar, left of the target band
        assertThat(rgb(picture, CompositionChart.LABEL_WIDTH + 20, woman.barY() + 6))
                .isEqualTo(0x1d4f91);
        // the band, below the bar
        assertThat(rgb(picture, woman.targetX() + 1, woman.bandY() + 1)).isEqualTo(0xcfe0f3);
        // the population's mark
        Double population = woman.populationX();
        assertThat(population).isNotNull();
        assertThat(rgb(picture, population, woman.y() + 1)).isEqualTo(0xb3261e);
        // nothing drawn past the figures' column
        assertThat(rgb(picture, CompositionPicture.WIDTH - 2, woman.barY() + 6)).isEqualTo(0xffffff);
    }

    @Test
    void itIsADataAddressAnImageElementCanShow() {
        var chart = CompositionChart.of(List.of(new CompositionRow("Area", "North", 10, 1, 3, 2, null)), 4)
                .categories()
                .get(0);
        assertThat(CompositionPicture.dataUri(chart, LEGEND)).startsWith("data:image/png;base64,iVBOR");
    }

    private static int rgb(java.awt.image.BufferedImage picture, double x, double y) {
        return picture.getRGB((int) Math.round(2 * x), (int) Math.round(2 * y)) & 0xffffff;
    }
}
