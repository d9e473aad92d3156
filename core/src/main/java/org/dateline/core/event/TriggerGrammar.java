package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventStatus;

/**
 * Which words of a parsed clause are events, and what an intention or request wraps: a trigger the grammar confirms
 * (a verb with its preposition or object, a noun with a light verb, a possessor or participants, a relative clause
 * that tells it, an adjective of intent with what it is ready for), the complements a wrapper folds, and the verb a
 * meeting noun is the purpose of. Kept apart from {@link ClauseCoder}, which fills in the events.
 */
final class TriggerGrammar {
    /** The object "lemma" of triggers.tsv that any person named in the object stands for. */
    static final String PERSON_OBJECT = "@person";
    /**
     * The object "lemma" of triggers.tsv that stands for any object told to do something: one followed by the verb's
     * "to" infinitive ("pressed Israel to allow aid"), where the verb is a request; "pressed charges" is none.
     */
    static final String TOLD_OBJECT = "@told-to";
    /** The object "lemma" of triggers.tsv that stands for any label of blame a verb of naming gives ("a coward"). */
    static final String BLAME_LABEL = "@blame-label";
    /** A label of praise a verb of naming gives: "called Wilson an outstanding nominee" ({@link NamingLabels#praises}). */
    static final String PRAISE_LABEL = "@praise-label";
    private static final Set<String> FACT_MARKS = EventWords.get("fact-marks");
    private static final Set<String> HERE_WORDS = EventWords.get("here-words");
    private static final Set<String> VISIT_CASES = EventWords.get("visit-cases");
    private static final Set<String> ARRIVAL_VERBS = EventWords.get("arrival-verbs");
    private static final Set<String> ADJECTIVE_COMPLEMENT_CASES = EventWords.get("adjective-complement-cases");
    private static final Set<String> PARTNER_CASES = EventWords.get("partner-cases");
    private static final Set<String> WISH_NOUN_CASES = EventWords.get("wish-noun-cases");
    private static final Set<String> CHARGE_CASES = EventWords.get("charge-cases");
    private static final Set<String> WISH_OBLIQUE_CASES = EventWords.get("wish-oblique-cases");
    private static final Set<String> WITHHELD_TELLING = EventWords.get("withheld-telling");
    private static final Set<String> INTERVIEWS = EventWords.get("interview-nouns");
    private static final Set<String> RECIPROCAL_COUNTS = EventWords.get("reciprocal-subject-counts");
    private static final Set<String> AUDIENCE_NOUNS = EventWords.get("audience-nouns");
    private static final Set<String> OCCASIONS = EventWords.get("occasion-nouns");
    private static final Set<String> ARMED = EventWords.get("armed-agents");
    private static final Set<String> DOERLESS_BACKGROUND = EventWords.get("harm-dealing-verbs");
    private static final Set<String> ENDOWING = EventWords.get("endowing-verbs");
    private static final Set<String> CLOSING = EventWords.get("meeting-closing-verbs");
    private static final Set<String> RECEIVING = EventWords.get("receiving-verbs");
    private static final Set<String> ARRIVING = EventWords.get("token-arrival-verbs");
    private static final Set<String> BLAMING_SPEECH = EventWords.get("blaming-speech-verbs");
    private static final String[] PROTEST_AIMS = EventWords.get("protest-aim-relations").toArray(String[]::new);

    private final Clause c;
    private final TriggerLexicon lex;
    private final TriggerObjects objects;

    TriggerGrammar(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
        this.objects = new TriggerObjects(c, lex);
    }

    /**
     * "demanded that X ease sanctions, hours after Seoul's envoy flew to Washington": an adverbial clause of time or
     * cause with a subject of its own, below a wish's complement, states a fact, not what was wished.
     */
    boolean factualAside(int j, int top) {
        for (int n = j, guard = 0; n >= 0 && n != top && guard < 12; n = c.head(n), guard++) {
            if (c.relIs(n, "advcl") && !c.subjects(n).isEmpty()
                    && c.children(n, "mark").stream().anyMatch(m -> FACT_MARKS.contains(c.lower(m)))) return true;
        }
        return false;
    }

    /**
     * "the conditions Pyongyang laid out", "the talks they held": an event noun whose light verb is a relative clause
     * about it, with a subject of its own and the noun as its missing object. The light verb's index, or -1.
     */
    int gapRelative(int i, Trigger t) {
        for (int v : relatives(i)) {
            if (!c.pos(v).startsWith("VB") || c.subjects(v).isEmpty()) continue;
            // the object is the noun itself: missing, or the relative pronoun standing for it ("that X laid out")
            if (c.children(v, "obj").stream().anyMatch(o -> !c.pos(o).startsWith("W"))) continue;
            if (t.lights().isEmpty() ? lex.isLightVerb(c.lemma(v)) : t.lights().contains(c.lemma(v))) return v;
        }
        return -1;
    }

    boolean isGapRelative(Cand k) { return k.light() >= 0 && c.head(k.light()) == k.i(); }

    /** The modifiers of a noun that may name its kind: adjectives, compounds, nominal and "of" participle modifiers. */
    private List<Integer> modifiers(int i) {
        List<Integer> out = new ArrayList<>(c.children(i, "amod", "compound", "nmod"));
        for (int k : c.children(i, "acl")) if (c.caseOf(k).equals("of")) out.add(k);
        return out;
    }

    /**
     * "A wreath came from the party of X", "messages of condolence arrived from ten organizations": a thing that can be
     * received (its row lists "receive" among its light verbs: a message, a wreath, a gift) as the subject of a verb of
     * arriving with a "from" phrase is the sender's act, as "received a wreath from X" is (ClauseParties swaps the
     * sides: the "from" phrase acts).
     */
    boolean arrivedToken(int i, Trigger t) {
        int h = c.head(i);
        return h >= 0 && c.rel(i).equals("nsubj") && c.pos(h).startsWith("VB") && ARRIVING.contains(c.lemma(h))
                && t.lights().contains("receive") && c.children(h, "obl").stream().anyMatch(k -> c.caseOf(k).equals("from"));
    }

    /**
     * Whether noun k is told in the passive of its light verb, as taking place, or with its light verb's participle
     * ("talks were held", "took place", "a lawsuit filed by X").
     */
    boolean toldAsHappening(Cand k) {
        return k.t().noun() && k.light() >= 0 && (c.childrenExact(k.light(), "nsubj:pass").contains(k.i())
                || c.head(k.i()) == k.light() && HappeningNouns.takesPlace(c, k.i())
                || k.light() == HappeningNouns.agentParticiple(c, lex, k.i(), k.t()));
    }

    /** "X was presented with a gift by Y": an event noun given in the "with" phrase of a verb of endowing. */
    boolean endowed(Cand k) {
        return k.t().noun() && k.light() >= 0 && c.head(k.i()) == k.light() && c.relIs(k.i(), "obl")
                && c.caseOf(k.i()).equals("with") && ENDOWING.contains(c.lemma(k.light()));
    }

    Cand confirm(int i, Trigger t) {
        String r = c.rel(i);
        if (!t.noun()) {
            if (r.equals("amod") || r.startsWith("aux") || r.equals("compound")) return null;
            // "called on the premier" is a visit, "called on X to do Y" a request
            if (CourtesyCalls.yieldsToRequest(c, i, t, lex.triggerFor(c.tokens.get(i)))) return null;
            // "declined to comment", "refused to say": withholding a comment rejects nothing
            if (t.wrap() && t.cameo().startsWith(CameoCodes.REJECT_ROOT) && c.children(i, "xcomp", "ccomp").stream()
                    .anyMatch(k -> WITHHELD_TELLING.contains(c.lemma(k)))) return null;
            // "called on X" with the preposition parsed as a particle of the verb counts all the same, and so does a
            // particle parsed as an adverb ("pulled out of Lebanon")
            // "talked to reporters": an audience addressed is no other party
            if (!t.preps().isEmpty() && c.children(i, "obl", "nmod").stream()
                    .noneMatch(k -> (t.preps().contains(c.caseOf(k)) || CountedWords.particleOf(c.caseOf(k), t.preps()))
                            && !AUDIENCE_NOUNS.contains(c.lemma(k))
                            && !OCCASIONS.contains(c.lemma(k)) // "voted for the first time"
                            && !c.isTime(k)) // "called X a liar on Monday": a day is no one called on
                    && c.children(i, "compound:prt", "advmod").stream().noneMatch(k -> t.preps().contains(c.lower(k)))
                    && !particleNext(i, t) && !arrivedHere(i, t) && !Departures.leavesHere(c, i)
                    && !partnersAsSubjects(i, t)) return null;
            if (t.armed() && !armedSubject(i)) return null;
            // "attacked the government over prices" is words; "troops attacked the town over the weekend" is not
            if (!t.preps().isEmpty() && t.cameo().startsWith(CameoCodes.DISAPPROVE_ROOT) && armedSubject(i)) return null;
            // "called X a liar": the second object of a verb of naming (an xcomp) counts as its object
            // "the hostages held by the rebels": a passive relative clause's noun is its object
            if (!t.objs().isEmpty() && objects.of(i).stream().noneMatch(k -> objects.is(k, t))
                    && new GroupLeaders(c).misreadObjects(i).stream().noneMatch(k -> objects.is(k, t))
                    && !(PassiveRelatives.isOne(c, i) && objects.is(PassiveRelatives.patient(c, i), t))) return null;
            // "the punishment meted out to X": harm named only by the noun a participle with no doer qualifies is
            // background to the clause, no act of its own (CODING.md question 131's reduced relative)
            if (DOERLESS_BACKGROUND.contains(t.lemma()) && c.relIs(i, "acl") && c.subjects(i).isEmpty()
                    && !PassiveRelatives.isOne(c, i)) return null;
            return new Cand(i, t, -1);
        }
        // "is ready to contribute troops": an intention adjective with its infinitive
        if (t.wrap() && c.pos(i).startsWith("JJ") && !adjectiveComplements(i).isEmpty()) return new Cand(i, t, -1);
        if (r.equals("compound") || r.equals("amod")) return null;
        // "a congratulatory message", "a message of condolence": a noun that is an event only with its modifier
        // the word itself as well as its lemma: "a message of greeting" parsed with a verb "greet"
        // ("a message of greeting" may come with "greeting" parsed as a participle clause: an "of" one counts)
        if (!t.objs().isEmpty() && modifiers(i).stream()
                .noneMatch(k -> t.objs().contains(c.lemma(k)) || t.objs().contains(c.lower(k)))) return null;
        int h = c.head(i);
        boolean light = h >= 0 && r.equals("obj") && c.pos(h).startsWith("VB")
                && (t.lights().isEmpty() ? lex.isLightVerb(c.lemma(h)) : t.lights().contains(c.lemma(h)));
        // "went on strike", "remained on hunger strike": a state entered "on", by a verb the noun's row names;
        // "gave him a vase as a gift": what is given "as" the noun (kcnapub s34)
        light = light || h >= 0 && r.equals("obl") && (c.caseOf(i).equals("on") || c.caseOf(i).equals("as")) && c.pos(h).startsWith("VB")
                && t.lights().contains(c.lemma(h));
        // "an agreement was signed between A and B", "talks were held": the light verb in the passive
        light = light || h >= 0 && r.equals("nsubj:pass") && c.pos(h).startsWith("VB")
                && (t.lights().isEmpty() ? lex.isLightVerb(c.lemma(h)) : t.lights().contains(c.lemma(h)));
        // "was presented with a gift by X", "presented the leader with a floral basket": the thing given in the "with"
        // phrase of a verb of endowing that is one of the noun's light verbs
        light = light || h >= 0 && r.equals("obl") && c.caseOf(i).equals("with") && c.pos(h).startsWith("VB")
                && ENDOWING.contains(c.lemma(h)) && t.lights().contains(c.lemma(h));
        light = light || closedMeeting(i, t);
        // "drew criticism from the UN", "won backing from Germany": a verb of receiving carries the noun of what
        // someone gives, when its giver is named ("from"); the giver acts (ClauseParties swaps the sides)
        light = light || h >= 0 && r.equals("obj") && c.pos(h).startsWith("VB") && RECEIVING.contains(c.lemma(h))
                && (c.children(h, "obl").stream().anyMatch(k -> c.caseOf(k).equals("from"))
                    || c.children(i, "nmod").stream().anyMatch(k -> c.caseOf(k).equals("from")));
        light = light || arrivedToken(i, t) || HappeningNouns.takesPlace(c, i);
        // "another round of talks": the measure word's light verb
        // ("ten days of war games", "a week of protests": the light verb the noun's row names, if it names any)
        // ("$10 million in humanitarian assistance": an amount of money is the measure of what is given "in")
        // ("gave him a vase as a gift": the thing given "as" the noun, kcnapub s34)
        if (!light && h >= 0 && r.equals("nmod") && (c.caseOf(i).equals("of") || c.caseOf(i).equals("as")
                || c.caseOf(i).equals("in") && CountedWords.sum(c, h))
                && c.relIs(h, "obj") && c.head(h) >= 0
                && (t.lights().isEmpty() ? lex.isLightVerb(c.lemma(c.head(h))) : t.lights().contains(c.lemma(c.head(h))))) {
            return new Cand(i, t, c.head(h));
        }
        if (light) return new Cand(i, t, h);
        Cand inverted = GiverPhrases.inverted(c, i, t); // "Laid before the statue were wreaths in the name of X"
        if (inverted != null) return inverted;
        int stance = StatedStances.issuer(c, i, t); // "released a statement in support of X": the issuer's support
        if (stance >= 0) return new Cand(i, t, stance);
        int byParticiple = HappeningNouns.agentParticiple(c, lex, i, t);
        if (byParticiple >= 0) return new Cand(i, t, byParticiple); // "a lawsuit filed against Meta by writers"
        int gap = gapRelative(i, t);
        if (gap >= 0) return new Cand(i, t, gap);
        if (AdjunctEvents.isAdjunct(c, i, t)) return new Cand(i, t, -1); // "during a call with X, Y said"
        if (OwnedMeasures.named(c, i)) return new Cand(i, t, -1); // "U.S. sanctions on Russia have hurt its economy"
        if (NamedAttackers.named(c, i, t)) return new Cand(i, t, -1); // "sparked a counteroffensive by the army"
        if (!t.lights().isEmpty()) return null;
        boolean named = !c.children(i, "nmod:poss").isEmpty()
                || c.children(i, "nmod").stream().anyMatch(k -> PARTNER_CASES.contains(c.caseOf(k)))
                || c.children(i, "compound").stream().anyMatch(k -> c.pos(k).startsWith("NNP"));
        return named || t.bare() ? new Cand(i, t, -1) : null;
    }

    /**
     * "wrapped up a three-hour meeting with X", "ending a two-day visit to Poland", "concluded talks with Y": a meeting
     * or visit noun as the object of a verb of ending it ({@code meeting-closing-verbs}) was held, by that verb's
     * subject, as one held with a light verb is. Only nouns of meeting: "ended the strike", "ended the war" end
     * something else than a meeting of those who end it. Not an infinitive: "met again to finish their discussion"
     * tells the meeting's purpose, the meeting itself already told.
     */
    private boolean closedMeeting(int i, Trigger t) {
        int h = c.head(i);
        return t.cameo().startsWith(CameoCodes.CONSULT_ROOT) && h >= 0 && c.rel(i).equals("obj")
                && c.pos(h).startsWith("VB") && CLOSING.contains(c.lemma(h))
                && c.children(h, "mark").stream().noneMatch(m -> c.lower(m).equals("to"));
    }

    /**
     * Whether the one who acts in verb i is armed: its subject, or in the passive its "by" agent, is a weapon or an
     * armed force ("missiles struck a plant", "the town was hit by shells"), or is modified by one ("rebel fighters").
     * Verbs of everyday English ("strike a deal", "the storm hit") are attacks only then.
     */
    boolean armedSubject(int i) {
        List<Integer> agents = new ArrayList<>(c.childrenExact(i, "nsubj"));
        for (int k : c.children(i, "obl")) if (c.caseOf(k).equals("by")) agents.add(k);
        for (int a : agents) {
            if (ARMED.contains(c.lemma(a))) return true;
            if (c.children(a, "compound", "amod", "nmod").stream().anyMatch(m -> ARMED.contains(c.lemma(m)))) return true;
        }
        return false;
    }

    /**
     * "arrived here": a verb of arrival whose place is the word for where the story is filed; not one of leaving
     * ("left here for X" leaves from there, and is a visit only to the X it names).
     */
    private boolean arrivedHere(int i, Trigger t) {
        return ARRIVAL_VERBS.contains(c.lemma(i)) && t.preps().stream().anyMatch(VISIT_CASES::contains)
                && c.hasChildAmong(i, HERE_WORDS, "advmod");
    }

    /**
     * "Kishida and his Australian counterpart discussed security", "the two ministers talked for an hour": a verb
     * that takes its partner with "with" takes it as well among coordinated subjects, or in a plural subject "the two"
     * or "both" count ({@code reciprocal-subject-counts}): the partner is then a co-actor, not a missing oblique. Not
     * in an interview ({@code interview-nouns}): subjects who discussed something there spoke to the one asking.
     */
    private boolean partnersAsSubjects(int i, Trigger t) {
        if (!t.preps().contains("with")) return false;
        // "in an interview with VentureBeat, A and B discussed the plan": they spoke together to a reporter
        if (c.children(i, "obl").stream().anyMatch(k -> INTERVIEWS.contains(c.lemma(k)))) return false;
        for (int s : c.children(i, "nsubj")) {
            if (!c.children(s, "conj").isEmpty()) return true;
            if (c.children(s, "nummod", "det", "amod").stream().anyMatch(m -> RECIPROCAL_COUNTS.contains(c.lower(m)))) return true;
        }
        return false;
    }

    /**
     * The trigger's preposition right after it ("called on X", "talked to X"), whatever the parser hung it on ("called
     * on Ethiopia to open corridors" parsed with "on" as the marker of the infinitive), unless it opens a time ("on the
     * occasion") or, for a verb of talking, an audience ("talked to reporters" is no meeting). A request keeps its
     * audience: "called on the followers to rally" asks them something (whether that is an event is decided later).
     */
    private boolean particleNext(int i, Trigger t) {
        int n = i + 1;
        if (n >= c.size() || !t.preps().contains(c.lower(n)) || !c.relIs(n, "case", "mark", "compound:prt", "advmod")) return false;
        if (!c.relIs(n, "case") || c.head(n) < 0) return true;
        String object = c.lemma(c.head(n));
        return !OCCASIONS.contains(object) && (t.wrap() || !AUDIENCE_NOUNS.contains(object));
    }

    /**
     * A verb of saying or finding whose that-clause says its subject is to blame ("said the government had violated
     * the constitution", "insisted the minister was lying", "the court found that X was guilty of fraud"): an
     * accusation the speaker makes, coded on the verb of saying (the accused is the clause's subject, as for "charged
     * that X had violated", in {@link ClauseParties}). The predicate is one of the rows of blame (part of speech C),
     * asserted, not denied ("said X had not lied" accuses no one), with a subject of its own (for an adjective or
     * noun of blame, one that names someone: {@link BlamedParties}); the verb one that
     * asserts ({@code blaming-speech-verbs}): "denied that X lied", "asked whether X lied" accuse no one. Null when none.
     */
    Trigger culpabilityTrigger(int i) {
        if (!c.pos(i).startsWith("VB") || !BLAMING_SPEECH.contains(c.lemma(i))) return null;
        ReportedBlame blame = new ReportedBlame(c, lex); // also quotes told first, "looks suspicious"
        for (int k : ReportedBlame.contents(c, i)) {
            Trigger t = blame.blame(k); // "said the price is outrageous" blames no one
            if (t != null && new Modality(lex).local(c, k) != EventStatus.NEGATED) return t; // "said X had not lied" is no blame
        }
        return null;
    }

    /**
     * What an intention adjective is ready for: its infinitive ("ready to host talks", also when parsed loosely) or an
     * event noun after "to"/"for" ("open to resuming contacts", "ready for dialogue").
     */
    List<Integer> adjectiveComplements(int a) {
        List<Integer> out = new ArrayList<>(c.children(a, "xcomp"));
        for (int k : c.childrenExact(a, "dep")) {
            if (c.pos(k).startsWith("VB") && c.children(k, "mark").stream().anyMatch(m -> c.lower(m).equals("to"))) out.add(k);
        }
        for (int k : c.children(a, "obl", "nmod")) {
            if (!ADJECTIVE_COMPLEMENT_CASES.contains(c.caseOf(k))) continue;
            if (c.subtree(k).stream().anyMatch(j -> { Trigger t = lex.triggerFor(c.tokens.get(j)); return t != null && !t.wrap(); })) out.add(k);
        }
        return out;
    }

    /**
     * The words that tell what a protest is for ("staged demonstrations to demand reforms", "a hunger strike in
     * protest against X"): the subtrees of the purpose clauses and "in protest" phrases of its word or light verb.
     */
    List<Integer> protestAims(Cand k) {
        List<Integer> out = new ArrayList<>();
        for (int v : k.words()) {
            for (int x : c.children(v, PROTEST_AIMS)) {
                if (c.relIs(x, "obl") && !c.caseOf(x).equals("in")) continue; // "in protest against", "in protest of"
                out.addAll(c.subtree(x));
            }
        }
        return out;
    }

    /**
     * The words that tell what an accusation charges ("accused X of shelling the plant", "blamed Y for attacking",
     * "an accusation of rigging the vote"): the subtrees of its clauses and phrases marked by a charge preposition.
     */
    List<Integer> chargedActs(Cand k) {
        List<Integer> out = new ArrayList<>();
        for (int v : k.words()) {
            for (int x : c.children(v, "advcl", "obl", "nmod", "acl")) {
                boolean marked = CHARGE_CASES.contains(c.caseOf(x))
                        || c.children(x, "mark").stream().anyMatch(m -> CHARGE_CASES.contains(c.lower(m)));
                if (marked) out.addAll(c.subtree(x));
            }
        }
        return out;
    }

    /**
     * The verb a meeting noun is the purpose of ("joined by Y for a meeting", "hosted X for talks", also when the
     * parser hung "for talks" on the object), or -1. A verb that is an event of its own counts only when it is also
     * a light verb ("host"): then the meeting is what it did, and it is not coded apart (see {@link #code}).
     */
    int purposeOf(Cand k) {
        if (k.light() >= 0 || !c.caseOf(k.i()).equals("for")) return -1;
        int h = c.head(k.i());
        if (c.relIs(k.i(), "nmod") && c.relIs(h, "obj")) h = c.head(h);
        else if (!c.relIs(k.i(), "obl")) return -1;
        if (h < 0 || !c.pos(h).startsWith("VB")) return -1;
        Trigger t = lex.triggerFor(c.tokens.get(h));
        return t == null || lex.isLightVerb(c.lemma(h)) && !CameoCodes.MAKE_VISIT.equals(t.cameo()) ? h : -1;
    }

    /**
     * The relative clauses of a noun, also "the contacts that the North floated" parsed as a that-clause of the noun
     * (a content clause has its own object; a relative clause lacks it).
     */
    private List<Integer> relatives(int i) {
        List<Integer> out = new ArrayList<>(c.children(i, "acl"));
        for (int v : c.childrenExact(i, "ccomp")) {
            if (c.pos(i).startsWith("NN") && c.children(v, "obj").isEmpty()
                    && c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("that"))) out.add(v);
        }
        return out;
    }

    /** "the contacts the North floated": the verb of a relative clause about an event noun, or false. */
    boolean relativeOf(int v, int noun) { return relatives(noun).contains(v); }

    /**
     * "The U.S. should end the blockade, the minister said": the obliged clause a modal's verb of saying follows, and
     * which the parser made its head ({@link ReportedObligations}), or -1.
     */
    int reportedBefore(Cand w) {
        int h = c.head(w.i());
        boolean modal = lex.modal(w.t().lemma()) != null;
        return modal && h >= 0 && h < w.i() && c.relIs(w.i(), "parataxis", "ccomp") ? h : -1;
    }

    /** The complements of a wrapper where an inner event may sit. */
    List<Integer> complements(Cand w) {
        List<Integer> out = new ArrayList<>();
        if (!w.t().noun()) {
            out.addAll(c.children(w.i(), "xcomp", "ccomp", "obj"));
            // "the talks that X proposed": a wish told in a relative clause is about the noun it qualifies
            int h = c.head(w.i());
            if (h >= 0 && lex.triggerFor(c.tokens.get(h)) != null && relativeOf(w.i(), h) && c.children(w.i(), "obj").stream().allMatch(o -> c.pos(o).startsWith("W"))) out.add(h);
            for (int k : c.children(w.i(), "obl")) if (WISH_OBLIQUE_CASES.contains(c.caseOf(k))) out.add(k);
            int reported = reportedBefore(w);
            if (reported >= 0) out.add(reported);
        } else if (c.pos(w.i()).startsWith("JJ")) {
            out.addAll(adjectiveComplements(w.i()));
        } else {
            out.addAll(c.children(w.i(), "acl", "xcomp"));
            for (int k : c.children(w.i(), "nmod")) if (WISH_NOUN_CASES.contains(c.caseOf(k))) out.add(k);
        }
        return out;
    }

}
