/**
 * Faces helpers of the school feature that need no signed-in user: the values of a school's
 * attributes for filters and forms. The pages that show schools to a signed-in user belong to the
 * features above: a school with its team to {@code account.web}, the staff list of all schools to
 * {@code admin.web}.
 */
package org.socialmission.metrics.school.web;
