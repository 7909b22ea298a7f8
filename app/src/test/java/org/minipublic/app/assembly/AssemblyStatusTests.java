package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssemblyStatusTests {

    @Test
    void stagesRunFromPlanningToClosedOneAtATime() {
        assertThat(AssemblyStatus.PLANNING.previous()).isEmpty();
        assertThat(AssemblyStatus.PLANNING.next()).contains(AssemblyStatus.RECRUITING);
        assertThat(AssemblyStatus.FOLLOWING_UP.next()).contains(AssemblyStatus.CLOSED);
        assertThat(AssemblyStatus.CLOSED.next()).isEmpty();
        assertThat(AssemblyStatus.SELECTING.isNeighbourOf(AssemblyStatus.RECRUITING))
                .isTrue();
        assertThat(AssemblyStatus.SELECTING.isNeighbourOf(AssemblyStatus.SELECTING))
                .isFalse();
        assertThat(AssemblyStatus.PLANNING.isNeighbourOf(AssemblyStatus.SELECTING))
                .isFalse();
    }

    @Test
    void namesItsMessageKey() {
        assertThat(AssemblyStatus.IN_SESSION.messageKey()).isEqualTo("assembly.status.in-session");
    }
}
