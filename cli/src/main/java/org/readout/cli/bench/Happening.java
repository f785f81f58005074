package org.readout.cli.bench;

import java.time.LocalDate;

/**
 * What an article reports: a family of event between two sides on a day, at a place, about a topic.
 * Articles of one story share one happening.
 */
record Happening(
    Family family, Party source, Party target, LocalDate date, String city, String topic) {}
