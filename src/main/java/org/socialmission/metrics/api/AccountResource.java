package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.AccountAdminService;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * Accounts for the people of a school, as on the school page: staff add anyone (staff accounts
 * without a school), a dean adds team members of their own school. The new account's owner is
 * invited by mail; only when mail is not configured does the answer carry a temporary password,
 * once, as the page shows it once.
 */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DEAN, Role.Names.STAFF})
public class AccountResource {

  @Inject private CurrentUser currentUser;
  @Inject private AccountAdminService accounts;

  /** A new account as a client sends it; {@code school} is the school's code, none for staff. */
  public record NewAccount(String email, String name, String role, String school) {}

  /**
   * The new account: invited by mail, and with a one-time temporary password only when mail is not
   * configured (otherwise the field is absent).
   */
  public record Created(String email, boolean invited, String temporaryPassword) {}

  @POST
  @Operation(
      operationId = "createAccount",
      summary = "Adds an account and invites its owner by mail (staff; deans: their team)")
  @APIResponse(
      responseCode = "201",
      description = "Added and invited; without mail configured, a temporary password, shown once")
  @APIResponse(responseCode = "400", description = "Missing or invalid field, or the email exists")
  @APIResponse(responseCode = "403", description = "Not allowed to add this account")
  public Response create(NewAccount account) {
    if (account == null) {
      throw new ApplicationException("api.account.body");
    }
    Role role = role(account.role());
    boolean hasSchool = account.school() != null && !account.school().isBlank();
    if (role.belongsToSchool() != hasSchool) {
      throw new ApplicationException(
          role.belongsToSchool() ? "api.account.schoolRequired" : "api.account.staffHasNoSchool");
    }
    Optional<String> password =
        accounts.create(
            currentUser.require(),
            hasSchool ? account.school().strip() : null,
            account.email(),
            account.name(),
            role);
    return Response.status(Response.Status.CREATED)
        .entity(
            new Created(
                account.email().strip().toLowerCase(Locale.ROOT), true, password.orElse(null)))
        .build();
  }

  private static Role role(String name) {
    try {
      return Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApplicationException(
          "api.account.unknownRole", String.valueOf(name), Arrays.toString(Role.values()));
    }
  }
}
