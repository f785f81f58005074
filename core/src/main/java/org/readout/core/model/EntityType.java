package org.readout.core.model;

/** The named-entity classes of the CRF recognizer. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC;

  /** The type for a CoreNLP-style label, or null for {@code O} and unknown labels. */
  public static @org.jspecify.annotations.Nullable EntityType fromLabel(String label) {
    return switch (label) {
      case "PERSON" -> PERSON;
      case "LOCATION" -> LOCATION;
      case "ORGANIZATION" -> ORGANIZATION;
      case "MISC" -> MISC;
      default -> null;
    };
  }
}
