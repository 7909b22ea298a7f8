package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler says which permission it needs, and the permission fits its address: one that applies within an
 * assembly needs the {@code {assemblyId}} to check it against, and a page that names an assembly needs one.
 */
@IntegrationTest
class PermissionCoverageIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerDeclaresAPermissionThatFitsItsAddress() {
        List<String> problems = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getName().startsWith("org.minipublic.")) {
                check(info, method, problems);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(mappings.getHandlerMethods().values())
                .as("the check above must have handlers to look at")
                .anyMatch(method -> method.getBeanType().getName().startsWith("org.minipublic."));
    }

    private static void check(RequestMappingInfo info, HandlerMethod method, List<String> problems) {
        RequiresPermission declared = method.getMethodAnnotation(RequiresPermission.class);
        if (declared == null) {
            declared = method.getBeanType().getAnnotation(RequiresPermission.class);
        }
        boolean namesAssembly = info.getPatternValues().stream().anyMatch(p -> p.contains("{assemblyId}"));
        if (declared == null) {
            problems.add(info + " declares no permission");
        } else if (declared.value().isAssemblyScoped() != namesAssembly) {
            problems.add(info + " names " + (namesAssembly ? "an" : "no") + " assembly but needs " + declared.value());
        }
    }
}
