package org.readout.core.model;

/**
 * A paragraph: a run of text between blank lines (or single newlines, in text that uses one per
 * paragraph).
 */
public record Paragraph(Span span) {}
