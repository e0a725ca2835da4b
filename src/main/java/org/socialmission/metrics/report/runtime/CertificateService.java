package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentLockedException;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.report.CertificateFacts;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;

/**
 * Certificates of participation. After submission the school's dean downloads one for the cycle:
 * the first download of a submission issues it with a verification code of 128 random bits
 * (base64url, 22 characters), every later download of the same submission gets the same
 * certificate. Anyone can verify a code; an unknown code says only that it is unknown.
 *
 * <p>A certificate certifies one submission. When the dean reopens the assessment, the certificate
 * still verifies its facts but says that the submission no longer stands; submitting again makes a
 * new submission and a new certificate with a new code.
 */
@ApplicationScoped
public class CertificateService {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

  @Inject private AssessmentService assessments;
  @Inject private SchoolService schools;
  @Inject private CertificateRepository certificates;
  @Inject private Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** A verified certificate: its facts and whether its submission still stands. */
  public record Verified(Certificate certificate, boolean current) {}

  /**
   * The certificate of the school's submitted assessment of the cycle, issued on first request.
   *
   * @param verifyBase the public address of the verify page, to which the code is appended
   * @throws AccessDeniedException for anyone but the school's dean
   * @throws AssessmentLockedException when the assessment is not submitted
   */
  @Transactional
  public CertificateFacts certificate(
      SignedInUser user, String schoolCode, int cycle, URI verifyBase) {
    if (!user.isDeanOf(schoolCode)) {
      throw new AccessDeniedException("certificate.deanOnly");
    }
    AssessmentSnapshot snapshot = assessments.read(user, schoolCode, cycle);
    if (!snapshot.isSubmitted()) {
      throw new AssessmentLockedException("certificate.notSubmitted", cycle);
    }
    certificates.lockAssessment(snapshot.id());
    Certificate certificate =
        certificates
            .of(snapshot.id(), snapshot.submittedAt())
            .orElseGet(() -> issue(user, snapshot));
    return facts(certificate, verifyBase);
  }

  /** The certificate with this code, if it exists; anyone may ask. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Verified> verify(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return certificates
        .find(code)
        .map(
            c ->
                new Verified(
                    c, certificates.stillSubmitted(c.getAssessmentId(), c.getSubmittedAt())));
  }

  private Certificate issue(SignedInUser dean, AssessmentSnapshot snapshot) {
    SchoolProfile school = schools.profile(dean.scope(), snapshot.schoolCode());
    byte[] bits = new byte[16];
    random.nextBytes(bits);
    Certificate certificate =
        new Certificate(
            Base64.getUrlEncoder().withoutPadding().encodeToString(bits),
            snapshot.id(),
            school.code(),
            school.name(),
            school.disciplineName(),
            snapshot.cycle(),
            snapshot.submittedAt(),
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
            dean.accountId());
    certificates.add(certificate);
    return certificate;
  }

  private static CertificateFacts facts(Certificate certificate, URI verifyBase) {
    return new CertificateFacts(
        certificate.getCode(),
        certificate.getSchoolName(),
        certificate.getDisciplineName(),
        certificate.getCycle(),
        certificate.getSubmittedAt(),
        verifyBase.resolve(certificate.getCode()));
  }
}
