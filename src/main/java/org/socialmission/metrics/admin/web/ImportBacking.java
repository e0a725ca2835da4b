package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.ImportOutcome;
import org.socialmission.metrics.admin.ImportService;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.web.FacesMessages;

/** The upload page for imports: choose the kind, the file and whether it is a dry run. */
@Named
@RequestScoped
public class ImportBacking {

  @Inject private CurrentUser currentUser;
  @Inject private ImportService imports;

  private String kind = "schools";
  private boolean dryRun = true;
  private Part file;
  private ImportOutcome outcome;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      FacesMessages.add(
          "import:file", FacesMessage.SEVERITY_ERROR, Message.of("import.fileRequired"));
      return;
    }
    try (InputStream csv = file.getInputStream()) {
      outcome =
          "answers".equals(kind)
              ? imports.importAnswers(currentUser.require(), csv, dryRun)
              : imports.importSchools(currentUser.require(), csv, dryRun);
    }
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

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
