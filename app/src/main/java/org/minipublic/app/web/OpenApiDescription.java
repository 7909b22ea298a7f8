package org.minipublic.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description says about the interface as a whole; springdoc reads the paths and the shapes of the
 * answers from the controllers under {@code /api/v1}. The version is the interface's, not the application's: fields
 * are added within v1, never renamed or removed.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI minipublicOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Minipublic open data")
                        .version("v1")
                        .description("The public record of citizens' assemblies: published assemblies, their"
                                + " lottery draws, recommendations with vote results, the institution's responses"
                                + " and the action plan. Read-only, no sign-in. A part an assembly has not"
                                + " published yet answers 404."));
    }
}
