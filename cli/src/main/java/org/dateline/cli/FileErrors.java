package org.dateline.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The line a user reads when a command fails: a file-system failure names its file and why ("/data/labels.tsv: no
 * such file"), because the JDK's file exceptions carry the bare path as their whole message, which says what but not
 * why. Why not core's source {@code Reasons}, which reads source failures the same way: {@code serve} and
 * {@code stats} run without core on the classpath (WithoutNlpTest), and the error handler serves them too.
 */
final class FileErrors {
    private FileErrors() {}

    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof FileSystemException f && f.getFile() != null) {
            String file = f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
            return file + ": " + reason(f);
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage();
    }

    /** Why a file-system operation failed: the system's own reason when it gave one. */
    static String reason(FileSystemException f) {
        if (f instanceof NoSuchFileException) return "no such file";
        if (f instanceof AccessDeniedException) return "permission denied";
        if (f instanceof NotDirectoryException) return "not a folder";
        return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }
}
