package org.dateline.core.dictionary;

/**
 * A line of a dictionary that does not fit its format. The message names the file and the line, so that one bad
 * line among 50,000 can be found and fixed.
 */
public final class DictionaryException extends RuntimeException {
    private final String source;
    private final int line;

    public DictionaryException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    /** The file (or other name) the line was read from. */
    public String source() { return source; }

    /** The 1-based line number. */
    public int line() { return line; }
}
