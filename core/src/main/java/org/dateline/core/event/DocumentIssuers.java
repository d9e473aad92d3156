package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Participant;

/**
 * Who issued a document the story names, read also from a sentence that holds no event of its own ("X on Monday
 * made public a statement on the new law", "the newspaper carried an article titled ..."): the story goes on to tell
 * what the document did ("The statement accused Y of ...", "It urged Z to ..."), and those acts are the issuer's.
 * Such sentences are parsed for this alone: a verb of issuing (document-issuing-verbs) with a document noun
 * (utterance-nouns) in the same sentence. A part of {@link EventCoder}; the issuer itself is read by
 * {@link ParticipantFinder}, which remembers the subject of a verb whose object is a document.
 */
final class DocumentIssuers {
    private static final Set<String> ISSUING = EventWords.get("document-issuing-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> DOCUMENT_VOICES = EventWords.get("reporting-verbs");
    private static final Set<String> DOCUMENT_ACTS = EventWords.get("document-act-verbs");
    private static final Set<String> ADOPTING = EventWords.get("document-adopting-verbs");
    private static final Set<String> GATHERINGS = EventWords.union("roundup-gathering-nouns", "protest-occasion-nouns");

    private DocumentIssuers() {}

    /** Whether a sentence may name who issued a document: a verb of issuing and a document noun. */
    static boolean mayName(List<Token> tokens) {
        boolean verb = false;
        boolean noun = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && ISSUING.contains(lemma)) verb = true;
            if (t.pos().startsWith("NN") && UTTERANCES.contains(lemma)) noun = true;
        }
        return verb && noun || DocumentVoices.mayNameIn(tokens); // "X said in a statement", "in a commentary"
    }

    /**
     * Whether the subject h stands for the latest document the story named, which then acts through whoever issued
     * it. "The statement accused X of ...": the document named again (what "the statement said" is reported speech,
     * whose events have doers of their own). "It urged Y to ...", "It accused Z of ..." after "X issued a statement":
     * the pronoun, when it stands for no one the language layer knows, opens the sentence's main clause (not "X said
     * it would") and does in the past tense what a document does (document-act-verbs), not what the state it tells
     * of does ("it staged drills", "it is calling for rearmament").
     */
    static boolean standsForLatest(Clause c, int h, ArticleContext ctx) {
        if (h < 0 || !c.relIs(h, "nsubj")) return false;
        int v = c.head(h);
        boolean named = DocumentVoices.namesLatest(c, h);
        if (named) return !DOCUMENT_VOICES.contains(c.lemma(v));
        return c.lower(h).equals("it") && c.relIs(v, "root") && c.entitiesAt(h).isEmpty()
                && !ctx.lastDocumentAuthors.isEmpty() && DOCUMENT_ACTS.contains(c.lemma(v)) && c.pos(v).equals("VBD");
    }

    /** Remembers the subject of each verb of issuing whose object is a document as the story's latest issuer. */
    static void remember(Clause c, ArticleContext ctx) {
        ParticipantFinder finder = null;
        for (int o = 0; o < c.size(); o++) {
            // "made public a statement": the parser may make the document the complement of "made", not its object
            boolean issued = UTTERANCES.contains(c.lemma(o)) && c.relIs(o, "obj", "xcomp") && ISSUING.contains(c.lemma(c.head(o)));
            if (!issued && adoptedAtGathering(c, o)) {
                if (finder == null) finder = new ParticipantFinder(c, ctx);
                List<Participant> holders = gatheringHolders(c, c.head(o), finder, ctx);
                if (!holders.isEmpty()) {
                    ctx.lastDocumentAuthors = List.copyOf(holders);
                    ctx.lastDocumentDate = DocumentDates.issued(c, c.head(o), o);
                }
                continue;
            }
            if (!issued && !DocumentVoices.voicedIn(c, o)) continue; // "said in a commentary": its subject wrote it
            int v = c.head(o);
            for (int s : c.childrenExact(v, "nsubj")) {
                if (finder == null) finder = new ParticipantFinder(c, ctx);
                finder.of(s); // sets the article's latest document authors when the subject names anyone
            }
        }
    }

    /**
     * "A resolution was read out at the rally", "A joint statement was adopted at the meeting of X": a document
     * adopted, read out or issued in the passive ({@code document-adopting-verbs}) with no "by" phrase names no issuer
     * of its own; a gathering adopts it, and its words are that gathering's people's.
     */
    private static boolean adoptedAtGathering(Clause c, int o) {
        if (!UTTERANCES.contains(c.lemma(o)) || !c.relIs(o, "nsubj:pass")) return false;
        int v = c.head(o);
        return v >= 0 && c.pos(v).equals("VBN") && ADOPTING.contains(c.lemma(v)) && !c.namesDoer(v);
    }

    /**
     * Who adopted a document at a gathering: the body the gathering's "at" phrase names as its own ("at the third
     * meeting of the International Union"), else the people of the gathering the story told last ({@link
     * GatheringPeople}: its holders, its speakers). None when the story told of no gathering: a document no one is
     * said to have adopted speaks for no one.
     */
    private static List<Participant> gatheringHolders(Clause c, int v, ParticipantFinder finder, ArticleContext ctx) {
        for (int at : c.children(v, "obl")) {
            if (!GATHERINGS.contains(c.lemma(at))) continue;
            for (int of : c.children(at, "nmod")) {
                if (!c.caseOf(of).equals("of")) continue;
                List<Participant> body = finder.of(of);
                if (!body.isEmpty()) return body;
            }
        }
        int protest = ctx.lastProtestSentence();
        List<Participant> people = ctx.gatherings.peopleAfter(protest);
        return people.isEmpty() ? ctx.lastProtesters() : people;
    }
}
