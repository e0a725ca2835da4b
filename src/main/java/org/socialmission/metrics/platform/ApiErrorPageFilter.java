package org.socialmission.metrics.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The net under the API: when the container itself ends an API request with an error (a filter
 * failed, a constraint refused), its error page would be HTML. This filter stands before the error
 * pages and answers an API request's error as the API's JSON instead; pages get their error pages.
 */
public class ApiErrorPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 415);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String failed) || !ApiErrors.isApiPath(failed, request.getContextPath())) {
      chain.doFilter(request, response);
      return;
    }
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : 500;
    ApiErrors.send(request, response, status, message(status, request));
  }

  private static Message message(int status, HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ApplicationException refusal) {
          return refusal.text();
        }
      }
    }
    if (status >= 500) {
      return Message.of("api.internal");
    }
    return EXPLAINED.contains(status)
        ? Message.of("api.status." + status)
        : Message.of("api.status", status);
  }
}
