package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health for anyone (without details), probes for a container platform, metrics for administrators only. */
@IntegrationTest
class ActuatorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void anyoneLearnsWhetherTheApplicationIsUpButNotWhatItIsMadeOf() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))))
                .andExpect(content().string(not(containsString("postgres"))));
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void administratorsSeeTheDetailsAndTheMetrics() throws Exception {
        var admin = fixtures.admin("Actuator Admin");
        mvc.perform(get("/actuator/health").with(user(admin.principal())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/prometheus").with(user(admin.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests")))
                // Left out for speed (application.properties, identity.login.SecurityConfiguration).
                .andExpect(content().string(not(containsString("http_server_requests_active"))))
                .andExpect(content().string(not(containsString("spring_security_"))));
    }

    @Test
    void metricsAreClosedToEveryoneElseAndTheRestOfTheActuatorIsNotThere() throws Exception {
        var organiser = fixtures.user("Actuator Organiser");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user(organiser.principal())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("components"))));
        var admin = fixtures.admin("Actuator Admin Two");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            mvc.perform(get(hidden).with(user(admin.principal()))).andExpect(status().isNotFound());
        }
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping routes;

    @org.springframework.beans.factory.annotation.Value("${management.metrics.web.server.max-uri-tags}")
    int maxUriTags;

    /** Past the limit Micrometer drops the request metrics of every further route, so it must exceed their count. */
    @Test
    void everyRouteCanHaveItsOwnRequestMetric() {
        long patterns = routes.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .distinct()
                .count();
        assertThat(patterns).isGreaterThan(100);
        assertThat(maxUriTags).isGreaterThan((int) patterns + 50);
    }
}
