package org.socialmission.metrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the pages, without a browser: keeps cookies, follows no
 * redirects on its own, and signs in through the real sign-in form (with its view state).
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces' Content-Security-Policy nonce, which its script sends with every post. */
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final CookieManager cookies;
  private final HttpClient http;
  private final URI base;

  public PageSession(URL deployment) {
    this(new CookieManager(), URI.create(deployment.toString()));
  }

  private PageSession(CookieManager cookies, URI base) {
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.base = base;
  }

  /** The same browser, with the same cookies, talking to another instance of the app. */
  public PageSession on(URL other) {
    return new PageSession(cookies, URI.create(other.toString()));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  /** The body of a GET as bytes (downloads), empty unless 200. */
  public byte[] download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(base.resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 200 ? response.body() : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Submits a form of a page this session got, as a browser does for a button that is not ajax: the
   * form's view state and the page's script nonce, the button, and the fields given.
   *
   * @param page the response that showed the form; the form is posted back to its address
   * @param fields field names (client ids) and values, besides view state and button
   */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formId, String buttonId, Map<String, String> fields) {
    return submit(page.uri(), page.body(), formId, buttonId, fields);
  }

  /**
   * Submits a form of this HTML, which the page at {@code address} showed, back to that address.
   */
  public HttpResponse<String> submit(
      URI address, String html, String formId, String buttonId, Map<String, String> fields) {
    Matcher state = VIEW_STATE.matcher(html);
    Matcher nonce = NONCE.matcher(html);
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + address + ": " + html);
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(formId, formId);
    all.putAll(fields);
    all.put(buttonId, "");
    all.put("jakarta.faces.ViewState", state.group(1));
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    return postForm(address, all);
  }

  /**
   * POSTs form fields to an address of the app, as a browser submits a form.
   *
   * @param headers extra headers as name, value pairs, e.g. {@code "Faces-Request", "partial/ajax"}
   */
  public HttpResponse<String> postForm(URI address, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(address)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** The response, or where its redirect leads (one redirect followed, as a browser does). */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 3) {
      return response;
    }
    String location = response.headers().firstValue("Location").orElseThrow();
    return send(HttpRequest.newBuilder(response.uri().resolve(location)).GET().build());
  }

  /** Sends any request with this session's cookies, e.g. to a path from {@link #uri}. */
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

  /** The absolute address of a path of the app. */
  public URI uri(String path) {
    return base.resolve(path);
  }

  /** Submits the sign-in form; returns the response to the POST (a redirect when it worked). */
  public HttpResponse<String> signIn(String email, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signIn", "signIn");
    fields.put("signIn:email", email);
    fields.put("signIn:password", password);
    fields.put("signIn:continue", "");
    fields.put("signIn:submit", "");
    return post("login.xhtml", get("login.xhtml"), fields);
  }

  /**
   * Posts a form of a page loaded before, as the browser would: the fields given plus the page's
   * view state and Content-Security-Policy nonce, which PrimeFaces' script sends with every post.
   */
  public HttpResponse<String> post(
      String path, HttpResponse<String> page, Map<String, String> fields) {
    return send(form(path, page, fields).build());
  }

  /** Posts an ajax request of a page loaded before, as PrimeFaces' script would. */
  public HttpResponse<String> postAjax(
      String path, HttpResponse<String> page, Map<String, String> fields) {
    return send(form(path, page, fields).header("Faces-Request", "partial/ajax").build());
  }

  private HttpRequest.Builder form(
      String path, HttpResponse<String> page, Map<String, String> fields) {
    Matcher state = VIEW_STATE.matcher(page.body());
    Matcher nonce = NONCE.matcher(page.body());
    if (!state.find() || !nonce.find()) {
      throw new IllegalStateException("No view state or nonce on the page: " + page.body());
    }
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", state.group(1));
    all.put("primefaces.nonce", nonce.group(1));
    String body =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** The current session cookie's value, if any. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
