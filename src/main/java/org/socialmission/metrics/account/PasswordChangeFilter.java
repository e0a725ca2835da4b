package org.socialmission.metrics.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialmission.metrics.platform.ApiErrors;
import org.socialmission.metrics.platform.Message;

/**
 * Holds back an account whose password someone else chose (a new account's temporary password, a
 * reset) until its owner has chosen their own: pages send it to {@value #PAGE}, the API answers 403
 * naming {@code POST} {@value #API}. Those two, and the pages' style sheets and scripts, are all it
 * may use. {@link SignInMechanism} marks such requests; unmarked ones pass untouched.
 */
public class PasswordChangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute that marks a caller who must change their password first. */
  static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";

  /** Context-relative path of the page where people change their password. */
  public static final String PAGE = "/account/password.xhtml";

  /** Context-relative path of the API call that changes the caller's password. */
  public static final String API = "/api/me/password";

  private static final String RESOURCES = "/jakarta.faces.resource/";
  private static final String CHANGE_CALL = "POST " + API;
  private static final String PASSWORD_BODY =
      "{\"currentPassword\": \"…\", \"newPassword\": \"…\"}";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(REQUIRED) == null || allowed(request)) {
      chain.doFilter(request, response);
    } else if (ApiErrors.isApi(request)) {
      ApiErrors.send(
          request,
          response,
          403,
          Message.of("password.changeFirstApi", CHANGE_CALL, PASSWORD_BODY));
    } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + request.getContextPath()
                  + PAGE
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(request.getContextPath() + PAGE);
    }
  }

  /** Whether the caller of this request must change their password before anything else. */
  public static boolean isRequired(HttpServletRequest request) {
    return request.getAttribute(REQUIRED) != null;
  }

  /** Lifts the hold for the rest of a request in which the password was changed. */
  public static void release(HttpServletRequest request) {
    request.removeAttribute(REQUIRED);
  }

  private static boolean allowed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PAGE)
        || path.startsWith(RESOURCES)
        || (path.equals(API) && "POST".equals(request.getMethod()));
  }
}
