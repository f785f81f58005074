package org.readout.cli.bench;

import java.time.LocalDate;
import java.util.Objects;
import org.readout.core.model.Article;

/**
 * A generated article with the truth about it: which story it belongs to and the main happening it
 * reports.
 *
 * @param article the article (id, title, text, publication date given, url on an outlet's host)
 * @param storyKey articles with equal keys report the same real-world happening
 * @param role member of a story, distractor, or a plain-corpus article
 * @param family the main happening's kind; {@link Family#rootCode()} is its CAMEO root
 * @param style how the article is written
 * @param outlet the outlet's name ("Xinhua"); its host is in the article's url
 * @param eventDate the day the main happening took place (not the publication date)
 * @param sourceCountry CAMEO country or IGO code of the main event's source ("CHN", "IGOUNO")
 * @param targetCountry the same for its target
 */
public record SyntheticArticle(
    Article article,
    String storyKey,
    StoryRole role,
    Family family,
    Style style,
    String outlet,
    LocalDate eventDate,
    String sourceCountry,
    String targetCountry) {
  public SyntheticArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyKey, "storyKey");
  }

  /** The CAMEO root code of the main event ("04"). */
  public String rootCode() {
    return family.rootCode();
  }
}
