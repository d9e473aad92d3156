package org.dateline.core.dictionary;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issues list: {@code <ISSUE CATEGORY="...">} blocks of {@code phrase [CODE]} lines and {@code ~} /
 * {@code ~~} ignore phrases, closed by {@code </ISSUE>}.
 */
final class IssueParser extends EntryParser<IssueEntry> {
    private static final Pattern OPEN = Pattern.compile("<ISSUE\\b[^>]*?CATEGORY\\s*=\\s*\"([^\"]*)\"[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODED = Pattern.compile("([^\\[]+?)\\s*\\[([^\\]\\s]+)]");

    private String category = "";

    IssueParser(LineReader lines, Consumer<DictionaryException> onProblem) { super(lines, onProblem); }

    @Override
    IssueEntry parseNext() {
        for (DictionaryLine line; (line = lines.next()) != null; ) {
            String t = line.text();
            Matcher open = OPEN.matcher(t);
            if (open.matches()) {
                category = open.group(1);
                continue;
            }
            if (t.equalsIgnoreCase("</ISSUE>")) {
                category = "";
                continue;
            }
            if (t.startsWith("<")) throw error(line, "not an <ISSUE CATEGORY=\"...\"> tag");
            if (t.startsWith("~~")) return ignore(line, t.substring(2), IssueEntry.Kind.IGNORE_IN_STORY);
            if (t.startsWith("~")) return ignore(line, t.substring(1), IssueEntry.Kind.IGNORE_IN_SENTENCE);
            Matcher m = CODED.matcher(t);
            // PETRARCH passes over a phrase without a code; here it is reported, so that it can be fixed
            if (!m.matches()) throw error(line, "not 'phrase [CODE]'");
            return new IssueEntry(category, m.group(1), m.group(2), IssueEntry.Kind.CODED, line.number());
        }
        return null;
    }

    private IssueEntry ignore(DictionaryLine line, String phrase, IssueEntry.Kind kind) {
        String p = phrase.strip();
        if (p.isEmpty() || p.contains("[")) throw error(line, "an ignore phrase takes no code");
        return new IssueEntry(category, p, "", kind, line.number());
    }
}
