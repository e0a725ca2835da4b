/**
 * Faces plumbing shared by all pages: error status handling and sign-in/out, and {@link
 * org.socialmission.metrics.platform.web.FacesMessages}, the one way beans add messages from the
 * bundle (see the package {@code platform}, "Texts for people").
 */
package org.socialmission.metrics.platform.web;
