/**
 * Schools and disciplines: the participants of the initiative, their attributes that define peer
 * groups (discipline, ownership, region, size), and the rule of who may see which school ({@link
 * org.socialmission.metrics.school.SchoolScope}).
 *
 * <p>Below {@code account}: a school knows nothing of the people who sign in for it; pages that
 * need the signed-in user live in the features above.
 */
package org.socialmission.metrics.school;
