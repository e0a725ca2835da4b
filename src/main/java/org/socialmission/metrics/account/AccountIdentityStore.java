package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Lets Jakarta Security check emails and passwords against the account table. The caller name is
 * the account's email; its only group is its role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accountService;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accountService
        .authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(
            account ->
                new CredentialValidationResult(
                    account.getEmail(), Set.of(account.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
