/**
 * Accounts and roles: who may sign in, with which role, for which school; password hashing, the
 * sign-in mechanism and its bookkeeping (failures as rows of their own, throttled by account and
 * client address, never a write of the account row that parallel sign-ins could collide on),
 * passwords people choose themselves (through an invitation or reset link sent by mail, {@link
 * org.socialmission.metrics.account.PasswordLinkService}; without mail, a temporary one that must
 * be changed first), and the signed-in user of a request.
 *
 * <p>A team member or dean belongs to exactly one school; staff belong to none and see all. {@link
 * org.socialmission.metrics.account.SignedInUser} holds the access rules that need nothing above
 * this feature: which schools a user sees, which school a user leads (its dean, or staff: sees its
 * benchmarks, manages its team), whose accounts a user manages.
 *
 * <p>Above {@code school}, below {@code assessment}.
 */
package org.socialmission.metrics.account;
