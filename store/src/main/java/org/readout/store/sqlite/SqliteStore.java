package org.readout.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.store.ActorMatch;
import org.readout.store.ActorQuery;
import org.readout.store.ActorSummary;
import org.readout.store.ArticleStore;
import org.readout.store.BadQueryException;
import org.readout.store.ContentHash;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionException;
import org.readout.store.CorrectionQuery;
import org.readout.store.Corrections;
import org.readout.store.DictionaryRule;
import org.readout.store.DictionaryRules;
import org.readout.store.DocumentQuery;
import org.readout.store.DocumentSummary;
import org.readout.store.EventQuery;
import org.readout.store.FlagQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.Seek;
import org.readout.store.StoreException;
import org.readout.store.StoreStats;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredEvent;
import org.readout.store.StoredFlag;
import org.readout.store.StoredQuote;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;
import org.readout.store.Table;
import org.readout.store.WriteOutcome;
import org.readout.story.StoryFeatures;

/**
 * The embedded {@link ArticleStore}: one SQLite file in WAL mode with foreign keys on, migrated to
 * this build's schema when opened. Thread-safe: calls are serialized on one connection; other
 * processes may read the file while this one writes (WAL).
 *
 * <p>Design decision: {@code synchronous=NORMAL} in WAL mode keeps every committed transaction
 * through a crash of the process (kill -9) and may lose only the last commits on a power cut, which
 * a re-run of an idempotent ingest restores; {@code FULL} would cost a sync per batch.
 */
public final class SqliteStore implements ArticleStore {
  private final String where;
  private final Connection connection;
  private final DocumentRows rows;
  private final CorrectionRows corrections;
  private final RuleRows rules;
  // False for a store opened below schema 8 (migration tests): it has no dictionary rules.
  private final boolean withRules;

  /**
   * Whether the schema has the corrections columns (false only for migration tests' old stores).
   */
  private final boolean correctable;

  private final StoryWriter stories;
  private final StoryQueries storyQueries;
  // False only for a store opened below schema 4 (migration tests): it has no story tables.
  private final boolean withStories;

  private SqliteStore(String where, Connection connection, int version) throws SQLException {
    this.where = where;
    this.connection = connection;
    this.rows = new DocumentRows(connection, version >= LOCATIONS_VERSION);
    this.corrections = new CorrectionRows(connection);
    this.rules = new RuleRows(connection);
    this.withRules = version >= RULES_VERSION;
    this.correctable = version >= CORRECTIONS_VERSION;
    this.withStories = version >= StoryWriter.SCHEMA;
    this.stories = new StoryWriter(connection, version >= LOCATIONS_VERSION);
    this.storyQueries = new StoryQueries(connection);
  }

  /** The schema version that added dictionary rules. */
  private static final int RULES_VERSION = 8;

  /** The schema version that added what corrections need. */
  private static final int CORRECTIONS_VERSION = 5;

  /** The schema version that added event locations and story places. */
  static final int LOCATIONS_VERSION = 6;

  /** The codebook behind corrections loads on the first one, not on every open. */
  private static final class Checker {
    static final Corrections CORRECTIONS = Corrections.bundled();
  }

  /** Opens (creating when absent) the store at {@code path}, migrating it to the current schema. */
  public static SqliteStore open(Path path) {
    return open(path, Migrations.CURRENT, false);
  }

  /**
   * Opens a store for a bulk load that can be redone from scratch (benchmarks): {@code
   * synchronous=OFF}, so a crash of the machine (not of the process) may corrupt the file.
   */
  public static SqliteStore openForBulkLoad(Path path) {
    return open(path, Migrations.CURRENT, true);
  }

  /** Opens a store migrated only up to {@code version}: for testing migrations. */
  static SqliteStore open(Path path, int version) {
    return open(path, version, false);
  }

  private static SqliteStore open(Path path, int version, boolean bulk) {
    String where = path.toString();
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(where + ": folder " + parent + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new StoreException(where + ": is a folder, not a store file");
    }
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 30000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = " + (bulk ? "OFF" : "NORMAL"));
        // 64 MiB of page cache (negative: KiB): index pages of a growing store stay in memory.
        s.execute("PRAGMA cache_size = -65536");
        s.execute("PRAGMA foreign_keys = ON");
        // Reads map the file instead of copying each page into the cache through read(2): the
        // server's scans touch the same index pages over and over. 256 MiB of address space, not
        // of memory; SQLite falls back to reads past it.
        s.execute("PRAGMA mmap_size = 268435456");
        s.execute("PRAGMA temp_store = MEMORY");
      }
      int before = Migrations.version(c, where);
      Migrations.migrate(c, where, version);
      SqliteStore store = new SqliteStore(where, c, version);
      if (before > 0 && before < StoryWriter.SCHEMA && version >= StoryWriter.SCHEMA) {
        store.backfillStories();
      }
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(where + ": cannot open the store: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // The open already failed; that failure is the one to report.
      }
    }
  }

  /** The schema version this build writes. */
  public static int currentVersion() {
    return Migrations.CURRENT;
  }

  @Override
  public synchronized @Nullable String storedHash(String documentId) {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT content_hash FROM documents WHERE id = ?")) {
      p.setString(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failure("cannot read document " + documentId, e);
    }
  }

  @Override
  public synchronized List<WriteOutcome> write(List<AnnotatedArticle> documents, Instant at) {
    List<WriteOutcome> outcomes = new ArrayList<>(documents.size());
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement find =
          connection.prepareStatement("SELECT doc, content_hash FROM documents WHERE id = ?")) {
        for (AnnotatedArticle d : documents) {
          String hash = ContentHash.of(d.article());
          find.setString(1, d.article().id());
          WriteOutcome outcome = WriteOutcome.NEW;
          try (ResultSet r = find.executeQuery()) {
            if (r.next()) {
              if (hash.equals(r.getString(2))) {
                outcomes.add(WriteOutcome.UNCHANGED);
                continue;
              }
              if (withStories) {
                stories.remove(d.article().id());
              }
              rows.delete(r.getLong(1));
              outcome = WriteOutcome.REPLACED;
            }
          }
          AnnotatedArticle stored = withCorrections(d);
          rows.insert(stored, hash, at);
          if (withStories) {
            stories.add(stored);
          }
          outcomes.add(outcome);
        }
      }
      connection.commit();
      return outcomes;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof StoreException se ? se : failure("cannot write documents", e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The transaction already ended; the connection's mode is restored on the next write.
      }
    }
  }

  /**
   * Assigns every stored document without a story (a store written before schema 4) in one
   * transaction; in id order, though the outcome does not depend on it.
   */
  private synchronized void backfillStories() {
    List<String> ids = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id FROM documents WHERE doc NOT IN (SELECT doc FROM story_features)"
                    + " ORDER BY id")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw failure("cannot list documents without a story", e);
    }
    try {
      connection.setAutoCommit(false);
      for (String id : ids) {
        DocumentLoader.load(connection, id).ifPresent(stories::add);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof StoreException se ? se : failure("cannot assign stories", e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The transaction already ended.
      }
    }
  }

  /** Time spent assigning stories and deduplicating their events, summed over writes. */
  public synchronized long storyNanos() {
    return stories.nanos();
  }

  /** CPU time of the same work on the writer thread (see {@link #storyNanos()}). */
  public synchronized long storyCpuNanos() {
    return stories.cpuNanos();
  }

  @Override
  public synchronized void scanStories(StoryQuery q, Consumer<StoredStory> sink) {
    try {
      storyQueries.scanStories(q, sink);
    } catch (SQLException e) {
      throw failure("cannot read stories", e);
    }
  }

  @Override
  public synchronized Optional<StoredStory> story(String id) {
    try {
      return storyQueries.story(id);
    } catch (SQLException e) {
      throw failure("cannot read story " + id, e);
    }
  }

  @Override
  public synchronized Optional<String> storyOf(String documentId) {
    if (!withStories) {
      return Optional.empty();
    }
    try {
      return storyQueries.storyOf(documentId);
    } catch (SQLException e) {
      throw failure("cannot read the story of " + documentId, e);
    }
  }

  @Override
  public synchronized List<StoryFeatures> storyFeatures(String id) {
    return stories.members(id);
  }

  @Override
  public synchronized void scanDedupEvents(EventQuery q, Consumer<StoredDedupEvent> sink) {
    try {
      storyQueries.scanDedupEvents(q, sink);
    } catch (SQLException e) {
      throw failure("cannot read deduplicated events", e);
    }
  }

  /** {@code d} with its accepted corrections applied (re-extraction keeps them), marking which. */
  private AnnotatedArticle withCorrections(AnnotatedArticle d) throws SQLException {
    if (!correctable) {
      return d;
    }
    List<Correction> accepted = corrections.accepted(d.article().id());
    if (accepted.isEmpty()) {
      return d;
    }
    Corrections.Applied applied = Checker.CORRECTIONS.apply(d, accepted);
    corrections.markApplied(accepted, applied.applied());
    return applied.document();
  }

  @Override
  public synchronized Correction propose(CorrectionDraft draft, Instant at) {
    try {
      AnnotatedArticle doc =
          DocumentLoader.load(connection, draft.documentId())
              .orElseThrow(
                  () ->
                      new CorrectionException(
                          CorrectionException.Reason.NOT_FOUND,
                          "documentId",
                          "no document " + draft.documentId()));
      Corrections.Checked checked = Checker.CORRECTIONS.check(draft, doc);
      long id = corrections.insert(draft, checked, draft.span().of(doc.text()), at);
      return corrections.byId(id).orElseThrow();
    } catch (SQLException e) {
      throw failure("cannot store a correction", e);
    }
  }

  @Override
  public synchronized Correction review(long id, boolean accept, String reviewer, Instant at) {
    try {
      connection.setAutoCommit(false);
      Correction c =
          corrections
              .byId(id)
              .orElseThrow(
                  () ->
                      new CorrectionException(
                          CorrectionException.Reason.NOT_FOUND, "id", "no correction " + id));
      if (c.status() != Correction.Status.PENDING) {
        throw new CorrectionException(
            CorrectionException.Reason.CONFLICT,
            "id",
            "correction " + id + " is already " + c.status().label());
      }
      Correction.Status status = accept ? Correction.Status.ACCEPTED : Correction.Status.REJECTED;
      corrections.review(id, status, reviewer, at);
      if (accept) {
        Correction accepted = corrections.byId(id).orElseThrow();
        applyAccepted(accepted);
        offerRule(accepted, at);
      }
      connection.commit();
      return corrections.byId(id).orElseThrow();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw failure("cannot review correction " + id, e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The transaction already ended; the connection's mode is restored on the next write.
      }
    }
  }

  /** Offers the dictionary rule an accepted correction generalizes to, once per person. */
  private void offerRule(Correction c, Instant at) throws SQLException {
    if (!withRules) {
      return;
    }
    Optional<AnnotatedArticle> doc = DocumentLoader.load(connection, c.documentId());
    DictionaryRule rule = doc.isEmpty() ? null : DictionaryRules.offer(c, doc.get(), at);
    if (rule != null && !rules.offered(rule.personId())) {
      rules.insert(rule);
    }
  }

  @Override
  public synchronized Optional<DictionaryRule> rule(long id) {
    try {
      return withRules ? rules.byId(id) : Optional.empty();
    } catch (SQLException e) {
      throw failure("cannot read dictionary rule " + id, e);
    }
  }

  @Override
  public synchronized void scanRules(
      Correction.@Nullable Status status, int limit, Consumer<DictionaryRule> sink) {
    if (!withRules) {
      return;
    }
    try {
      rules.scan(status, limit, sink);
    } catch (SQLException e) {
      throw failure("cannot list dictionary rules", e);
    }
  }

  @Override
  public synchronized DictionaryRule reviewRule(
      long id, DictionaryRule.Decision decision, Instant at) {
    try {
      DictionaryRule r =
          rule(id)
              .orElseThrow(
                  () ->
                      new CorrectionException(
                          CorrectionException.Reason.NOT_FOUND, "id", "no dictionary rule " + id));
      if (r.status() != Correction.Status.PENDING) {
        throw new CorrectionException(
            CorrectionException.Reason.CONFLICT,
            "id",
            "dictionary rule " + id + " is already " + r.status().label());
      }
      DictionaryRule reviewed =
          decision.accept()
              ? DictionaryRules.accept(r, decision, at)
              : new DictionaryRule(
                  r.id(),
                  r.correctionId(),
                  r.documentId(),
                  r.actorId(),
                  r.personId(),
                  r.name(),
                  r.shortName(),
                  r.aliases(),
                  r.gender(),
                  r.country(),
                  r.role(),
                  r.code(),
                  r.start(),
                  r.end(),
                  Correction.Status.REJECTED,
                  r.createdAt(),
                  decision.reviewer(),
                  at,
                  decision.comment());
      rules.review(reviewed);
      return rules.byId(id).orElseThrow();
    } catch (SQLException e) {
      throw failure("cannot review dictionary rule " + id, e);
    }
  }

  /** Applies one just-accepted correction to its stored document (earlier ones already are). */
  private void applyAccepted(Correction c) throws SQLException {
    Long doc = null;
    try (PreparedStatement p =
        connection.prepareStatement("SELECT doc FROM documents WHERE id = ?")) {
      p.setString(1, c.documentId());
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          doc = r.getLong(1);
        }
      }
    }
    Optional<AnnotatedArticle> stored = DocumentLoader.load(connection, c.documentId());
    if (doc == null || stored.isEmpty()) {
      corrections.markApplied(List.of(c), java.util.Set.of());
      return;
    }
    Corrections.Applied applied = Checker.CORRECTIONS.apply(stored.get(), List.of(c));
    if (!applied.applied().isEmpty()) {
      // Replacing the layers deletes the events that dedup mentions point at (ON DELETE CASCADE):
      // the document leaves its story first and rejoins with its corrected layers.
      if (withStories) {
        stories.remove(c.documentId());
      }
      rows.replaceLayers(doc, applied.document());
      if (withStories) {
        stories.add(applied.document());
      }
    }
    corrections.markApplied(List.of(c), applied.applied());
  }

  @Override
  public synchronized Optional<Correction> correction(long id) {
    try {
      return corrections.byId(id);
    } catch (SQLException e) {
      throw failure("cannot read correction " + id, e);
    }
  }

  @Override
  public synchronized void scanCorrections(CorrectionQuery q, Consumer<Correction> sink) {
    try {
      corrections.scan(q, sink);
    } catch (SQLException e) {
      throw failure("cannot list corrections", e);
    }
  }

  @Override
  public synchronized Optional<AnnotatedArticle> document(String documentId) {
    try {
      return DocumentLoader.load(connection, documentId);
    } catch (SQLException e) {
      throw failure("cannot read document " + documentId, e);
    }
  }

  @Override
  public synchronized @Nullable Instant ingestedAt(String documentId) {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT ingested_at FROM documents WHERE id = ?")) {
      p.setString(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Instant.parse(r.getString(1)) : null;
      }
    } catch (SQLException e) {
      throw failure("cannot read document " + documentId, e);
    }
  }

  @Override
  public synchronized void scanEvents(EventQuery q, Consumer<StoredEvent> sink) {
    scanEvents(q, null, (row, position) -> sink.accept(row));
  }

  @Override
  public synchronized void scanEvents(
      EventQuery q, @Nullable Seek after, Seek.Sink<StoredEvent> sink) {
    List<EventQuery> directed = directed(q);
    if (directed.size() == 1) {
      scanDirected(directed.get(0), after, (key, row) -> sink.accept(row, position(key, row)));
      return;
    }
    // Either side, or a dyad in both directions: one index-ordered scan per direction, each of at
    // most `limit` rows, merged newest first. A single OR query would sort every matching event.
    // An event in both directions (an actor with itself) comes from both scans: kept once.
    Map<Long, StoredEvent> merged = new HashMap<>();
    for (EventQuery d : directed) {
      scanDirected(d, after, merged::put);
    }
    List<Map.Entry<Long, StoredEvent>> rows = new ArrayList<>(merged.entrySet());
    rows.sort(NEWEST_FIRST);
    for (int i = 0; i < Math.min(q.limit(), rows.size()); i++) {
      Map.Entry<Long, StoredEvent> e = rows.get(i);
      sink.accept(e.getValue(), position(e.getKey(), e.getValue()));
    }
  }

  /** The order of an event scan: by day (undated last), then key, newest first. */
  private static final Comparator<Map.Entry<Long, StoredEvent>> NEWEST_FIRST =
      (a, b) -> {
        String da = a.getValue().day();
        String db = b.getValue().day();
        int byDay = da == null ? (db == null ? 0 : 1) : db == null ? -1 : db.compareTo(da);
        return byDay != 0 ? byDay : Long.compare(b.getKey(), a.getKey());
      };

  private static Seek position(long key, StoredEvent row) {
    return new Seek(row.day(), Long.toString(key));
  }

  /**
   * The directed queries whose union is {@code q}: {@code --actor A} is (source A) and (target A);
   * {@code --actor A --with B} is (A to B) and (B to A). With a source or target filter as well,
   * the query stays one.
   */
  private static List<EventQuery> directed(EventQuery q) {
    if (q.actor() == null || q.source() != null || q.target() != null) {
      return List.of(q);
    }
    ActorMatch other = q.partner();
    return List.of(
        new EventQuery(
            null,
            null,
            q.actor(),
            other,
            q.codePrefix(),
            q.quadClass(),
            q.days(),
            q.documentId(),
            q.limit()),
        new EventQuery(
            null,
            null,
            other,
            q.actor(),
            q.codePrefix(),
            q.quadClass(),
            q.days(),
            q.documentId(),
            q.limit()));
  }

  /** A row of a scan with its event key, for merging directed scans. */
  @FunctionalInterface
  private interface KeyedEvents {
    void accept(long key, StoredEvent row);
  }

  private void scanDirected(EventQuery q, @Nullable Seek after, KeyedEvents sink) {
    String[] ids = {"e.source", "e.target"};
    String[] codes = {"e.source_code", "e.target_code"};
    String[] names = {"e.source_name", "e.target_name"};
    Where w = new Where();
    if (q.partner() != null && q.actor() != null) {
      w.dyad(q.actor(), q.partner(), ids, codes, names);
    } else {
      w.eitherActor(q.actor(), ids, codes, names);
    }
    w.actor(q.source(), "e.source", "e.source_code", "e.source_name")
        .actor(q.target(), "e.target", "e.target_code", "e.target_name")
        .eventCode("e.code", "e.root_code", q.codePrefix())
        .equal("e.quad_class", q.quadClass())
        .dates("e.day", q.days())
        .equal("d.id", q.documentId());
    String select =
        "SELECT e.*, d.id AS document_id, d.doc AS doc_key, "
            + Evidence.column("e")
            + " FROM events e JOIN documents d ON d.doc = e.doc";
    scan(
        w.after("e.day", "e.event", true, after, after == null ? 0L : after.number()),
        phase -> select + phase.sql() + " ORDER BY e.day DESC, e.event DESC LIMIT ?",
        q.limit(),
        null,
        (r, evidence) ->
            sink.accept(
                r.getLong("event"),
                new StoredEvent(
                    r.getString("document_id"),
                    EventRows.event(r),
                    r.getString("source_name"),
                    r.getString("target_name"),
                    r.getString("day"),
                    evidence.cut(r, new Span(r.getInt("start_offset"), r.getInt("end_offset"))))));
  }

  @Override
  public synchronized void scanQuotes(QuoteQuery q, Consumer<StoredQuote> sink) {
    scanQuotes(q, null, (row, position) -> sink.accept(row));
  }

  @Override
  public synchronized void scanQuotes(
      QuoteQuery q, @Nullable Seek after, Seek.Sink<StoredQuote> sink) {
    Where w =
        new Where()
            .actor(q.speaker(), "q.speaker", "q.speaker_code", "q.speaker_name")
            .actor(q.via(), "q.via", "q.via", "q.via_name")
            .dates("q.date", q.dates())
            .equal("d.id", q.documentId());
    String from = " FROM quotes q JOIN documents d ON d.doc = q.doc";
    String order = " ORDER BY q.date DESC, q.quote DESC LIMIT ?";
    long key = after == null ? 0L : after.number();
    List<Where> phases;
    boolean ranked = q.search() != null;
    if (ranked) {
      // FTS5 walks its matches in rowid order: newest stored first costs the limit, not a sort of
      // every match.
      from =
          " FROM quotes_fts f JOIN quotes q ON q.quote = f.rowid JOIN documents d ON d.doc = q.doc";
      w.add("quotes_fts MATCH ?", q.search());
      order = " ORDER BY f.rowid DESC LIMIT ?";
      phases = w.afterKey("f.rowid", after, key);
    } else {
      phases = w.after("q.date", "q.quote", true, after, key);
    }
    String select =
        "SELECT q.*, d.id AS document_id, d.doc AS doc_key, " + Evidence.column("q") + from;
    String orderBy = order;
    scan(
        phases,
        phase -> select + phase.sql() + orderBy,
        q.limit(),
        q.search(),
        (r, evidence) -> {
          Span span = new Span(r.getInt("start_offset"), r.getInt("end_offset"));
          Quote quote =
              new Quote(
                  span,
                  DocumentLoader.enumOf(
                      org.readout.core.model.QuoteKind.class, r.getString("kind")),
                  r.getString("speaker"),
                  DocumentLoader.span(r, r.findColumn("speaker_start")),
                  r.getString("via"),
                  DocumentLoader.span(r, r.findColumn("cue_start")),
                  r.getDouble("confidence"),
                  r.getString("date"));
          String rowKey = Long.toString(r.getLong("quote"));
          sink.accept(
              new StoredQuote(
                  r.getString("document_id"),
                  quote,
                  r.getString("speaker_name"),
                  r.getString("speaker_code"),
                  r.getString("via_name"),
                  evidence.cut(r, span)),
              new Seek(ranked ? null : r.getString("date"), rowKey));
        });
  }

  @Override
  public synchronized List<ActorSummary> actors(ActorQuery q) {
    Where w = new Where().equal("a.kind", q.kind() == null ? null : q.kind().label());
    String sql =
        "SELECT a.actor_id, a.name, a.kind, max(a.code) AS code, max(a.country) AS country,"
            + " count(DISTINCT a.doc) AS documents, count(*) AS mentions, min(a.doc) AS first_doc"
            + " FROM actors a JOIN mentions m ON m.doc = a.doc AND m.actor_id = a.actor_id"
            + w.sql()
            + " GROUP BY a.actor_id, a.name, a.kind ORDER BY documents DESC, mentions DESC,"
            + " a.name LIMIT ?";
    List<ActorSummary> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql);
        PreparedStatement first =
            connection.prepareStatement(
                "SELECT d.id, m.start_offset, m.end_offset, d.text FROM mentions m JOIN documents"
                    + " d ON d.doc = m.doc WHERE m.doc = ? AND m.actor_id = ?"
                    + " ORDER BY m.start_offset LIMIT 1")) {
      p.setInt(w.bind(p), q.limit());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          first.setLong(1, r.getLong("first_doc"));
          first.setString(2, r.getString("actor_id"));
          try (ResultSet m = first.executeQuery()) {
            if (!m.next()) {
              continue; // An actor always has a mention; a row without one is skipped, not
              // invented.
            }
            Span span = new Span(m.getInt(2), m.getInt(3));
            out.add(
                new ActorSummary(
                    r.getString("actor_id"),
                    r.getString("name"),
                    r.getString("kind"),
                    r.getString("code"),
                    r.getString("country"),
                    r.getInt("documents"),
                    r.getInt("mentions"),
                    m.getString(1),
                    span,
                    span.of(m.getString(4))));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot list actors", e);
    }
    return out;
  }

  @Override
  public synchronized void scanDocuments(DocumentQuery q, Consumer<DocumentSummary> sink) {
    scanDocuments(q, null, (row, position) -> sink.accept(row));
  }

  @Override
  public synchronized void scanDocuments(
      DocumentQuery q, @Nullable Seek after, Seek.Sink<DocumentSummary> sink) {
    Where w = new Where().dates("d.date", q.dates()).equal("d.outlet", q.outlet());
    String sql =
        "SELECT d.id, d.url, d.title, d.date, d.date_source, d.outlet, d.language,"
            + " d.content_hash, d.ingested_at, length(d.text) AS chars,"
            + " (SELECT count(*) FROM actors x WHERE x.doc = d.doc) AS actors,"
            + " (SELECT count(*) FROM quotes x WHERE x.doc = d.doc) AS quotes,"
            + " (SELECT count(*) FROM times x WHERE x.doc = d.doc) AS times,"
            + " (SELECT count(*) FROM events x WHERE x.doc = d.doc) AS events,"
            + " (SELECT count(*) FROM flags x WHERE x.doc = d.doc) AS flags"
            + " FROM documents d";
    scan(
        w.after("d.date", "d.id", false, after, after == null ? "" : after.key()),
        phase -> sql + phase.sql() + " ORDER BY d.date DESC, d.id LIMIT ?",
        q.limit(),
        null,
        (r, evidence) ->
            sink.accept(
                new DocumentSummary(
                    r.getString("id"),
                    r.getString("url"),
                    r.getString("title"),
                    r.getString("date"),
                    r.getString("date_source"),
                    r.getString("outlet"),
                    r.getString("language"),
                    r.getString("content_hash"),
                    Instant.parse(r.getString("ingested_at")),
                    r.getInt("chars"),
                    r.getInt("actors"),
                    r.getInt("quotes"),
                    r.getInt("times"),
                    r.getInt("events"),
                    r.getInt("flags")),
                new Seek(r.getString("date"), r.getString("id"))));
  }

  @Override
  public synchronized void scanFlags(FlagQuery q, Consumer<StoredFlag> sink) {
    scanFlags(q, null, (row, position) -> sink.accept(row));
  }

  @Override
  public synchronized void scanFlags(
      FlagQuery q, @Nullable Seek after, Seek.Sink<StoredFlag> sink) {
    Where w = new Where().equal("f.kind", q.kind()).equal("d.id", q.documentId());
    String select =
        "SELECT f.*, f.rowid AS flag_row, d.date AS document_date, d.id AS document_id,"
            + " d.doc AS doc_key, "
            + Evidence.column("f")
            + " FROM flags f JOIN documents d ON d.doc = f.doc";
    // Newest document date first, then the order the flags were stored in (a document's in its
    // text order): a keyset of (date, row), so a page continues after the last row at any depth.
    scan(
        w.after("d.date", "f.rowid", false, after, after == null ? 0L : after.number()),
        phase -> select + phase.sql() + " ORDER BY d.date DESC, f.rowid LIMIT ?",
        q.limit(),
        null,
        (r, evidence) -> {
          Span span = new Span(r.getInt("start_offset"), r.getInt("end_offset"));
          Span other = DocumentLoader.span(r, r.findColumn("other_start"));
          Flag flag = new Flag(r.getString("kind"), span, other, r.getString("message"));
          sink.accept(
              new StoredFlag(
                  r.getString("document_id"),
                  flag,
                  evidence.cut(r, span),
                  other == null ? null : evidence.textOf(r).substring(other.start(), other.end())),
              new Seek(r.getString("document_date"), Long.toString(r.getLong("flag_row"))));
        });
  }

  @Override
  public synchronized void scanTable(
      Table table, DocumentQuery documents, Consumer<List<@Nullable Object>> sink) {
    Where w = new Where().dates("d.date", documents.dates()).equal("d.outlet", documents.outlet());
    String sql =
        table.acrossDocuments()
            ? TableExports.acrossDocuments(table, w)
            : TableExports.select(table) + w.sql() + " ORDER BY d.doc" + TableExports.order(table);
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      w.bind(p);
      Evidence evidence = new Evidence(connection);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(TableExports.row(table, r, evidence));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot export " + table.label(), e);
    }
  }

  /**
   * {@code PRAGMA data_version} changes when another connection commits, never for this one's own
   * commits; {@code total_changes()} counts this connection's changed rows. Both only grow, so
   * their sum changes on every commit by anyone (a rolled-back write may change it too, which only
   * costs a reader one needless refetch).
   */
  @Override
  public synchronized long dataVersion() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT total_changes()")) {
      r.next();
      long own = r.getLong(1);
      try (ResultSet v = s.executeQuery("PRAGMA data_version")) {
        v.next();
        return own + v.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("cannot read the data version", e);
    }
  }

  @Override
  public synchronized StoreStats stats() {
    try (Statement s = connection.createStatement()) {
      long[] counts = new long[8];
      String[] tables = {
        "documents", "actors", "mentions", "quotes", "times", "events", "flags", "corrections"
      };
      for (int i = 0; i < tables.length; i++) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + tables[i])) {
          r.next();
          counts[i] = r.getLong(1);
        }
      }
      return new StoreStats(
          Migrations.version(connection, where),
          counts[0],
          counts[1],
          counts[2],
          counts[3],
          counts[4],
          counts[5],
          counts[6],
          counts[7]);
    } catch (SQLException e) {
      throw failure("cannot count rows", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      prepared.values().forEach(SqliteStore::closeQuietly);
      prepared.clear();
      rows.close();
      connection.close();
    } catch (SQLException e) {
      throw failure("cannot close", e);
    }
  }

  /** One row handler of a scan. */
  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet r, Evidence evidence) throws SQLException;
  }

  /**
   * Runs the scans of a keyset continuation in order ({@link Where#after}) until {@code limit} rows
   * came: each phase asks only for what the earlier ones left.
   */
  private void scan(
      List<Where> phases,
      java.util.function.Function<Where, String> sql,
      int limit,
      @Nullable String search,
      RowHandler handler) {
    int[] served = {0};
    for (Where phase : phases) {
      if (served[0] >= limit) {
        return;
      }
      scan(
          sql.apply(phase),
          phase,
          limit - served[0],
          search,
          (r, evidence) -> {
            served[0]++;
            handler.accept(r, evidence);
          });
    }
  }

  private void scan(String sql, Where w, int limit, RowHandler handler) {
    scan(sql, w, limit, null, handler);
  }

  /**
   * The scans prepared on this connection by SQL text, the most recently used few: a server asks
   * the same query shapes again and again, and preparing one costs as much as running a short page.
   * Guarded by this store's lock, as the connection is.
   */
  private final Map<String, PreparedStatement> prepared =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= 64) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  private static void closeQuietly(@Nullable PreparedStatement p) {
    if (p == null) {
      return;
    }
    try {
      p.close();
    } catch (SQLException ignored) {
      // A statement that cannot be closed is dropped all the same; the connection frees it.
    }
  }

  /** Runs a scan; {@code search} is the full-text query it contains, to name in errors. */
  private void scan(String sql, Where w, int limit, @Nullable String search, RowHandler handler) {
    // Taken out while in use, so that a scan started from inside another one's sink (same lock,
    // same text) prepares its own statement instead of resetting this one.
    PreparedStatement p = prepared.remove(sql);
    try {
      if (p == null) {
        p = connection.prepareStatement(sql);
      }
      p.setInt(w.bind(p), limit);
      Evidence evidence = new Evidence(connection);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          handler.accept(r, evidence);
        }
      }
      PreparedStatement other = prepared.put(sql, p);
      if (other != null) {
        closeQuietly(other);
      }
    } catch (RuntimeException e) {
      closeQuietly(p);
      throw e;
    } catch (SQLException e) {
      if (p != null) {
        // A failed statement is prepared afresh next time rather than trusted in its state.
        closeQuietly(p);
      }
      if (search != null) {
        // The only user text that reaches SQL unbound is the FTS5 query language.
        throw new BadQueryException(
            "bad full-text search \"" + search + "\": " + e.getMessage(), e);
      }
      throw failure("query failed", e);
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(where + ": " + what + ": " + e.getMessage(), e);
  }
}
