package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.EventStatus;

/**
 * Status from tense and modality. Reads cue words (status-cues.tsv) along the chain from the event's word up to its
 * clause: auxiliaries ("will meet", "could happen"), governing words ("plans to meet", "a chance for a meeting",
 * "no plan to meet", "refused to meet"), negation, and modifiers ("upcoming talks", "set for Friday"). The chain
 * stops at a clause boundary, so "said that" or "after they failed to" never colour the event, nor does the verb a
 * conjunct with a tense of its own is coordinated with ({@link Coordination}). Negated beats
 * possible, possible beats planned; no cue means occurred. A plan is never called occurred.
 */
final class Modality {
    private static final Set<String> CLIMB = Set.of("xcomp", "acl", "nmod", "obj", "nsubj", "nsubj:pass", "conj", "obl",
            "iobj", "compound");
    private static final Set<String> CUE_CHILDREN = Set.of("aux", "aux:pass", "advmod", "det", "amod", "case", "mark",
            "neg", "compound");
    private static final Set<String> DENIALS = EventWords.get("denial-verbs");
    private static final Set<String> JUDGING = EventWords.get("judging-predicates");
    private static final Set<String> DEFINITE = EventWords.get("definite-determiners");
    private static final Set<String> NO_ONE = EventWords.get("negative-subjects");
    private static final Set<String> TIME_CONJUNCTIONS = EventWords.get("future-time-conjunctions");

    private final TriggerLexicon lexicon;

    Modality(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The status of the event whose word is {@code trigger}; {@code own} are its own words (never cues for it). */
    EventStatus status(Clause c, int trigger, Set<Integer> own) {
        if (underWayOrPast(c, trigger, own)) return EventStatus.OCCURRED;
        int rank = 0;
        int node = trigger;
        for (int guard = 0; node >= 0 && guard < 12; guard++) {
            if (node != trigger && PerformedWishes.performs(c, node)) break; // "I want to thank X": thanked now
            // "exercises to be staged by X are a provocation": the parser may make the noun the subject of its own
            // passive infinitive; that infinitive tells of what is still ahead, as on a noun
            if (passiveInfinitive(c, node) && (own.contains(node) || c.subjects(node).contains(trigger))) rank = Math.max(rank, 1);
            if (node == trigger && noOneDidIt(c, node)) rank = 3; // "none of the doctors were killed"
            if (node == trigger && presentOfTimeClause(c, node)) rank = Math.max(rank, 1); // "until X visits Baghdad"
            if (!own.contains(node)) {
                int here = verbRank(c, node);
                // "had planned to stop over": a plan told in the past perfect was overtaken by events
                if (here == 1 && c.pos(node).startsWith("VB")
                        && c.children(node, "aux").stream().anyMatch(a -> c.lemma(a).equals("have") && c.pos(a).equals("VBD"))) {
                    here = 3;
                }
                rank = Math.max(rank, here);
            }
            for (int k : c.children(node)) {
                if (own.contains(k) || c.isTime(k)) continue; // "the May 2 statement" is no "may"
                String r = c.rel(k);
                if (CUE_CHILDREN.contains(r)) {
                    rank = Math.max(rank, rank(lexicon.cue(c.lemma(k))));
                    rank = Math.max(rank, rank(lexicon.cue(c.lower(k))));
                    for (int f : c.children(k, "fixed")) rank = Math.max(rank, rank(lexicon.cue(c.lower(f))));
                }
                // "their talks planned for Thursday were put off": a passive verb group without a subject, hung
                // loosely on the verb the event noun is the subject of, is the noun's predicate
                if (r.equals("dep") && c.pos(k).startsWith("VB") && c.subjects(k).isEmpty()
                        && c.subjects(node).stream().anyMatch(own::contains)
                        && !c.children(k, "aux:pass").isEmpty()) {
                    rank = Math.max(rank, verbRank(c, k));
                }
                if (c.pos(node).startsWith("NN") && (r.equals("acl") || r.equals("acl:relcl"))) {
                    rank = Math.max(rank, rank(lexicon.cue(c.lemma(k))));
                    for (int a : c.children(k, "aux", "advmod")) rank = Math.max(rank, rank(lexicon.cue(c.lemma(a))));
                }
            }
            // "left ... for talks": an event noun as the purpose of a movement is still ahead
            if (c.pos(node).startsWith("NN") && c.relIs(node, "obl", "nmod") && c.caseOf(node).equals("for")
                    && !own.contains(c.head(node)) && c.pos(c.head(node)).startsWith("VB")) {
                rank = Math.max(rank, 1);
            }
            // "has no plan to meet": the governing verb's object is the cue noun, with its own determiner
            if (node != trigger) {
                for (int o : c.children(node, "obj")) {
                    if (own.contains(o) || lexicon.cue(c.lemma(o)) == null) continue;
                    rank = Math.max(rank, rank(lexicon.cue(c.lemma(o))));
                    for (int d : c.children(o, "det", "amod")) rank = Math.max(rank, rank(lexicon.cue(c.lower(d))));
                }
            }
            String r = c.rel(node);
            if (c.sentenceInfinitive(node)) rank = Math.max(rank, 1); // "Obama to visit China next week"
            // a "to" infinitive the parser hung as a clausal complement is an open complement all the same
            boolean toInfinitive = c.infinitival(node);
            // "have yet to agree", "is yet to be signed": "yet" right before the infinitive's "to"
            for (int m : c.children(node, "mark")) {
                if (m > 0 && c.lower(m).equals("to") && c.lower(m - 1).equals("yet")) rank = 3;
            }
            // "denied that its troops shelled the village": what a denial says is said not to have happened
            if (r.equals("ccomp") && c.head(node) >= 0 && DENIALS.contains(c.lemma(c.head(node)))) rank = 3;
            if (!CLIMB.contains(r) && !toInfinitive) break;
            if (node == trigger && judgedSubject(c, node)) break;
            if (Coordination.verbalConjunct(c, node)) {
                // "if X takes the case and rejects it": the shared "if" holds for the conjunct all the same
                for (int m : SharedConditions.marks(c, node)) rank = Math.max(rank, rank(lexicon.cue(c.lower(m))));
                // "killed two men and will pursue the rest": a conjunct with a tense of its own is a clause apart
                if (Coordination.ownVerbGroup(c, node)) break;
                // "will never pardon them but punish them": a contrast takes the future, not the negation
                if (Coordination.contrasted(c, node)) {
                    rank = Math.max(rank, Math.min(2, auxiliaryRank(c, c.head(node))));
                    break;
                }
            }
            if (r.equals("nmod") && !c.pos(c.head(node)).startsWith("NN")) break;
            node = c.head(node);
        }
        return statusOf(rank);
    }

    /**
     * An event noun whose own modifier places it under way or in the past ("his current visit", "the recent talks"):
     * the clause around it says something of an event that is happening or happened ("X's current visit will mark a
     * new stage"), so its "will" or "may" is not the event's. A negation of the noun itself still counts elsewhere.
     */
    private boolean underWayOrPast(Clause c, int trigger, Set<Integer> own) {
        if (!c.pos(trigger).startsWith("NN")) return false;
        for (int k : c.children(trigger, "amod", "advmod")) {
            if (!own.contains(k) && "occurred".equals(lexicon.cue(c.lemma(k)))) return true;
        }
        return false;
    }

    /**
     * An event noun as the subject of a judgement of it ("X's visit will mark a new stage", "his visit will be a
     * great event"): the judgement's "will" is not the event's, which the text presents as a fact it comments on.
     * Only a definite event (a possessor or "the/this") counts: "a visit would mark a thaw" is still a possibility.
     */
    private boolean judgedSubject(Clause c, int noun) {
        if (!c.pos(noun).startsWith("NN") || !c.relIs(noun, "nsubj", "nsubj:pass")) return false;
        boolean definite = !c.children(noun, "nmod:poss").isEmpty()
                || c.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(c.lower(d)));
        if (!definite) return false;
        int head = c.head(noun);
        return JUDGING.contains(c.lemma(head)) || !c.children(head, "cop").isEmpty();
    }

    /**
     * "None of the doctors were killed", "no one was arrested", "no soldiers were hurt": a verb whose subject is
     * nobody tells that the act did not happen to or by anyone.
     */
    private static boolean noOneDidIt(Clause c, int v) {
        if (!c.pos(v).startsWith("VB")) return false;
        for (int s : c.children(v, "nsubj")) {
            if (NO_ONE.contains(c.lower(s))) return true;
            if (c.children(s, "det").stream().anyMatch(d -> NO_ONE.contains(c.lower(d)))) return true;
        }
        return false;
    }

    /**
     * "The US must wait until Annan visits Baghdad", "once the envoys meet", "before the troops withdraw": a clause of
     * time whose verb is in the simple present tells of what is still ahead (English uses no "will" there).
     */
    private static boolean presentOfTimeClause(Clause c, int v) {
        if (!(c.pos(v).equals("VBZ") || c.pos(v).equals("VBP")) || !c.relIs(v, "advcl")) return false;
        if (!c.children(v, "aux", "aux:pass").isEmpty()) return false;
        return c.children(v, "mark").stream().anyMatch(m -> TIME_CONJUNCTIONS.contains(c.lower(m)));
    }

    /**
     * "(talks) to be held": a verb with the infinitive's "to" and a passive auxiliary. A perfect one ("is believed to
     * have been killed") tells of what is past.
     */
    private static boolean passiveInfinitive(Clause c, int v) {
        return c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to")) && !c.children(v, "aux:pass").isEmpty()
                && !c.perfect(v);
    }

    /** The cue of a word, or of a verb with its particle ("were put off", "called off"), whichever is stronger. */
    private int verbRank(Clause c, int v) {
        int here = rank(lexicon.cue(c.lemma(v)));
        // "is determined to hold talks": a participle used as an adjective cues by its own form, not its verb's
        if (c.pos(v).equals("VBN")) here = Math.max(here, rank(lexicon.cue(c.lower(v))));
        for (int prt : c.children(v, "compound:prt")) {
            here = Math.max(here, rank(lexicon.cue(c.lemma(v) + " " + c.lower(prt))));
        }
        return here;
    }

    /** The strongest cue among a verb's auxiliaries ("will", "may"). */
    private int auxiliaryRank(Clause c, int v) {
        int rank = 0;
        for (int a : c.children(v, "aux")) rank = Math.max(rank, Math.max(rank(lexicon.cue(c.lemma(a))), rank(lexicon.cue(c.lower(a)))));
        return rank;
    }

    /** The status a verb's own auxiliaries and negation give, without climbing: for a clause that is a fact apart. */
    EventStatus local(Clause c, int v) {
        int rank = 0;
        for (int k : c.children(v, "aux", "advmod", "neg")) {
            rank = Math.max(rank, rank(lexicon.cue(c.lemma(k))));
            rank = Math.max(rank, rank(lexicon.cue(c.lower(k))));
        }
        // "exercises to be staged", "talks to be held": a passive infinitive on the event noun tells of what is still
        // ahead ("talks held on Monday" are past; "held talks to resolve the crisis", active, is only a purpose)
        if (passiveInfinitive(c, v)) rank = Math.max(rank, 1);
        return statusOf(rank);
    }

    private static EventStatus statusOf(int rank) {
        return switch (rank) {
            case 3 -> EventStatus.NEGATED;
            case 2 -> EventStatus.POSSIBLE;
            case 1 -> EventStatus.PLANNED;
            default -> EventStatus.OCCURRED;
        };
    }

    private static int rank(String cue) {
        if (cue == null) return 0;
        return switch (cue) {
            case "negated" -> 3;
            case "possible" -> 2;
            case "planned" -> 1;
            default -> 0;
        };
    }

}
