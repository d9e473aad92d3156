package org.dateline.core.language;

import java.util.HashSet;
import java.util.Set;


/**
 * Person names the 3-class NER model misses, found by their shape. CoreNLP's English model was trained on Western
 * news and often leaves romanized East Asian names ("Park Min-jae", "Lee Do-hoon", "Kim Jong Un") untagged, although
 * they are the main actors of Asian wire copy. Two cues, both cheap:
 * <ul>
 *   <li>a known surname ({@code surnames.txt}) followed by a hyphenated given name ("Min-jae") or by two
 *       capitalised syllables ("Jong Un");</li>
 *   <li>one sense per discourse: a capitalised word that NER tags PERSON somewhere in the article ("Park said")
 *       makes the same word followed by a hyphenated given name elsewhere a person too;</li>
 *   <li>a first name that is also an English word ("President Goodluck Jonathan", "Minister Faith Oduya"): NER tags
 *       the surname alone, and the person is filed under a bare surname. A capitalised proper noun standing between a
 *       role word ({@code roles.tsv}) and a person's tagged name is that person's first name.</li>
 * </ul>
 */
final class NameShapes {
    private static final Set<String> SURNAMES = FamilyNames.words();

    private NameShapes() {}

    /** Effective NER tags: CoreNLP's, with the shapes above tagged PERSON. */
    static String[] tags(Doc doc) {
        int n = doc.tokens.size();
        String[] tags = new String[n];
        Set<String> personWords = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = doc.tokens.get(i);
            tags[i] = t.ner();
            if ("PERSON".equals(t.ner())) personWords.add(t.word());
        }
        for (int i = 0; i + 1 < n; i++) {
            if (!"O".equals(tags[i]) && !"PERSON".equals(tags[i])) continue;
            String w = doc.tokens.get(i).word();
            if (!SURNAMES.contains(w) && !personWords.contains(w)) continue;
            int last = givenNameEnd(doc, i + 1);
            if (last < 0 && SURNAMES.contains(w)) last = twoSyllables(doc, i + 1);
            if (last < 0 || !doc.sameSentence(i, last)) continue;
            for (int k = i; k <= last; k++) tags[k] = "PERSON";
            i = last;
        }
        for (int i = 1; i + 1 < n; i++) {
            if ("PERSON".equals(tags[i + 1]) && "O".equals(tags[i]) && !"PERSON".equals(tags[i - 1])
                    && firstNameAfterRole(doc, i)) tags[i] = "PERSON";
        }
        return tags;
    }

    /** "President Goodluck Jonathan": token i, a capitalised proper noun right after a role word, opens the name after it. */
    private static boolean firstNameAfterRole(Doc doc, int i) {
        Token t = doc.tokens.get(i), role = doc.tokens.get(i - 1);
        if (!capitalised(t.word()) || !"NNP".equals(t.pos()) || !doc.sameSentence(i - 1, i + 1)) return false;
        if (t.start() != role.end() + 1 || doc.tokens.get(i + 1).start() != t.end() + 1) return false;
        if (doc.gazetteer.role(t.word()).isPresent()) return false; // "Deputy Minister Ana Ruiz": a role, no name
        return doc.gazetteer.role(role.word()).isPresent();
    }

    /** "Min - jae" written without spaces: the index of "jae", or -1. */
    private static int givenNameEnd(Doc doc, int i) {
        Token a = doc.token(i), dash = doc.token(i + 1), b = doc.token(i + 2);
        if (a == null || dash == null || b == null) return -1;
        boolean joined = a.end() == dash.start() && dash.end() == b.start() && "-".equals(dash.word());
        if (!joined || !capitalised(a.word()) || !lowerWord(b.word())) return -1;
        if (!"O".equals(a.ner()) && !"PERSON".equals(a.ner())) return -1;
        return i + 2;
    }

    /** "Jong Un": two short capitalised syllables not tagged as anything else, or -1. */
    private static int twoSyllables(Doc doc, int i) {
        Token a = doc.token(i), b = doc.token(i + 1);
        if (a == null || b == null) return -1;
        if (!capitalised(a.word()) || !capitalised(b.word())) return -1;
        if (a.word().length() > 5 || b.word().length() > 5) return -1;
        if (!"NNP".equals(a.pos()) || !"NNP".equals(b.pos())) return -1;
        if (!"O".equals(a.ner()) && !"PERSON".equals(a.ner())) return -1;
        return i + 1;
    }

    private static boolean capitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static boolean lowerWord(String w) {
        return !w.isEmpty() && w.length() <= 6 && w.chars().allMatch(Character::isLowerCase);
    }
}
