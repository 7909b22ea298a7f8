package org.minipublic.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Bengali prints in the embedded Noto Sans Bengali (no device font, no empty boxes), in the same window letter the
 * invitations and mailings use, and Latin text beside it keeps Noto Sans.
 */
class PdfBengaliTests {

    @Test
    void bengaliTextIsSetInTheEmbeddedBengaliFont() throws Exception {
        var out = new ByteArrayOutputStream();
        Pdf.render(
                """
                <html><head><style>%s</style></head><body><div class="letter"><div class="body">
                <p>প্রিয় বাসিন্দা, নাগরিক সমাবেশে যোগ দিতে আপনাকে আমন্ত্রণ জানানো হচ্ছে।</p>
                <p>Dear resident</p></div></div></body></html>
                """
                        .formatted(Pdf.WINDOW_LETTER_STYLE),
                out);

        try (var document = Loader.loadPDF(out.toByteArray())) {
            assertThat(fontNames(document))
                    .anySatisfy(name -> assertThat(name).contains("NotoSansBengali"))
                    .anySatisfy(name -> assertThat(name).endsWith("NotoSans-Regular"));
        }
    }

    @Test
    void withoutBengaliTextTheBengaliFontIsNotEmbedded() throws Exception {
        var out = new ByteArrayOutputStream();
        Pdf.render(
                "<html><head><style>%s</style></head><body><p>Dear resident</p></body></html>"
                        .formatted(Pdf.WINDOW_LETTER_STYLE),
                out);

        try (var document = Loader.loadPDF(out.toByteArray())) {
            assertThat(fontNames(document)).noneSatisfy(name -> assertThat(name).contains("Bengali"));
        }
    }

    private static List<String> fontNames(PDDocument document) throws Exception {
        var names = new ArrayList<String>();
        for (var page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }
}
