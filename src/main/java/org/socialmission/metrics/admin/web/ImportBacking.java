package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.primefaces.model.file.UploadedFile;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.ImportOutcome;
import org.socialmission.metrics.admin.ImportProgress;
import org.socialmission.metrics.admin.ImportService;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * The upload page for imports: choose the kind, the file and whether it is a dry run. While an
 * import runs, the page polls its progress (reading and checking, then writing).
 */
@Named
@RequestScoped
public class ImportBacking {

  @Inject private CurrentUser currentUser;
  @Inject private ImportService imports;
  @Inject private ImportProgressBoard board;
  @Inject private HttpServletRequest request;

  private String kind = "schools";
  private boolean dryRun = true;
  private UploadedFile file;
  private ImportOutcome outcome;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      FacesMessages.add(
          "import:file", FacesMessage.SEVERITY_ERROR, Message.of("import.fileRequired"));
      return;
    }
    String session = request.getSession().getId();
    ImportProgress progress = board.start(session, file.getSize());
    try (InputStream csv = file.getInputStream()) {
      outcome =
          switch (kind) {
            case "answers" -> imports.importAnswers(currentUser.require(), csv, dryRun, progress);
            case "accounts" -> imports.importAccounts(currentUser.require(), csv, dryRun);
            default -> imports.importSchools(currentUser.require(), csv, dryRun);
          };
    } finally {
      board.finish(session);
    }
  }

  /** The running import's progress in percent, for the page's poll; null when none runs here. */
  public Integer getProgress() {
    return board
        .of(request.getSession().getId())
        .map(ImportProgressBoard.Status::percent)
        .orElse(null);
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
