package org.dateline.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines with a length cap. Why not {@link java.io.BufferedReader}: a file with no newlines (a binary
 * blob named {@code .jsonl}) would become one endless line in memory; and Jackson parses bytes faster than the
 * decoded String would be built.
 */
public final class LineReader {
    /** One line: bytes {@code [0, length)} of {@code bytes} (reused between calls), or {@code tooLong}. */
    public record Line(byte[] bytes, int length, boolean tooLong) {
        /** The line's bytes as UTF-8 text. */
        public String text() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[8 * 1024];

    public LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its {@code \n} / {@code \r\n}, or null at the end of the input. */
    public Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(length, tooLong) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') pos++;
            int n = pos - start;
            if (!tooLong) {
                if (length + n > maxLength) {
                    tooLong = true;
                } else {
                    if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                    System.arraycopy(buffer, start, line, length, n);
                    length += n;
                }
            }
            if (pos < limit) { // found the newline
                pos++;
                return finish(length, tooLong);
            }
        }
    }

    private Line finish(int length, boolean tooLong) {
        if (tooLong) return new Line(line, 0, true);
        if (length > 0 && line[length - 1] == '\r') length--;
        return new Line(line, length, false);
    }
}
