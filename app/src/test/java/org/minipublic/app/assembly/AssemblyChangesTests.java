package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblyChangesTests {

    @Test
    void summarisesOnlyTheFieldsThatChanged() {
        var before = new AssemblyDetails("Old", "Q?", "", List.of("Council"), List.of(), List.of(), List.of());
        var after = new AssemblyDetails("New", "Q?", "", List.of("Council", "Police"), List.of(), List.of(), List.of());
        var change = AssemblyChanges.between(before, after);
        assertThat(change.before()).isEqualTo("title=Old; commissioners=Council");
        assertThat(change.after()).isEqualTo("title=New; commissioners=Council, Police");
        assertThat(AssemblyChanges.between(before, before).isEmpty()).isTrue();
    }

    @Test
    void shortensLongTexts() {
        var before = new AssemblyDetails("T", "Q?", "", List.of(), List.of(), List.of(), List.of());
        var after = new AssemblyDetails("T", "x".repeat(500), "", List.of(), List.of(), List.of(), List.of());
        assertThat(AssemblyChanges.between(before, after).after())
                .hasSizeLessThan(100)
                .endsWith("…");
    }
}
