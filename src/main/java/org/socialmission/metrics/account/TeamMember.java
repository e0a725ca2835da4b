package org.socialmission.metrics.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One person of a school's team as colleagues see them. */
public record TeamMember(
    String displayName, String email, Role role, boolean active, LocalDateTime lastSignInAt)
    implements Serializable {

  static TeamMember of(Account account) {
    return new TeamMember(
        account.getDisplayName(),
        account.getEmail(),
        account.getRole(),
        account.isActive(),
        account.getLastSignInAt().orElse(null));
  }
}
