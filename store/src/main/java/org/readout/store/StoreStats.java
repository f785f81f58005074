package org.readout.store;

/** Row counts of a store, and the schema version it is at. */
public record StoreStats(
    int schemaVersion,
    long documents,
    long actors,
    long mentions,
    long quotes,
    long times,
    long events,
    long flags,
    long corrections) {}
