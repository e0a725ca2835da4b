package org.socialmission.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;

/**
 * The OpenAPI document at {@code /openapi} is valid: swagger-parser (io.swagger.parser.v3, the Java
 * parser and validator of the OpenAPI tooling) reports no message on it, as YAML or as JSON, each
 * served with its media type; and the rules it does not check are checked here: unique operation
 * ids, required path parameters, plain path templates, a relative server.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @ArquillianResource private URL base;

  @Test
  void theYamlDocumentIsValidAndServedAsYaml() {
    var yaml = fetch("application/yaml");
    assertEquals(200, yaml.statusCode());
    assertTrue(contentType(yaml).startsWith("application/yaml"), contentType(yaml));
    assertValid(yaml.body());
    var plain = fetch(null);
    assertTrue(contentType(plain).startsWith("application/yaml"), "the default is YAML too");
  }

  @Test
  void theJsonDocumentIsValidAndServedAsJson() {
    var json = fetch("application/json");
    assertEquals(200, json.statusCode());
    assertTrue(contentType(json).startsWith("application/json"), contentType(json));
    assertValid(json.body());
  }

  @Test
  void operationsHaveUniqueIdsRequiredPathParametersAndPlainTemplates() {
    OpenAPI document = parse(fetch("application/json").body()).getOpenAPI();
    Set<String> ids = new HashSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) -> {
              assertFalse(path.contains(":") || path.contains("\\"), "a plain template: " + path);
              assertTrue(path.startsWith("/api/"), "no stray entry: " + path);
              for (Operation operation : item.readOperations()) {
                assertTrue(
                    ids.add(operation.getOperationId()), "unique: " + operation.getOperationId());
                List<Parameter> parameters =
                    operation.getParameters() == null ? List.of() : operation.getParameters();
                parameters.stream()
                    .filter(p -> "path".equals(p.getIn()))
                    .forEach(p -> assertTrue(p.getRequired(), path + " " + p.getName()));
              }
            });
    assertTrue(ids.contains("getMe") && ids.contains("changeMyPassword"), ids.toString());
    document.getServers().forEach(s -> assertTrue(s.getUrl().startsWith("/"), s.getUrl()));
    assertTrue(
        document.getPaths().containsKey("/api/completion/{cycle}.csv"),
        document.getPaths().keySet().toString());
  }

  private HttpResponse<String> fetch(String accept) {
    var api = new Api(base);
    var request = api.anonymous("/openapi").GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return api.send(request.build());
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static void assertValid(String document) {
    SwaggerParseResult result = parse(document);
    assertEquals(List.of(), result.getMessages(), "messages of swagger-parser");
    assertTrue(result.getOpenAPI().getPaths().size() > 10);
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }
}
