/**
 * The REST API under {@code /api}: JSON resources for scripts and integrations, signed in with HTTP
 * Basic, documented in the OpenAPI document at {@code /openapi}. Resources delegate to the feature
 * services and enforce the same school scope as the pages.
 *
 * <p>The top of the feature order: nothing depends on it, and no other feature uses JAX-RS.
 */
package org.socialmission.metrics.api;
