package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description documents every route of the JSON interface and nothing else, without sign-in. */
@IntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anyoneReadsADescriptionOfEveryInterfaceRouteAndOnlyThose() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var spec = JsonPath.parse(json);

        assertThat(spec.read("$.info.version", String.class)).isEqualTo("v1");
        java.util.Map<String, Object> paths = spec.read("$.paths");
        assertThat(new TreeSet<>(paths.keySet())).isEqualTo(interfaceRoutes()).isNotEmpty();
        assertThat(spec.read("$.paths['/api/v1/assemblies'].get.summary", String.class))
                .isEqualTo("Published assemblies");
        java.util.Map<String, Object> schemas = spec.read("$.components.schemas");
        assertThat(schemas).as("answers are described by their fields").containsKey("PublicAssembly");
        mvc.perform(get("/api/v1/openapi.yaml")).andExpect(status().isOk());
    }

    /** The app's own GET routes under /api/v1, as the request mappings name them. */
    private Set<String> interfaceRoutes() {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getName().startsWith("org.minipublic.")) {
                info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/"))
                        .forEach(routes::add);
            }
        });
        return routes;
    }
}
