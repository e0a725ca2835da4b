package org.socialmission.metrics.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What every request to the API must be before anything reads it.
 *
 * <ul>
 *   <li><b>No cross-site requests.</b> A request that changes something (not GET, HEAD or OPTIONS)
 *       may not come as a form body ({@code application/x-www-form-urlencoded}, {@code
 *       multipart/form-data}, {@code text/plain}): those are what a page on another site can make a
 *       browser send without asking (415). The API takes JSON, or CSV for imports, which a browser
 *       sends elsewhere only after a CORS preflight this application never grants. A request whose
 *       {@code Origin} is another site than the one it was sent to is refused too (403). Together
 *       with the sign-in mechanism, which honours a browser session for reading only, no other site
 *       can act in a signed-in user's name.
 *   <li><b>Bounded bodies.</b> At most {@value #IMPORT_LIMIT} bytes for a CSV import, {@value
 *       #LIMIT} for anything else: a longer declared length is refused at once (413), and a body
 *       sent without one stops being read at the limit ({@link PayloadTooLargeException}, 413).
 * </ul>
 *
 * Refusals are the API's JSON errors ({@link ApiErrors}).
 */
public class ApiRequestGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Largest body of an API request other than an import: 1 MB. */
  public static final long LIMIT = 1024 * 1024;

  /**
   * Largest CSV file an import reads: 256 MB, as on the upload page. The answers of 10,000 schools
   * (~700,000 rows) are ~35 MB; imports read their file as a stream, so the bound is time, not
   * memory.
   */
  public static final long IMPORT_LIMIT = 256L * 1024 * 1024;

  /**
   * Most of a refused body read and dropped before answering (a file just over the import limit
   * gets its 413); beyond, the connection ends.
   */
  private static final long DRAIN_LIMIT = IMPORT_LIMIT + 1024 * 1024;

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!READING.contains(request.getMethod())) {
      if (isFormType(request.getContentType())) {
        ApiErrors.send(request, response, 415, Message.of("api.formBody"));
        return;
      }
      if (!sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
        ApiErrors.send(request, response, 403, Message.of("api.crossOrigin"));
        return;
      }
    }
    long limit = isImport(request) ? IMPORT_LIMIT : LIMIT;
    if (request.getContentLengthLong() > limit) {
      drain(request, response);
      ApiErrors.send(request, response, 413, new PayloadTooLargeException(limit).text());
      return;
    }
    Limited limited = new Limited(request, limit);
    chain.doFilter(limited, response);
    if (limited.body != null && limited.body.read > limit) {
      drain(request, response);
    }
  }

  /**
   * Reads and drops what is left of a refused body, up to {@value #DRAIN_LIMIT} bytes, so that the
   * client, which may read the answer only once it has sent everything, gets it; a longer body ends
   * the connection instead. Nothing read here is kept.
   */
  private static void drain(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var in = request.getInputStream();
    byte[] buffer = new byte[64 * 1024];
    long drained = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      drained += n;
      if (drained > DRAIN_LIMIT) {
        response.setHeader("Connection", "close");
        return;
      }
    }
  }

  static boolean isFormType(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return FORM_TYPES.contains(type);
  }

  /**
   * Whether a request's {@code Origin} (absent for scripts, present for browsers) names the host
   * and port it was sent to. A {@code Host} without a port stands for the origin's default port, as
   * it does behind a proxy that terminates TLS.
   */
  static boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return true;
    }
    try {
      URI from = URI.create(origin.strip());
      if (from.getHost() == null || host == null) {
        return false;
      }
      int fromPort = from.getPort() != -1 ? from.getPort() : defaultPort(from.getScheme());
      URI to = URI.create("//" + host.strip());
      int toPort = to.getPort() != -1 ? to.getPort() : defaultPort(from.getScheme());
      return from.getHost().equalsIgnoreCase(to.getHost()) && fromPort == toPort;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  private static boolean isImport(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/import/");
  }

  /** The request with a body that stops being read past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private CountingInput body;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new CountingInput(super.getInputStream(), limit);
      }
      return body;
    }
  }

  private static final class CountingInput extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;
    private boolean tripped;

    CountingInput(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit && !tripped) {
        tripped = true;
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
