package org.socialmission.metrics.questionnaire.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.questionnaire.ChecksumMismatch;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.questionnaire.QuestionnaireException;

/**
 * Loads and validates the questionnaire files before the application serves anything, and refuses
 * to start when a file is invalid or when a version that assessments have used has changed. The
 * reason is logged as one readable block and the deployment fails.
 */
@ApplicationScoped
public class QuestionnaireStartup {

  private static final Logger LOG = Logger.getLogger(QuestionnaireStartup.class.getName());

  @Inject
  @ConfigProperty(name = "smm.questionnaires.dir")
  private Optional<String> configuredDirectory;

  @Inject private QuestionnaireLibrary library;
  @Inject private UsedVersionRepository usedVersions;

  /** Loads and checks the files; {@code Bootstrap} calls it after the migrations. */
  public void load() {
    var directory = QuestionnaireDirectory.resolve(configuredDirectory);
    try {
      QuestionnaireCatalog catalog = QuestionnaireCatalog.load(directory);
      refuseChangedVersions(catalog.verifyUnchanged(usedVersions.recorded()));
      library.install(catalog);
      LOG.info(
          () ->
              "Questionnaires loaded from "
                  + directory
                  + ": "
                  + catalog.all().size()
                  + " versions");
    } catch (QuestionnaireException e) {
      LOG.severe(
          () -> "\n" + e.getMessage() + "\nThe application does not start until this is fixed.");
      throw e;
    }
  }

  private static void refuseChangedVersions(List<ChecksumMismatch> mismatches) {
    if (!mismatches.isEmpty()) {
      throw new QuestionnaireException(
          "questionnaire.usedVersionsChanged",
          mismatches.stream().map(m -> "  " + m).collect(Collectors.joining("\n")));
    }
  }
}
