package org.minipublic.app.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts the app ships, for charts drawn on the server: a picture then looks the same on every server, and text in
 * Urdu or Bengali gets a font that has its letters (Java's text layout shapes both scripts).
 */
public final class ChartFonts {

    private static final Font LATIN = load("/fonts/NotoSans-Regular.ttf");
    private static final Font ARABIC = load("/fonts/NotoNaskhArabic-Regular.ttf");
    private static final Font BENGALI = load("/fonts/NotoSansBengali-Regular.ttf");

    private ChartFonts() {}

    /** The Latin font at the given size, for figures and axes. */
    public static Font latin(float size) {
        return LATIN.deriveFont(size);
    }

    /** A font that covers the text: the Arabic-script or Bengali one when any of it is in that script. */
    public static Font forText(String text, float size) {
        if (uses(text, Character.UnicodeScript.ARABIC)) {
            return ARABIC.deriveFont(size);
        }
        return (uses(text, Character.UnicodeScript.BENGALI) ? BENGALI : LATIN).deriveFont(size);
    }

    private static boolean uses(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
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
