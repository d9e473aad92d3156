package org.dateline.core.source;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns an exception into the one-line reason of a {@link SourceError}. Why a class of its own: the same I/O
 * failure must read the same way whether it happened in a file, a WARC, a feed or a download.
 */
final class Reasons {
    private Reasons() {}

    static String of(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof NoSuchFileException) return "no such file";
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NotDirectoryException) return "not a folder";
        if (t instanceof TruncatedGzipException) return t.getMessage();
        if (t instanceof EOFException) return "unexpected end of file" + detail(t);
        if (t instanceof HttpConnectTimeoutException) return "connection timed out";
        if (t instanceof HttpTimeoutException) return "timed out";
        if (t instanceof ConnectException) return "connection refused";
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) return "unknown host";
        if (t instanceof OutOfMemoryError) return "document too large for memory";
        String message = oneLine(t.getMessage());
        return message.isEmpty() ? t.getClass().getSimpleName() : message;
    }

    /** The message squeezed onto one line, at most 300 characters. */
    static String oneLine(String message) {
        if (message == null) return "";
        String s = message.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }

    private static String detail(Throwable t) {
        String m = oneLine(t.getMessage());
        return m.isEmpty() ? "" : " (" + m + ")";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof java.io.UncheckedIOException
                || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        // HttpClient wraps the real cause (ConnectException with a null message) in an IOException.
        if (t.getClass() == java.io.IOException.class && t.getCause() != null) t = t.getCause();
        if (t instanceof ConnectException && t.getCause() != null && !(t instanceof HttpConnectTimeoutException)) {
            Throwable c = t.getCause();
            if (c instanceof UnresolvedAddressException) return c;
        }
        return t;
    }
}
