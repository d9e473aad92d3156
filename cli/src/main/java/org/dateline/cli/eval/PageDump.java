package org.dateline.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.dateline.core.read.draft.PageType;
import org.dateline.model.Article;

/**
 * Every page's scores, and the gold and read bodies beside each other, for reading a set's worst pages: under the
 * folder given, {@code SET/pages.tsv} (one row a page: id, half, gold type, our type, body P/R/F1, title, author and
 * date right or not, gold and read dates, gold and read titles and authors) and {@code SET/ID.got.txt}, with {@code SET/ID.gold.txt} where the set
 * gives a body (one paragraph a line). Sort the table by F1 to find the worst bodies; {@code diff} the two texts to
 * see what was kept or lost.
 */
final class PageDump implements AutoCloseable {
    private final Path dir;
    private final PrintWriter table;

    private PageDump(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        table = new PrintWriter(Files.newBufferedWriter(dir.resolve("pages.tsv"), StandardCharsets.UTF_8));
        table.println("id\thalf\tgold_type\ttype\tP\tR\tF1\ttitle\tauthor\tdate\tgold_date\tgot_date\turl"
                + "\tgold_title\tgot_title\tgold_author\tgot_author");
    }

    /** A dump of one set's pages under {@code root/set}, or null when no folder was asked for. */
    static PageDump of(Path root, String set) throws IOException {
        return root == null ? null : new PageDump(root.resolve(set));
    }

    void add(GoldPage g, Article a, PageType.Judged type) {
        double[] prf = g.body() == null || a == null ? new double[] {0, 0, 0}
                : ExtractionEvalCommand.bagOfWords(g.body(), a.body());
        table.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", g.id(), g.half(),
                g.pageType() == null ? "" : g.pageType(), type == null ? "" : type.type().spelling(),
                prf[0], prf[1], prf[2],
                g.title() == null ? "" : a != null && ExtractionTally.titleRight(g, a) ? "1" : "0",
                g.authors() == null ? "" : a != null && ExtractionTally.authorRight(g, a) ? "1" : "0",
                g.date() == null ? "" : a != null && g.date().equals(a.publicationDate()) ? "1" : "0",
                g.date() == null ? "" : g.date(), a == null || a.publicationDate() == null ? "" : a.publicationDate(),
                g.url(), cell(g.title()), cell(a == null ? null : a.headline()), cell(g.authors()),
                cell(a == null ? null : a.byline()));
        String file = g.id().replaceAll("[^\\w.-]", "_");
        try {
            if (g.body() != null) Files.writeString(dir.resolve(file + ".gold.txt"), g.body(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(file + ".got.txt"), a == null ? "" : a.body(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value for one cell: tabs and line breaks folded to blanks, null as empty. */
    private static String cell(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " "); }

    @Override public void close() { table.close(); }
}
