package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * A document that speaks: "The drills are a provocation, the statement said", "It noted that X had lied", "the
 * article stressed". A statement, article or commentary says what its issuer says, so when the verb of saying is
 * itself an act (the blame, demand or praise its content makes: {@link ReportedBlame}, {@link ReportedPraise}), the
 * doer is the body that issued the document, as it is for "The statement accused Y" ({@link DocumentIssuers}).
 * Two subjects stand for the latest document the story named: the document noun itself ("the statement", "the
 * article", "the joint statement": utterance-nouns, definite, with no word but one of its kind) and "it" when the
 * language layer gives the pronoun no one else and the story has named who issued a document. (s54) The subject
 * may stand where the parser did not put a subject: "It went on to say that ...", "..., urged the statement".
 */
final class DocumentVoices {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> ACTS = EventWords.get("document-act-verbs");
    private static final Set<String> KINDS = EventWords.get("document-kind-modifiers");
    private static final Set<String> GOING_ON = EventWords.get("going-on-verbs");

    private DocumentVoices() {}

    /**
     * Whether the story's latest document speaks for its issuer through verb v, whose subject is {@code subject} (-1
     * when it has none): v is a verb of saying, or of what a document does in words ({@code document-act-verbs}:
     * "urged", "accused"), and the word that stands for the document ({@link #documentSubject}) is the document
     * named again ({@link #namesLatest}) or "it" when the language layer gives the pronoun no one else. An "it"
     * doing what a document does speaks for it only told after the words ("The U.S. should stop, it urged"): "It
     * urged" in a clause of its own may be a state the story tells of, and {@link DocumentIssuers} judges that one.
     */
    static boolean speaks(Clause c, int v, int subject, ArticleContext ctx) {
        if (ctx.lastDocumentAuthors.isEmpty() || v < 0 || !c.pos(v).startsWith("VB")) return false;
        boolean saying = SAYING.contains(c.lemma(v));
        if (!saying && !ACTS.contains(c.lemma(v))) return false;
        int h = documentSubject(c, v, subject);
        if (h < 0) return false;
        if (namesLatest(c, h)) return true;
        return c.lower(h).equals("it") && c.entitiesAt(h).isEmpty() && (saying || toldAfterWords(c, v));
    }

    /**
     * The word that stands for whoever speaks through verb v: its subject; with none, the subject of a verb of going
     * on whose complement v is ("It went on to say that ...", "the statement continued to note"), or a document noun
     * the parser hung after a verb told after the words ("..., urged the statement", "..., noted the article").
     * -1 when there is none.
     */
    static int documentSubject(Clause c, int v, int subject) {
        if (subject >= 0) return subject;
        int h = c.head(v);
        if (h >= 0 && h < v && c.relIs(v, "xcomp", "obl", "advcl") && GOING_ON.contains(c.lemma(h))) {
            for (int s : c.childrenExact(h, "nsubj")) return s;
        }
        if (toldAfterWords(c, v)) {
            for (int k : c.children(v, "obj", "dep", "nsubj")) if (k > v && namesLatest(c, k)) return k;
        }
        return -1;
    }

    /** Whether verb v is an aside told after the words it reports: hung on a clause before it ("..., it urged"). */
    private static boolean toldAfterWords(Clause c, int v) {
        int h = c.head(v);
        return h >= 0 && h < v && c.relIs(v, "parataxis", "dep", "ccomp", "conj");
    }

    /**
     * Whether noun h names the latest document again: a document noun with "the" and no word that would make it
     * another one ("the statement", and with a word of its kind only, {@code document-kind-modifiers}: "the joint
     * statement", "the press release", "the open letter"; not "the June 15 joint declaration", "the statement of the
     * ministry", "the party's statement").
     */
    static boolean namesLatest(Clause c, int h) {
        if (h < 0 || !UTTERANCES.contains(c.lemma(h))) return false;
        if (c.children(h, "det").stream().noneMatch(d -> c.lower(d).equals("the"))) return false;
        if (!c.children(h, "nmod", "nmod:poss", "acl", "acl:relcl", "appos", "nummod").isEmpty()) return false;
        for (int m : c.children(h, "amod", "compound")) if (!KINDS.contains(c.lower(m))) return false;
        return true;
    }

    /**
     * Whether the document noun o is the "in" phrase of a verb ("said in a statement", "says this in a bylined
     * article", "disclosed this in a commentary"): the verb's subject is then that document's issuer, though the verb
     * issues nothing ({@link ParticipantFinder} reads such a subject as the issuer when it codes an event).
     */
    static boolean voicedIn(Clause c, int o) {
        int v = c.head(o);
        return v >= 0 && c.relIs(o, "obl") && c.caseOf(o).equals("in") && c.pos(v).startsWith("VB")
                && UTTERANCES.contains(c.lemma(o));
    }

    /** Whether a sentence may name a document in an "in" phrase ("in a bylined commentary"): parsed for its issuer. */
    static boolean mayNameIn(List<org.dateline.core.language.Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).word().equalsIgnoreCase("in")) continue;
            for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
                if (tokens.get(j).pos().startsWith("NN") && UTTERANCES.contains(TriggerLexicon.lemma(tokens.get(j)))) return true;
            }
        }
        return false;
    }

    /**
     * Whether the event word v is a verb of saying that is the act itself ("X is a provocation, it said"; "said the
     * minister had lied"), whose subject may then be a document speaking for its issuer. (Until stop s51 each such
     * clause was also kept apart as an act of its own; CODING.md question 130 rules the reporting clauses of one
     * statement one event per type and speaker, and they are now merged as any mention is.)
     */
    static boolean ownAct(Clause c, int v) {
        return c.pos(v).startsWith("VB") && (SAYING.contains(c.lemma(v)) || ACTS.contains(c.lemma(v)));
    }
}
