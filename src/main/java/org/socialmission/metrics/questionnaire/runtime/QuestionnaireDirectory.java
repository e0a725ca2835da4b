package org.socialmission.metrics.questionnaire.runtime;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.QuestionnaireException;

/**
 * Where the questionnaire files are read from: the folder named by {@code smm.questionnaires.dir}
 * if set (so staff can edit files without rebuilding), else the copy of the repository's {@code
 * questionnaires/} folder packaged in the war.
 */
final class QuestionnaireDirectory {

  /** A file every packaged catalog has, used to find the packaged folder. */
  private static final String MARKER = "questionnaires/README.md";

  private QuestionnaireDirectory() {}

  static Path resolve(Optional<String> configured) {
    Path directory =
        configured
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElseGet(QuestionnaireDirectory::packaged);
    if (!Files.isDirectory(directory)) {
      throw new QuestionnaireException("questionnaire.folderMissing", directory);
    }
    return directory;
  }

  private static Path packaged() {
    URL marker = Thread.currentThread().getContextClassLoader().getResource(MARKER);
    if (marker == null || !"file".equals(marker.getProtocol())) {
      throw new QuestionnaireException("questionnaire.folderNotPackaged", marker);
    }
    try {
      return Path.of(marker.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new QuestionnaireException("questionnaire.folderUnreadable", marker);
    }
  }
}
