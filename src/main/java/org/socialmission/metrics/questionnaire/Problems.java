package org.socialmission.metrics.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the errors of one file while it is read, so that all of them are reported at once. */
final class Problems {

  private final String file;
  private final List<QuestionnaireError> errors = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(Node node, String message) {
    add(lineOf(node), message);
  }

  void add(int line, String message) {
    errors.add(new QuestionnaireError(file, line, message));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<QuestionnaireError> list() {
    return List.copyOf(errors);
  }

  /** The 1-based line where the node starts (SnakeYAML counts from 0). */
  static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
