package org.socialmission.metrics.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.Cycle;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;

/**
 * Staff open a cycle with a questionnaire version per discipline and a deadline (one at a time; a
 * past one is recorded closed), close cycles and reopen them for a reason.
 */
@Named
@ViewScoped
public class CyclesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The year field of the form, beside the button: a refused opening is said there too. */
  private static final String YEAR = "cycles:year";

  /** The reason field of the reopen dialog, which shows why a reopening is refused. */
  private static final String REASON = "cycles:reason";

  @Inject private CurrentUser currentUser;
  @Inject private CycleService cycles;
  @Inject private QuestionnaireLibrary library;

  private Integer year;
  private LocalDate deadline;
  private final Map<String, String> versions = new HashMap<>();
  private Integer reopenYear;
  private String reason;

  public void open() {
    try {
      Map<String, QuestionnaireKey> chosen = new HashMap<>();
      versions.forEach((discipline, key) -> chosen.put(discipline, parse(key)));
      Cycle cycle = cycles.open(currentUser.require(), year, deadline, chosen);
      FacesMessages.info(cycle.isOpen() ? "cycles.opened" : "cycles.recordedPast", year);
    } catch (ApplicationException e) {
      FacesMessages.error(YEAR, e);
    }
  }

  public void close(int cycle) {
    cycles.close(currentUser.require(), cycle);
    FacesMessages.info("cycles.closed", cycle);
  }

  /** Chooses the closed cycle the reopen dialog is about. */
  public void chooseReopen(int cycle) {
    reopenYear = cycle;
    reason = null;
  }

  /** Reopens the chosen cycle for the reason given; a refusal keeps the dialog open, saying why. */
  public void reopen() {
    try {
      cycles.reopen(currentUser.require(), reopenYear, reason);
      FacesMessages.info("cycles.reopened", reopenYear);
    } catch (ApplicationException e) {
      FacesMessages.error(REASON, e);
    }
  }

  /** The reopen dialog's title, naming the year. */
  public String getReopenTitle() {
    return reopenYear == null ? "" : FacesMessages.text("cycles.reopenTitle", reopenYear);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The close dialog's title, naming the year: "Close the 2026 cycle?". */
  public String closeTitle(int cycle) {
    return FacesMessages.text("cycles.closeTitle", cycle);
  }

  /** The close dialog's question, naming the year. */
  public String closeQuestion(int cycle) {
    return FacesMessages.text("cycles.closeConfirm", cycle);
  }

  private static QuestionnaireKey parse(String key) {
    int at = key.lastIndexOf(" v");
    return new QuestionnaireKey(key.substring(0, at), Integer.parseInt(key.substring(at + 2)));
  }

  public List<Cycle> getCycles() {
    return cycles.all();
  }

  /** The versions that serve a discipline, as "id vN", newest first. */
  public List<String> versionsFor(String discipline) {
    return library.all().stream()
        .filter(q -> q.disciplines().stream().anyMatch(d -> d.code().equals(discipline)))
        .sorted((a, b) -> b.version() - a.version())
        .map(CyclesBacking::label)
        .toList();
  }

  private static String label(Questionnaire q) {
    return q.id() + " v" + q.version();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public Map<String, String> getVersions() {
    return versions;
  }
}
