/**
 * The entry point of {@code target/smm.jar}: turns the {@code SMM_*} environment variables that
 * concern the server itself (HTTP port, cluster members and port) into Payara Micro options and
 * starts Payara Micro with the application at {@code /}. Plain Java; nothing else depends on it.
 */
package org.socialmission.metrics.launcher;
