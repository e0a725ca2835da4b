package org.socialmission.metrics.report;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a certificate of participation certifies, and nothing more: the school, its discipline, the
 * cycle, when the assessment was submitted, the verification code and where to check it. No score
 * ever appears on a certificate.
 *
 * @param submittedAt when the dean submitted the assessment (UTC)
 * @param verifyUrl the public page that confirms the certificate
 */
public record CertificateFacts(
    String code,
    String schoolName,
    String discipline,
    int cycle,
    LocalDateTime submittedAt,
    URI verifyUrl) {

  /** Requires every part. */
  public CertificateFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(schoolName, "schoolName");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
  }
}
