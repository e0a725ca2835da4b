package org.socialmission.metrics.questionnaire;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a file into a YAML node tree (SnakeYAML's compose step, which keeps line numbers) or
 * reports why it cannot: unreadable, empty, or not well-formed YAML.
 */
final class YamlSource {

  private YamlSource() {}

  static Optional<byte[]> bytes(Path path, Problems problems) {
    try {
      return Optional.of(Files.readAllBytes(path));
    } catch (IOException e) {
      problems.add(1, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<Node> compose(byte[] bytes, Problems problems) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // YamlMap reports duplicates with their line
      Node root =
          new Yaml(options).compose(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
      if (root == null) {
        problems.add(1, "the file is empty");
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(1, "not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }
}
