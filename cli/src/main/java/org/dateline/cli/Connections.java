package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.core.connect.ActorOverrides;
import org.dateline.core.connect.ConnectLexicon;
import org.dateline.core.connect.Connector;
import org.dateline.model.Annotated;
import org.dateline.model.Connected;

/**
 * The cross-article stage as the CLI runs it: {@link Connector} over everything stored, with the user's actor
 * overrides re-applied on every run so that a correction survives re-ingesting.
 *
 * <p>The overrides file is {@code --actor-overrides FILE} when given, else {@code actors.tsv} beside the store
 * ({@code news.db} -> {@code news.actors.tsv}) when it exists. Its format is documented in {@link ActorOverrides}.
 */
final class Connections {
    private Connections() {}

    /** Everything Connect says about these articles, with no overrides. */
    static Connected compute(List<Annotated> articles) {
        return compute(articles, ActorOverrides.none());
    }

    static Connected compute(List<Annotated> articles, ActorOverrides overrides) {
        Connector c = new Connector(ConnectLexicon.standard(), overrides, List.of());
        c.addAll(articles);
        return c.snapshot();
    }

    /** The overrides file that applies to a store, or none. */
    static ActorOverrides overridesFor(Path db, Path explicit) {
        Path file = explicit;
        if (file == null) {
            String name = db.getFileName().toString().replaceFirst("\\.db$", "");
            Path beside = db.toAbsolutePath().resolveSibling(name + ".actors.tsv");
            if (Files.isRegularFile(beside)) file = beside;
        }
        if (file == null) return ActorOverrides.none();
        try {
            return ActorOverrides.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read actor overrides: " + e.getMessage(), e);
        }
    }
}
