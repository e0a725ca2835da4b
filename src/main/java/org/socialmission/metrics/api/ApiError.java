package org.socialmission.metrics.api;

/**
 * The JSON body of every error answer of the API.
 *
 * @param status the HTTP status code, repeated for clients that log bodies only
 * @param message what went wrong, in plain words
 */
public record ApiError(int status, String message) {}
