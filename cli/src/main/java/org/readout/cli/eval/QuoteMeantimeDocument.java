package org.readout.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * One MEANTIME (NewsReader CAT XML) document turned into quote gold, in memory: the text rebuilt
 * from its tokens, and its statements. MEANTIME has no quote layer; a statement here is a
 * SPEECH_COGNITIVE event mention that is a verb, reports something (it is the source of an SLINK to
 * an event in the reported content) and is not a verb of cognition ("expect", "plan", "fear"). Its
 * cue is the verb, its anchors are the SLINK targets, and its speaker is the entity of its PropBank
 * Arg0 participant. Only the annotated region (MEANTIME annotates the title and the first
 * sentences) is scored. See docs/quotes.md.
 *
 * @param region the text of the annotated sentences; predictions outside it are not scored
 */
record QuoteMeantimeDocument(
    String id,
    @Nullable LocalDate dct,
    String text,
    Span region,
    List<QuoteMeantimeDocument.Statement> statements) {
  /**
   * A gold statement.
   *
   * @param cue the speech verb
   * @param anchors words of the reported content (SLINK targets)
   * @param speaker the Arg0 entity's name, or null when the statement has no Arg0
   * @param speakerMention the Arg0 mention's words ("Spokeswoman Sandy Angers"), or null
   */
  record Statement(
      Span cue, List<Span> anchors, @Nullable String speaker, @Nullable String speakerMention) {}

  /**
   * Verb stems of cognition and intention, which MEANTIME files with speech under SPEECH_COGNITIVE.
   */
  private static final List<String> COGNITIVE =
      List.of(
          "expect",
          "plan",
          "worr",
          "fear",
          "want",
          "see",
          "saw",
          "seen",
          "know",
          "knew",
          "hope",
          "believ",
          "intend",
          "like",
          "discover",
          "think",
          "thought",
          "consider",
          "decid",
          "wish",
          "seek",
          "sought",
          "envision",
          "move",
          "feel",
          "felt",
          "doubt",
          "understand",
          "learn",
          "agree",
          "ensur",
          "expos",
          "negotiat",
          "bill",
          "remember",
          "estimat",
          "assum",
          "suspect",
          "imagin",
          "aim",
          "prefer",
          "need");

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't", "'", "'re", "'ve",
          "'ll", "'d", "'m", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "US$");

  private record Tok(String word, int sentence) {}

  private record Markable(String tag, List<String> tokens, Map<String, String> attrs) {}

  static QuoteMeantimeDocument read(Path file) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(
          file.getFileName().toString().replaceFirst("\\.xml$", ""), f.createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed MEANTIME XML: " + e.getMessage(), e);
    }
  }

  private static QuoteMeantimeDocument parse(String id, XMLStreamReader r)
      throws XMLStreamException {
    Map<String, Tok> tokens = new LinkedHashMap<>();
    Map<String, Markable> markables = new HashMap<>();
    Map<String, String> refersTo = new HashMap<>();
    Map<String, String> arg0 = new HashMap<>();
    Map<String, List<String>> slinks = new LinkedHashMap<>();
    Markable current = null;
    String relation = null;
    String role = null;
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    String tokenId = null;
    int tokenSentence = 0;
    StringBuilder word = new StringBuilder();
    boolean inMarkables = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        switch (name) {
          case "token" -> {
            tokenId = r.getAttributeValue(null, "t_id");
            tokenSentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
            word.setLength(0);
          }
          case "Markables" -> inMarkables = true;
          case "Relations" -> inMarkables = false;
          case "token_anchor" -> {
            if (current != null) {
              current.tokens().add(r.getAttributeValue(null, "t_id"));
            }
          }
          case "source" -> sources.add(r.getAttributeValue(null, "m_id"));
          case "target" -> targets.add(r.getAttributeValue(null, "m_id"));
          default -> {
            if (inMarkables) {
              Map<String, String> attrs = new HashMap<>();
              for (int i = 0; i < r.getAttributeCount(); i++) {
                attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
              }
              current = new Markable(name, new ArrayList<>(), attrs);
              markables.put(attrs.get("m_id"), current);
            } else {
              relation = name;
              role = r.getAttributeValue(null, "sem_role");
              sources.clear();
              targets.clear();
            }
          }
        }
      } else if (event == XMLStreamConstants.CHARACTERS && tokenId != null) {
        word.append(r.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("token") && tokenId != null) {
          tokens.put(tokenId, new Tok(word.toString().strip(), tokenSentence));
          tokenId = null;
        } else if (inMarkables && current != null && name.equals(current.tag())) {
          current = null;
        } else if (name.equals(relation) && !sources.isEmpty() && !targets.isEmpty()) {
          String t = targets.get(0);
          switch (relation) {
            case "REFERS_TO" -> sources.forEach(s -> refersTo.put(s, t));
            case "HAS_PARTICIPANT" -> {
              if ("Arg0".equals(role)) {
                arg0.putIfAbsent(sources.get(0), t);
              }
            }
            case "SLINK" -> slinks.computeIfAbsent(sources.get(0), k -> new ArrayList<>()).add(t);
            default -> {}
          }
          relation = null;
        }
      }
    }
    return build(id, tokens, markables, refersTo, arg0, slinks);
  }

  private static QuoteMeantimeDocument build(
      String id,
      Map<String, Tok> tokens,
      Map<String, Markable> markables,
      Map<String, String> refersTo,
      Map<String, String> arg0,
      Map<String, List<String>> slinks) {
    // Rebuild the text: one paragraph per sentence, except that a sentence ending inside a double
    // quote runs on.
    StringBuilder text = new StringBuilder();
    Map<String, Span> spans = new HashMap<>();
    int sentence = -1;
    boolean inQuote = false;
    boolean glue = false;
    for (Map.Entry<String, Tok> e : tokens.entrySet()) {
      Tok t = e.getValue();
      String w = t.word();
      boolean quote = w.equals("``") || w.equals("''") || w.equals("\"");
      boolean opening = quote && (w.equals("``") || (w.equals("\"") && !inQuote));
      if (t.sentence() != sentence) {
        if (sentence >= 0) {
          text.append(inQuote ? " " : "\n\n");
        }
        sentence = t.sentence();
        glue = true;
      }
      boolean noSpace = glue || (quote && !opening) || (!quote && NO_SPACE_BEFORE.contains(w));
      if (!noSpace) {
        text.append(' ');
      }
      String surface = quote ? "\"" : w;
      spans.put(e.getKey(), new Span(text.length(), text.length() + surface.length()));
      text.append(surface);
      glue = opening || NO_SPACE_AFTER.contains(w);
      if (quote) {
        inQuote = opening;
      }
    }
    int lastSentence = -1;
    for (Markable m : markables.values()) {
      for (String t : m.tokens()) {
        Tok tok = tokens.get(t);
        lastSentence = tok == null ? lastSentence : Math.max(lastSentence, tok.sentence());
      }
    }
    int regionEnd = 0;
    for (Map.Entry<String, Tok> e : tokens.entrySet()) {
      if (e.getValue().sentence() <= lastSentence) {
        regionEnd = spans.get(e.getKey()).end();
      }
    }
    List<Statement> statements = new ArrayList<>();
    LocalDate dct = null;
    for (Map.Entry<String, Markable> e : markables.entrySet()) {
      Markable m = e.getValue();
      if (m.tag().equals("TIMEX3") && "CREATION_TIME".equals(m.attrs().get("functionInDocument"))) {
        dct = date(m.attrs().get("value"));
      }
      Markable ev = markables.get(refersTo.get(e.getKey()));
      if (!m.tag().equals("EVENT_MENTION")
          || !"VERB".equals(m.attrs().get("pos"))
          || ev == null
          || !"SPEECH_COGNITIVE".equals(ev.attrs().get("class"))
          || !slinks.containsKey(e.getKey())
          || m.tokens().isEmpty()) {
        continue;
      }
      Span cue = cover(m.tokens(), spans);
      if (cue == null || cognitive(cue.of(text.toString()))) {
        continue;
      }
      List<Span> anchors = new ArrayList<>();
      for (String target : slinks.get(e.getKey())) {
        Markable a = markables.get(target);
        Span s = a == null ? null : cover(a.tokens(), spans);
        if (s != null) {
          anchors.add(s);
        }
      }
      String speaker = null;
      String mention = null;
      Markable who = markables.get(arg0.get(e.getKey()));
      if (who != null) {
        Span s = cover(who.tokens(), spans);
        mention = s == null ? null : s.of(text.toString());
        Markable entity = markables.get(refersTo.get(arg0.get(e.getKey())));
        speaker = entity == null ? mention : name(entity.attrs().get("TAG_DESCRIPTOR"), mention);
      }
      statements.add(new Statement(cue, List.copyOf(anchors), speaker, mention));
    }
    statements.sort((a, b) -> a.cue().compareTo(b.cue()));
    return new QuoteMeantimeDocument(id, dct, text.toString(), new Span(0, regionEnd), statements);
  }

  /** The span from the first to the last of {@code ids}' tokens, or null when none is known. */
  private static @Nullable Span cover(List<String> ids, Map<String, Span> spans) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (String id : ids) {
      Span s = spans.get(id);
      if (s != null) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
    }
    return end < 0 ? null : new Span(start, end);
  }

  private static boolean cognitive(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    return COGNITIVE.stream().anyMatch(v::startsWith);
  }

  /**
   * "Michael O'Leary (CEO of Ryanair)" and "Government Accountability Office (GAO) - USA" lose
   * their glosses.
   */
  private static @Nullable String name(@Nullable String descriptor, @Nullable String fallback) {
    if (descriptor == null || descriptor.isBlank()) {
      return fallback;
    }
    String d = descriptor.replace('_', ' ');
    int cut = d.indexOf(" (");
    d = cut > 0 ? d.substring(0, cut) : d;
    cut = d.indexOf(" - ");
    return (cut > 0 ? d.substring(0, cut) : d).strip();
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      // One MEANTIME creation time is written day first ("03-02-2009"): treat it as unknown.
      return null;
    }
  }
}
