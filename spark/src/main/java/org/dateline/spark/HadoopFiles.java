package org.dateline.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.FailedSource;
import org.dateline.core.source.FeedSource;
import org.dateline.core.source.FileSource;
import org.dateline.core.source.JsonlSource;
import org.dateline.core.source.SourceKind;
import org.dateline.core.source.StreamOpener;
import org.dateline.core.source.WarcSource;

/**
 * Inputs named by a Hadoop file system URI ({@code hdfs://}, {@code s3a://}, {@code file://}, ...): what a cluster
 * usually stores its crawls on. Listing and opening go through Hadoop's {@link FileSystem}; reading the bytes is
 * left to core's sources (chosen by file name, as {@code Sources.forFile} does), so a WARC on HDFS is read by the
 * same code as a WARC on a local disk. Executors use the Hadoop configuration of their own node.
 */
final class HadoopFiles {
    private HadoopFiles() {}

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");

    /** True for a URI with a scheme other than http(s), which core's {@code Sources} reads itself. */
    static boolean isHadoopUri(String spec) {
        if (spec == null || !URI_SCHEME.matcher(spec).matches()) return false;
        String s = spec.toLowerCase(Locale.ROOT);
        return !s.startsWith("http:") && !s.startsWith("https:");
    }

    /** Expands a URI, glob or folder (recursively, hidden entries skipped) into file URIs, sorted; errors as rows. */
    static void list(String spec, Configuration conf, List<String> files, List<Row> errors) {
        try {
            Path pattern = new Path(spec);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            List<String> found = new ArrayList<>();
            if (matches != null) {
                for (FileStatus m : matches) {
                    if (m.isFile()) {
                        found.add(m.getPath().toString());
                    } else {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                        while (it.hasNext()) {
                            Path p = it.next().getPath();
                            if (!hidden(p, m.getPath())) found.add(p.toString());
                        }
                    }
                }
            }
            if (found.isEmpty()) {
                errors.add(Rows.errorRow(spec, "input", matches == null ? "no such file or folder"
                        : "no files match the pattern"));
            }
            found.sort(null);
            files.addAll(found);
        } catch (IOException | IllegalArgumentException e) {
            errors.add(Rows.errorRow(spec, "input", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** Core's source for one file URI, reading through Hadoop's file system when it is read. */
    static DocumentSource source(String uri) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            return new FailedSource(uri, "not a valid URI: " + e.getMessage());
        }
        StreamOpener opener = () -> {
            Path path = new Path(u);
            return path.getFileSystem(new Configuration()).open(path);
        };
        SourceKind kind = SourceKind.byName(u.getPath() == null ? uri : u.getPath());
        if (kind == null) return new FileSource(uri, opener);
        return switch (kind) {
            case WARC -> new WarcSource(uri, opener);
            case JSONL -> new JsonlSource(uri, opener);
            case FEED -> new FeedSource(uri, opener);
            case DOCUMENT -> new FileSource(uri, opener);
        };
    }

    private static boolean hidden(Path p, Path root) {
        for (Path q = p; q != null && !q.equals(root); q = q.getParent()) {
            String n = q.getName();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }
}
