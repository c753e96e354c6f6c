package org.phasezero.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description and sign-in scheme of the OpenAPI document at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

  @Bean
  OpenAPI phaseZeroApi() {
    return new OpenAPI()
        .info(new Info().title("PhaseZero API").version("v1")
            .description("The co-production network: organisations, sites, people, consents, ties, and the audit trail."
                + " Errors are RFC 9457 problem details. Send a personal access token (created on your account page)"
                + " as 'Authorization: Bearer pz_...'. A record you may not see answers 404.")
            .license(new License().name("Open source")))
        .components(new Components().addSecuritySchemes("token",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Personal access token")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
