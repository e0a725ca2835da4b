/** The public questionnaire preview: every question with its help text and how it scores. */
package org.socialmission.metrics.questionnaire.web;
