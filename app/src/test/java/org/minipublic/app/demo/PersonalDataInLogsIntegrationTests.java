package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.selection.Draws;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Starts the demo in a context of its own while capturing everything logged, walks the staff pages, the public pages
 * and a few failures (a wrong password, a wrong registration code, a bad form), and then looks for every demo
 * respondent's and member's name, e-mail and phone in what was logged. The demo's staff logins are printed at start on
 * purpose (their password is published) and are not searched for.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "minipublic.test.context=personal-data-in-logs")
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class PersonalDataInLogsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Draws draws;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nothingLoggedWhileTheDemoLoadsAndIsUsedNamesAPerson(CapturedOutput output) throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var draw = draws.all(id).get(0);
        String base = "/assemblies/" + id;
        var organiser = users.loadUserByUsername("organiser@demo.minipublic.org");
        var facilitator = users.loadUserByUsername("facilitator@demo.minipublic.org");
        var pages = List.of(
                base,
                base + "/members",
                base + "/members/check-in/2027-02-20",
                base + "/members/finance",
                base + "/respondents",
                base + "/invitations",
                base + "/targets",
                base + "/draws",
                base + "/draws/" + draw.id(),
                base + "/draws/" + draw.id() + "/record.json",
                base + "/recruitment/plan",
                base + "/programme",
                base + "/tables",
                base + "/tables/settings",
                base + "/audit");
        for (String page : pages) {
            mvc.perform(get(page).with(user(organiser)));
            mvc.perform(get(page).with(user(facilitator)));
        }
        mvc.perform(get("/public/assemblies/" + id + "/draws/" + draw.id()));
        mvc.perform(get("/api/v1/assemblies/" + id + "/draws"));
        var someone = people().get(0);
        mvc.perform(post("/login")
                .param("email", someone)
                .param("password", "not the password")
                .with(csrf()));
        mvc.perform(post("/register").param("code", "ZZZZ-ZZZZ").with(csrf()));
        mvc.perform(post(base + "/respondents/phone")
                .param("firstName", someone)
                .param("email", "not-an-address")
                .with(user(organiser))
                .with(csrf()));

        String logged = output.getAll();
        assertThat(logged)
                .as("the capture saw the start, so it saw the demo load")
                .contains("DEMO MODE");
        var found = new ArrayList<String>();
        for (String value : people()) {
            if (logged.contains(value)) {
                found.add(value);
            }
        }
        assertThat(found).as("personal data in the logs").isEmpty();
    }

    /** Every demo respondent's and member's full name, e-mail and phone. */
    private List<String> people() {
        Set<String> values = new LinkedHashSet<>();
        for (String table : List.of("recruitment.respondents", "members.members")) {
            jdbc.sql("select first_name || ' ' || last_name, email, phone from " + table)
                    .query(rs -> {
                        for (int column = 1; column <= 3; column++) {
                            String value = rs.getString(column);
                            if (value != null && value.strip().length() >= 6) {
                                values.add(value.strip());
                            }
                        }
                    });
        }
        assertThat(values).as("the demo has people to look for").hasSizeGreaterThan(300);
        return List.copyOf(values);
    }
}
