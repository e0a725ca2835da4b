package org.socialmission.metrics.platform.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * A component that writes a part of a page as plain HTML from its model, for the parts of busy
 * pages where a component and an expression per cell would cost more than the markup itself (the
 * results page's tables of scores, quartiles, frameworks, question points and data quality, and its
 * next steps). Subclasses write in {@code encodeEnd}; this gives them their family, the one element
 * every table and card is made of, and a table's column and row headings.
 */
public abstract class WrittenComponent extends UIComponentBase {

  @Override
  public String getFamily() {
    return "smm";
  }

  /** The rows an attribute holds (its {@code value}: a list), none when it holds nothing. */
  @SuppressWarnings("unchecked")
  protected <T> List<T> rows(String attribute) {
    List<T> rows = (List<T>) getAttributes().get(attribute);
    return rows == null ? List.of() : rows;
  }

  /**
   * Writes {@code <name class="styleClass">text</name>}, the text escaped; no class attribute when
   * {@code styleClass} is null.
   */
  protected void element(ResponseWriter out, String name, String styleClass, String text)
      throws IOException {
    out.startElement(name, this);
    if (styleClass != null) {
      out.writeAttribute("class", styleClass, null);
    }
    out.writeText(text, null);
    out.endElement(name);
  }

  /**
   * Writes a table's {@code <thead>}: one row of column headings, each the text of a message key.
   */
  protected void headings(ResponseWriter out, List<String> keys) throws IOException {
    out.startElement("thead", this);
    out.startElement("tr", this);
    for (String key : keys) {
      out.startElement("th", this);
      out.writeAttribute("scope", "col", null);
      out.writeText(FacesMessages.text(key), null);
      out.endElement("th");
    }
    out.endElement("tr");
    out.endElement("thead");
  }

  /** Writes {@code <th scope="row">text</th>}, the heading of a table's row. */
  protected void rowHeading(ResponseWriter out, String text) throws IOException {
    out.startElement("th", this);
    out.writeAttribute("scope", "row", null);
    out.writeText(text, null);
    out.endElement("th");
  }
}
