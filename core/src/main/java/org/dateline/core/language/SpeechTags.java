package org.dateline.core.language;

import java.util.Set;

/**
 * "X cared for the people, he said, adding ...": words reported before a speech tag whose speaker is a pronoun. The
 * person named in them is whom the speaker talks about, never the speaker ("he" cannot be the X of its own reported
 * clause), so {@link Coreference} does not take X as the last subject for that "he" or the pronouns after it: the
 * speaker, named before, stays the one they stand for. The tag is the comma that closes the words reported, a
 * pronoun and a verb of saying ({@code inverted-saying-marks}, {@code inverted-saying-verbs}).
 */
final class SpeechTags {
    private static final Set<String> VERBS = LanguageWords.get("inverted-saying-verbs");
    private static final Set<String> MARKS = LanguageWords.get("inverted-saying-marks");
    private static final Set<String> PRONOUNS = Set.of("he", "she");

    private SpeechTags() {}

    /** True when a pronoun's speech tag follows the mention in its sentence. */
    static boolean reportedBeforePronounTag(Doc doc, Mention m) {
        for (int i = m.lastToken + 1; doc.sameSentence(i + 2, m.lastToken); i++) {
            if (MARKS.contains(doc.lower(i)) && PRONOUNS.contains(doc.lower(i + 1)) && VERBS.contains(doc.lower(i + 2))) {
                return true;
            }
        }
        return false;
    }
}
