package org.socialmission.metrics.report.runtime;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.platform.Jsons;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;

/**
 * The stored form of a released school's shown answers: a JSON object of question id to the
 * answer's text form ({@link AnswerCodec#format}), {@code null} for not applicable. Free text never
 * gets here ({@link org.socialmission.metrics.report.PeerSubmission#shown}).
 */
final class ReleasedAnswers {

  private ReleasedAnswers() {}

  static String write(Map<String, Answer> shown) {
    JsonObjectBuilder json = Jsons.object();
    shown.forEach(
        (question, answer) -> {
          String text = AnswerCodec.format(answer);
          if (text == null) {
            json.addNull(question);
          } else {
            json.add(question, text);
          }
        });
    return json.build().toString();
  }

  static Map<String, Answer> read(String stored, Questionnaire questionnaire) {
    JsonObject json;
    try (JsonReader reader = Jsons.reader(new StringReader(stored))) {
      json = reader.readObject();
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      JsonValue value = json.get(question.id());
      if (value instanceof JsonString text) {
        answers.put(question.id(), AnswerCodec.parse(question, text.getString()));
      } else if (value != null) {
        answers.put(question.id(), new Answer.NotApplicable());
      }
    }
    return answers;
  }
}
