package org.readout.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened, as the text names it: GDELT's ActionGeo fields.
 *
 * @param span the mention naming the place ("Mariupol" in "shelled Mariupol")
 * @param kind a country, a first-level region, a city or a landmark
 * @param name the place's name as the gazetteer has it ("Mariupol")
 * @param fullName the name with its region and country ("Mariupol, Donetsk Oblast, Ukraine")
 * @param country ISO 3166 alpha-3 code of its country
 * @param adm1 the first-level division: ISO 3166 alpha-2 country code followed by the GeoNames
 *     admin1 code ({@code UA05}), or null
 * @param latitude degrees north, or null when unknown (countries carry none)
 * @param longitude degrees east, or null
 * @param featureId the GeoNames id, or null (hand-written entries and countries have none)
 */
public record Place(
    Span span,
    Kind kind,
    String name,
    String fullName,
    String country,
    @Nullable String adm1,
    @Nullable Double latitude,
    @Nullable Double longitude,
    @Nullable String featureId) {
  public Place {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(country, "country");
  }

  /** What sort of place. */
  public enum Kind {
    COUNTRY,
    REGION,
    CITY,
    LANDMARK;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
