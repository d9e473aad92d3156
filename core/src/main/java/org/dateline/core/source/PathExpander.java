package org.dateline.core.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a file, folder or glob spec into sources, in sorted path order so that two runs read in the same order.
 * Folders are walked recursively (symbolic links followed, loops reported), hidden files and folders skipped.
 * A glob is split at its first wildcard segment into a base folder and a pattern; {@code dir/**}{@code /*.html}
 * also matches {@code dir/a.html}, as in shells with globstar, and a folder the pattern matches brings all its
 * files. Unreadable entries become {@link FailedSource}s in their place.
 */
final class PathExpander {
    /** Stems of a folder's own papers (see {@link #furniture}). */
    private static final Set<String> FURNITURE =
            Set.of("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE");
    private final Function<Path, DocumentSource> forFile;

    PathExpander(Function<Path, DocumentSource> forFile) {
        this.forFile = forFile;
    }

    List<DocumentSource> expand(String spec) {
        Path path;
        try {
            path = Path.of(spec);
        } catch (InvalidPathException e) {
            return List.of(new FailedSource(spec, "not a valid path: " + Reasons.oneLine(e.getMessage())));
        }
        if (Files.isDirectory(path)) return folder(spec, path);
        if (Files.exists(path)) return List.of(forFile.apply(path));
        if (isGlob(spec)) return glob(spec);
        return List.of(new FailedSource(spec, Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder"));
    }

    static boolean isGlob(String spec) {
        return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
    }

    private List<DocumentSource> folder(String spec, Path root) {
        TreeMap<Path, DocumentSource> found = new TreeMap<>();
        walk(root, found, rel -> true, Integer.MAX_VALUE);
        if (found.isEmpty()) return List.of(new FailedSource(spec, "folder holds no files"));
        return new ArrayList<>(found.values());
    }

    private List<DocumentSource> glob(String spec) {
        String[] parts = spec.split("/", -1);
        int first = 0;
        while (first < parts.length && !isGlob(parts[first])) first++;
        String baseText = String.join("/", Arrays.copyOfRange(parts, 0, first));
        if (baseText.isEmpty() && spec.startsWith("/")) baseText = "/";
        String pattern = String.join("/", Arrays.copyOfRange(parts, first, parts.length));
        Path base = baseText.isEmpty() ? Path.of(".") : Path.of(baseText);
        if (!Files.isDirectory(base)) return List.of(new FailedSource(spec, "no files match the pattern"));
        PathMatcher full;
        PathMatcher shallow;
        try {
            full = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            shallow = pattern.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)) : null;
        } catch (IllegalArgumentException e) {
            return List.of(new FailedSource(spec, "not a valid pattern: " + Reasons.oneLine(e.getMessage())));
        }
        PathMatcher matcher = rel -> full.matches(rel) || (shallow != null && shallow.matches(rel));
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        TreeMap<Path, DocumentSource> found = new TreeMap<>();
        walk(base, found, rel -> matchesSelfOrFolder(matcher, rel), depth);
        if (found.isEmpty()) return List.of(new FailedSource(spec, "no files match the pattern"));
        List<DocumentSource> sources = new ArrayList<>();
        for (Map.Entry<Path, DocumentSource> e : found.entrySet()) sources.add(e.getValue());
        return sources;
    }

    /** True when the relative path, or one of the folders it lies in, matches. */
    private static boolean matchesSelfOrFolder(PathMatcher matcher, Path rel) {
        for (int k = 1; k <= rel.getNameCount(); k++) {
            if (matcher.matches(rel.subpath(0, k))) return true;
        }
        return false;
    }

    /**
     * Collects the regular files under root whose path relative to root is accepted. Folders deeper than
     * {@code patternDepth} are entered only when the pattern already matched them (or one of their parents).
     */
    private void walk(Path root, TreeMap<Path, DocumentSource> found, PathMatcher accept, int patternDepth) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) return FileVisitResult.CONTINUE;
                    if (hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                    Path rel = root.relativize(dir);
                    if (rel.getNameCount() >= patternDepth && !accept.matches(rel)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && !furniture(file) && attrs.isRegularFile() && accept.matches(root.relativize(file))) {
                        found.put(file, forFile.apply(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) found.put(file, new FailedSource(file.toString(), Reasons.of(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(root, new FailedSource(root.toString(), Reasons.of(e)));
        }
    }

    /**
     * A folder's own papers (README, LICENSE, COPYING, CHANGELOG, NOTICE, with any extension): a folder of stories
     * usually carries one, and it is not news. Named explicitly, such a file is still read.
     */
    static boolean furniture(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString().toUpperCase(Locale.ROOT);
        int dot = n.indexOf('.');
        return FURNITURE.contains(dot < 0 ? n : n.substring(0, dot));
    }


    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
