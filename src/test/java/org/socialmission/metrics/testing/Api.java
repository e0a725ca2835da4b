package org.socialmission.metrics.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the API of a deployed app, signing in with HTTP Basic. */
public final class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  /**
   * @param deployment the app's base URL as Arquillian gives it
   */
  public Api(URL deployment) {
    this.base = URI.create(deployment.toString());
  }

  /** GET as the given account; {@code email} null for no Authorization header. */
  public HttpResponse<String> get(String path, String email, String password) {
    return send(request(path, email, password).GET().build());
  }

  /**
   * PUT a JSON body as the given account.
   *
   * @param headers extra headers as name, value pairs, e.g. {@code "If-Match", etag}
   */
  public HttpResponse<String> put(
      String path, String email, String password, String json, String... headers) {
    var request = request(path, email, password).header("Content-Type", "application/json");
    return send(
        withHeaders(request, headers).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /**
   * POST a JSON body (may be empty) as the given account, with extra headers as name, value pairs.
   */
  public HttpResponse<String> post(
      String path, String email, String password, String json, String... headers) {
    var request = request(path, email, password).header("Content-Type", "application/json");
    return send(
        withHeaders(request, headers).POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** GET as the given account, the body as bytes (downloads). */
  public HttpResponse<byte[]> download(String path, String email, String password) {
    String pair = email + ":" + password;
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET a server-level path such as {@code /health}, outside the app's context root. */
  public HttpResponse<String> getFromServerRoot(String absolutePath) {
    return send(HttpRequest.newBuilder(base.resolve(absolutePath)).GET().build());
  }

  /** GET as the person. */
  public HttpResponse<String> get(String path, TestSchool.Person person) {
    return get(path, person.email(), person.password());
  }

  /** PUT a JSON body as the person, with extra headers as name, value pairs. */
  public HttpResponse<String> put(
      String path, TestSchool.Person person, String json, String... headers) {
    return put(path, person.email(), person.password(), json, headers);
  }

  /** POST a JSON body as the person, with extra headers as name, value pairs. */
  public HttpResponse<String> post(
      String path, TestSchool.Person person, String json, String... headers) {
    return post(path, person.email(), person.password(), json, headers);
  }

  /** POST a CSV body as the person (imports). */
  public HttpResponse<String> postCsv(String path, TestSchool.Person person, String csv) {
    return post(path, person.email(), person.password(), csv, "Content-Type", "text/csv");
  }

  /** GET as the person, the body as bytes (downloads). */
  public HttpResponse<byte[]> download(String path, TestSchool.Person person) {
    return download(path, person.email(), person.password());
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray jsonArray(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /**
   * A request to a path of the app with the person's HTTP Basic credentials, to send with {@link
   * #send} after adding whatever a test needs (other methods, headers, bodies).
   */
  public HttpRequest.Builder request(String path, TestSchool.Person person) {
    return request(path, person.email(), person.password());
  }

  /** A request to a path of the app without credentials. */
  public HttpRequest.Builder anonymous(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  /** Sends a request, the body as text. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String email, String password) {
    var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
    if (email != null) {
      String pair = email + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come as name, value pairs");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return request;
  }
}
