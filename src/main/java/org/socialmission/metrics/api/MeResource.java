package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.account.SignInService;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.ClientAddresses;

/**
 * Who the caller is, a quick check that credentials work and which school they act for; and the
 * caller's own password, which an account whose password someone else set must change first.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class MeResource {

  private static final String PASSWORD_BODY =
      "{\"currentPassword\": \"…\", \"newPassword\": \"…\"}";

  @Inject private CurrentUser currentUser;
  @Inject private SignInService signIns;
  @Inject private ClientAddresses clients;
  @Context private HttpServletRequest request;

  /** The caller's account as the API shows it. */
  public record Me(String email, String name, Role role, String school) {}

  /** A change of the caller's own password. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @GET
  @Operation(
      operationId = "getMe",
      summary = "The signed-in account: email, name, role and school code (none for staff)")
  @APIResponse(responseCode = "200", description = "The caller's account")
  @APIResponse(
      responseCode = "403",
      description = "The password was set by someone else and must be changed first")
  public Me get() {
    SignedInUser user = currentUser.require();
    return new Me(user.email(), user.displayName(), user.role(), user.schoolCode());
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMyPassword",
      summary = "Changes the caller's password; the caller's browser sessions end",
      description =
          "The new password has at least 12 characters and is not the email. An account whose"
              + " password someone else set (a new account, a reset) must call this first.")
  @APIResponse(responseCode = "204", description = "Changed; sign in with the new password")
  @APIResponse(
      responseCode = "400",
      description = "The current password is wrong, or the new one is too short or the email")
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new ApplicationException("api.password.body", PASSWORD_BODY);
    }
    signIns.changePassword(
        currentUser.require(), change.currentPassword(), change.newPassword(), clients.of(request));
    return Response.noContent().build();
  }
}
