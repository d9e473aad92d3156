package org.dateline.core.language;

import java.util.Locale;
import java.util.Set;

import org.dateline.model.EntityType;
import org.dateline.core.language.GazetteerEntry.Kind;
import org.dateline.model.Sector;

/**
 * Decides whether a country name, a capital or a context alias ("the North") is the state acting ("Pyongyang
 * offered", "between Washington and Pyongyang", "Pyongyang's denuclearization": COUNTRY, sector GOV, canonical the
 * state) or a place ("in Washington last week", "From Washington, Lee will fly": LOCATION). The decision reads only
 * the words around the mention: the preposition before it, a possessive or verb after it, and for coordinated
 * names ("Seoul and Washington") the context of the whole group. Also gives government bodies their owner
 * ("Seoul's foreign ministry" becomes one KOR GOV mention).
 */
final class Metonymy {
    private static final Set<String> PLACE_PREPS = LanguageWords.get("place-words");
    private static final Set<String> ACTOR_PREPS = LanguageWords.get("actor-words");
    private static final Set<String> MOTION = LanguageWords.get("motion-verbs");
    private static final Set<String> LEAVE = LanguageWords.get("leave-verbs");

    private Metonymy() {}

    static void resolve(Doc doc) {
        for (Mention m : doc.mentions) {
            if (m.entry == null) continue;
            if (m.entry.canActAsState()) decide(doc, m);
            else if (m.entry.kind() == Kind.DEMONYM) m.type = EntityType.NATIONALITY;
            if (m.type == EntityType.NATIONALITY) peopleOfTheState(doc, m);
        }
        OrganisationStates.place(doc);
        ownBodies(doc);
    }

    /**
     * "Koreans in China condemned", "three Palestinians were hurt": a demonym used as a plural noun names people of
     * that state, not the state acting through its government; a group of civilians (CVL) of that country.
     */
    private static void peopleOfTheState(Doc doc, Mention m) {
        String pos = doc.tokens.get(m.lastToken).pos();
        if (m.country == null || !(pos.equals("NNS") || pos.equals("NNPS")) || !doc.lower(m.lastToken).endsWith("s")) return;
        m.type = EntityType.GROUP;
        m.sector = Sector.CVL.code();
        m.canonical = "people of " + doc.gazetteer.countryName(m.country);
    }

    private static void decide(Doc doc, Mention m) {
        Boolean actor = groupDecision(doc, m);
        if (actor == null) actor = m.entry.kind() != Kind.CAPITAL && !followedByNoun(doc, m);
        String stateName = doc.gazetteer.countryName(m.country);
        if (actor) {
            m.type = EntityType.COUNTRY;
            m.canonical = stateName;
            m.sector = Sector.GOV.code();
        } else if (followedByNoun(doc, m) && !placeCue(doc, m)) {
            m.type = EntityType.COUNTRY;          // a modifier: "U.S. officials", "Seoul government"
            m.canonical = stateName;
            m.sector = null;
        } else {
            m.type = EntityType.LOCATION;
            m.canonical = m.entry.kind() == Kind.CAPITAL ? m.entry.canonical() : stateName;
            m.sector = null;
        }
    }

    /** TRUE: actor, FALSE: place, null: no cue. Looks left of the first and right of the last coordinated name. */
    private static Boolean groupDecision(Doc doc, Mention m) {
        int first = m.firstToken;
        // walk left over "X and", "X ," coordination
        while (true) {
            String w = doc.lower(first - 1);
            Mention left = doc.mentionAt(first - 2);
            if ((w.equals("and") || w.equals("or") || w.equals(",")) && left != null && left.entry != null
                    && left.entry.canActAsState() && doc.sameSentence(first, left.firstToken)) {
                first = left.firstToken;
            } else break;
        }
        int last = m.lastToken;
        while (true) {
            String w = doc.lower(last + 1);
            Mention right = doc.mentionAt(last + 2);
            if ((w.equals("and") || w.equals("or")) && right != null && right.entry != null && right.entry.canActAsState()
                    && doc.sameSentence(last, right.lastToken)) {
                last = right.lastToken;
            } else break;
        }
        String after = doc.lower(last + 1);
        if (after.equals("'s") || after.equals("'") || after.equals("’s")) return true;
        int b = first - 1;
        if (doc.lower(b).equals("the") && !m.entry.text().startsWith("the")) b--;
        String before = doc.sameSentence(b, first) ? doc.lower(b) : "";
        if (PLACE_PREPS.contains(before)) return false;
        if (before.equals("from")) return !hasMotionVerb(doc, first);
        if (before.equals("for") && LEAVE.contains(doc.lower(b - 1))) return false;
        if (ACTOR_PREPS.contains(before)) return true;
        Token next = doc.token(last + 1);
        if (next != null && doc.sameSentence(last, last + 1) && next.isVerb()
                && !next.pos().equals("VBG") && !next.pos().equals("VBN")) return true;
        return null;
    }

    private static boolean placeCue(Doc doc, Mention m) {
        String before = doc.lower(m.firstToken - 1);
        return PLACE_PREPS.contains(before) || before.equals("from");
    }

    private static boolean followedByNoun(Doc doc, Mention m) {
        Token next = doc.token(m.lastToken + 1);
        return next != null && doc.sameSentence(m.lastToken, m.lastToken + 1) && next.isNoun()
                && !next.pos().equals("NNP");
    }

    private static boolean hasMotionVerb(Doc doc, int tokenIndex) {
        Sentence s = doc.sentences.get(doc.sentenceOf[tokenIndex]);
        for (Token t : s.tokens()) if (t.isVerb() && MOTION.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** "Seoul's foreign ministry", "the Japanese foreign ministry": the owner joins the body's mention. */
    private static void ownBodies(Doc doc) {
        for (Mention m : doc.mentions) {
            if (m.entry == null || m.entry.kind() != Kind.BODY || m.country != null) continue;
            int prev = m.firstToken - 1;
            if (doc.lower(prev).equals("'s") || doc.lower(prev).equals("’s")) prev--;
            Mention owner = doc.mentionAt(prev);
            if (owner != null && owner != m && owner.country != null && owner.lastToken == prev
                    && doc.sameSentence(prev, m.firstToken)) {
                m.country = owner.country;
                m.start = owner.start;
                m.firstToken = owner.firstToken;
                owner.type = null; // absorbed
            } else if (!ownedByPronoun(doc, m)) {
                m.country = doc.settingCountry; // "the police" of the story's place, when its dateline or headline gives one
            }
            String phrase = doc.body.substring(m.start, m.end);
            String head = m.entry.text();
            m.canonical = m.country == null ? titled(head) : doc.gazetteer.countryName(m.country) + " " + titled(head);
            if (!phrase.equals(head) && m.country == null) m.canonical = phrase;
        }
        doc.mentions.removeIf(x -> x.type == null);
    }

    /** "their government", "its army": a body a possessive pronoun owns is its antecedent's, not the story's place's. */
    private static boolean ownedByPronoun(Doc doc, Mention m) {
        Token before = doc.token(m.firstToken - 1);
        return before != null && before.pos().equals("PRP$") && doc.sameSentence(m.firstToken - 1, m.firstToken);
    }

    static String titled(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(w.length() <= 2 || w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
