package org.dateline.core.event;

import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;

/**
 * Whether the story so far is about a disaster and names no attack. A flood story tells its toll in later sentences
 * that name no cause ("Floods hit the north. ... 529 persons were killed and losses were caused"): the sentence alone
 * reads like an attack with an unnamed doer, but the story has told what did it. Read from the headline and from every
 * sentence up to the one being coded (story-disaster-nouns), and spoiled by any word of an attack or of fighting
 * (story-attack-nouns), since then an unnamed killer may be a real one. One per article, in {@link ArticleContext}.
 */
final class StoryCauses {
    private static final Set<String> DISASTERS = EventWords.get("story-disaster-nouns");
    private static final Set<String> ATTACKS = EventWords.get("story-attack-nouns");

    private boolean disaster;
    private boolean attack;

    /** Reads a headline, which comes without tags: its words alone ("Floods Hit Thailand"). */
    void readHeadline(String headline) {
        if (headline == null) return;
        for (String w : headline.toLowerCase(Locale.ROOT).split("[^a-z]+")) note(w, true);
    }

    /** Reads a sentence of the body: its nouns ("storm" the verb, as in "troops stormed", names no disaster). */
    void read(Sentence s) {
        for (Token t : s.tokens()) {
            boolean noun = t.pos() != null && t.pos().startsWith("NN");
            note(t.word().toLowerCase(Locale.ROOT), noun);
            note(TriggerLexicon.lemma(t).toLowerCase(Locale.ROOT), noun);
        }
    }

    private void note(String w, boolean noun) {
        if (ATTACKS.contains(w)) attack = true;
        else if (noun && DISASTERS.contains(w)) disaster = true;
    }

    /** True when the story has named an attack or fighting, in its headline or a sentence up to this one. */
    boolean attackNamed() { return attack; }

    /** True when the story has named a disaster and no attack: harm it tells without a doer is the disaster's. */
    boolean disasterOnly() { return disaster && !attack; }
}
