/**
 * The REST API under {@code /api}: JSON resources for scripts and integrations, signed in with HTTP
 * Basic, documented in the OpenAPI document at {@code /openapi}. Resources delegate to the feature
 * services and enforce the same school scope as the pages.
 */
package org.socialmission.metrics.api;
