package org.socialmission.metrics.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Forgot password": takes the request and returns at once, whatever the email; the lookup, the
 * throttle and the mail happen afterwards on another thread ({@link
 * PasswordLinkService#resetOnRequest}). The answer and its timing are therefore the same whether or
 * not an account has the email.
 */
@ApplicationScoped
public class ForgotPassword {

  private static final Logger LOG = Logger.getLogger(ForgotPassword.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private PasswordLinkService links;

  /** Accepts a request; a link follows by mail if the email has an active account. */
  public void request(String email, String client) {
    if (email == null || email.isBlank() || !EmailAddress.isValid(email)) {
      return;
    }
    String typed = email.strip();
    executor.execute(
        () -> {
          try {
            links.resetOnRequest(typed, client);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A password reset request failed", e);
          }
        });
  }
}
