package org.dateline.cli;

import java.util.Locale;

import org.dateline.core.source.RawDocument;

/** The {@code --format} option's words. */
final class Formats {
    private Formats() {}

    static RawDocument.Format parse(String word) {
        return switch (word == null ? "auto" : word.toLowerCase(Locale.ROOT)) {
            case "auto" -> RawDocument.Format.AUTO;
            case "text", "txt", "wire" -> RawDocument.Format.TEXT;
            case "html", "htm" -> RawDocument.Format.HTML;
            default -> throw new IllegalArgumentException("unknown format '" + word + "' (expected auto, text or html)");
        };
    }
}
