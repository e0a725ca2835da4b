package org.socialmission.metrics.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTML a {@link WrittenComponent} writes, without a server: for unit tests of what a page shows
 * in a table or card. A context of its own, current while the component writes, with an English
 * view and a writer that writes elements, attributes and escaped text as plain HTML.
 */
public final class WrittenHtml extends FacesContextWrapper {

  /** Where components keep what they learn of their classes; nothing else is asked of it. */
  private final ExternalContext external =
      new ExternalContextWrapper(null) {
        private final Map<String, Object> application = new HashMap<>();

        @Override
        public Map<String, Object> getApplicationMap() {
          return application;
        }
      };

  private final UIViewRoot view;
  private final StringBuilder html = new StringBuilder();
  private ResponseWriter writer = new HtmlWriter(html);

  /** Becomes the current context first: components and views look for one when made. */
  private WrittenHtml() {
    super(null);
    setCurrentInstance(this);
    view =
        new UIViewRoot() {
          @Override
          public Locale getLocale() {
            return Locale.ENGLISH;
          }
        };
  }

  /** What the component {@code made} writes with these attributes, as one line of HTML. */
  public static String of(Supplier<UIComponent> made, Map<String, Object> attributes) {
    WrittenHtml context = new WrittenHtml();
    try {
      UIComponent component = made.get();
      component.getAttributes().putAll(attributes);
      component.encodeEnd(context);
      return context.html.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      context.release();
    }
  }

  @Override
  public UIViewRoot getViewRoot() {
    return view;
  }

  @Override
  public ResponseWriter getResponseWriter() {
    return writer;
  }

  @Override
  public void setResponseWriter(ResponseWriter responseWriter) {
    writer = responseWriter;
  }

  @Override
  public ExternalContext getExternalContext() {
    return external;
  }

  @Override
  public void release() {
    setCurrentInstance(null);
  }

  /** Elements, attributes and text as HTML, the text and attribute values escaped. */
  private static final class HtmlWriter extends ResponseWriter {

    private final StringBuilder out;
    private boolean inStartTag;

    HtmlWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void startElement(String name, UIComponent component) {
      closeStartTag();
      out.append('<').append(name);
      inStartTag = true;
    }

    @Override
    public void writeAttribute(String name, Object value, String property) {
      out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    @Override
    public void writeURIAttribute(String name, Object value, String property) {
      writeAttribute(name, value, property);
    }

    @Override
    public void writeText(Object text, String property) {
      closeStartTag();
      out.append(escape(text));
    }

    @Override
    public void writeText(char[] text, int off, int len) {
      writeText(new String(text, off, len), null);
    }

    @Override
    public void endElement(String name) {
      closeStartTag();
      out.append("</").append(name).append('>');
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      closeStartTag();
      out.append(cbuf, off, len);
    }

    @Override
    public void writeComment(Object comment) {
      closeStartTag();
      out.append("<!--").append(comment).append("-->");
    }

    private void closeStartTag() {
      if (inStartTag) {
        out.append('>');
        inStartTag = false;
      }
    }

    private static String escape(Object value) {
      return String.valueOf(value)
          .replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }

    @Override
    public String getContentType() {
      return "text/html";
    }

    @Override
    public String getCharacterEncoding() {
      return "UTF-8";
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public void startDocument() {}

    @Override
    public void endDocument() {}

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      throw new UnsupportedOperationException();
    }
  }
}
