/**
 * Pages of the self-assessment: the guided wizard (one step per modality, answers saved as they
 * change), the review and submission, modality owners, and the results.
 */
package org.socialmission.metrics.assessment.web;
