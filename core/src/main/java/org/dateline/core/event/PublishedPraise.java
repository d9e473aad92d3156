package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A publication as the act: "The Mexican newspaper X carried an article titled 'Great man Y' on Feb. 5",
 * "The Party of Z issued a statement on March 18 on the occasion of Y's birth anniversary", "Y's work was posted on the
 * website by the W Committee on May 22", "Y's work was posted on the website of the W Institute" (the outlet's owner
 * publishes when no "by" agent is named, {@link #outletOf}). Whoever publishes, posts, issues or airs a work (a verb of publishing,
 * {@code publishing-verbs}, with a work as its object or passive subject, {@code published-works}) that acclaims
 * someone praises that one (CAMEO 051, SUPPORT), on the day the text gives the publication. The work acclaims when
 * what the verb governs holds a word of acclaim or of tribute ({@code acclaim-words}, {@code publication-praise-cues}:
 * "glory", "in support of"; {@code publication-occasion-cues}: "anniversary", for a person only) or when the work is a person's own writing ({@code authored-works}:
 * "carried the gist of Y's work"). The praised one is the first person the verb's phrase names, else a party named
 * inside the work or the tribute; a publication that names no one praises no one ("The paper carried an article on
 * the harvest"), and a publisher the text places in no country is not coded.
 *
 * <p>Not read where the clause coder found an event in the verb's own words ({@link Publishers#toldAlready}). A part
 * of {@link EventCoder}.
 */
final class PublishedPraise {
    private static final Set<String> PUBLISHING = EventWords.get("publishing-verbs");
    private static final Set<String> WORKS = EventWords.get("published-works");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> CUES = EventWords.get("publication-praise-cues");
    private static final Set<String> OCCASIONS = EventWords.get("publication-occasion-cues");
    private static final Set<String> ACCLAIM = EventWords.get("acclaim-words");
    private static final Set<String> AUTHORED = EventWords.get("authored-works");
    /** Branches of a verb that are other clauses, with doers and works of their own. */
    private static final Set<String> SPACES = EventWords.get("publication-space-nouns");
    private static final Set<String> OTHER_CLAUSES = Set.of("conj", "parataxis", "ccomp", "nsubj", "nsubj:pass");

    private PublishedPraise() {}

    /** Whether a sentence may tell a publication that praises: a verb of publishing, a work and a cue of praise. */
    static boolean mayHold(List<Token> tokens) {
        boolean verb = false;
        boolean work = false;
        boolean cue = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = TriggerLexicon.lemma(t);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (i >= 2 && tokens.get(i - 1).word().equals("-") && isWork(tokens.get(i - 2).word().toLowerCase(Locale.ROOT) + "-" + word)) work = true;
            if (t.pos().startsWith("VB") && PUBLISHING.contains(lemma)) verb = true;
            if (t.pos().startsWith("NN") && (isWork(lemma) || Publishers.isMediaWord(lemma))) work = true; // or a paper
            if (isCue(lemma, word) || AUTHORED.contains(lemma)) cue = true;
        }
        return verb && work && cue;
    }

    /**
     * The praise each verb of publishing in the clause makes, dated by the clause's own time expressions; none where
     * an event {@code coded} in this sentence lies in the verb's words.
     */
    static List<Draft> of(Clause c, ArticleContext ctx, TitledReferents titles, List<TimeExpression> timexes,
                          List<Draft> coded) {
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        ParticipantFinder parts = null;
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !PUBLISHING.contains(c.lemma(v))) continue;
            int publisher = publisherOf(c, v);
            int work = publisher < 0 ? -1 : workOf(c, v, Publishers.isMedia(c, publisher));
            if (work < 0 || publisher < 0) continue;
            List<Integer> scope = new ArrayList<>(c.subtreeWithout(v, OTHER_CLAUSES));
            scope.addAll(c.subtreeWithout(work, Set.of("conj", "parataxis"))); // a passive subject is cut above
            if (!acclaims(c, scope, work) || Publishers.toldAlready(c, scope, coded)) continue;
            if (parts == null) parts = new ParticipantFinder(c, ctx);
            List<Participant> issuer = Publishers.of(parts, c, publisher);
            if (issuer.isEmpty()) continue;
            List<Participant> praised = praised(c, scope, work, ctx, titles, issuer.get(0));
            if (praised.isEmpty()) continue;
            Draft d = Draft.at(c, v, EventType.SUPPORT, CameoCodes.PRAISE);
            span(d, c, v, work, publisher);
            Participants.addAll(d.actors, issuer);
            Participants.addAll(d.recipients, praised);
            d.confidence = 0.55;
            d.distinct = true; // each paper's article is an act of its own, though the same leader is praised
            anchorsOf.put(d, Set.of(v));
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * "Posted on the website X was an article titled ...", "Carried in the paper Y were photos ...": a passive
     * participle put first, the work after "was" or "were". The parser reads the work as a predicate the participle
     * governs; the work is that child (after the participle, with its copula), or -1 when the verb is no such
     * participle.
     */
    private static int invertedWork(Clause c, int v) {
        if (!c.pos(v).equals("VBN") || !c.childrenExact(v, "nsubj").isEmpty() || !c.childrenExact(v, "aux:pass").isEmpty()) return -1;
        for (int k : c.children(v, "dep", "nsubj", "nsubj:pass")) {
            if (k > v && !c.children(k, "cop").isEmpty() && (isWork(c.lemma(k)) || isHyphenedWork(c, k))) return k;
        }
        return -1;
    }

    /** "the website", "the Russian website Mir" (the name the head, the kind a compound before it). */
    private static boolean isOutlet(Clause c, int k) {
        if (Publishers.isMediaWord(c.lemma(k))) return true;
        return c.pos(k).startsWith("NNP") && c.children(k, "compound").stream().anyMatch(m -> Publishers.isMediaWord(c.lemma(m)));
    }

    private static boolean isWork(String lemma) {
        return WORKS.contains(lemma) || UTTERANCES.contains(lemma);
    }

    /** "a special write-up", which the tokenizer splits into "write", "-", "up". */
    private static boolean isHyphenedWork(Clause c, int o) {
        return o >= 2 && c.lower(o - 1).equals("-") && isWork(c.lower(o - 2) + "-" + c.lower(o));
    }

    private static boolean isCue(String lemma, String word) {
        return OCCASIONS.contains(lemma) || isPraise(lemma, word);
    }

    /** A cue that praises whomever the work names, a party as well as a person (not a mere occasion). */
    private static boolean isPraise(String lemma, String word) {
        return CUES.contains(lemma) || ACCLAIM.contains(lemma) || ACCLAIM.contains(word);
    }

    /**
     * The work published: the verb's object, or its passive subject ("X's work was posted"); for a paper, any object
     * its words acclaim ("The paper Y introduced the noble career of the President"); -1 when none.
     */
    private static int workOf(Clause c, int v, boolean paper) {
        int inverted = invertedWork(c, v);
        if (inverted >= 0) return inverted;
        for (int o : c.children(v, "obj", "nsubj:pass")) {
            if (isWork(c.lemma(o)) || isHyphenedWork(c, o)) return o;
            // "the full text of X's work", "the first part of X's work": the part stands for the work
            for (int k : c.children(o, "nmod")) if (c.caseOf(k).equals("of") && isWork(c.lemma(k))) return o;
        }
        // "devoted its whole page to a write-up", "dedicates an article to the anniversary": the page's work
        for (int o : c.children(v, "obj")) {
            for (int k : c.children(v, "obl")) if (isWork(c.lemma(k)) && c.caseOf(k).equals("to")) return k;
            if (SPACES.contains(c.lemma(o))) return o;
        }
        if (!paper) return -1;
        for (int o : c.children(v, "obj")) {
            for (int i : c.subtree(o)) if (isCue(c.lemma(i), c.lower(i))) return o;
        }
        return -1;
    }

    /**
     * Who published: the active subject, or the "by" agent of a passive ("was posted by the Committee"), which the
     * parser may hang on the phrase before it ("posted on the website by the Committee"); -1 when none.
     */
    private static int publisherOf(Clause c, int v) {
        for (int s : c.childrenExact(v, "nsubj")) return Publishers.paperOfIssue(c, s); // "the May issue of X"
        if (c.childrenExact(v, "aux:pass").isEmpty() && invertedWork(c, v) < 0) return -1;
        for (int k : c.subtreeWithout(v, OTHER_CLAUSES)) {
            if (k != v && c.relIs(k, "obl", "nmod") && c.caseOf(k).equals("by")) return k;
        }
        return outletOf(c, v);
    }

    /**
     * "X's work was posted on the website of the Peruvian Institute", "Posted on the Russian website Mir was an
     * article", "was carried in the Indian paper Y": a passive with no "by" agent names its publisher by the outlet the
     * work appeared on or in ({@code publisher-media-nouns}); the outlet's owner, when its "of" phrase names one,
     * published it (the institute whose website it is). -1 when the verb names no outlet.
     */
    private static int outletOf(Clause c, int v) {
        for (int k : c.children(v, "obl")) {
            String prep = c.caseOf(k);
            if (!(prep.equals("on") || prep.equals("in")) || !isOutlet(c, k)) continue;
            for (int o : c.children(k, "nmod")) if (c.caseOf(o).equals("of") && c.pos(o).startsWith("NN")) return o;
            return k;
        }
        return -1;
    }

    /** Whether the verb's phrase acclaims or pays tribute, or publishes a person's own writing. */
    private static boolean acclaims(Clause c, List<Integer> scope, int work) {
        for (int i : scope) {
            if (isCue(c.lemma(i), c.lower(i))) return true;
            if (AUTHORED.contains(c.lemma(i)) && c.children(i, "nmod:poss").stream().anyMatch(p -> person(c, p) != null)) return true;
        }
        return false;
    }

    /**
     * The praised one: the first person the phrase names (a capitalised title standing for one named before counts:
     * "the feats of the President"), else a party named in the work's own phrase or its tribute ("in support of X")
     * that is not the publisher's country.
     */
    private static List<Participant> praised(Clause c, List<Integer> scope, int work, ArticleContext ctx,
                                             TitledReferents titles, Participant issuer) {
        List<Integer> sorted = scope.stream().sorted().distinct().toList();
        for (int i : sorted) {
            Entity e = person(c, i);
            if (e == null && c.pos(i).startsWith("NNP") && c.entitiesAt(i).isEmpty()) e = titles.titled(c.lower(i), c.sentence.index());
            if (e != null) return List.of(ctx.participant(e));
        }
        // a party named in the work is praised only by words of praise: an anniversary marks a person's day
        if (sorted.stream().noneMatch(i -> isPraise(c.lemma(i), c.lower(i)))) return List.of();
        List<Integer> named = new ArrayList<>(c.subtree(work));
        for (int i : sorted) if (CUES.contains(c.lemma(i))) named.addAll(c.subtree(i)); // "in support of X"
        for (int i : named.stream().sorted().distinct().toList()) {
            for (Entity e : c.entitiesAt(i)) {
                Participant p = ctx.participant(e);
                if (p.country() != null && !p.country().equals(issuer.country())) return List.of(p);
            }
        }
        return List.of();
    }

    private static Entity person(Clause c, int i) {
        for (Entity e : c.entitiesAt(i)) if (e.type() == EntityType.PERSON) return e;
        return null;
    }

    /**
     * The mention runs from the publisher or the verb, whichever comes first, to the work: "The Russian paper Byvor
     * on March 23 edited an article", "was posted on the website by the Finnish Committee".
     */
    private static void span(Draft d, Clause c, int v, int work, int publisher) {
        int lead = publisher; // the publisher's words next to it: not a dateline the parser hung on it
        Set<Integer> who = new HashSet<>(c.subtreeWithout(publisher, Set.of("acl", "acl:relcl", "appos")));
        while (lead > 0 && who.contains(lead - 1) && !c.pos(lead - 1).equals("-LRB-") && !c.lower(lead - 1).matches("[-,:(]+")) lead--;
        int first = Math.min(v, Math.min(work, lead));
        int last = Math.max(v, Math.max(work, publisher));
        d.start = c.tokens.get(first).start();
        d.end = c.tokens.get(last).end();
    }
}
