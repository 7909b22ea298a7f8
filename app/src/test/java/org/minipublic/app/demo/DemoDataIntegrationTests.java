package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Demo mode loads one assembly and one user per role, and loading again changes nothing. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoAssemblyWithOneUserPerRoleOnlyOnce() throws Exception {
        loader.run(null); // the second start of the same installation
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var demo = assemblies.find(id).orElseThrow();
        assertThat(demo.details().question())
                .isEqualTo("How can the police build trust with all communities and make the borough feel safer?");
        assertThat(demo.details().days()).hasSize(5);
        assertThat(demo.details().weekendCount()).isEqualTo(3);
        assertThat(identity.teamCounts(id))
                .containsEntry(AssemblyRole.ORGANISER, 1)
                .containsEntry(AssemblyRole.FACILITATOR, 1)
                .containsEntry(AssemblyRole.ADVISORY_BOARD, 1)
                .containsEntry(AssemblyRole.INSTITUTION_OFFICER, 1)
                .containsEntry(AssemblyRole.MEMBER, 1);
        assertThat(count("assembly.assemblies")).isEqualTo(1);
        assertThat(count("identity.users")).isEqualTo(DemoUsers.ALL.size());
        assertThat(count("recruitment.households")).isEqualTo(DemoRecruitment.HOUSEHOLDS);
        assertThat(count("recruitment.rounds")).isEqualTo(1);
        assertThat(count("recruitment.invitations")).isEqualTo(DemoRecruitment.LETTERS);
        assertThat(count("recruitment.categories")).isEqualTo(5);
        assertThat(count("recruitment.respondents")).isEqualTo(DemoRecruitment.RESPONDENTS);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
