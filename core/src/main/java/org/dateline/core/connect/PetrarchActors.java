package org.dateline.core.connect;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH / TABARI {@code .actors} dictionary (Phoenix.Countries.actors, Phoenix.International.actors,
 * ...) so that years of hand-coded actors with their aliases and CAMEO codes can seed the knowledge base.
 *
 * <p>The format: a primary phrase ({@code BARACK_OBAMA_ [USAGOV]}), synonym lines starting with {@code +}, and
 * tab-indented date restrictions ({@code [USAELI 080101-090120]}); comments after {@code #} or {@code ;} and
 * {@code <!-- -->}. The code in force for the newest dates wins, since the news we read is recent. Lines that do
 * not fit are skipped: a dictionary with a stray line still loads. (Written here because the events stage has no
 * dictionary reader yet.)
 */
public final class PetrarchActors {
    private static final Pattern CODE = Pattern.compile("\\[([A-Z0-9]{3,})\\s*([^\\]]*)]");

    /** One dictionary record. */
    public record Entry(String name, List<String> synonyms, String country, String sector) {}

    private PetrarchActors() {}

    public static List<Entry> read(BufferedReader in) throws IOException {
        List<Entry> out = new ArrayList<>();
        Builder current = null;
        boolean inComment = false;
        for (String raw; (raw = in.readLine()) != null; ) {
            String line = raw;
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) continue;
                line = line.substring(end + 3);
                inComment = false;
            }
            int open = line.indexOf("<!--");
            if (open >= 0) {
                int end = line.indexOf("-->", open);
                if (end < 0) { inComment = true; line = line.substring(0, open); }
                else line = line.substring(0, open) + line.substring(end + 3);
            }
            line = stripComment(line);
            if (line.isBlank()) continue;
            boolean indented = Character.isWhitespace(line.charAt(0));
            String t = line.strip();
            if (indented && t.startsWith("[")) {
                if (current != null) current.code(t);
            } else if (t.startsWith("+")) {
                if (current != null) current.synonyms.add(phrase(t.substring(1)));
            } else if (!indented) {
                if (current != null) out.add(current.build());
                current = new Builder(phrase(t.replaceAll("\\[.*", "")));
                current.code(t);
            }
        }
        if (current != null) out.add(current.build());
        return out;
    }

    private static String stripComment(String line) {
        int cut = line.length();
        for (char c : new char[] {'#', ';'}) {
            int i = line.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        return line.substring(0, cut);
    }

    /** "BARACK_OBAMA_" -> "Barack Obama". */
    static String phrase(String s) {
        String words = s.replace('_', ' ').replaceAll("\\s+", " ").strip();
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            b.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
        }
        return b.toString();
    }

    private static final class Builder {
        final String name;
        final List<String> synonyms = new ArrayList<>();
        String code;
        String latest = "";  // the restriction's end as yyMMdd / yyyyMMdd text; ">" or none means open-ended

        Builder(String name) { this.name = name; }

        void code(String text) {
            Matcher m = CODE.matcher(text);
            if (!m.find()) return;
            String restriction = m.group(2).strip();
            String end = restriction.startsWith(">") || restriction.isEmpty() ? "99999999"
                    : restriction.replaceAll(".*[-<]", "");
            if (end.length() == 6) end = (end.compareTo("500101") < 0 ? "20" : "19") + end;
            if (code == null || end.compareTo(latest) >= 0) {
                code = m.group(1);
                latest = end;
            }
        }

        Entry build() {
            String country = code == null ? null : code.substring(0, 3);
            String sector = code == null || code.length() < 6 ? null : code.substring(3, 6);
            return new Entry(name, List.copyOf(synonyms), country, sector);
        }
    }
}
