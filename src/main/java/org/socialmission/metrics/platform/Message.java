package org.socialmission.metrics.platform;

import java.io.Serializable;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * A text for people, as a key of the resource bundle {@code i18n/messages.properties} with its
 * arguments, resolved only where the reader's locale is known: a page ({@code
 * platform.web.FacesMessages}), an API error (the exception mappers), or English for logs and tests
 * ({@link #english()}). Plain Java, so pure packages can make messages too.
 *
 * <pre>{@code
 * Message.of("import.code.repeated", code, earlierLine).in(locale)
 * }</pre>
 *
 * <p>Rules of the bundle, checked by {@code MessagesTest}: an entry with a placeholder such as
 * {@code {0}} is a {@link MessageFormat} pattern, so an apostrophe in it is written {@code ''}; an
 * entry without one is plain text and is used as it is. An argument that is itself a {@code
 * Message} is resolved in the same locale; a number without a format in the pattern is written
 * plainly ({@code 2026}, not {@code 2,026}).
 *
 * @param key the key in the bundle
 * @param arguments the values of the placeholders {@code {0}}, {@code {1}}, … in order
 */
public record Message(String key, List<Object> arguments) implements Serializable {

  /** Base name of the bundle; Faces knows it as {@code msg} (faces-config.xml). */
  public static final String BUNDLE = "i18n.messages";

  private static final Logger LOG = Logger.getLogger(Message.class.getName());
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Requires a key; keeps a copy of the arguments, which may contain nulls. */
  public Message {
    Objects.requireNonNull(key, "key");
    arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
  }

  /** The message of this key with these arguments. */
  public static Message of(String key, Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }

  /** The text in English, the language of the base bundle: for logs, tests and getMessage(). */
  public String english() {
    return in(Locale.ENGLISH);
  }

  /**
   * The text in this locale, or in English where the bundle has no translation. A key missing from
   * the bundle (which {@code MessagesTest} prevents) shows as {@code ???key???} rather than failing
   * the page or response that reports it.
   */
  public String in(Locale locale) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      LOG.warning(() -> "No message " + key + " in " + BUNDLE);
      return "???" + key + "???";
    }
    if (pattern.indexOf('{') < 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern, locale);
    return format.format(values(format.getFormatsByArgumentIndex(), locale));
  }

  private Object[] values(Format[] formats, Locale locale) {
    Object[] values = arguments.toArray();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Message nested) {
        values[i] = nested.in(locale);
      } else if (values[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
        values[i] = String.valueOf(values[i]);
      }
    }
    return values;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(), NO_FALLBACK);
  }

  @Override
  public String toString() {
    return english();
  }
}
