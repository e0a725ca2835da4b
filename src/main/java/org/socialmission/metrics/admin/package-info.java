/**
 * Running the initiative: setting up schools and accounts, including the demo data that a new,
 * empty database receives when demo mode is on.
 */
package org.socialmission.metrics.admin;
