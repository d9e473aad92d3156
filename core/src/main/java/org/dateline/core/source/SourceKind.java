package org.dateline.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a stream of bytes holds, decided first by name and then by content. Why both: names lie less often than
 * content is ambiguous (a {@code .jsonl} is JSONL even if its first line is broken), but stdin, URLs and plain
 * {@code .gz} files have no useful name.
 */
public enum SourceKind {
    WARC, JSONL, FEED, DOCUMENT;

    /** The kind a file name announces, looking through a trailing {@code .gz}; null when the name says nothing. */
    public static SourceKind byName(String name) {
        String n = stripGz(name.toLowerCase(Locale.ROOT));
        if (n.endsWith(".warc")) return WARC;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) return FEED;
        return null;
    }

    /** The kind the first bytes (already gunzipped) suggest; {@link #DOCUMENT} when nothing more specific fits. */
    public static SourceKind sniff(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);
        if (s.startsWith("WARC/")) return WARC;
        String t = skipProlog(s.stripLeading());
        if (t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<rdf:RDF")) return FEED;
        if (t.startsWith("{") && t.substring(1).stripLeading().startsWith("\"")) return JSONL;
        return DOCUMENT;
    }

    /** The name without a trailing {@code .gz}. */
    static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Skips an XML declaration, comments and processing instructions ({@code <?xml-stylesheet?>}). */
    private static String skipProlog(String s) {
        String t = s;
        while (true) {
            if (t.startsWith("<?")) {
                int end = t.indexOf("?>");
                if (end < 0) return t;
                t = t.substring(end + 2).stripLeading();
            } else if (t.startsWith("<!--")) {
                int end = t.indexOf("-->");
                if (end < 0) return t;
                t = t.substring(end + 3).stripLeading();
            } else {
                return t;
            }
        }
    }
}
