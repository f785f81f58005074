package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.core.analysis.LanguageGuess;
import org.readout.core.model.AnnotatedArticle;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.server.api.DocumentJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout extract}: articles in, one JSON object (or summary) per document out, in input
 * order.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract actors, quotes, times, events and flags from articles.",
      "PATH is a text, HTML or JSONL file, a folder (read recursively), or - for standard input."
    })
public final class ExtractCommand implements Callable<Integer> {
  enum Format {
    json,
    jsonl,
    text,
    gdelt,
    /** GDELT 2.0 Mentions table rows, spelt {@code gdelt-mentions} on the command line. */
    gdelt_mentions
  }

  /** Reads a format in any letter case, with a hyphen or underscore ({@code gdelt-mentions}). */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown format '" + value + "' (choose json, jsonl, text, gdelt or gdelt-mentions)");
      }
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      converter = FormatConverter.class,
      description =
          "json (an array), jsonl (one object per line), text, gdelt (GDELT 2.0 events) or"
              + " gdelt-mentions (GDELT 2.0 mentions) (default: ${DEFAULT-VALUE})")
  Format format = Format.json;

  @Option(
      names = "--header",
      description =
          "With --format gdelt or gdelt-mentions: a first line naming the columns (GDELT's"
              + " files have none).")
  boolean header;

  @Option(
      names = "--include-text",
      description = "Include each document's text, to which all offsets refer.")
  boolean includeText;

  @CommandLine.Mixin ExtractionOptions extraction = new ExtractionOptions();

  @CommandLine.Mixin EventOntology ontology = new EventOntology();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs, or - for standard input.")
  List<String> paths = new ArrayList<>();

  private final Gdelt gdelt = new Gdelt();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Flags first, models later: a usage error must not wait seconds for CoreNLP to load, and the
    // models load on the first document that needs them (Readout.load is shared and memoized).
    extraction.check(spec.commandLine());
    Readout readout = extraction.readout(spec.commandLine());
    ReadOptions options = extraction.readOptions();
    ObjectMapper mapper = new ObjectMapper();
    DocumentJson json = new DocumentJson(mapper);
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    if (format == Format.json) {
      out.println("[");
    } else if (format == Format.gdelt && header) {
      out.println(org.readout.store.gdelt.GdeltWriter.header());
    } else if (format == Format.gdelt_mentions && header) {
      out.println(org.readout.store.gdelt.GdeltMentionsWriter.header());
    }
    Stream<IngestResult> inputs =
        new ArticleReader()
            .readAll(paths, System.in, options)
            .filter(
                in -> {
                  // Warnings name the document and the field (issue 13). A skipped input (a
                  // listing page, a FIFO in a folder) is no document and no failure: its warning
                  // says why, and nothing is written for it.
                  String prefix = in.skipped() ? "readout: " : "readout: warning: ";
                  in.warnings().forEach(w -> err.println(prefix + w.message()));
                  return !in.skipped();
                });
    try (inputs;
        DocumentBudget budget =
            new DocumentBudget(a -> readout.pipeline().apply(a), extraction.docTimeout())) {
      Iterator<IngestResult> it = inputs.iterator();
      new OrderedWorkers<IngestResult, Result>(extraction.threads(), in -> process(budget, in))
          .run(
              it,
              r -> {
                if (r.warning != null) {
                  err.println("readout: warning: " + r.id + ": " + r.warning);
                }
                if (r.notEnglish != null) {
                  err.println(
                      "readout: "
                          + r.id
                          + ": not English ("
                          + r.notEnglish.language()
                          + ": "
                          + r.notEnglish.reason()
                          + "): skipped");
                }
                if (r.error != null) {
                  failed.incrementAndGet();
                  err.println("readout: " + (namesItself(r) ? r.error : r.id + ": " + r.error));
                }
                write(r, json, mapper, out, written.getAndIncrement() == 0);
              });
    }
    if (format == Format.json) {
      out.println();
      out.println("]");
    }
    out.flush();
    return failed.get() > 0 ? 1 : 0;
  }

  /** One document's outcome: an annotated article, or an error message naming the problem. */
  /**
   * One document's outcome: an annotated article, an error message naming the problem, or the
   * language that it is written in instead of English.
   */
  private record Result(
      String id,
      @Nullable AnnotatedArticle doc,
      @Nullable String error,
      @Nullable LanguageGuess notEnglish,
      @Nullable String warning) {}

  /**
   * Whether an error message already names its document: it starts with the path, or a JSONL line
   * names the id in parentheses ("feed.dat line 3 (j2): ..."), so the id is not printed twice.
   */
  private static boolean namesItself(Result r) {
    return r.error.startsWith(r.id) || r.error.contains("(" + r.id + ")");
  }

  private static Result process(DocumentBudget budget, IngestResult in) {
    if (in.article() == null) {
      return new Result(in.id(), null, in.error(), null, null);
    }
    // Refused out loud rather than analysed into empty results (issue 13).
    String text = in.article().text();
    LanguageGuess language = LanguageGuess.of(text);
    if (!language.english()) {
      return new Result(in.id(), null, null, language, null);
    }
    String warning =
        LanguageGuess.caseless(text)
            ? "the text has no letter case (all capitals or all lower case): names may be missed"
            : null;
    // One bad document must not stop the batch; the message names it.
    DocumentBudget.Outcome outcome = budget.apply(in.article());
    return new Result(in.id(), outcome.doc(), outcome.error(), null, warning);
  }

  private ObjectNode extracted(DocumentJson json, AnnotatedArticle doc) {
    ObjectNode node = json.extracted(doc, includeText);
    ontology.addToDocument(node);
    return node;
  }

  private void write(
      Result r, DocumentJson json, ObjectMapper mapper, PrintWriter out, boolean first) {
    try {
      switch (format) {
        case json -> {
          ObjectNode node =
              r.notEnglish != null
                  ? json.notEnglish(r.id, r.notEnglish.language())
                  : r.doc == null ? json.error(r.id, r.error) : extracted(json, r.doc);
          if (!first) {
            out.println(",");
          }
          out.print(
              mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
        }
        case jsonl -> {
          ObjectNode node =
              r.notEnglish != null
                  ? json.notEnglish(r.id, r.notEnglish.language())
                  : r.doc == null ? json.error(r.id, r.error) : extracted(json, r.doc);
          out.println(mapper.writeValueAsString(node));
        }
        case text -> {
          if (r.notEnglish != null) {
            out.printf("== %s%nskipped: not English (%s)%n%n", r.id, r.notEnglish.language());
          } else if (r.doc == null) {
            out.printf("== %s%nerror: %s%n%n", r.id, r.error);
          } else {
            TextSummary.write(r.doc, out, ontology.plover());
          }
        }
        case gdelt -> {
          if (r.doc != null) {
            gdelt.write(r.doc, out);
          }
        }
        case gdelt_mentions -> {
          if (r.doc != null) {
            gdelt.writeMentions(r.doc, out);
          }
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
