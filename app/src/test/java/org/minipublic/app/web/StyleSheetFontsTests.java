package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every font list in the style sheet ends in the served Urdu and Bengali fonts, so that text in either script shows
 * on a device without its own font whatever the page's language: the language switcher names Bengali in Bengali on
 * an Urdu page too (it showed as empty boxes there).
 */
class StyleSheetFontsTests {

    private static final Pattern FONT_LIST = Pattern.compile("font-family:\\s*([^;}]+)");

    @Test
    void everyFontListWithAServedFontHasBoth() throws IOException {
        String css = new ClassPathResource("static/css/minipublic.css").getContentAsString(StandardCharsets.UTF_8);
        var lists = FONT_LIST.matcher(css);
        int checked = 0;
        while (lists.find()) {
            String list = lists.group(1);
            boolean fallbacks = list.contains(","); // not an @font-face naming one font
            if (fallbacks && (list.contains("Minipublic Naskh") || list.contains("Minipublic Bengali"))) {
                assertThat(list).as(list).contains("\"Minipublic Naskh\"").contains("\"Minipublic Bengali\"");
                checked++;
            }
        }
        assertThat(checked).as("font lists naming a served font").isGreaterThanOrEqualTo(3);
    }
}
