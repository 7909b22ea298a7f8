package org.minipublic.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaterialTypeTests {

    @Test
    void eachKindIsRecognisedByItsBytes() {
        assertThat(MaterialType.of(TestFiles.pdf())).contains(MaterialType.PDF);
        assertThat(MaterialType.of(TestFiles.png())).contains(MaterialType.PNG);
        assertThat(MaterialType.of(TestFiles.jpeg())).contains(MaterialType.JPEG);
        assertThat(MaterialType.of(TestFiles.pptx())).contains(MaterialType.PPTX);
        assertThat(MaterialType.of(TestFiles.odp())).contains(MaterialType.ODP);
    }

    @Test
    void textHtmlAndOtherZipsAreNoneOfOurKinds() {
        assertThat(MaterialType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MaterialType.of(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .as("the signature must come first")
                .isEmpty();
        assertThat(MaterialType.of(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(MaterialType.of(new byte[0])).isEmpty();
    }

    @Test
    void theNameClaimsAKindByItsExtensionInAnyCase() {
        assertThat(MaterialType.named("Slides.PPTX")).contains(MaterialType.PPTX);
        assertThat(MaterialType.named("photo.jpeg")).contains(MaterialType.JPEG);
        assertThat(MaterialType.named("photo.jpg")).contains(MaterialType.JPEG);
        assertThat(MaterialType.named("notes.txt")).isEmpty();
        assertThat(MaterialType.named("README")).isEmpty();
    }

    @Test
    void aBrowsersFolderIsDroppedFromTheFileName() {
        assertThat(new Upload("C:\\fakepath\\report.pdf", new byte[0]).fileName())
                .isEqualTo("report.pdf");
        assertThat(new Upload("../../etc/\"x\".pdf", new byte[0]).fileName()).isEqualTo("x.pdf");
    }
}
