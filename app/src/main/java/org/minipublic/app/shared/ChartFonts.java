package org.minipublic.app.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts the app ships, for charts drawn on the server: a picture then looks the same on every server, and text in
 * Urdu gets a font that has its letters.
 */
public final class ChartFonts {

    private static final Font LATIN = load("/fonts/NotoSans-Regular.ttf");
    private static final Font ARABIC = load("/fonts/NotoNaskhArabic-Regular.ttf");

    private ChartFonts() {}

    /** The Latin font at the given size, for figures and axes. */
    public static Font latin(float size) {
        return LATIN.deriveFont(size);
    }

    /** A font that covers the text: the Arabic-script one when any of it is in that script. */
    public static Font forText(String text, float size) {
        boolean arabic =
                text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return (arabic ? ARABIC : LATIN).deriveFont(size);
    }

    private static Font load(String path) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("font unreadable: " + path, e);
        }
    }
}
