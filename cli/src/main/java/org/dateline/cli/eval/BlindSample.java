package org.dateline.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.core.Pipeline;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.read.draft.LanguageGuesser;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.model.Article;

/**
 * The documents of the frozen blind event sample ({@code sample.jsonl}), read back from the corpora in shared/:
 * KCNA stories by their 1-based line in the KCNA dump, newspaper4k articles from their stored HTML by key, pages of
 * htmldate's dated set ({@code "source":"htmldate"}, the second sample) from their stored HTML by file name, pages of
 * the WCXB dev split ({@code "source":"wcxb"}, key its four-digit file id) from their stored HTML, news articles of
 * the TimeML sets ({@code "source":"timeml"}, key the file's path under {@code dev/time}, "TimeBank/APW19980213.1310.tml")
 * as the text of their TEXT element. Each
 * article carries the date the sample gives it, so that the coder resolves "Tuesday" as the hand coder did.
 */
public final class BlindSample {
    public static final String KCNA = "corpus/kcna/kcna_2011_2012_en.jsonl.gz";
    static final String NEWSPAPER4K = "dev/extraction/newspaper4k";
    static final String HTMLDATE = "dev/extraction/htmldate-dev";
    static final String WCXB = "dev/extraction/wcxb-dev";
    static final String TIMEML = "dev/time";

    /** One sampled document: its gold key ("kcna:61", "n4k:ebe76f91..."), its source name, and the article. */
    public record Document(String key, String source, Article article) {}

    private BlindSample() {}

    /**
     * The sample's documents in file order. A document whose text cannot be found or read is left out with a line
     * "skipped ..." on {@code problems}; a newspaper4k article listed without its page is read from the body the gold
     * set stored, with a line "note ...".
     */
    public static List<Document> read(Path sampleFile, Path shared, Pipeline pipeline, List<String> problems)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(sampleFile)) if (!line.isBlank()) entries.add(json.readTree(line));
        Map<Integer, JsonNode> kcnaLines = kcnaLines(shared.resolve(KCNA), entries, json);
        List<Document> out = new ArrayList<>();
        for (JsonNode e : entries) {
            String date = e.path("date").asText(null);
            if (date != null && date.length() > 10) date = date.substring(0, 10);
            if (e.path("source").asText().equals("kcna")) {
                int line = e.path("line").asInt();
                JsonNode story = kcnaLines.get(line);
                if (story == null) {
                    problems.add("skipped kcna:" + line + ": no such line in " + shared.resolve(KCNA));
                    continue;
                }
                out.add(new Document("kcna:" + line, "kcna", article("kcna-" + line, "kcna", story.path("url").asText(null),
                        story.path("title").asText(null), date, story.path("text").asText(""))));
            } else if (e.path("source").asText().equals("htmldate")) {
                String key = e.path("key").asText();
                Path page = shared.resolve(HTMLDATE).resolve("pages").resolve(key);
                page(out, problems, pipeline, page, "htmldate:" + key, "htmldate", "htmldate-" + key, date);
            } else if (e.path("source").asText().equals("wcxb")) {
                String key = e.path("key").asText();
                Path page = shared.resolve(WCXB).resolve("html").resolve(key + ".html.gz");
                page(out, problems, pipeline, page, "wcxb:" + key, "wcxb", "wcxb-" + key, date);
            } else if (e.path("source").asText().equals("timeml")) {
                String key = e.path("key").asText();
                Path file = shared.resolve(TIMEML).resolve(key);
                try {
                    out.add(new Document("tml:" + key, "timeml", wireStory(file, date, pipeline)));
                } catch (IOException | UnreadableDocumentException | RuntimeException ex) {
                    problems.add("skipped tml:" + key + ": " + ex.getMessage());
                }
            } else {
                String key = e.path("key").asText();
                Path page = shared.resolve(NEWSPAPER4K).resolve("html").resolve(key + ".html.gz");
                if (!Files.isRegularFile(page)) {
                    // the gold set lists a few articles without their page: take the body the gold set stored
                    String body = storedBodies(shared, json).path(key).path("articleBody").asText("");
                    problems.add("note n4k:" + key + ": no HTML page, read from articles.json's articleBody");
                    out.add(new Document("n4k:" + key, "newspaper4k", article("n4k-" + key, "newspaper4k", null,
                            storedBodies(shared, json).path(key).path("title").asText(null), date, body)));
                    continue;
                }
                page(out, problems, pipeline, page, "n4k:" + key, "newspaper4k", "n4k-" + key, date);
            }
        }
        return out;
    }

    /**
     * A news story of the TimeML sets as ingesting its text would read it: the TEXT element goes through the wire
     * reader, which takes the dateline ("MOSCOW (AP) _") out of the body into the dateline place and the agency, as it
     * does for any wire copy a user gives. The day is the sample's, else the one the reader chooses between the
     * document's creation time (given as the source's date) and the dateline's ("WARSAW, February 26 (Xinhua)" in a
     * story created on the 27th: the dateline's day, as ingesting the story with that date would).
     */
    static Article wireStory(Path file, String date, Pipeline pipeline) throws IOException, UnreadableDocumentException {
        TimeMlDocument doc = TimeMlDocument.read(file);
        String day = date != null ? date : doc.dct().toString();
        Article read = pipeline.read(RawDocument.of(file.toString(), doc.text().strip().getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.TEXT).withDate(LocalDate.parse(day)));
        return new Article("tml-" + doc.name(), "timeml", null, read.headline(), read.byline(), read.agency(),
                read.datelinePlace(), read.datelineText(), date != null ? date : read.publicationDate(), read.yearInferred(),
                read.dateCandidates(), null, null, read.language(), read.body(), "");
    }

    /** Reads one stored (gzipped) HTML page through the pipeline's reader; an unreadable page is skipped with a line. */
    private static void page(List<Document> out, List<String> problems, Pipeline pipeline, Path page, String key,
            String source, String id, String date) {
        if (!Files.isRegularFile(page)) {
            problems.add("skipped " + key + ": no page at " + page);
            return;
        }
        try {
            Article read = pipeline.read(RawDocument.of(page.toString(), gunzip(page)).withFormat(RawDocument.Format.HTML));
            out.add(new Document(key, source, article(id, source, read.url(), read.headline(), date, read.body(),
                    read.language())));
        } catch (IOException | UnreadableDocumentException | RuntimeException ex) {
            problems.add("skipped " + key + ": unreadable (" + ex.getMessage() + ")");
        }
    }

    /**
     * An archived story as an article, credited to the agency of its host and in the language guessed from its text, as
     * ingesting it would read it (the KCNA archive holds some stories in Spanish, which the language stages skip); a
     * page keeps the language its reader found.
     */
    private static Article article(String id, String source, String url, String headline, String date, String body) {
        return article(id, source, url, headline, date, body, LanguageGuesser.guess((headline == null ? "" : headline + "\n") + body));
    }

    private static Article article(String id, String source, String url, String headline, String date, String body,
                                   String language) {
        return ArticleReader.creditHostAgency(new Article(id, source, url, headline, null, null, null, null, date, false,
                List.of(), null, null, language, body, ""));
    }

    /** The KCNA stories the sample names, by line; one pass over the dump. */
    private static Map<Integer, JsonNode> kcnaLines(Path dump, List<JsonNode> entries, ObjectMapper json)
            throws IOException {
        Map<Integer, JsonNode> wanted = new HashMap<>();
        for (JsonNode e : entries) if (e.path("source").asText().equals("kcna")) wanted.put(e.path("line").asInt(), null);
        Map<Integer, JsonNode> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) return out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (wanted.containsKey(n)) out.put(n, json.readTree(line));
            }
        }
        return out;
    }

    private static JsonNode stored;

    /** newspaper4k's articles.json, read once (only needed when a page is missing). */
    private static JsonNode storedBodies(Path shared, ObjectMapper json) throws IOException {
        if (stored == null) stored = json.readTree(shared.resolve(NEWSPAPER4K).resolve("articles.json").toFile());
        return stored;
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
