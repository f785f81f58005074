package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.readout.cli.bench.SyntheticEvents.EventRow;
import org.readout.cli.bench.SyntheticEvents.QuoteRow;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.event.CameoCodebook;

class SyntheticEventsTest {
  private static final SyntheticEvents EVENTS = new SyntheticEvents(77);

  @Test
  void sameSeedSameRowsDifferentSeedOtherRows() {
    List<EventRow> a = EVENTS.eventStream(2_000).toList();
    assertThat(new SyntheticEvents(77).eventStream(2_000).toList()).isEqualTo(a);
    assertThat(EVENTS.eventStream(2_000).parallel().toList()).isEqualTo(a);
    assertThat(new SyntheticEvents(78).eventStream(2_000).toList()).isNotEqualTo(a);
    assertThat(EVENTS.quoteStream(500).toList())
        .isEqualTo(new SyntheticEvents(77).quoteStream(500).toList());
  }

  @Test
  void codesAgreeWithTheCodebook() {
    CameoCodebook codebook = CameoCodebook.loadBundled();
    Set<String> codes = new HashSet<>();
    EVENTS
        .eventStream(50_000)
        .forEach(
            e -> {
              CameoCodebook.Code c = codebook.get(e.code());
              assertThat(c).as(e.code()).isNotNull();
              assertThat(e.rootCode()).isEqualTo(e.code().substring(0, 2));
              assertThat(e.quadClass()).isEqualTo(c.quadClass());
              assertThat(e.goldstein()).isEqualTo(c.goldstein());
              assertThat(e.date())
                  .isBetween(SyntheticEvents.DEFAULT_FROM.minusDays(3), SyntheticEvents.DEFAULT_TO);
              assertThat(e.end()).isGreaterThan(e.start());
              codes.add(e.code());
            });
    assertThat(codes).hasSizeGreaterThan(150);
  }

  @Test
  void actorsAreDictionaryCountriesWithRolesAndSkewed() {
    Set<String> countries =
        ActorDictionaryLoader.loadBundled().countries().stream()
            .map(c -> c.code())
            .collect(Collectors.toSet());
    Map<String, Integer> bySource = new HashMap<>();
    int n = 100_000;
    int withoutTarget = 0;
    for (EventRow e : EVENTS.eventStream(n).toList()) {
      assertThat(e.sourceCode()).matches("([A-Z0-9]{3})+");
      assertThat(
              e.sourceCode().startsWith("IGO")
                  || countries.contains(e.sourceCode().substring(0, 3)))
          .as(e.sourceCode())
          .isTrue();
      assertThat(e.sourceCode()).isNotEqualTo(e.targetCode());
      bySource.merge(e.sourceCode(), 1, Integer::sum);
      withoutTarget += e.targetCode() == null ? 1 : 0;
    }
    assertThat(bySource.get("USAGOV")).isGreaterThan(n / 40);
    assertThat(bySource.get("CHNGOV")).isGreaterThan(bySource.getOrDefault("FRAGOV", 0));
    assertThat(bySource).containsKeys("RUSGOV", "USAMIL", "CHN", "IGOUNO");
    assertThat(bySource).hasSizeGreaterThan(500);
    assertThat(withoutTarget).isBetween(n / 20, n / 8);
  }

  @Test
  void quotesHaveSearchableTextAndSpeakers() {
    List<QuoteRow> quotes = EVENTS.quoteStream(5_000).toList();
    assertThat(quotes)
        .allSatisfy(
            q -> {
              assertThat(q.text()).isNotBlank().doesNotContain("{");
              assertThat(q.end() - q.start()).isEqualTo(q.text().length());
              assertThat(q.speakerCode()).matches("[A-Z]{6}");
            });
    assertThat(quotes.stream().map(QuoteRow::text).distinct().count()).isGreaterThan(3_000);
    assertThat(quotes.stream().map(QuoteRow::speakerName).distinct().count()).isGreaterThan(40);
    assertThat(quotes).anyMatch(q -> q.text().contains("energy security"));
    assertThat(quotes.get(3).documentId()).isEqualTo(EVENTS.documentId(1));
  }
}
