/**
 * Accounts and roles: who may sign in, with which role, for which school; password hashing,
 * throttling of repeated sign-in failures, and the signed-in user of a request.
 *
 * <p>A team member or dean belongs to exactly one school; staff belong to none and see all.
 */
package org.socialmission.metrics.account;
