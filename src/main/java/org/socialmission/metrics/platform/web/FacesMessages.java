package org.socialmission.metrics.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.Message;

/**
 * The one way a backing bean speaks to the person on the page: adds an info, warning or error
 * message from a key of the bundle, or from an {@link ApplicationException}, resolved in the locale
 * of the view. Shown by the page's {@code p:messages}.
 *
 * <pre>{@code
 * try {
 *   cycles.open(currentUser.require(), year, deadline, chosen);
 *   FacesMessages.info("cycles.opened", year);
 * } catch (ApplicationException e) {
 *   FacesMessages.error(e);
 * }
 * }</pre>
 *
 * <p>{@link #text} resolves a message for a bean that hands text to a component itself (a chart
 * label, an error beside one question); pages reach it as the EL function {@code smm:text(message)}
 * for messages that come from Java, such as import errors.
 */
public final class FacesMessages {

  private FacesMessages() {}

  /** Adds an information message for the whole page. */
  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, Message.of(key, arguments));
  }

  /** Adds an information message for the whole page. */
  public static void info(Message message) {
    add(null, FacesMessage.SEVERITY_INFO, message);
  }

  /** Adds a warning for the whole page. */
  public static void warn(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_WARN, Message.of(key, arguments));
  }

  /** Adds an error message for the whole page. */
  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, Message.of(key, arguments));
  }

  /** Adds the message of a refusal as an error for the whole page. */
  public static void error(ApplicationException refusal) {
    add(null, FacesMessage.SEVERITY_ERROR, refusal.text());
  }

  /**
   * Adds the message of a refusal as an error of one component (shown by its {@code p:message} and
   * the page's {@code p:messages}) and marks the request as failed, so that a dialog that hides
   * {@code oncomplete} only {@code if (!args.validationFailed)} stays open to show it.
   *
   * @param clientId the client id of the component, such as {@code cycles:reason}
   */
  public static void error(String clientId, ApplicationException refusal) {
    add(clientId, FacesMessage.SEVERITY_ERROR, refusal.text());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Adds a message for one component, or for the whole page when {@code clientId} is null.
   *
   * @param clientId the client id of the component, such as {@code import:file}
   */
  public static void add(String clientId, FacesMessage.Severity severity, Message message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, text(message), null));
  }

  /** The text of a key in the locale of the view. */
  public static String text(String key, Object... arguments) {
    return text(Message.of(key, arguments));
  }

  /** The text of a message in the locale of the view; the EL function {@code smm:text}. */
  public static String text(Message message) {
    return message == null ? "" : message.in(locale());
  }

  /** The message of a refusal in the locale of the view. */
  public static String text(ApplicationException refusal) {
    return text(refusal.text());
  }

  /** The locale of the current view, or of the request before the view exists. */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    UIViewRoot view = context.getViewRoot();
    return view != null && view.getLocale() != null
        ? view.getLocale()
        : context.getExternalContext().getRequestLocale();
  }

  /**
   * The locale people type numbers in: their browser's first language ({@code Accept-Language}),
   * even where the texts are English, so "12,5" from a German browser means 12.5.
   */
  public static Locale typingLocale() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
  }
}
