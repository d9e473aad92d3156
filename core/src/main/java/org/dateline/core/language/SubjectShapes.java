package org.dateline.core.language;

import java.util.Set;

/**
 * Two shapes in which a name is a clause's subject although the word before it looks otherwise, so that
 * {@link Coreference} can take the name as the antecedent of a later "he" or "she":
 * <ul>
 * <li>a title chain with an "of" phrase before the name ("Supreme Commander of the Navy Ri Chol, ..., inspected a
 * base"): the "of" is the title's, not a preposition that makes the name an object;</li>
 * <li>a speaker after an inverted verb of saying ("The drought is the worst in decades, said Ana Silva, the agency's
 * head"): the verb before the name is the name's own ({@code inverted-saying-verbs}), right after the comma that
 * closes the words reported ({@code inverted-saying-marks}).</li>
 * </ul>
 */
final class SubjectShapes {
    private static final Set<String> TITLE_COMPLEMENTS = LanguageWords.get("title-complement-prepositions");
    private static final Set<String> INVERTED_SAYING = LanguageWords.get("inverted-saying-verbs");
    private static final Set<String> CLOSING_MARKS = LanguageWords.get("inverted-saying-marks");

    private SubjectShapes() {}

    /** Token i is the "of" of a title that runs up to a name: the word before it is a role word ("Commander of"). */
    static boolean isTitleComplement(Doc doc, int i) {
        if (!TITLE_COMPLEMENTS.contains(doc.lower(i)) || i == 0 || !doc.sameSentence(i - 1, i)) return false;
        String before = doc.lower(i - 1);
        for (String part : before.split("-")) if (doc.gazetteer.role(part).isPresent()) return true;
        return false;
    }

    /** Token i is a verb of saying that opens an inverted speaker: ", said X". */
    static boolean isInvertedSaying(Doc doc, int i) {
        if (!INVERTED_SAYING.contains(doc.lower(i)) || i == 0 || !doc.sameSentence(i - 1, i)) return false;
        return CLOSING_MARKS.contains(doc.lower(i - 1));
    }
}
