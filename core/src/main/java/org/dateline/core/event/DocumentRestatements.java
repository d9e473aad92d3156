package org.dateline.core.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * (s50, issue 13) A speech act told in the words of the document the story has already told issued: "The statement
 * said that X is ...", "The article noted ...", "The statement strongly urged Japan to ...", "In the message the
 * president extended greetings to ...", "He in the message congratulated ...". The definite document noun points back
 * at the document, and what it says is the content of that one statement, message or article: CODING.md codes a
 * statement once per speaker (section 1) and folds a happening told again into its first mention (section 6), and
 * judges mark such a second row {@code duplicate} (same statement, same message, same article).
 *
 * <p>The cue is grammatical: the event word, or the verb it hangs from (its light verb, the verb of saying whose
 * content it is), has as subject a bare definite document noun ({@code utterance-nouns}: "the statement", "the
 * article", not "a statement" nor "the joint statement of 2000") or an "in" phrase naming a document with a definite
 * or possessive determiner ({@code restating-determiners}: "in the message", "in his letter"). Such a draft is folded
 * into the latest earlier event of the article of the same type and status when the two share a doer (one name or one
 * country): the document's issuer, however the second mention names it. An act the text marks as one more occurrence
 * ("again") is never folded, nor a document's words with no earlier event of its kind, nor ones whose latest earlier
 * event of that type is someone else's (a second party's statement told in between): "the statement" is then that
 * party's, and it is left alone; nor an act the document aims at a party the first act did not reach (s51: "the
 * statement accused the U.S." after a statement denouncing the authorities is a second accusation).
 */
final class DocumentRestatements {
    private static final Set<String> DOCUMENTS = EventWords.get("utterance-nouns");
    private static final Set<String> DETERMINERS = EventWords.get("restating-determiners");
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> WORDING = EventWords.get("document-wording-verbs");
    private static final Set<String> ACTS = EventWords.get("document-act-verbs");
    private static final Set<String> ARTICLES = EventWords.get("restating-articles");
    /** How far up from the event word its clause is climbed: the light verb, then a verb of saying. */
    private static final int CLIMB = 3;

    private final Set<Draft> restating = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Marks the drafts of this clause that tell a document's words (see the class). */
    void read(Clause c, List<Draft> drafts) {
        for (Draft d : drafts) {
            int w = triggerToken(c, d);
            if (w >= 0 && !c.marksAnotherOccurrence(w) && inDocumentsWords(c, w)) restating.add(d);
        }
    }

    /**
     * (s58) Whether the learned proposer's root tells again the words of a document whose act the rules coded already:
     * "The message expressed the hope that ...", "In the message he wished ...", "It wished him success" (the pronoun,
     * standing for no one the language layer knows, with a verb of wording a document does, {@code
     * document-wording-verbs} or {@code document-act-verbs}, after a document was issued). The restatement is the
     * same happening as the document's coded event when an earlier event of the article has a doer of the same name as
     * the proposal's (for the pronoun, as the document's issuer), or, when an article points back at the document ("in
     * the message"), of the same country ("the president" and "Mahmoud Abbas"); one country alone is not enough for a
     * possessive ("Kim said in his speech"): in a story of one state's many speakers, a second speaker's speech is his
     * own act. It is then no event of its own (CODING.md section 6), whatever type the model gives it.
     */
    static boolean restatesCoded(Clause c, int root, int subject, List<Participant> doers, ArticleContext ctx) {
        boolean pronoun = subject >= 0 && c.lower(subject).equals("it") && c.entitiesAt(subject).isEmpty()
                && !ctx.lastDocumentAuthors.isEmpty()
                && (WORDING.contains(c.lemma(root)) || ACTS.contains(c.lemma(root)));
        boolean definite = !pronoun && pointsBackByArticle(c, root);
        if (!pronoun && (c.marksAnotherOccurrence(root) || !definite && !inDocumentsWords(c, root))) return false;
        int here = c.sentence.index();
        List<Participant> issuers = pronoun ? ctx.lastDocumentAuthors : doers;
        return ctx.events.stream().anyMatch(d -> d.sentence < here && (Participants.overlap(d.actors, issuers)
                || definite && Participants.shareCountry(d.actors, issuers, Set.of())));
    }

    /**
     * "The message expressed ...", "X in the message sent ..." (the phrase on the verb or on its subject): the
     * document is named again with an article
     * ({@code restating-articles}), so it is one the story told; "X said in his speech" names the speaker's own speech,
     * which may be new.
     */
    private static boolean pointsBackByArticle(Clause c, int w) {
        int n = w;
        for (int step = 0; n >= 0 && step <= CLIMB; step++) {
            for (int s : c.childrenExact(n, "nsubj")) {
                if (DocumentVoices.namesLatest(c, s) || inArticledDocument(c, c.children(s, "nmod"))) return true;
            }
            if (inArticledDocument(c, c.children(n, "obl"))) return true;
            int h = c.head(n);
            if (h < 0 || !c.relIs(n, "obj", "xcomp") && !(c.relIs(n, "ccomp", "parataxis") && SAYING.contains(c.lemma(h)))) {
                return false;
            }
            n = h;
        }
        return false;
    }

    /** "in the message": one of these phrases is an "in" phrase of a document noun with an article. */
    private static boolean inArticledDocument(Clause c, List<Integer> phrases) {
        for (int o : phrases) {
            if (!DOCUMENTS.contains(c.lemma(o)) || !c.caseOf(o).equals("in")) continue;
            for (int d : c.children(o, "det")) if (ARTICLES.contains(c.lower(d))) return true;
        }
        return false;
    }

    /** Whether the event word w, or a verb it hangs from, speaks through a document the text points back at. */
    static boolean inDocumentsWords(Clause c, int w) {
        int n = w;
        for (int step = 0; n >= 0 && step <= CLIMB; step++) {
            for (int s : c.childrenExact(n, "nsubj")) {
                if (DocumentVoices.namesLatest(c, s)) return true;
            }
            for (int o : c.children(n, "obl")) {
                if (DOCUMENTS.contains(c.lemma(o)) && c.caseOf(o).equals("in") && pointsBack(c, o)) return true;
            }
            int h = c.head(n);
            if (h < 0) return false;
            boolean light = c.relIs(n, "obj", "xcomp");
            boolean content = c.relIs(n, "ccomp", "parataxis") && SAYING.contains(c.lemma(h));
            if (!light && !content) return false;
            n = h;
        }
        return false;
    }

    /** "the message", "his letter", "this statement": a determiner that points back at a document already named. */
    private static boolean pointsBack(Clause c, int o) {
        for (int d : c.children(o, "det", "nmod:poss")) if (DETERMINERS.contains(c.lower(d))) return true;
        return false;
    }

    /** The drafts with each document's restatement folded into the earlier event it restates (see the class). */
    List<Draft> fold(List<Draft> kept) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : kept) {
            Draft first = restating.contains(d) ? latestOfType(out, d) : null;
            if (first == null || !first.status.equals(d.status) || !shareDoer(first, d) || addsAddressee(first, d)) {
                out.add(d);
                continue;
            }
            if (first.place == null) first.place = d.place;
            if (first.topic == null) first.topic = d.topic;
        }
        return out;
    }

    /** The latest draft kept so far of an earlier sentence with the type of d, or null. */
    private static Draft latestOfType(List<Draft> out, Draft d) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft k = out.get(i);
            if (k.sentence < d.sentence && k.type == d.type) return k;
        }
        return null;
    }

    /**
     * Whether the restatement d aims its act at a party the first did not: "issued a statement denouncing the
     * authorities" and then "The statement accused the U.S. of ..." is a second accusation, whoever issued both (an
     * act per addressee, as judges code it). An addressee is new when the first named none, or when its country is
     * known and none of the first's addressees has it; an addressee of the first with no country could be anyone,
     * and then nothing is new. An addressee of d with no country ("Hyon", the minister named before) is never new.
     */
    static boolean addsAddressee(Draft first, Draft d) {
        if (d.recipients.isEmpty()) return false;
        if (first.recipients.isEmpty()) return true;
        if (first.recipients.stream().anyMatch(p -> p.country() == null)) return false;
        for (Participant q : d.recipients) {
            if (q.country() == null) continue;
            if (first.recipients.stream().noneMatch(p -> q.country().equals(p.country()))) return true;
        }
        return false;
    }

    /** Whether the two drafts have a doer in common: one name, or one country. */
    private static boolean shareDoer(Draft a, Draft b) {
        for (Participant p : a.actors) {
            for (Participant q : b.actors) {
                if (p.name() != null && q.name() != null
                        && p.name().toLowerCase(Locale.ROOT).equals(q.name().toLowerCase(Locale.ROOT))) return true;
                if (p.country() != null && Objects.equals(p.country(), q.country())) return true;
            }
        }
        return false;
    }

    /** The clause's token of the draft's trigger word: the first word of the trigger, inside the draft's span. */
    private static int triggerToken(Clause c, Draft d) {
        if (d.trigger == null || d.trigger.isBlank()) return -1;
        String first = d.trigger.strip().split("\\s+")[0];
        for (int i = 0; i < c.size(); i++) {
            var t = c.tokens.get(i);
            if (t.start() >= d.start && t.end() <= d.end && t.word().equals(first)) return i;
        }
        return -1;
    }
}
