package org.readout.story;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where stories live: the features of every article and its story. {@link StoryAssigner} reads and
 * changes it; a store implements it inside its write transaction, so a reader never sees an article
 * without its story.
 *
 * <p>Contract: {@link #candidates} must return every stored article that has a happening with the
 * same {@link Happening#pair() pair} at most {@link SameHappening#DATE_SLACK_DAYS} days from one of
 * {@code doc}'s (more is allowed, never fewer): the stories are complete only if every link is
 * found. Keyed by pair and day, that search reads a few index entries however large the store is.
 */
public interface StoryGraph {
  /** Stored articles that may share a happening with {@code doc} (not {@code doc} itself). */
  List<StoryFeatures> candidates(StoryFeatures doc);

  /** The story of a stored article, or null when it has none. */
  @Nullable String storyOf(String document);

  /** The features of every article of a story. */
  List<StoryFeatures> members(String story);

  /** Stores an article's features (before it is assigned). */
  void putFeatures(StoryFeatures doc);

  /** Deletes a story; its articles have none until {@link #form} assigns them again. */
  void dissolve(String story);

  /** Makes {@code documents} the story {@code story}. */
  void form(String story, List<String> documents);

  /**
   * Adds {@code document} to the story {@code story}, which becomes {@code joined} (the same id, or
   * a new one when the document's id sorts first); {@code members} are all its documents after the
   * join. The default dissolves and forms it again; a store may instead keep what the story already
   * had (its deduplicated events) and rename it.
   */
  default void join(String story, String joined, String document, List<String> members) {
    dissolve(story);
    form(joined, members);
  }
}
