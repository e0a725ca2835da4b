/**
 * Staff pages ({@code /staff/*.xhtml}): the list of all schools and the add-a-school form, cycles,
 * completion tracking, imports, the dashboard and the audit log; also the edit form of a school.
 */
package org.socialmission.metrics.admin.web;
