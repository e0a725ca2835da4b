package org.socialmission.metrics.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.socialmission.metrics.report.runtime.CertificateService;

/**
 * {@code /verify/{code}}: the facts a certificate of participation certifies (school, discipline,
 * cycle, date submitted), and whether its submission still stands; for a code no certificate has, a
 * 404 that says so and nothing else. Public.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject private CertificateService certificates;

  private Optional<CertificateService.Verified> verified = Optional.empty();
  private String code;

  /** The view action: looks the code up; answers 404 when no certificate has it. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object forwarded = faces.getExternalContext().getRequestMap().get(VerifyServlet.CODE);
    if (forwarded instanceof String value) {
      code = value;
    }
    verified = certificates.verify(code);
    if (verified.isEmpty()) {
      faces.getExternalContext().setResponseStatus(404);
    }
  }

  /** The certificate and whether it stands; null when no certificate has the code. */
  public CertificateService.Verified getVerified() {
    return verified.orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
