package org.readout.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * One TimeML ({@code .tml}) document: the plain text of its {@code TEXT} element with every tag
 * stripped, its creation time (the {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"}),
 * and its gold {@code TIMEX3}s with offsets into that text.
 */
record TimeMlDocument(
    String id, String text, @Nullable LocalDate dct, List<TimeMlDocument.Timex> gold) {
  /**
   * A gold expression: span in {@link #text()}, TIMEX3 type (DATE, TIME, DURATION, SET) and value.
   */
  record Timex(Span span, String type, String value) {}

  static TimeMlDocument read(Path file) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.getFileName().toString(), f.createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static TimeMlDocument parse(String id, XMLStreamReader r) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    Deque<String[]> open = new ArrayDeque<>();
    LocalDate dct = null;
    boolean inText = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("TEXT")) {
          inText = true;
        } else if (name.equals("TIMEX3")) {
          String value = attr(r, "value");
          if ("CREATION_TIME".equals(attr(r, "functionInDocument")) && dct == null) {
            dct = date(value);
          }
          open.push(
              new String[] {
                String.valueOf(text.length()), attr(r, "type"), value, String.valueOf(inText)
              });
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("TEXT")) {
          inText = false;
        } else if (name.equals("TIMEX3") && !open.isEmpty()) {
          String[] t = open.pop();
          if (Boolean.parseBoolean(t[3])) {
            gold.add(new Timex(new Span(Integer.parseInt(t[0]), text.length()), t[1], t[2]));
          }
        }
      } else if (inText
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
        text.append(r.getText());
      }
    }
    gold.sort((a, b) -> a.span().compareTo(b.span()));
    return new TimeMlDocument(id, text.toString(), dct, gold);
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  /**
   * The date of a TIMEX value ({@code 1998-01-08}, {@code 19980108}, {@code 1998-01-08T10:00}), or
   * null.
   */
  static @Nullable LocalDate date(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{8}.*")) {
        return LocalDate.of(
            Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(4, 6)),
            Integer.parseInt(value.substring(6, 8)));
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
