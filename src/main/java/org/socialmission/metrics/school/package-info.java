/**
 * Schools and disciplines: the participants of the initiative, their attributes that define peer
 * groups (discipline, ownership, region, size), and the rule of who may see which school.
 */
package org.socialmission.metrics.school;
