/**
 * Where documents come from: files, folders, globs, stdin, WARC archives, JSON Lines dumps, RSS/Atom feeds and
 * http(s) URLs, each turned into a stream of {@link org.dateline.core.source.RawDocument}s.
 *
 * <p>Two promises hold for every source. It streams: a WARC or a JSONL dump of any size is read one record or
 * line at a time. And it never throws out of a batch: every unreadable document, and every source that cannot be
 * opened, becomes one {@link org.dateline.core.source.SourceError} with a one-line reason, in its place in the
 * stream, and reading goes on. Start at {@link org.dateline.core.source.Sources#open}.
 */
package org.dateline.core.source;
