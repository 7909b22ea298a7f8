package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every page whose address names an assembly says which permission it needs; none can be forgotten. */
@IntegrationTest
class PermissionCoverageIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerOfAnAssemblyPageDeclaresItsPermission() {
        List<String> unprotected = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean namesAssembly = info.getPatternValues().stream().anyMatch(p -> p.contains("{assemblyId}"));
            boolean declared = method.hasMethodAnnotation(RequiresPermission.class)
                    || method.getBeanType().isAnnotationPresent(RequiresPermission.class);
            if (namesAssembly && !declared) {
                unprotected.add(info.toString());
            }
        });
        assertThat(unprotected).isEmpty();
        assertThat(mappings.getHandlerMethods().keySet())
                .as("the check above must have pages to look at")
                .anyMatch(info -> info.getPatternValues().stream().anyMatch(p -> p.contains("{assemblyId}")));
    }
}
