package org.dateline.model;

/**
 * A publication date a page or its source offered.
 *
 * @param value  TimeML value, "2019-09-19" or "XXXX-09-26"
 * @param origin where it came from: "header", "dateline", "json-ld", "meta", "time", "feed", "warc", "jsonl",
 *               "option" (the user's --date), "thread"
 * @param text   the text it was read from, when there was one
 */
public record DateCandidate(String value, String origin, String text) {}
