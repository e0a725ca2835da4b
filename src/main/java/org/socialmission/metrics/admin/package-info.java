/**
 * Running the initiative: setting up schools, completion tracking, the dashboard, imports, research
 * exports, and the demo data that a new, empty database receives when demo mode is on.
 *
 * <p>Above every feature but {@code api}; the sub-packages {@code imports}, {@code export} and
 * {@code peers} are plain Java.
 */
package org.socialmission.metrics.admin;
