package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole story where a page shows only its opening: a page built by a script framework (Next.js, Nuxt, a
 * headless publishing system) writes its story twice, as HTML for the first paint and as the data the script
 * "hydrates" the page from, a JSON document of paragraph nodes ({@code {"type":"paragraph","content":[{"type":
 * "text","value":"..."}]}}). A metered page sends the first paragraphs as HTML and the rest only in that data.
 *
 * <p>The data is trusted only where it tells the same story: one of its runs of paragraph nodes (a JSON array
 * whose items carry text under {@code value}, {@code text}, {@code content} or {@code children}) must open with the page's own
 * opening words and hold all but a little of the shown story, and say at least {@value #GAIN} times as much.
 * Otherwise the shown story stands: most pages show all their data already, or their data is not the story. It is
 * asked only of a page that declares itself an article (its reader sees to that): a listing's or a home page's data
 * holds the stories it links to, one of which may well open like the teaser shown.
 */
final class ScriptStory {
    /** How many times longer the data's story must be than the shown one to replace it. */
    private static final int GAIN = 2;
    /** Share of the shown story's words the data's story must hold. */
    private static final double HOLDS_SHOWN = 0.8;
    /** Words of the shown story's opening looked for in the data, as written there. */
    private static final int KEY_WORDS = 6;
    /** Data blocks smaller than this hold no story; larger than this are not parsed. */
    private static final int MIN_DATA = 2_000;
    private static final int MAX_DATA = 8_000_000;
    /** Fields of a rich-text node that hold its text. */
    private static final Set<String> TEXT_FIELDS = Set.of("value", "text", "content", "children");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{Alnum}]+[,.]?");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<String> data;

    private ScriptStory(List<String> data) {
        this.data = data;
    }

    /** The page's JSON data blocks, taken before the page is cleaned of its scripts. */
    static ScriptStory of(Document doc) {
        List<String> data = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)^application/json$], script#__NEXT_DATA__, script#__NUXT_DATA__")) {
            String text = s.data();
            if (text.length() >= MIN_DATA && text.length() <= MAX_DATA) data.add(text);
        }
        return new ScriptStory(data);
    }

    /** The data's whole story when it continues the shown one (see the class comment), else {@code shown}. */
    List<String> extend(List<String> shown) {
        if (data.isEmpty() || shown.isEmpty()) return shown;
        String key = openingKey(shown.get(0));
        if (key == null) return shown;
        String shownText = String.join(" ", shown);
        List<String> best = shown;
        for (String d : data) {
            if (!d.contains(key)) continue;
            JsonNode root;
            try {
                root = JSON.readTree(d);
            } catch (Exception | StackOverflowError e) {
                continue;   // not JSON after all, or nested beyond reason: the shown story stands
            }
            List<String> found = story(root, key, shownText);
            if (found != null && length(found) > length(best)) best = found;
        }
        return best;
    }

    /** The first {@value #KEY_WORDS} words of the opening paragraph, when they are plain words a JSON string keeps as they are. */
    static String openingKey(String opening) {
        String[] words = opening.strip().split("\\s+");
        if (words.length < KEY_WORDS) return null;
        for (int i = 0; i < KEY_WORDS; i++) if (!PLAIN_WORD.matcher(words[i]).matches()) return null;
        return String.join(" ", Arrays.copyOf(words, KEY_WORDS));
    }

    /** The longest run of paragraph nodes that opens with {@code key}, holds the shown story and says more. */
    private List<String> story(JsonNode root, String key, String shownText) {
        List<String> best = null;
        List<JsonNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n.isArray() && n.size() >= 3) {
                List<String> ps = paragraphs(n);
                if (qualifies(ps, key, shownText) && (best == null || length(ps) > length(best))) best = ps;
            }
            if (n.isContainerNode()) n.forEach(stack::add);
        }
        return best;
    }

    private static boolean qualifies(List<String> ps, String key, String shownText) {
        if (ps.size() < 2) return false;
        boolean opens = false;
        for (int i = 0; i < Math.min(3, ps.size()); i++) opens |= ps.get(i).contains(key);
        if (!opens || length(ps) < GAIN * (long) shownText.length()) return false;
        return holds(String.join(" ", ps), shownText);
    }

    /** Whether {@code whole} holds {@value #HOLDS_SHOWN} of the words of {@code part}. */
    private static boolean holds(String whole, String part) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : whole.split("\\s+")) bag.merge(t, 1, Integer::sum);
        int common = 0, total = 0;
        for (String t : part.split("\\s+")) {
            if (t.isEmpty()) continue;
            total++;
            Integer c = bag.get(t);
            if (c != null && c > 0) { common++; bag.put(t, c - 1); }
        }
        return total > 0 && common >= HOLDS_SHOWN * total;
    }

    /** Each item's text, in order; items without text (an ad slot, an embed's frame) are left out. */
    private static List<String> paragraphs(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) continue;
            StringBuilder sb = new StringBuilder();
            textOf(item, sb);
            String p = sb.toString().replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /** The text a rich-text node holds: its text fields' strings and its children's, depth first. */
    private static void textOf(JsonNode n, StringBuilder sb) {
        if (n.isArray()) {
            for (JsonNode c : n) textOf(c, sb);
            return;
        }
        if (!n.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isTextual() && TEXT_FIELDS.contains(f.getKey())) sb.append(markupFree(v.asText()));
            else if (v.isContainerNode() && TEXT_FIELDS.contains(f.getKey())) textOf(v, sb);
        }
    }

    /** Some systems keep a paragraph's inline HTML in the data ("a <a href=...>link</a>"). */
    private static String markupFree(String s) {
        Matcher m = TAG.matcher(s);
        return m.find() ? Jsoup.parse(s).text() : s;
    }

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^>]*>");

    private static long length(List<String> ps) {
        return ps.stream().mapToLong(String::length).sum();
    }
}
