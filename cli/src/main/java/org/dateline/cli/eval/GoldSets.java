package org.dateline.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the three extraction gold-set layouts into {@link GoldPage}s, telling them apart by their index file:
 * newspaper4k's {@code articles.json} (key -> title, authors, date, articleBody, url; {@code html/KEY.html.gz}),
 * WCXB's {@code ground-truth.jsonl.gz} (url, file_id, page type, ground_truth; {@code html/ID.html.gz}) and
 * htmldate's {@code dates.json} (url -> file, date; {@code pages/FILE.gz}).
 */
final class GoldSets {
    /** htmldate's index writes an unknown date as a bare NaN. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private GoldSets() {}

    /** A set's pages and how many it lists without a stored page. */
    record Loaded(String name, List<GoldPage> pages, int missing) {}

    static boolean isGoldSet(Path dir) {
        return Files.isRegularFile(dir.resolve("articles.json")) || Files.isRegularFile(dir.resolve("ground-truth.jsonl.gz"))
                || Files.isRegularFile(dir.resolve("dates.json"));
    }

    static Loaded load(Path dir) throws IOException {
        List<GoldPage> pages = new ArrayList<>();
        int missing;
        if (Files.isRegularFile(dir.resolve("articles.json"))) missing = newspaper4k(dir, pages);
        else if (Files.isRegularFile(dir.resolve("ground-truth.jsonl.gz"))) missing = wcxb(dir, pages);
        else if (Files.isRegularFile(dir.resolve("dates.json"))) missing = htmldate(dir, pages);
        else throw new IOException("no articles.json, ground-truth.jsonl.gz or dates.json under " + dir);
        return new Loaded(dir.getFileName().toString(), pages, missing);
    }

    private static int newspaper4k(Path dir, List<GoldPage> pages) throws IOException {
        int missing = 0;
        JsonNode gold = JSON.readTree(dir.resolve("articles.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) { missing++; continue; }
            JsonNode g = e.getValue();
            pages.add(new GoldPage(e.getKey(), page, text(g, "url"), text(g, "title"), text(g, "authors"),
                    day(text(g, "date")), text(g, "articleBody"), null));
        }
        return missing;
    }

    private static int wcxb(Path dir, List<GoldPage> pages) throws IOException {
        int missing = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("ground-truth.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                String id = text(n, "file_id");
                Path page = dir.resolve("html").resolve(id + ".html.gz");
                if (!Files.isRegularFile(page)) { missing++; continue; }
                JsonNode g = n.path("ground_truth");
                String type = text(n.path("_internal").path("page_type"), "primary");
                String author = text(g, "author");
                pages.add(new GoldPage(id, page, text(n, "url"), text(g, "title"), author == null ? "" : author,
                        day(text(g, "publish_date")), text(g, "main_content"), type));
            }
        }
        return missing;
    }

    private static int htmldate(Path dir, List<GoldPage> pages) throws IOException {
        int missing = 0;
        JsonNode gold = JSON.readTree(dir.resolve("dates.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = text(e.getValue(), "file");
            Path page = file == null ? null : dir.resolve("pages").resolve(file + ".gz");
            if (page == null || !Files.isRegularFile(page)) { missing++; continue; }
            pages.add(new GoldPage(file, page, e.getKey(), null, null, day(text(e.getValue(), "date")), null, null));
        }
        return missing;
    }

    /** YYYY-MM-DD from the start of a gold date, or null for none ("NaT", NaN, empty). */
    private static String day(String d) {
        return d != null && d.length() >= 10 && Character.isDigit(d.charAt(0)) ? d.substring(0, 10) : null;
    }

    private static String text(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.isNumber() && v.asText().equals("NaN") ? null : v.asText();
    }
}
