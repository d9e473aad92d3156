package org.dateline.core.event;

import java.util.Set;

/**
 * A stance named by "in" + an act noun on a document issued or a forum held: "released a statement on May 3 in
 * support of the resolution", "called a press conference in denunciation of the crackdown", "issued a joint statement
 * in condemnation of the raid". The document or the forum is how the stance was taken, so the noun is the act of
 * whoever issued or held it, as "issued a statement denouncing X" is ({@link Subjects#documentAdjunctHost}): the verb
 * stands as the noun's light verb, whatever verbs the noun's row asks for elsewhere ("expressed support"). The "in"
 * phrase may hang on the verb, on the document or on the date the parser tied to the verb. Not a protest noun: a
 * statement "in protest against" a ruling complains, it is no demonstration. Nor a document "in support of" someone:
 * that is a publication that praises, which {@link PublishedPraise} tells. A part of {@link TriggerGrammar}.
 */
final class StatedStances {
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> FORUMS = EventWords.get("forum-nouns");

    private StatedStances() {}

    /** The verb issuing a document or holding a forum whose stance event noun i names, or -1. */
    static int issuer(Clause c, int i, Trigger t) {
        if (!t.noun() || t.cameo().startsWith(CameoCodes.PROTEST_ROOT) || !c.caseOf(i).equals("in")) return -1;
        if (c.children(i, "nmod").stream().noneMatch(k -> c.caseOf(k).equals("of"))) return -1; // "in support of X"
        int h = c.head(i);
        if (h < 0) return -1;
        // "issued a statement in support of X" hung on the statement, or on the date: "on May 3 in support of X"
        int verb = c.pos(h).startsWith("VB") ? h
                : c.relIs(h, "obj", "obl", "obl:tmod") && c.head(h) >= 0 && c.pos(c.head(h)).startsWith("VB") ? c.head(h) : -1;
        if (verb < 0 || c.subjects(verb).isEmpty()) return -1;
        for (int o : c.children(verb, "obj")) {
            // a document "in support of X" is a publication that praises: PublishedPraise tells it, publisher to work
            if (UTTERANCES.contains(c.lemma(o)) && !t.cameo().startsWith(CameoCodes.SUPPORT_ROOT)) return verb;
            if (FORUMS.contains(c.lemma(o))) return verb;
        }
        return -1;
    }
}
