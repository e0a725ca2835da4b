/**
 * Pages of the account feature: sign-in, sign-out, changing one's own password, the role-dependent
 * home page, the team member and dean home pages, and a school's page with its team and the
 * management of its accounts.
 */
package org.socialmission.metrics.account.web;
