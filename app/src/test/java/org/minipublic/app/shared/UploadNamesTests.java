package org.minipublic.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An uploaded file's name is kept only as a plain CSV or XLSX file name, without any path. */
class UploadNamesTests {

    @Test
    void dropsFoldersOfEitherKindAndControlCharacters() {
        assertThat(UploadNames.safe("C:\\Users\\kim\\Desktop\\people.csv", "x.file-type"))
                .isEqualTo("people.csv");
        assertThat(UploadNames.safe("/tmp/up/ list\u0000\u001b.XLSX ", "x.file-type"))
                .isEqualTo("list.XLSX");
    }

    @Test
    void keepsTheLastHundredCharactersSoTheExtensionStays() {
        String name = UploadNames.safe("a".repeat(150) + ".csv", "x.file-type");

        assertThat(name).hasSize(100).endsWith("a.csv");
    }

    @Test
    void refusesAnythingButCsvAndXlsxWithTheCallersMessage() {
        assertThatThrownBy(() -> UploadNames.safe("photo.jpg", "members.import.file-type"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("members.import.file-type");
                });
        assertThatThrownBy(() -> UploadNames.safe("folder/.csv", "surveys.import.file-type"))
                .hasMessageContaining("surveys.import.file-type");
    }
}
