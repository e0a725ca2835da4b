/** Pages of the account feature: sign-in, sign-out and the role-dependent home page. */
package org.socialmission.metrics.account.web;
