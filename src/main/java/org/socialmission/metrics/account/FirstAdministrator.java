package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first staff account of a new installation from {@code SMM_ADMIN_EMAIL} and {@code
 * SMM_ADMIN_PASSWORD}, so that an installation without demo data can be signed in to at all. The
 * account is created once, when no account with that email exists; an existing account is never
 * changed, whatever the variables say later. Without the variables and without any account,
 * start-up logs how to create one.
 */
@ApplicationScoped
public class FirstAdministrator {

  /** Shortest password accepted from the environment. */
  static final int MIN_PASSWORD_LENGTH = 12;

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "smm.admin.email")
  private Optional<String> email;

  @Inject
  @ConfigProperty(name = "smm.admin.password")
  private Optional<String> password;

  @Inject private AccountRepository accounts;
  @Inject private AccountService accountService;

  /** Creates the configured administrator if it does not exist yet; see the class comment. */
  @Transactional
  public void createIfConfigured() {
    if (email.isEmpty() || password.isEmpty()) {
      if (accounts.count() == 0) {
        LOG.warning(
            "No account exists yet: set SMM_ADMIN_EMAIL and SMM_ADMIN_PASSWORD (at least "
                + MIN_PASSWORD_LENGTH
                + " characters) and restart to create the first administrator.");
      }
      return;
    }
    if (accounts.findByEmail(email.get()).isPresent()) {
      return;
    }
    if (!AccountAdminService.isEmail(email.get())
        || password.get().length() < MIN_PASSWORD_LENGTH) {
      LOG.severe(
          "SMM_ADMIN_EMAIL must be an email address and SMM_ADMIN_PASSWORD at least "
              + MIN_PASSWORD_LENGTH
              + " characters long; no administrator was created.");
      return;
    }
    accountService.create(email.get(), "Administrator", password.get(), Role.STAFF, null);
    LOG.info(() -> "First administrator " + Account.normalizeEmail(email.get()) + " created.");
  }
}
