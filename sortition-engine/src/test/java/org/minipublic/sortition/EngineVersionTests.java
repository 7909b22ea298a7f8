package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineVersionTests {

    /** The build passes the project's version in (see the module's pom): a release must update the constant. */
    @Test
    void theRecordedVersionIsTheProjectVersion() {
        assertThat(System.getProperty("minipublic.project.version")).isNotBlank();
        assertThat(EngineVersion.current()).isEqualTo(System.getProperty("minipublic.project.version"));
    }
}
