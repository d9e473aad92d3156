package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * A document that speaks: "The drills are a provocation, the statement said", "It noted that X had lied", "the
 * article stressed". A statement, article or commentary says what its issuer says, so when the verb of saying is
 * itself an act (the blame, demand or praise its content makes: {@link ReportedBlame}, {@link ReportedPraise}), the
 * doer is the body that issued the document, as it is for "The statement accused Y" ({@link DocumentIssuers}).
 * Two subjects stand for the latest document the story named: the document noun itself ("the statement", "the
 * article": utterance-nouns, bare definite) and "it" when the language layer gives the pronoun no one else and the
 * story has named who issued a document.
 */
final class DocumentVoices {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");

    private DocumentVoices() {}

    /** Whether subject h of a verb of saying is the story's latest document speaking for its issuer. */
    static boolean speaks(Clause c, int h, ArticleContext ctx) {
        if (h < 0 || !c.relIs(h, "nsubj") || ctx.lastDocumentAuthors.isEmpty()) return false;
        int v = c.head(h);
        if (v < 0 || !c.pos(v).startsWith("VB") || !SAYING.contains(c.lemma(v))) return false;
        if (ParticipantFinder.isBareDefinite(c, h) && UTTERANCES.contains(c.lemma(h))) return true;
        return c.lower(h).equals("it") && c.entitiesAt(h).isEmpty();
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
        return c.pos(v).startsWith("VB") && SAYING.contains(c.lemma(v));
    }
}
