package org.readout.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;

/**
 * A durable record of annotated articles that can be queried. A document is identified by its
 * {@link org.readout.core.model.Article#id() id}; its {@link ContentHash} decides whether a new
 * version replaces the stored one.
 *
 * <p>Contract for every backend: a document is written with all its layers or not at all (readers
 * never see half a document); {@link #write} is idempotent; every returned row names its document
 * and the UTF-16 offsets of its evidence in that document's text. Implementations are thread-safe.
 *
 * <p>Design decision: scans take a {@link Consumer} instead of returning a lazy stream, so a
 * backend can hold its connection for exactly the duration of the scan and an export of millions of
 * rows never materializes them.
 */
public interface ArticleStore extends AutoCloseable {

  /** The content hash stored for {@code documentId}, or null when the store does not hold it. */
  @Nullable String storedHash(String documentId);

  /**
   * Writes documents in one transaction: a document not yet stored is added, one stored with the
   * same content hash is left unchanged, one stored with another hash is replaced (its old rows
   * deleted) in the same transaction.
   *
   * @return one outcome per document, in order
   */
  List<WriteOutcome> write(List<AnnotatedArticle> documents, Instant ingestedAt);

  /** One document with every stored layer, as extraction produced it (tokens are not stored). */
  Optional<AnnotatedArticle> document(String documentId);

  /** When {@code documentId} was written to the store, or null when it is not stored. */
  @Nullable Instant ingestedAt(String documentId);

  /** Calls {@code sink} with each event matching {@code query}, newest day first. */
  void scanEvents(EventQuery query, Consumer<StoredEvent> sink);

  /**
   * Like {@link #scanEvents(EventQuery, Consumer)}, starting strictly after {@code after} (null:
   * from the first row), telling the sink each row's position (keyset pagination).
   */
  void scanEvents(EventQuery query, @Nullable Seek after, Seek.Sink<StoredEvent> sink);

  /** Calls {@code sink} with each quote matching {@code query}, newest first. */
  void scanQuotes(QuoteQuery query, Consumer<StoredQuote> sink);

  /** Like {@link #scanQuotes(QuoteQuery, Consumer)}, after {@code after}, with positions. */
  void scanQuotes(QuoteQuery query, @Nullable Seek after, Seek.Sink<StoredQuote> sink);

  /** Actors across documents, most documents first. */
  List<ActorSummary> actors(ActorQuery query);

  /** Calls {@code sink} with each document matching {@code query}, newest first. */
  void scanDocuments(DocumentQuery query, Consumer<DocumentSummary> sink);

  /** Like {@link #scanDocuments(DocumentQuery, Consumer)}, after {@code after}, with positions. */
  void scanDocuments(DocumentQuery query, @Nullable Seek after, Seek.Sink<DocumentSummary> sink);

  /** Calls {@code sink} with each flag matching {@code query}. */
  void scanFlags(FlagQuery query, Consumer<StoredFlag> sink);

  /**
   * Like {@link #scanFlags(FlagQuery, Consumer)}, after {@code after}, with positions: the rows
   * come newest document date first (undated last), then in the order they were stored.
   */
  void scanFlags(FlagQuery query, @Nullable Seek after, Seek.Sink<StoredFlag> sink);

  /**
   * Calls {@code sink} with every row of {@code table} whose document matches {@code documents}
   * (its limit ignored), in document order; values follow {@link Table#columns()}.
   */
  void scanTable(Table table, DocumentQuery documents, Consumer<List<@Nullable Object>> sink);

  /**
   * Checks a reader's correction against the stored document and stores it, pending review.
   *
   * @throws CorrectionException for an unknown document or a correction that does not fit it
   */
  Correction propose(CorrectionDraft draft, Instant at);

  /**
   * Accepts or rejects a pending correction. An accepted one is applied to the stored document in
   * the same transaction, and again whenever the document is extracted anew, for as long as its
   * item exists; the original value stays in the correction.
   *
   * @throws CorrectionException for an unknown correction or one already reviewed
   */
  Correction review(long id, boolean accept, String reviewer, Instant at);

  /** One correction by its number. */
  Optional<Correction> correction(long id);

  /** Calls {@code sink} with each correction matching {@code query}, oldest first. */
  void scanCorrections(CorrectionQuery query, Consumer<Correction> sink);

  /** One dictionary rule by its number (empty for a store without rules). */
  Optional<DictionaryRule> rule(long id);

  /**
   * Calls {@code sink} with the dictionary rules that accepted speaker corrections offered, oldest
   * first: those of {@code status}, or all when it is null; at most {@code limit}.
   */
  void scanRules(Correction.@Nullable Status status, int limit, Consumer<DictionaryRule> sink);

  /**
   * Accepts a pending dictionary rule, completed with the decision's values and checked so that its
   * line loads as {@code --actors FILE} reads it, or rejects it; either is audited (who, when).
   *
   * @throws CorrectionException for an unknown rule, one already reviewed, or a bad value
   */
  DictionaryRule reviewRule(long id, DictionaryRule.Decision decision, Instant at);

  /** Calls {@code sink} with each story matching {@code query}, newest day first. */
  void scanStories(StoryQuery query, Consumer<StoredStory> sink);

  /** One story with its documents and deduplicated events. */
  Optional<StoredStory> story(String storyId);

  /** The id of the story {@code documentId} belongs to; empty when it is not stored. */
  Optional<String> storyOf(String documentId);

  /** The story features of each article of a story (to explain why each joined), by id. */
  List<org.readout.story.StoryFeatures> storyFeatures(String storyId);

  /**
   * Calls {@code sink} with each deduplicated event matching {@code query}'s actor, code, quad
   * class, day and document filters, newest day first: each real-world event once.
   */
  void scanDedupEvents(EventQuery query, Consumer<StoredDedupEvent> sink);

  /** Row counts per table. */
  StoreStats stats();

  /**
   * A number that changes whenever a write may have changed what a query returns: any commit, by
   * this store or by another process on the same file. Equal numbers from one open store mean
   * unchanged data; numbers from different opens are not comparable.
   */
  long dataVersion();

  /** Default list views over the scans, capped by each query's limit. */
  default List<StoredEvent> events(EventQuery query) {
    List<StoredEvent> rows = new java.util.ArrayList<>();
    scanEvents(query, rows::add);
    return rows;
  }

  default List<StoredQuote> quotes(QuoteQuery query) {
    List<StoredQuote> rows = new java.util.ArrayList<>();
    scanQuotes(query, rows::add);
    return rows;
  }

  default List<DocumentSummary> documents(DocumentQuery query) {
    List<DocumentSummary> rows = new java.util.ArrayList<>();
    scanDocuments(query, rows::add);
    return rows;
  }

  default List<StoredFlag> flags(FlagQuery query) {
    List<StoredFlag> rows = new java.util.ArrayList<>();
    scanFlags(query, rows::add);
    return rows;
  }

  @Override
  void close();
}
