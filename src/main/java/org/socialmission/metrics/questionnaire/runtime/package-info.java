/**
 * The questionnaire catalog inside the running application: where the files are read from at
 * start-up, the refusal to start on an invalid or changed file, and the record of which versions
 * assessments have used (whose files must then never change).
 */
package org.socialmission.metrics.questionnaire.runtime;
