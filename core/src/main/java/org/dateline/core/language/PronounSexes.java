package org.dateline.core.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which person a "he" or a "she" can stand for. {@link Coreference} gives a pronoun to the last person who was a
 * subject; when the text has said that this person is of the other sex, the pronoun is someone else's ("X, daughter of
 * Y ... Y staged a coup. He ruled ... She seeks ...": "she" is X, not Y). The text says it in two ways: a kinship or
 * courtesy word beside the name ({@code female-person-words}, {@code male-person-words}: "Mrs. X", "his widow X",
 * "X, daughter of ..."), and the pronouns already read for that person. A person the text says nothing of fits both.
 */
final class PronounSexes {
    private static final Set<String> FEMALE = LanguageWords.get("female-person-words");
    private static final Set<String> MALE = LanguageWords.get("male-person-words");

    /** The sex a word or a pronoun tells. */
    private enum Sex {
        FEMALE, MALE;

        /** "she" female, "he" male, anything else neither (null). */
        static Sex ofPronoun(String pronoun) {
            return switch (pronoun) {
                case "she" -> FEMALE;
                case "he" -> MALE;
                default -> null;
            };
        }
    }

    private final Map<String, Sex> known = new HashMap<>();

    private PronounSexes() {}

    /** The sexes the words beside the article's names give. */
    static PronounSexes read(Doc doc) {
        PronounSexes s = new PronounSexes();
        for (Mention m : doc.mentions) {
            if (!m.isNamedPerson() || m.canonical == null) continue;
            String word = besideName(doc, m);
            if (FEMALE.contains(word)) s.known.putIfAbsent(m.canonical, Sex.FEMALE);
            else if (MALE.contains(word)) s.known.putIfAbsent(m.canonical, Sex.MALE);
        }
        return s;
    }

    /** The word right before the name ("Mrs. X"), else the noun of an apposition ("X, daughter of"). */
    private static String besideName(Doc doc, Mention m) {
        String before = doc.sameSentence(m.firstToken - 1, m.firstToken) ? doc.lower(m.firstToken - 1) : "";
        if (FEMALE.contains(before) || MALE.contains(before)) return before;
        int i = m.lastToken + 1;
        if (doc.sameSentence(i, m.lastToken) && doc.lower(i).equals(",") && doc.sameSentence(i + 2, m.lastToken)
                && doc.lower(i + 2).equals("of")) return doc.lower(i + 1);
        return "";
    }

    /** False only when the text has given the person the other sex than the pronoun's. */
    boolean fits(Mention person, String pronoun) {
        Sex sex = known.get(person.canonical);
        return sex == null || sex == Sex.ofPronoun(pronoun);
    }

    /**
     * The antecedent of a pronoun whose last subject does not fit: the latest earlier subject that fits, else the
     * latest person named anywhere whom the text gave the pronoun's sex; null when there is none.
     */
    Mention instead(String pronoun, List<Mention> subjects, List<Mention> persons) {
        for (int i = subjects.size() - 1; i >= 0; i--) if (fits(subjects.get(i), pronoun)) return subjects.get(i);
        for (int i = persons.size() - 1; i >= 0; i--) {
            Sex told = known.get(persons.get(i).canonical);
            if (told != null && told == Sex.ofPronoun(pronoun)) return persons.get(i);
        }
        return null;
    }

    /** A pronoun read for a person says the person's sex, for the pronouns after it. */
    void learn(Mention person, String pronoun) {
        Sex sex = Sex.ofPronoun(pronoun);
        if (sex != null) known.putIfAbsent(person.canonical, sex);
    }
}
