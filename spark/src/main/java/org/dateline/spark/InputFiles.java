package org.dateline.spark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.FailedSource;
import org.dateline.core.source.Sources;

/**
 * Driver side of reading: expands the user's files, folders and globs with core's {@link Sources#open} (the same
 * expansion and order as the CLI) into absolute file paths to hand to executors, and Hadoop file system URIs
 * ({@code hdfs://}, {@code s3a://}) with {@link HadoopFiles}. Nothing is opened here. What cannot be read as a file
 * (a missing path, a glob matching nothing, an http URL or {@code -}: the job reads files only) becomes an error row
 * in its place instead of failing the job.
 */
final class InputFiles {
    private InputFiles() {}

    /** The files to read, and the input errors found while listing them. */
    record Listing(List<String> files, List<Row> errors) {}

    static Listing list(List<String> specs, Configuration hadoop) {
        List<String> files = new ArrayList<>();
        List<Row> errors = new ArrayList<>();
        for (String spec : specs) {
            if (HadoopFiles.isHadoopUri(spec)) {
                HadoopFiles.list(spec, hadoop, files, errors);
            } else {
                listLocal(spec, files, errors);
            }
        }
        return new Listing(files, errors);
    }

    private static void listLocal(String spec, List<String> files, List<Row> errors) {
        for (DocumentSource source : Sources.open(List.of(spec), InputStream.nullInputStream())) {
            if (source instanceof FailedSource failed) {
                errors.add(Rows.errorRow(failed.name(), "input", failed.reason()));
                continue;
            }
            Path file = asFile(source.name());
            if (file == null) {
                errors.add(Rows.errorRow(source.name(), "input",
                        "not a file: the Spark job reads files on a shared file system, not URLs or standard input"));
            } else {
                files.add(file.toAbsolutePath().normalize().toString());
            }
        }
    }

    private static Path asFile(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
