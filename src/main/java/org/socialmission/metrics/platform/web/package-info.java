/** Faces plumbing shared by all pages: error status handling and sign-in/out. */
package org.socialmission.metrics.platform.web;
