package org.socialmission.metrics.report.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public address of a certificate, {@code /verify/{code}}: hands the code to the verify page
 * ({@code /certificates/verify.xhtml}), which shows the certificate's facts or says that no
 * certificate has this code.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The request attribute that carries the code to {@link VerifyBacking}. */
  static final String CODE = "smm.certificate.code";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    request.setAttribute(CODE, path == null ? "" : path.substring(1));
    request.getRequestDispatcher("/certificates/verify.xhtml").forward(request, response);
  }
}
