/** Staff pages: cycles, completion tracking, imports, the dashboard and the audit log. */
package org.socialmission.metrics.admin.web;
