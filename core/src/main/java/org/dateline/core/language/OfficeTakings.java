package org.dateline.core.language;

import java.util.Set;

/**
 * The title a sentence gives a person through the office he has just taken: "a message to X upon his election as
 * president of Ruritania", "greeted Y on her appointment as prime minister of Borduria". Agencies name the addressee
 * of a congratulation so, with no title before or after his name, and the state of that office is his own, not the
 * sender's. Read only for a person with no title and no state of his own: a known leader "on his election as first
 * secretary" keeps his, and his new title would make him the antecedent of "the chairman" the text meant for another.
 */
final class OfficeTakings {
    private static final Set<String> TAKING = LanguageWords.get("office-taking-nouns");
    private static final Set<String> POSSESSIVES = Set.of("his", "her");
    /** The longest title read after "as". */
    private static final int MAX_TITLE = 14;

    private OfficeTakings() {}

    /**
     * Token span {first, last} of the title after "(upon|on) his election as", right after the name, or null. The
     * title ends at punctuation or at a preposition other than "of".
     */
    static int[] titleAfter(Doc doc, Mention m, Set<String> roleWords) {
        // a person the people list already knows (a leader "on his election as first secretary") keeps his own
        if (m.country != null || m.role != null) return null;
        int i = m.lastToken + 1;
        if (doc.lower(i).equals("upon") || doc.lower(i).equals("on")) i++;
        if (!POSSESSIVES.contains(doc.lower(i)) || !TAKING.contains(doc.lower(i + 1)) || !doc.lower(i + 2).equals("as")) return null;
        int first = i + 3;
        if (!doc.sameSentence(m.lastToken, first)) return null;
        boolean sawRole = false;
        int last = -1;
        for (int k = first; k < first + MAX_TITLE && doc.token(k) != null && doc.sameSentence(first, k); k++) {
            String w = doc.lower(k);
            String pos = doc.token(k).pos();
            if (w.equals(",") || w.equals(".") || w.equals(";")) break;
            if ((pos.equals("IN") || pos.equals("TO")) && !w.equals("of")) break;
            if (pos.startsWith("VB")) break;
            if (roleWords.contains(w)) sawRole = true;
            last = k;
        }
        return sawRole ? new int[] {first, last} : null;
    }
}
