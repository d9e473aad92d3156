package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.DependencyParse;
import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;

/**
 * A parsed sentence seen from the event coder: tokens by local index (0 = the sentence's first token), typed
 * dependency arcs, and the entity mentions the language layer found. Confined to one thread.
 */
final class Clause {
    private static final Set<String> AGENT_CASES = EventWords.get("passive-agent-cases");
    private static final Set<String> ANOTHER_OCCURRENCE = EventWords.get("another-occurrence-words");
    private static final Set<String> REPEATED = EventWords.get("repetition-adverbs");
    private static final Set<String> BLAMED_PREDICATES = EventWords.get("blamed-predicates");

    final Sentence sentence;
    final List<Token> tokens;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children = new ArrayList<>();
    /** The calendar time expression each word lies in, or null. */
    private final org.dateline.model.TimeExpression[] time;

    Clause(Sentence sentence, DependencyParse parse) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        head = new int[n];
        rel = new String[n];
        time = new org.dateline.model.TimeExpression[n];
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            rel[i] = "root";
            children.add(new ArrayList<>());
        }
        for (DependencyParse.Arc a : parse.arcs()) {
            if (a.dependent() < 0 || a.dependent() >= n) continue;
            head[a.dependent()] = a.head();
            rel[a.dependent()] = a.relation();
            if (a.head() >= 0 && a.head() < n) children.get(a.head()).add(a.dependent());
        }
        for (int i = 0; i < n; i++) repairWithInfinitive(i);
        for (int i = 0; i < n; i++) repairParticipleClause(i);
        for (int i = 0; i < n; i++) repairBlamedSubject(i);
        BareWeekdays.repair(this);
        FrontedAdjunctSubjects.repair(this);
        AddressedInfinitives.repair(this);
        GerundAfterPreposition.repair(this);
        ReportedParticiples.repair(this);
        ReducedRelatives.repair(this);
        LeaderAttachment.repair(this);
        StrandedMainVerbs.repair(this);
        QuotedLabels.repair(this);
        FrontedQuotes.repair(this);
    }

    /**
     * "issued a statement on Sunday, accusing Togo of harbouring rebels": the parser may read a present participle
     * after the main clause's comma as an adjective of the name that follows it, and that name as a second object of
     * the main verb. A participle set off by a comma before a noun of the main verb (nothing between them but the
     * noun's own determiners and modifiers) is a participial clause of that verb with the noun as its object; a charge
     * the noun carried ("of harbouring rebels") goes with it, as after "accused Togo".
     */
    private void repairParticipleClause(int a) {
        int n = head[a];
        if (!rel[a].equals("amod") || !tokens.get(a).pos().equals("VBG") || a < 1 || !lower(a - 1).equals(",")) return;
        if (n <= a || !tokens.get(n).pos().startsWith("NN")) return;
        int v = head[n];
        if (v < 0 || v >= a || !tokens.get(v).pos().startsWith("VB") || !relIs(n, "obj", "obl", "dep")) return;
        for (int k = a + 1; k < n; k++) if (head[k] != n || !relIs(k, "det", "amod", "compound", "nmod:poss")) return;
        move(a, v, "advcl");
        move(n, a, "obj");
        for (int k : List.copyOf(children.get(n))) if (relIs(k, "nmod") && caseOf(k).equals("of")) move(k, a, "obl");
    }

    /**
     * "the authorities are to blame for the collapse": the subject of a predicate of blame after "be to" is the one
     * blamed, not the one who blames (who is the speaker, when the sentence names one). The parser gives it as the
     * infinitive's subject; it is set as its object, as in "blame the authorities for the collapse".
     */
    private void repairBlamedSubject(int a) {
        if (!BLAMED_PREDICATES.contains(lemma(a)) || !tokens.get(a).pos().equals("VB")) return;
        if (children(a, "cop").isEmpty() || children(a, "mark").stream().noneMatch(m -> lower(m).equals("to"))) return;
        for (int s : childrenExact(a, "nsubj")) move(s, a, "obj");
    }

    /**
     * "met with the Togolese president to discuss trade", "teamed up with Uganda to build a railway": the parser
     * reads "with X to do Y" after a verb as the absolute construction ("with elections to be held in May, ..."),
     * making X the subject of the infinitive and leaving the verb without its partner. Right after its verb (nothing
     * between but the verb's particles and adverbs) and with an active infinitive, the phrase is the verb's "with"
     * oblique and the infinitive its purpose, whose subject is the verb's: the arcs are set so.
     */
    private void repairWithInfinitive(int a) {
        int v = head[a];
        if (v < 0 || !relIs(a, "advcl", "ccomp", "xcomp") || !tokens.get(v).pos().startsWith("VB")) return;
        int with = -1, to = -1, subj = -1;
        for (int k : children.get(a)) {
            if (rel[k].equals("mark") && lower(k).equals("with")) with = k;
            if (rel[k].equals("mark") && lower(k).equals("to")) to = k;
            if (rel[k].equals("nsubj")) subj = k;
            if (rel[k].startsWith("aux") && !lower(k).equals("to")) return; // "with talks to be held": absolute
        }
        if (with < 0 || to < 0 || subj < 0 || !(v < with && with < subj && subj < to && to < a)) return;
        for (int k = v + 1; k < with; k++) if (head[k] != v || !relIs(k, "compound:prt", "advmod")) return;
        move(with, subj, "case");
        move(subj, v, "obl");
    }

    /** Re-hangs a word under another head with another relation (the repairs of misparses). */
    void move(int dependent, int newHead, String relation) {
        if (head[dependent] >= 0) children.get(head[dependent]).remove(Integer.valueOf(dependent));
        head[dependent] = newHead;
        rel[dependent] = relation;
        children.get(newHead).add(dependent);
        children.get(newHead).sort(Integer::compare);
    }

    /** Makes a word the sentence's root (a repair that finds the main verb the parser hung under another word). */
    void makeRoot(int word) {
        if (head[word] >= 0) children.get(head[word]).remove(Integer.valueOf(word));
        head[word] = -1;
        rel[word] = "root";
    }

    int size() { return tokens.size(); }

    /** Marks the words inside calendar time expressions: "on Thursday to meet" never makes Thursday a subject. */
    void markTimes(List<org.dateline.model.TimeExpression> timexes) {
        for (var t : timexes) {
            if (!Circumstances.dates(t)) continue;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= t.start() && tokens.get(i).end() <= t.end()) time[i] = t;
            }
        }
    }

    boolean isTime(int i) { return i >= 0 && time[i] != null; }

    /** The calendar time expression word i lies in (after {@link #markTimes}), or null. */
    org.dateline.model.TimeExpression timeAt(int i) { return i < 0 ? null : time[i]; }

    /** The nominal subjects of a word, a time expression the parser took for one left out. */
    List<Integer> subjects(int v) {
        List<Integer> out = childrenExact(v, "nsubj");
        out.removeIf(this::isTime);
        return out;
    }

    int head(int i) { return i < 0 ? -1 : head[i]; }

    String rel(int i) { return i < 0 ? "" : rel[i]; }

    String lemma(int i) { return TriggerLexicon.lemma(tokens.get(i)); }

    String lower(int i) { return tokens.get(i).word().toLowerCase(Locale.ROOT); }

    String pos(int i) { return tokens.get(i).pos(); }

    /** Whether word {@code i} is a plural noun, common or proper ("messages", "Americans"). */
    boolean pluralNoun(int i) { return pos(i).equals("NNS") || pos(i).equals("NNPS"); }

    /** The dependents of i; none for -1, the head of the root, as {@link #head} and {@link #rel} read it. */
    List<Integer> children(int i) { return i < 0 ? List.of() : children.get(i); }

    /** Children attached by one of the relations (a relation matches its subtypes: "obl" matches "obl:tmod"). */
    List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i)) {
            for (String r : rels) {
                if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** Children attached by exactly this relation. */
    List<Integer> childrenExact(int i, String r) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i)) if (rel[c].equals(r)) out.add(c);
        return out;
    }

    /** The preposition of a nominal ("with", "ahead of", "on the sidelines of" -> "on"), lower case, or "". */
    String caseOf(int i) {
        StringBuilder b = new StringBuilder();
        for (int c : children.get(i)) {
            if (!rel[c].equals("case")) continue;
            if (b.length() > 0) b.append(' ');
            b.append(lower(c));
            for (int f : children(c, "fixed")) b.append(' ').append(lower(f));
        }
        return b.toString();
    }

    boolean relIs(int i, String... rels) {
        for (String r : rels) if (rel[i].equals(r) || rel[i].startsWith(r + ":")) return true;
        return false;
    }

    /** Token i and everything below it, sorted. */
    List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, Set.of());
        out.sort(Integer::compare);
        return out;
    }

    /** Branches that tell of other things than a verb's own time: other clauses, asides. */
    private static final Set<String> OTHER_CLAUSES = Set.of("conj", "parataxis", "ccomp", "advcl", "acl", "acl:relcl",
            "csubj", "xcomp", "appos", "list", "dep");

    /**
     * Whether a time expression lies under verb v in its own clause ("visits Paris this week", "has backed the plan
     * since May"), not in a clause or aside hanging on it.
     */
    boolean timedInItsClause(int v) {
        return subtreeWithout(v, OTHER_CLAUSES).stream().anyMatch(this::isTime);
    }

    /** Token i and everything below it except branches through the given relations. */
    List<Integer> subtreeWithout(int i, Set<String> cut) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, cut);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out, Set<String> cut) {
        out.add(i);
        for (int c : children.get(i)) {
            String base = rel[c].contains(":") ? rel[c].substring(0, rel[c].indexOf(':')) : rel[c];
            if (cut.contains(rel[c]) || cut.contains(base)) continue;
            collect(c, out, cut);
        }
    }

    /**
     * The clause v's act lies in: v or the nearest word above it attached by one of {@code clauseRels} ("advcl",
     * "ccomp"), climbing only through relations of {@code through} (exact names: the phrase and complements of one
     * clause); -1 when another relation comes first or nothing is found within ten steps. The status rules ask it
     * whether an act sits in a condition or an embedded question.
     */
    int enclosingClause(int v, Set<String> through, String... clauseRels) {
        for (int n = v, guard = 0; n >= 0 && guard < 10; n = head(n), guard++) {
            if (relIs(n, clauseRels)) return n;
            if (!through.contains(rel(n))) return -1;
        }
        return -1;
    }

    /** True when token a lies below token b (or is b). */
    boolean dominates(int b, int a) {
        for (int x = a, guard = 0; x >= 0 && guard < 200; x = head[x], guard++) if (x == b) return true;
        return false;
    }

    /** Body text from the first to the last token of a list of local indices. */
    String text(List<Integer> idx, String body) {
        if (idx.isEmpty()) return null;
        int s = tokens.get(idx.get(0)).start(), e = tokens.get(idx.get(idx.size() - 1)).end();
        return body.substring(s, e);
    }

    /** Entities of the sentence whose span covers token i. */
    List<Entity> entitiesAt(int i) {
        Token t = tokens.get(i);
        List<Entity> out = new ArrayList<>();
        for (Entity e : sentence.mentions()) if (e.start() <= t.start() && t.end() <= e.end()) out.add(e);
        return out;
    }

    /** The local index of the token starting at or covering a body offset, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= offset && offset < t.end()) return i;
            if (t.start() > offset) return i;
        }
        return -1;
    }

    /**
     * "another round of talks", "a second meeting", "a new round": the text itself says this is not the event it
     * mentioned before, so it must never be folded into an earlier mention of the same pair.
     */
    boolean marksAnotherOccurrence(int trigger) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        if (relIs(trigger, "nmod") && caseOf(trigger).equals("of")) heads.add(head(trigger)); // "round of talks"
        for (int h : heads) {
            for (int m : children(h, "det", "amod")) {
                if (ANOTHER_OCCURRENCE.contains(lower(m))) return true;
            }
        }
        // "held a rally again", "met again": an adverb of repetition on the event word or on the verb it is the object of
        if (relIs(trigger, "obj") && head(trigger) >= 0) heads.add(head(trigger));
        for (int h : heads) {
            for (int m : children(h, "advmod")) {
                if (REPEATED.contains(lower(m))) return true;
            }
        }
        return false;
    }

    /** "have met", "had been killed": the verb v has a "have" auxiliary, the perfect. */
    boolean perfect(int v) {
        return children(v, "aux").stream().anyMatch(a -> lemma(a).equals("have"));
    }

    /** "had rejected", "had been killed": the perfect in the past tense, an act placed before the story's own past. */
    boolean pastPerfect(int v) {
        return children(v, "aux").stream().anyMatch(a -> lemma(a).equals("have") && pos(a).equals("VBD"));
    }

    /** "did not leave", "was not followed": the verb v is denied by a negation or a "not" it governs. */
    boolean deniedByNot(int v) {
        return !children(v, "neg").isEmpty() || children(v, "advmod").stream().anyMatch(k -> lower(k).equals("not"));
    }

    /** "will meet", "could attack", "should go": the word v has a modal auxiliary. */
    boolean hasModal(int v) {
        return children(v, "aux").stream().anyMatch(a -> pos(a).equals("MD"));
    }

    /**
     * "no talks", "no force": the noun n has the negative determiner "no", which denies that any such thing took
     * part (a closed word of the grammar, not a list to grow).
     */
    boolean determinedByNo(int n) {
        return children(n, "det").stream().anyMatch(d -> lower(d).equals("no"));
    }

    /**
     * "was vetoed by Russia", "must be lifted by the United States": the verb v names its doer, in a phrase of
     * {@code passive-agent-cases} or in the parser's agent relation.
     */
    boolean namesDoer(int v) {
        return children(v, "obl", "nmod").stream().anyMatch(k -> relIs(k, "obl:agent") || AGENT_CASES.contains(caseOf(k)));
    }

    /** "has to lift": the word a is a form of "have" with the infinitive's "to" right after it (not "has lifted"). */
    boolean haveTo(int a) {
        return a + 1 < size() && lemma(a).equals("have") && lower(a + 1).equals("to");
    }

    /** "never forgive", "have not met": the verb v carries one of {@code words} as an adverb or a negation. */
    boolean modifiedBy(int v, Set<String> words) {
        return hasChildAmong(v, words, "advmod", "neg");
    }

    /**
     * Whether word v has a child attached by one of the relations that is one of {@code words} (lower case):
     * "left here", "came back home" -- the place word of a verb of moving, wherever the parser hung it.
     */
    boolean hasChildAmong(int v, Set<String> words, String... rels) {
        return children(v, rels).stream().anyMatch(k -> words.contains(lower(k)));
    }

    /**
     * "has no plan to meet" parsed as a clausal complement, "flew to Y to meet Z" as an adverbial clause of purpose:
     * a "to" infinitive without a subject of its own is an open complement all the same.
     */
    boolean infinitival(int v) {
        return relIs(v, "ccomp", "advcl") && children(v, "mark").stream().anyMatch(m -> lower(m).equals("to"))
                && subjects(v).isEmpty();
    }

    /**
     * "Obama to visit China next week", "the people of Cuba vow to wipe out ..." when the parser takes the vow for a
     * noun: a "to" infinitive that is the sentence's own verb, with a subject, is what the subject is to do (news
     * writes the future so in headlines), not something done.
     */
    boolean sentenceInfinitive(int v) {
        return relIs(v, "root") && pos(v).equals("VB") && !subjects(v).isEmpty()
                && children(v, "mark").stream().anyMatch(m -> lower(m).equals("to"))
                && children(v, "aux", "cop").isEmpty();
    }
}
