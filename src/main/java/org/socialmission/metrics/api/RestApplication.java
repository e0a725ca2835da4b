package org.socialmission.metrics.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Mounts the JAX-RS resources of this package at {@code /api}. The API is described by the OpenAPI
 * document at {@code /openapi}; Jersey's own WADL description ({@code /api/application.wadl}) is
 * switched off, which also spares every start building the JAXB context that generates it.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Social Mission Metrics API",
            version = "1",
            description =
                "Schools, self-assessments and benchmarks of the Social Mission Metrics Initiative."
                    + " Sign in with HTTP Basic (account email and password).",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
