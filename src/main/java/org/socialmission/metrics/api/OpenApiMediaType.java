package org.socialmission.metrics.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Serves the OpenAPI document with the media type of its format: Payara writes YAML as {@code
 * text/plain}; this makes it {@code application/yaml} (RFC 9512), and lets clients ask for it by
 * that name. JSON ({@code Accept: application/json}) is {@code application/json} already. Payara
 * serves {@code /openapi} inside the application at the root context, where this filter is mapped.
 */
public class OpenApiMediaType extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The registered media type of YAML. */
  static final String YAML = "application/yaml";

  private static final String PAYARAS_YAML = "text/plain";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new AsksPayara(request), new NamesYaml(response));
  }

  /** A request whose {@code Accept} of YAML by its name is one Payara understands. */
  private static final class AsksPayara extends HttpServletRequestWrapper {

    AsksPayara(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      String value = super.getHeader(name);
      return isAccept(name) && asksYaml(value) ? PAYARAS_YAML : value;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (isAccept(name) && asksYaml(super.getHeader(name))) {
        return Collections.enumeration(List.of(PAYARAS_YAML));
      }
      return super.getHeaders(name);
    }

    private static boolean isAccept(String name) {
      return "Accept".equalsIgnoreCase(name);
    }

    private static boolean asksYaml(String accept) {
      return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml");
    }
  }

  /** A response that names YAML as YAML. */
  private static final class NamesYaml extends HttpServletResponseWrapper {

    NamesYaml(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(renamed(type));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? renamed(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? renamed(value) : value);
    }

    private static String renamed(String type) {
      return type != null && type.toLowerCase(Locale.ROOT).startsWith(PAYARAS_YAML)
          ? YAML + ";charset=UTF-8"
          : type;
    }
  }
}
