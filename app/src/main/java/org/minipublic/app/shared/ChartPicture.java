package org.minipublic.app.shared;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** A chart drawn on the server as a PNG picture, for documents that take no SVG. */
public final class ChartPicture {

    /** Pictures are drawn at twice their size in drawing units, so that they print sharply. */
    public static final int SCALE = 2;

    private ChartPicture() {}

    /** What {@code draw} paints on a picture {@code width} × {@code height} drawing units, as PNG bytes. */
    public static byte[] png(int width, int height, Consumer<Graphics2D> draw) {
        var image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.scale(SCALE, SCALE);
            draw.accept(graphics);
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
