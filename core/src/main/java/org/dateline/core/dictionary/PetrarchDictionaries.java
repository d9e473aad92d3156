package org.dateline.core.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the dictionaries of the PETRARCH event coder (and of TABARI before it): actors, agents, verbs, discards and
 * issues, in the formats of PETRARCH's {@code dictionaries.rst}. Each reader is a lazy stream of immutable entries
 * that carry their line numbers; close the stream to close the file:
 *
 * <pre>{@code
 * try (Stream<ActorEntry> actors = PetrarchDictionaries.actors(path)) {
 *     actors.forEach(a -> ...);
 * }
 * }</pre>
 *
 * <p>All formats share the comment rules: {@code #} (and TABARI's {@code ;}) to the end of the line, and
 * {@code <!-- -->}, which may span lines. By default a line that does not fit throws {@link DictionaryException}
 * naming the file and the line; pass a problem handler to note such lines and read on (the entry the line belongs
 * to is skipped, or for a bad verb pattern only the pattern). Files are read as UTF-8, a stray byte of another
 * encoding becoming U+FFFD rather than stopping the read.
 */
public final class PetrarchDictionaries {
    private static final Consumer<DictionaryException> STRICT = e -> { throw e; };

    private PetrarchDictionaries() {}

    /** Actor records ({@code Phoenix.Countries.actors.txt} and the like). */
    public static Stream<ActorEntry> actors(Path file) { return open(file, STRICT, ActorParser::new); }

    public static Stream<ActorEntry> actors(Path file, Consumer<DictionaryException> onProblem) {
        return open(file, onProblem, ActorParser::new);
    }

    public static Stream<ActorEntry> actors(Reader in, String source) { return read(in, source, STRICT, ActorParser::new); }

    public static Stream<ActorEntry> actors(Reader in, String source, Consumer<DictionaryException> onProblem) {
        return read(in, source, onProblem, ActorParser::new);
    }

    /** Agent records ({@code Phoenix.agents.txt}), substitution markers expanded. */
    public static Stream<AgentEntry> agents(Path file, Consumer<DictionaryException> onProblem) {
        return open(file, onProblem, AgentParser::new);
    }

    public static Stream<AgentEntry> agents(Reader in, String source) { return read(in, source, STRICT, AgentParser::new); }

    /** Synonym sets, verb families and transformations ({@code CAMEO.2.0.txt}). */
    public static Stream<VerbEntry> verbs(Path file, Consumer<DictionaryException> onProblem) {
        return open(file, onProblem, VerbParser::new);
    }

    public static Stream<VerbEntry> verbs(Reader in, String source) { return read(in, source, STRICT, VerbParser::new); }

    public static Stream<VerbEntry> verbs(Reader in, String source, Consumer<DictionaryException> onProblem) {
        return read(in, source, onProblem, VerbParser::new);
    }

    /** Discard phrases ({@code Phoenix.discards.txt}). */
    public static Stream<DiscardEntry> discards(Path file, Consumer<DictionaryException> onProblem) {
        return open(file, onProblem, DiscardParser::new);
    }

    public static Stream<DiscardEntry> discards(Reader in, String source) {
        return read(in, source, STRICT, DiscardParser::new);
    }

    /** Issue phrases ({@code Phoenix.IssueCoding.txt}). */
    public static Stream<IssueEntry> issues(Path file, Consumer<DictionaryException> onProblem) {
        return open(file, onProblem, IssueParser::new);
    }

    public static Stream<IssueEntry> issues(Reader in, String source) { return read(in, source, STRICT, IssueParser::new); }

    private static <T> Stream<T> open(Path file, Consumer<DictionaryException> onProblem,
                                      BiFunction<LineReader, Consumer<DictionaryException>, EntryParser<T>> parser) {
        try {
            Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
            return read(in, file.toString(), onProblem, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static <T> Stream<T> read(Reader in, String source, Consumer<DictionaryException> onProblem,
                                      BiFunction<LineReader, Consumer<DictionaryException>, EntryParser<T>> parser) {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
        return parser.apply(new LineReader(buffered, source), onProblem).stream();
    }
}
