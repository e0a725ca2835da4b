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

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
