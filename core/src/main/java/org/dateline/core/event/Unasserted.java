package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * A yes/no question asserts no happening: "Will Russia attack Ukraine again?", "Did the rebels attack the convoy?"
 * ask whether it happens, and none of their acts is an event (nor a stated intention: "will" in a question is no
 * threat). A question with a question word ("Who attacked the convoy?") takes its act as given and is not one of them.
 *
 * <p>An exhortation asserts no happening either: an imperative ("Smash the puppet regime at once!", "Free the
 * prisoners!") or a call to act together ("Let us wipe out the traitors") urges an act that has not happened, and
 * names no one who does it but the reader or an unnamed "us"; the rallying cries of official statements and
 * slogans are no assault. An act under such a verb ("let us", "help them rebuild") is urged as well.
 *
 * <p>An indirect question asserts no request: "asked why the companies were based there", "asked the minister
 * whether the money had been spent" want an answer, not an act, where "asked X to leave" and "asked for help" do.
 * A verb of asking whose complement clause opens on a question word or "whether" / "if", with no infinitive and no
 * "for" phrase beside it, is such a question; so is one whose adverbial clause opens on "why", "whether" or "how"
 * (a parse of "asked the minister why X"), and one whose complement is a question quoted whole ("asked Google, 'How
 * do you train it?'").
 *
 * <p>An act inside an embedded question is not asserted either: "wondered if the two will ever get
 * together", "went from room to room to see if people were there to shoot them", "it remains to be seen what targets
 * Ukraine will attack". The question asks whether the act happens, as a direct yes/no question does, and news tells no
 * act by it. The question is a clause under a verb or adjective of not knowing or finding out
 * ({@code open-question-governors}) that opens on "whether" or "if" (after such a word "if" asks, it sets no
 * condition), or on a question word when its act is still ahead (a modal: "what they will attack"); "asked who
 * attacked the convoy" takes the attack as given and keeps it.
 *
 * <p>A demand's content in the subjunctive asserts no happening: "insisted that the army withdraw its troops", "the
 * bill's stipulation that the central bank levy a tax", "seeks that the editors be restrained". The base form of the
 * verb (no tense, no auxiliary: "withdraw", "be restrained") in a that-clause under a word of demanding, proposing or
 * requiring ({@code mandative-governors}) names the act wanted, which has not happened; the demand itself is the
 * governing word's own event, if it is one. A tensed complement ("insisted that the army withdrew") reports a deed.
 *
 * <p>Nor does an act inside a gerund clause that is the subject of a would-be predicate: "Having the central bank
 * impose a tax would give the state a tool", "Imposing tariffs could hurt farmers" weigh an act that may be done.
 *
 * <p>A habit told in the present ("police often arrest protesters", "soldiers routinely beat detainees") is left
 * alone: news reports such a practice as the acts of those named, and event coders code it.
 */
final class Unasserted {
    private static final Set<String> INVERTED = EventWords.get("question-auxiliaries");
    private static final Set<String> CARRIERS = EventWords.get("exhorted-relations");
    private static final Set<String> LEADING = EventWords.get("imperative-leading-relations");
    private static final Set<String> SUBJECTS = EventWords.get("imperative-excluded-relations");
    private static final Set<String> ASKING = EventWords.get("asking-verbs");
    private static final Set<String> QUESTION_OPENERS = EventWords.get("question-openers");
    private static final Set<String> ASKED_FOR = EventWords.get("asked-for-cases");
    private static final Set<String> ADVERBIAL_OPENERS = EventWords.get("adverbial-question-openers");
    private static final Set<String> QUESTION_GOVERNORS = EventWords.get("open-question-governors");
    /** Relations an act's word is climbed through to the clause it belongs to (its phrase, its complements). */
    private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj", "acl", "obj", "nsubj", "nsubj:pass", "obl",
            "nmod", "compound", "dep");

    private final Clause c;
    /** Pairs of words that open an alternative not taken (word-lists.txt alternative-openers): "instead of". */
    private static final Set<String> ALTERNATIVES = EventWords.get("alternative-openers");
    private static final Set<String> MANDATIVE = EventWords.get("mandative-governors");
    private static final Set<String> WOULD_BE = EventWords.get("would-be-modals");
    /** Relations from a demanded clause's verb up to the word that demands it ("demand that", "damages and that"). */
    private static final Set<String> DEMANDED_CLAUSE = Set.of("ccomp", "acl", "conj", "dep");

    Unasserted(Clause c) {
        this.c = c;
    }

    /**
     * An act named as the alternative not taken: "the campaign would only increase support for the group instead of
     * eradicating it", "chose talks rather than attacking": the text says the act does not happen. The verb (a gerund
     * or a bare verb) follows the two words of the opener, adverbs between them skipped.
     */
    boolean alternativeNotTaken(int v) {
        int p = v - 1;
        while (p > 0 && c.pos(p).startsWith("RB") && !ALTERNATIVES.contains(c.lower(p - 1) + "_" + c.lower(p))) p--;
        return p > 0 && ALTERNATIVES.contains(c.lower(p - 1) + "_" + c.lower(p));
    }

    /**
     * Whether the sentence is a question of any kind, one that ends on "?" ("Why did the minister criticise
     * Portugal?", "Will Russia attack?"): a learned proposal takes it as asking, telling no act.
     */
    boolean question() { return closingQuestionMark() >= 0; }

    /** A sentence that ends in "?" and opens on an auxiliary: "Will Russia attack ...?", "Did the army ...?". */
    boolean yesNoQuestion() {
        int last = closingQuestionMark();
        if (last < 0) return false;
        int first = 0;
        while (first < last && (isQuote(first) || c.pos(first).equals("CC"))) first++;
        return INVERTED.contains(c.lower(first)) && c.relIs(first, "aux", "aux:pass", "cop");
    }

    /**
     * The "?" that ends the sentence, behind any closing quotes, brackets and other end punctuation ("?!", "?'",
     * "?)"); -1 when the sentence does not end on one.
     */
    private int closingQuestionMark() {
        for (int i = c.size() - 1; i >= 0; i--) {
            if (c.lower(i).equals("?")) return i;
            if (!c.pos(i).equals(".") && !isQuote(i)) return -1;
        }
        return -1;
    }

    /**
     * Whether the verb v asks a question rather than for an act: a verb of asking with a complement clause that opens
     * on a question word or "whether" / "if" ("asked why X", "asked them where Y"), and no infinitive ("asked them to
     * leave") or "for" phrase ("asked for help") of its own.
     */
    boolean indirectQuestion(int v) {
        if (v < 0 || !ASKING.contains(c.lemma(v))) return false;
        if (!c.children(v, "xcomp").isEmpty()) return false;
        if (c.children(v, "obl", "nmod").stream().anyMatch(k -> ASKED_FOR.contains(c.caseOf(k)))) return false;
        if (c.children(v, "ccomp").stream().anyMatch(this::opensOnQuestion)) return true;
        // "asked the minister why the talks had failed", parsed as an adverbial clause
        if (c.children(v, "advcl").stream().anyMatch(k -> ADVERBIAL_OPENERS.contains(c.lower(first(k))))) return true;
        // "ZDNET asked Google, 'How do you train it?'": a question quoted whole
        return c.children(v, "ccomp", "parataxis", "dep").stream().anyMatch(this::endsOnQuestionMark);
    }

    /** Whether the act whose verb is v lies inside an embedded question ("wondered if X will Y", "to see if X did Y"). */
    boolean embeddedQuestion(int v) {
        int clause = c.enclosingClause(v, WITHIN_CLAUSE, "advcl", "ccomp");
        return clause >= 0 && questionClause(clause);
    }

    /** A subordinate clause that asks: under a governor of not knowing, opening on "whether"/"if" or on a question word with a modal. */
    private boolean questionClause(int clause) {
        int h = c.head(clause);
        if (h < 0 || !QUESTION_GOVERNORS.contains(c.lemma(h))) return false;
        if (c.children(clause, "mark").stream().anyMatch(m -> QUESTION_OPENERS.contains(c.lower(m)))) return true;
        if (!c.relIs(clause, "ccomp") || !c.hasModal(clause)) return false;
        // "exactly what targets X will attack": the question word within the clause's first words
        int first = first(clause);
        for (int i = first; i < Math.min(clause, first + 3); i++) if (c.pos(i).startsWith("W")) return true;
        return false;
    }

    private int first(int clause) {
        return c.subtree(clause).stream().mapToInt(Integer::intValue).min().orElse(clause);
    }

    /** A clause whose last word, or the word after it (a quote's closing mark between), is a question mark. */
    private boolean endsOnQuestionMark(int clause) {
        int last = c.subtree(clause).stream().mapToInt(Integer::intValue).max().orElse(clause);
        for (int i = last; i < Math.min(c.size(), last + 3); i++) if (c.lower(i).equals("?")) return true;
        return false;
    }

    /** A clause whose first word is a question word or a subordinator of a question ("why ...", "whether ..."). */
    private boolean opensOnQuestion(int clause) {
        int first = first(clause);
        return c.pos(first).startsWith("W") || QUESTION_OPENERS.contains(c.lower(first));
    }

    /** Whether the verb v is an imperative, or is urged by one through its complements or coordination. */
    boolean exhorted(int v) {
        for (int n = v, guard = 0; n >= 0 && guard < 8; n = c.head(n), guard++) {
            if (imperative(n)) return true;
            if (!CARRIERS.contains(c.rel(n))) return false;
        }
        return false;
    }

    /**
     * A verb in the base form that opens its own clause with no subject, auxiliary or infinitive marker: the
     * sentence's own verb ("Smash ...!"), or a quoted one set before the verb that reports it ("'Free the prisoners!'
     * shouted the crowd").
     */
    private boolean imperative(int v) {
        if (!c.pos(v).equals("VB")) return false;
        // the sentence's own verb, a quoted one set before its reporting verb, or one opening a quotation wherever
        // it hangs ('a statement titled "Let us wipe out the traitors"')
        int opening = v > 0 && c.pos(v - 1).equals("``") ? v - 1 : -1;
        boolean own = c.relIs(v, "root") || c.relIs(v, "ccomp", "parataxis") && c.head(v) > v || opening >= 0;
        if (!own) return false;
        for (int k : c.children(v)) {
            if (k < opening) continue; // a subject outside the quotation is the parser's guess ("a statement titled")
            if (SUBJECTS.stream().anyMatch(r -> c.relIs(k, r))) return false;
            if (k < v && !LEADING.stream().anyMatch(r -> c.relIs(k, r)) && !isQuote(k)) return false;
        }
        return true;
    }

    private boolean isQuote(int i) {
        String p = c.pos(i);
        return p.equals("''") || p.equals("``") || p.equals("-RRB-") || p.equals("-LRB-");
    }

    /**
     * Whether the act whose verb is v is the subjunctive content of a demand: v (or its passive auxiliary "be") in the
     * base form with no other auxiliary and no infinitive "to", in a clause under a word of demand, proposal or
     * requirement, reached through the clause relations (and the words between: "seeks damages and that X be Y").
     */
    boolean demandedInSubjunctive(int v) {
        if (v < 0 || !subjunctiveForm(v)) return false;
        int clause = c.enclosingClause(v, Set.of("xcomp", "conj"), DEMANDED_CLAUSE.toArray(String[]::new));
        if (clause < 0 || c.children(clause, "nsubj").isEmpty()) return false; // a passive's subject too
        // a conjunct is a demanded clause of its own only with its "that": "seeks damages and that they be restrained"
        if (c.relIs(clause, "conj") && !thatClause(clause)) return false;
        for (int h = c.head(clause), guard = 0; h >= 0 && guard < 4; h = c.head(h), guard++) {
            if (MANDATIVE.contains(c.lemma(h))) return true;
            if (!c.relIs(h, "obj", "conj", "nsubj", "nsubj:pass", "ccomp", "acl")) return false;
        }
        return false;
    }

    /** The base form with no tense: "(that the army) withdraw", "(that they) be restrained"; never "to withdraw". */
    private boolean subjunctiveForm(int v) {
        if (c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"))) return false;
        List<Integer> aux = c.children(v, "aux", "aux:pass");
        // "Having the bank impose": a gerund the parser took for the verb's auxiliary is no tense either
        if (aux.size() == 1 && c.pos(aux.get(0)).equals("VBG")) return false;
        if (aux.isEmpty()) return c.pos(v).equals("VB") || c.pos(v).equals("VBP") && thatClause(v);
        return aux.size() == 1 && c.lower(aux.get(0)).equals("be") && c.relIs(aux.get(0), "aux:pass");
    }

    /**
     * A present plural form ("that the troops withdraw") is a subjunctive only when the clause is a that-clause: the
     * plain present of a plural subject looks the same, and the mark at least says it is a complement.
     */
    private boolean thatClause(int v) {
        return c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("that"));
    }

    /**
     * Whether the act whose verb is v lies in a gerund clause that is the subject of a verb under a modal of what
     * would be ("Having the bank impose a tax would give ...", "Imposing tariffs could hurt farmers").
     */
    boolean inWouldBeSubject(int v) {
        for (int n = v, guard = 0; n >= 0 && guard < 6; n = c.head(n), guard++) {
            // "Imposing tariffs", or a bare verb the parser gave the gerund as auxiliary: "Having the bank impose"
            boolean gerund = c.pos(n).equals("VBG") || c.children(n, "aux").stream().anyMatch(a -> c.pos(a).equals("VBG"));
            if (c.relIs(n, "csubj") && gerund) {
                int h = c.head(n);
                return h >= 0 && c.children(h, "aux").stream().anyMatch(a -> WOULD_BE.contains(c.lower(a)));
            }
            if (!c.relIs(n, "xcomp", "ccomp", "conj", "obj")) return false;
        }
        return false;
    }
}
