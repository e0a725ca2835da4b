package org.socialmission.metrics.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The signed-in user of the current request, loaded once per request from the caller principal.
 * Pages use it as {@code #{currentUser}}.
 */
@Named
@RequestScoped
public class CurrentUser {

  /** Where the sign-in mechanism leaves the user it restored from the session. */
  static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

  @Inject private SecurityContext security;
  @Inject private AccountRepository accounts;
  @Inject private HttpServletRequest request;

  private Optional<SignedInUser> user;

  /** The user, or empty for an anonymous visitor. */
  public Optional<SignedInUser> get() {
    if (user == null && request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedInUser restored) {
      user = Optional.of(restored);
    }
    if (user == null) {
      var principal = security.getCallerPrincipal();
      user =
          principal == null
              ? Optional.empty()
              : accounts.findByEmail(principal.getName()).map(SignedInUser::of);
    }
    return user;
  }

  /** The user; for code that only runs behind a role constraint. */
  public SignedInUser require() {
    return get()
        .orElseThrow(() -> new IllegalStateException("No signed-in user on a protected path"));
  }

  public boolean isSignedIn() {
    return get().isPresent();
  }

  /** Whether the user is initiative staff; false for anonymous visitors. */
  public boolean isStaff() {
    return get().map(SignedInUser::isStaff).orElse(false);
  }

  /** The code of the user's own school; null for staff and anonymous visitors. */
  public String getSchoolCode() {
    return get().map(SignedInUser::schoolCode).orElse(null);
  }
}
