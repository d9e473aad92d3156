package org.dateline.core.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the issues list: a phrase that marks a sentence as about an issue ({@code n:genocide [ID_ATROCITY]}),
 * or, after {@code ~} or {@code ~~}, a phrase that cancels issue coding in its sentence ({@code ~Saturday Night
 * massacre}).
 *
 * @param category the {@code CATEGORY} of the enclosing {@code <ISSUE>} block, or "" outside one
 * @param phrase   the phrase as written, with its expansion marks ({@code n:}, {@code v:}, {@code +})
 * @param code     the issue code; "" for an ignore phrase
 */
public record IssueEntry(String category, String phrase, String code, Kind kind, int line) {
    /**
     * What a matched phrase does: gives its code, or cancels the issues of its section for the sentence ({@code ~})
     * or the whole story ({@code ~~}). (PETRARCH itself, by its documentation, so far cancels for the sentence in
     * both cases.)
     */
    public enum Kind { CODED, IGNORE_IN_SENTENCE, IGNORE_IN_STORY }

    /**
     * Every spelling the phrase stands for: {@code n:} gives a noun's singular and plural, {@code v:} a verb's
     * regular forms (+S, +ED, +ING), and {@code a+b} both "a b" and "a-b"; the marks apply up to the next blank.
     */
    public List<String> variants() {
        List<String> out = List.of("");
        for (String token : phrase.split("\\s+")) {
            if (token.isEmpty()) continue;
            List<String> next = new ArrayList<>();
            for (String prefix : out)
                for (String form : tokenForms(token)) next.add(prefix.isEmpty() ? form : prefix + " " + form);
            out = next;
        }
        return out;
    }

    private static List<String> tokenForms(String token) {
        List<String> out = List.of("");
        String[] parts = token.split("\\+", -1);
        for (int i = 0; i < parts.length; i++) {
            List<String> next = new ArrayList<>();
            for (String prefix : out)
                for (String form : partForms(parts[i])) {
                    if (i == 0) next.add(form);
                    else {
                        next.add(prefix + " " + form);
                        next.add(prefix + "-" + form);
                    }
                }
            out = next;
        }
        return out;
    }

    private static List<String> partForms(String part) {
        if (part.startsWith("n:")) return List.of(part.substring(2), EnglishForms.plural(part.substring(2)));
        if (part.startsWith("v:")) return EnglishForms.verbForms(part.substring(2));
        return List.of(part);
    }
}
