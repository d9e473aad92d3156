package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Who does an event: the subject of its word, inherited the way English leaves it implicit ("plans to meet",
 * "after meeting X", "is expected to travel"), the reporter of a clause, and whether the doer commits to it ("will
 * provide"). Kept apart from {@link ClauseCoder} so the climbing rules can be read in one place.
 */
final class Subjects {
    private static final Set<String> REPORTING = EventWords.get("reporting-verbs");
    private static final Set<String> ATTRIBUTIONS = EventWords.get("attribution-cases");
    private static final Set<String> SUBORDINATORS = EventWords.get("subordinators");
    private static final Set<String> INTENT_AUX = EventWords.get("intent-auxiliaries");
    private static final Set<String> INTENT_HEADS = EventWords.get("intent-verbs");
    private static final Set<String> INTENT_ADJECTIVES = EventWords.get("intent-adjectives");
    private static final Set<String> SPEAKER_PARTICIPLES = EventWords.get("speaker-participles");
    private static final Set<String> CLAUSE_SAYING = EventWords.get("clause-saying-verbs");
    private static final Set<String> CLAUSE_OWN_SPEECH = EventWords.get("clause-own-speech-verbs");

    /** Nouns of things said or written, whose participle tells what they say ("a statement demanding X"). */
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> FORUMS = EventWords.get("forum-nouns");

    private final Clause c;
    private final TriggerLexicon lex;
    private final GroupLeaders leaders;

    Subjects(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
        this.leaders = new GroupLeaders(c);
    }

    /** The subject of a verb, inherited through xcomp, conj and "plan to": -1 when none. */
    /**
     * "Scharping, ending a two-day visit to Poland, said": a present participle set off by a comma after a proper
     * name that is the clause's subject is that name's predicate, done by it. After an object ("wrote to Sam Altman,
     * asking the company to act") it is the writer's, as the parser's attachment to the name does not say.
     */
    private boolean setOffParticiple(int v, int h) {
        return c.pos(v).equals("VBG") && v > 0 && c.lower(v - 1).equals(",") && h < v && c.pos(h).startsWith("NNP")
                && c.relIs(h, "nsubj");
    }

    int subjectOf(int v) {
        boolean fromConjunct = false;
        for (int guard = 0; v >= 0 && guard < 8; guard++) {
            int author = utteranceOf(v) >= 0 ? authorOf(c.head(v)) : -1;
            if (author >= 0) return author; // else "X issued a declaration demanding": X, by the chain below
            for (int s : c.subjects(v)) {
                if (c.pos(s).startsWith("W") && c.relIs(v, "acl")) return c.head(v);
                return s;
            }
            // "he is expected to meet": a raising verb's passive subject is the one who meets; but not a conjunct's:
            // in "40 were killed and homes destroyed" those killed destroyed nothing (nonevents)
            if (guard > 0 && !fromConjunct) for (int s : c.childrenExact(v, "nsubj:pass")) return s;
            int group = leaders.groupAbove(v); // "A delegation led by X left for Y", parsed with "led" on top
            if (group >= 0) return group;
            String r = c.rel(v);
            int h = c.head(v);
            if (h < 0) return -1;
            // "issued a statement to denounce X", "visited the embassy to express condolences": a purpose clause is
            // done by the main clause's subject, never its object (also with "to" parsed as a preposition)
            int sayer = sayerAbove(v);
            if (sayer >= 0) { // "X said Y lied, accusing Y of ...": the sayer accuses, not Y
                v = sayer;
                continue;
            }
            boolean purpose = isPurpose(v);
            if (purpose && c.relIs(v, "acl")) { // the purpose parsed onto "Friday" in "issued it on Friday to ..."
                v = c.head(h);
                continue;
            }
            // "to meet X" without a subject of its own, or "after meeting X", or ", accusing X of Y" (a participle
            // the parser may leave loosely attached): the main clause's subject does it
            boolean participle = c.pos(v).equals("VBG") && c.subjects(v).isEmpty()
                    && (c.relIs(v, "advcl") || c.relIs(v, "dep") && c.pos(h).startsWith("VB"));
            if (participle) { // "closed its embassy, accusing X": the one who closed it accuses, never the embassy
                v = h;
                continue;
            }
            if (c.infinitival(v) || purpose) {
                r = "xcomp";
            }
            // "..., after meeting X" with the subordinator parsed as an adverb the gerund hangs from
            if (c.pos(v).equals("VBG") && r.equals("dep") && SUBORDINATORS.contains(c.lower(h)) && c.subjects(v).isEmpty()
                    && c.head(h) >= 0 && c.pos(c.head(h)).startsWith("VB")) {
                v = c.head(h);
                continue;
            }
            // "issued a statement on Monday denouncing X", "held a press conference condemning Y": what the document
            // or forum said is done by whoever issued or held it, also when the parser hangs the participle loosely on
            // the verb or onto the date before it
            int adjunctOf = documentAdjunctHost(c, v);
            if (adjunctOf >= 0) {
                v = adjunctOf;
                continue;
            }
            // "X, who held talks, is expected to travel": a verb group without a subject, loosely attached to the
            // word that has it, is that word's predicate
            if (r.equals("dep") && c.pos(v).startsWith("VB") && c.subjects(v).isEmpty()
                    && !c.children(v, "aux", "aux:pass").isEmpty() && !c.subjects(h).isEmpty()) {
                v = h;
                continue;
            }
            if (r.equals("xcomp") || r.equals("conj")) {
                // "urged X to leave": X leaves; but "visited the embassy to express condolences": a visit's
                // infinitive is the visitor's purpose
                if (r.equals("xcomp") && !purpose && !c.children(h, "obj").isEmpty() && !lex.isLightVerb(c.lemma(h))
                        && !isVisit(h)) {
                    return first(c.children(h, "obj"));
                }
                fromConjunct = r.equals("conj");
                v = h;
            } else if (r.equals("acl") && setOffParticiple(v, h)) {
                return h; // "Scharping, ending a two-day visit, said": the name the participle is set off after
            } else if (r.equals("acl") && c.pos(h).startsWith("NN") && c.relIs(h, "obj", "nsubj")) {
                v = c.relIs(h, "obj") ? c.head(h) : -1;
            } else if (r.equals("acl:relcl")) {
                return h;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "X recalled that Y had done Z, deploring that ...", "X said Y lied, calling for ...": a speech-act participle
     * ({@code speaker-participles}) with no subject of its own, set off by a comma, which the parser hangs on the verb
     * of the that-clause of a verb of saying or remembering ({@code clause-saying-verbs}), or on that verb's object
     * ("had broken the treaty, accusing ..."), is the sayer's act: the subject of that clause is who is deplored or
     * called on, not who deplores; unless that subject speaks itself in the clause ({@code clause-own-speech-verbs}:
     * "recalled that the minister referred to dialogue, urging the north to ..."), whose words the participle goes
     * on with. The verb of saying, or -1 when v is no such participle.
     */
    private int sayerAbove(int v) {
        if (!c.pos(v).equals("VBG") || !c.subjects(v).isEmpty() || !SPEAKER_PARTICIPLES.contains(c.lemma(v))) return -1;
        if (v == 0 || !c.lower(v - 1).equals(",")) return -1;
        int h = c.head(v);
        if (h < 0) return -1;
        int host = c.relIs(v, "advcl", "dep") && c.pos(h).startsWith("VB") ? h
                : c.relIs(v, "acl") && c.relIs(h, "obj") ? c.head(h) : -1;
        // "recalled that the minister referred to dialogue, urging ...": the clause's subject speaks on in it
        if (host < 0 || !c.relIs(host, "ccomp") || CLAUSE_OWN_SPEECH.contains(c.lemma(host))) return -1;
        int saying = c.head(host);
        return saying >= 0 && saying < v && CLAUSE_SAYING.contains(c.lemma(saying)) ? saying : -1;
    }

    /**
     * The verb a subjectless participle adjunct tells the content of, when the parser did not hang it on the document
     * itself: as a loose dependent or adverbial clause of a verb that issues a document or holds a forum ("issued a
     * statement on Monday denouncing X", "held a press conference condemning Y"), or onto that verb's date ("released
     * a statement on April 7 condemning X"). Such a participle says what the document or forum said, so its doer is
     * the verb's subject and its day the verb's. Any other verb's participle is left alone: "staged drills, pushing
     * the situation to the brink" is a consequence, not a second act. -1 when v is no such participle.
     */
    static int documentAdjunctHost(Clause c, int v) {
        if (!c.pos(v).equals("VBG") || !c.subjects(v).isEmpty()) return -1;
        int h = c.head(v);
        if (h < 0) return -1;
        int verb = c.relIs(v, "dep", "advcl") ? h : c.relIs(v, "acl") && c.isTime(h) && c.relIs(h, "obl") ? c.head(h) : -1;
        if (verb < 0 || !c.pos(verb).startsWith("VB") || c.subjects(verb).isEmpty()) return -1;
        for (int o : c.children(verb, "obj")) {
            if (UTTERANCES.contains(c.lemma(o)) || FORUMS.contains(c.lemma(o))) return verb;
        }
        return -1;
    }

    private boolean isVisit(int v) {
        Trigger t = lex.triggerFor(c.tokens.get(v));
        return t != null && CameoCodes.MAKE_VISIT.equals(t.cameo());
    }

    /**
     * "issued a statement on Friday to denounce X": an infinitive of purpose without a subject of its own, under the
     * main verb (its "to" parsed as a marker or as a preposition) or under one of its obliques ("on Friday").
     */
    boolean isPurpose(int v) {
        if (!c.pos(v).equals("VB") || !c.subjects(v).isEmpty()) return false;
        boolean to = c.caseOf(v).equals("to") || c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
        return to && (c.relIs(v, "advcl", "obl") || c.relIs(v, "acl") && c.relIs(c.head(v), "obl", "obl:tmod"));
    }

    /**
     * "the March 7 foreign ministry statement demanding sanctions relief": a participle on a noun of something said
     * or written tells what it says, and whoever said it did what it tells. The noun's index, or -1.
     */
    int utteranceOf(int v) {
        if (!c.relIs(v, "acl") || !c.pos(v).equals("VBG") || !c.subjects(v).isEmpty()) return -1;
        int h = c.head(v);
        return h >= 0 && c.pos(h).startsWith("NN") && UTTERANCES.contains(c.lemma(h)) ? h : -1;
    }

    /**
     * Who said it: the noun's possessor ("Pyongyang's statement"), a name compounded on it ("a KCNA statement"), or,
     * when the noun is what the subject was, the subject's possessor or the subject ("Its last word was the
     * statement ...", "The reply was a letter ..."). -1 when the clause does not say.
     */
    private int authorOf(int noun) {
        for (int p : c.children(noun, "nmod:poss")) return p;
        for (int p : c.children(noun, "compound")) if (c.pos(p).startsWith("NNP") && !c.isTime(p)) return p;
        if (c.children(noun, "cop").isEmpty()) return -1;
        for (int s : c.childrenExact(noun, "nsubj")) {
            for (int p : c.children(s, "nmod:poss")) return p;
            return s;
        }
        return -1;
    }

    /**
     * "will provide", "would allow": a future auxiliary on the word itself, the speaker's own commitment; a bare verb
     * coordinated with such a verb, with no tense, auxiliary or subject of its own, shares it ("will find the culprits
     * and punish them"; see {@link Coordination}).
     */
    boolean intentional(int v) {
        for (int a : c.children(v, "aux")) if (INTENT_AUX.contains(c.lower(a))) return true;
        // only a bare verb leans on the auxiliary: "killed two men and will pursue the rest" kills in the past
        if (Coordination.sharesAuxiliary(c, v)) {
            for (int a : c.children(c.head(v), "aux")) if (INTENT_AUX.contains(c.lower(a))) return true;
        }
        if (c.sentenceInfinitive(v)) return true; // "Israel to strike Iran", the headline's future
        // "plans to impose restrictions", "intends to withdraw": the infinitive of a verb of intention; "are
        // determined to smash the aggressors": of an adjective of resolve
        return c.relIs(v, "xcomp") && (INTENT_HEADS.contains(c.lemma(c.head(v))) || INTENT_ADJECTIVES.contains(c.lower(c.head(v))));
    }

    /** The subject of the reporting verb a clause hangs from ("Trump said that ..."), or -1. */
    int reporter(int i) {
        for (int n = i, guard = 0; n >= 0 && guard < 10; n = c.head(n), guard++) {
            if (c.relIs(n, "ccomp") && REPORTING.contains(c.lemma(c.head(n)))) {
                int s = first(c.childrenExact(c.head(n), "nsubj"));
                return s;
            }
        }
        return -1;
    }

    /**
     * Who tells of what word v says happened, walking up from v: the one it is "according to", the subject of a
     * reporting verb set beside its clause ("Y attacked Z, X said") or of one whose that-clause holds it ("X said Y
     * had attacked Z", "X told reporters that ..."); -1 when the text tells it in its own voice.
     */
    int speakerOf(int v) {
        for (int n = v, guard = 0; n >= 0 && guard < 10; n = c.head(n), guard++) {
            for (int a : c.children(n, "obl", "nmod", "advmod")) {
                if (ATTRIBUTIONS.contains(c.caseOf(a).split(" ")[0])) return a;
            }
            for (int p : c.childrenExact(n, "parataxis")) {
                int s = REPORTING.contains(c.lemma(p)) ? first(c.childrenExact(p, "nsubj")) : -1;
                if (s >= 0) return s;
            }
            if (c.relIs(n, "ccomp") && REPORTING.contains(c.lemma(c.head(n)))) return first(c.childrenExact(c.head(n), "nsubj"));
        }
        return -1;
    }

    private static int first(List<Integer> xs) { return xs.isEmpty() ? -1 : xs.get(0); }
}
