/** Pages of the school feature: a school's profile and team, the staff list of all schools. */
package org.socialmission.metrics.school.web;
