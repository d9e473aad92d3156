package org.dateline.core.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gunzips by content (the magic bytes), not by file name, and turns the JDK's bare {@link EOFException}
 * ("Unexpected end of ZLIB input stream") into a {@link TruncatedGzipException} whose message a user understands.
 * Concatenated gzip members (as in {@code .warc.gz} or {@code cat a.gz b.gz}) are read as one stream.
 */
public final class GzipSupport {
    private static final int BUFFER = 64 * 1024;

    private GzipSupport() {}

    /** True when the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The stream, gunzipped if it starts with the gzip magic number; always buffered and mark-capable. */
    public static BufferedInputStream maybeGunzip(InputStream in) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        byte[] magic = buffered.readNBytes(2);
        buffered.reset();
        return isGzip(magic) ? new BufferedInputStream(gunzip(buffered), BUFFER) : buffered;
    }

    /** A gunzipping stream that reports truncation as {@link TruncatedGzipException}. */
    public static InputStream gunzip(InputStream in) throws IOException {
        try {
            return new TruncationReporting(new GZIPInputStream(in, BUFFER));
        } catch (EOFException e) {
            throw new TruncatedGzipException();
        } catch (ZipException e) {
            throw new ZipException("not a valid gzip stream (" + e.getMessage() + ")");
        }
    }

    private static final class TruncationReporting extends FilterInputStream {
        TruncationReporting(InputStream in) {
            super(in);
        }

        @Override public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                throw new TruncatedGzipException();
            }
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                throw new TruncatedGzipException();
            }
        }

        @Override public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (EOFException e) {
                throw new TruncatedGzipException();
            }
        }
    }
}
