package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

/** Claiming a file for an import happens inside the import's transaction or not at all. */
@IntegrationTest
class UploadsIntegrationTests {

    @Autowired
    Uploads uploads;

    @Autowired
    Fixtures fixtures;

    @Test
    void aClaimOutsideATransactionIsRefusedSoThatNoFailedImportCanLoseItsFile() {
        var organiser = fixtures.user("Claim Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Claims"));
        var upload = Uploads.receive(Uploads.Kind.ADDRESSES, organiser.actor(), "a.csv", AddressCsv.of(3, 1));
        uploads.keep(Uploads.Kind.ADDRESSES, assembly, upload);

        assertThatThrownBy(() -> uploads.claim(Uploads.Kind.ADDRESSES, assembly, upload.id()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(uploads.waiting(Uploads.Kind.ADDRESSES, assembly, upload.id())
                        .fileName())
                .isEqualTo("a.csv");
    }
}
