package org.socialmission.metrics.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the generated OpenAPI document valid, whatever the resources' annotations say (named in
 * {@code microprofile-config.properties} as {@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>path templates without JAX-RS regular expressions ({@code {cycle: \d+}} becomes {@code
 *       {cycle}}; the resource still checks the value);
 *   <li>every path parameter required, as OpenAPI demands;
 *   <li>an operation id that another operation shares (JAX-RS method names such as {@code get})
 *       replaced by one made of method and path ({@code getCompletionCycleCsv});
 *   <li>a relative server ({@code /}), not the address of whichever instance answered;
 *   <li>without Payara's {@code endpoints} list, which is no part of OpenAPI.
 * </ul>
 */
public class OpenApiCleanup implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(List.of(OASFactory.createServer().url("/")));
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      Map<String, PathItem> paths = new LinkedHashMap<>();
      openAPI.getPaths().getPathItems().forEach((path, item) -> paths.put(template(path), item));
      Map<String, Long> ids = operationIds(paths);
      paths.forEach(
          (path, item) -> {
            requirePathParameters(item.getParameters());
            item.getOperations()
                .forEach(
                    (method, operation) -> {
                      requirePathParameters(operation.getParameters());
                      String id = operation.getOperationId();
                      if (id == null || ids.getOrDefault(id, 0L) > 1) {
                        operation.setOperationId(derivedId(method, path));
                      }
                    });
          });
      openAPI.getPaths().setPathItems(paths);
    }
    dropEndpoints(openAPI);
  }

  /**
   * A path template without regular expressions: {@code /a/{cycle: \d+}.csv} → {@code
   * /a/{cycle}.csv}.
   */
  static String template(String path) {
    StringBuilder clean = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      int colon = path.indexOf(':', i);
      int close = path.indexOf('}', i);
      if (c == '{' && colon > i && (close < 0 || colon < close)) {
        clean.append(path.substring(i, colon).strip()).append('}');
        i = endOfTemplate(path, colon);
      } else {
        clean.append(c);
        i++;
      }
    }
    return clean.toString();
  }

  /** The index after the brace that closes a template variable, counting nested braces. */
  private static int endOfTemplate(String path, int from) {
    int depth = 1;
    for (int i = from; i < path.length(); i++) {
      if (path.charAt(i) == '{') {
        depth++;
      } else if (path.charAt(i) == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return path.length();
  }

  /**
   * An operation id from method and path: {@code GET /api/completion/{cycle}.csv} → {@code
   * getCompletionCycleCsv}.
   */
  static String derivedId(PathItem.HttpMethod method, String path) {
    String words =
        Arrays.stream(path.replaceFirst("^/api/", "").split("[^A-Za-z0-9]+"))
            .filter(w -> !w.isEmpty())
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
            .collect(Collectors.joining());
    return method.name().toLowerCase(Locale.ROOT) + words;
  }

  private static Map<String, Long> operationIds(Map<String, PathItem> paths) {
    Map<String, Long> counts = new HashMap<>();
    paths.values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .map(Operation::getOperationId)
        .filter(id -> id != null)
        .forEach(id -> counts.merge(id, 1L, Long::sum));
    return counts;
  }

  private static void requirePathParameters(List<Parameter> parameters) {
    if (parameters != null) {
      parameters.stream()
          .filter(p -> p.getIn() == Parameter.In.PATH)
          .forEach(p -> p.setRequired(true));
    }
  }

  /**
   * Payara adds an {@code endpoints} map outside the model of MicroProfile OpenAPI; empty, it is
   * left out of the document (Payara needs the map itself).
   */
  private static void dropEndpoints(OpenAPI openAPI) {
    try {
      Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
      setter.invoke(openAPI, new TreeMap<String, Set<String>>());
    } catch (ReflectiveOperationException | RuntimeException notPayaras) {
      // Another implementation adds no such list.
    }
  }
}
