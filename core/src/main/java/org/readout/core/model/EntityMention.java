package org.readout.core.model;

/** A maximal run of tokens with the same named-entity label, as the recognizer found it. */
public record EntityMention(Span span, EntityType type) {}
