package org.socialmission.metrics.account;

import java.io.Serializable;

/**
 * What a browser session keeps of its sign-in: whose it is and the account's session epoch at that
 * moment. Every request checks it against the account, so deactivating an account or changing its
 * password ends its sessions at their next request, on whichever instance they arrive.
 */
public record SessionGrant(String email, int epoch) implements Serializable {

  /** The session attribute that holds the grant. */
  public static final String ATTRIBUTE = SessionGrant.class.getName();
}
