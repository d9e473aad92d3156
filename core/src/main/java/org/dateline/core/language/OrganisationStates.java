package org.dateline.core.language;

import java.util.Set;

import org.dateline.core.language.GazetteerEntry.Kind;
import org.dateline.model.EntityType;

/**
 * Gives a named organisation the NER found, and the gazetteer could not place, the state its own words name: "the
 * Socialist Party of Chile", "the Teachers' Union of the Philippines" (NER often ends the name before "of"), "Chile's
 * Socialist Party". Only a state's name counts (a country, its alias), not a city: "the Mayor of Lima" and "the
 * University of Tokyo" are other matters. A government body ("the government of Chile") is placed by its "of" phrase
 * too, before the dateline's state is taken for it. Called by {@link Metonymy} once the states' mentions are settled.
 */
final class OrganisationStates {
    private static final Set<String> OWNED_BY = LanguageWords.get("organisation-state-links");
    private static final Set<String> SKIPPED = LanguageWords.get("organisation-state-fillers");
    private static final Set<String> JOINERS = LanguageWords.get("organisation-name-joiners");
    private static final Set<String> LIST_MARKS = LanguageWords.get("organisation-name-list-marks");
    private static final Set<String> DESCRIPTORS = LanguageWords.get("organisation-descriptors");
    private static final Set<String> MEDIA = LanguageWords.get("media-descriptors");
    private static final int MAX_MODIFIERS = Integer.parseInt(LanguageWords.get("descriptor-max-modifiers").iterator().next());
    /** How many owning names an "of" chain may pass before its state ("of A of B of <state>"). */
    private static final int MAX_HOPS = 4;

    private OrganisationStates() {}

    static void place(Doc doc) {
        for (Mention m : doc.mentions) {
            // "the Nepali paper Jana Sata": a paper, whatever the NER took it for
            if (m.type == EntityType.PERSON && m.entry == null && MEDIA.contains(doc.lower(m.firstToken - 1))) {
                String state = described(doc, m);
                if (state != null) {
                    m.type = EntityType.ORGANIZATION;
                    m.country = state;
                }
                continue;
            }
            boolean body = m.entry != null && m.entry.kind() == Kind.BODY;
            if (m.type != EntityType.ORGANIZATION || m.country != null || m.entry != null && !body) continue;
            String state = after(doc, m);
            // a body's possessor is Metonymy's to join ("Seoul's foreign ministry" is one mention)
            if (state == null && !body) state = before(doc, m);
            if (state == null && !body) state = described(doc, m);
            if (state == null) continue;
            m.country = state;
            if (body) m.canonical = doc.gazetteer.countryName(state) + " " + Metonymy.titled(m.entry.text());
        }
    }

    /**
     * "X of [the] <state>": the state right after "of" and a determiner or quotation mark, or at the end of a chain of
     * capitalised names each owned by the next ("the Central Committee of the Workers' Front of Chile": the NER cuts
     * the body before its first "of", and the committee is as Chilean as the front that owns it). A lower-case word
     * ends the chain ("the Committee of Friends with Chile" names no owner), and so does the sentence.
     */
    static String after(Doc doc, Mention m) {
        int i = m.lastToken + 1;
        while (SKIPPED.contains(doc.lower(i)) && doc.sameSentence(m.lastToken, i)) i++;
        // a name the NER ends at a comma of its own list ("the Front of Miners[, Dockers and Students] of Bolivia")
        // ("Al Baath and BBC of the UK" are two bodies: an "and" right after the name does not open such a list)
        if (LIST_MARKS.contains(doc.lower(i)) && capitalised(doc, m.lastToken) && capitalised(doc, i + 1)) {
            i = pastName(doc, m.lastToken, i + 1);
            if (i < 0) return null;
        }
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (!OWNED_BY.contains(doc.lower(i)) || !doc.sameSentence(m.lastToken, i)) return null;
            i++;
            while (SKIPPED.contains(doc.lower(i)) && doc.sameSentence(m.lastToken, i)) i++;
            Mention state = doc.mentionAt(i);
            if (state != null && state.firstToken == i && isState(state)) return state.country;
            // the owner already placed by its own "of <state>" ("the Committee of [the Front of Peru]")
            if (state != null && state.firstToken == i && state.type == EntityType.ORGANIZATION
                    && state.country != null) return state.country;
            i = pastName(doc, m.lastToken, i);
            if (i < 0) return null;
        }
        return null;
    }

    /** The token after a capitalised name starting at i (joined by "and", "'s"), or -1 when no such name starts there. */
    private static int pastName(Doc doc, int anchor, int i) {
        int start = i;
        while (doc.sameSentence(anchor, i) && (capitalised(doc, i) || i > start && JOINERS.contains(doc.lower(i)))) i++;
        while (i > start && JOINERS.contains(doc.lower(i - 1))) i--;
        return i > start ? i : -1;
    }

    private static boolean capitalised(Doc doc, int i) {
        Token t = doc.token(i);
        return t != null && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    /** "<state>'s X": the state as the possessor written right before the name. */
    private static String before(Doc doc, Mention m) {
        int p = m.firstToken - 1;
        while (p >= 0 && SKIPPED.contains(doc.lower(p))) p--;
        if (!doc.lower(p).equals("'s") && !doc.lower(p).equals("’s")) return null;
        Mention state = doc.mentionAt(p - 1);
        return state != null && state.lastToken == p - 1 && doc.sameSentence(p - 1, m.firstToken) && isState(state) ? state.country : null;
    }

    /**
     * "the U.S. energy giant Chevron", "Syrian newspaper Al Baath": a state's name or adjective, up to {@code
     * descriptor-max-modifiers} lower-case words, and a noun of what the body is ({@code organisation-descriptors},
     * {@code media-descriptors}) right before the name, in one sentence.
     */
    private static String described(Doc doc, Mention m) {
        int d = m.firstToken - 1;
        if (d < 1 || !doc.sameSentence(d, m.firstToken)) return null;
        if (!DESCRIPTORS.contains(doc.lower(d)) && !MEDIA.contains(doc.lower(d))) return null;
        int j = d - 1;
        for (int k = 0; k < MAX_MODIFIERS && j >= 0 && doc.mentionAt(j) == null && lowerWord(doc, j); k++) j--;
        Mention state = doc.mentionAt(j);
        if (state == null || state.lastToken != j || !doc.sameSentence(j, m.firstToken)) return null;
        boolean adjective = state.entry != null && state.entry.kind() == Kind.DEMONYM && state.country != null;
        return adjective || isState(state) ? state.country : null;
    }

    private static boolean lowerWord(Doc doc, int i) {
        Token t = doc.token(i);
        return t != null && t.word().matches("\\p{Ll}[\\p{L}-]*");
    }

    private static boolean isState(Mention m) {
        if (m.entry == null || m.country == null) return false;
        Kind k = m.entry.kind();
        return k == Kind.COUNTRY || k == Kind.CONTEXT_ALIAS;
    }
}
