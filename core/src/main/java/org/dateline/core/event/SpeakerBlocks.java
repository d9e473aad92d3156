package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A speaker's words told after a colon: "Ana Silva, chairwoman of the friendship society of Peru, said:", "She had
 * this to say:", "The group in its statement on May 5 said:". The sentences that follow are the speaker's own words,
 * with no verb of saying left in them ("Julius Nyerere is a great leader of Africa. The imperialists' sanctions are
 * a brutal crime."). The block, not each of its lines, is the act: its acclaim of a person (or of a state other than
 * the speaker's) is one praise by the speaker (CAMEO 051, SUPPORT), its blame of a party outside the speaker's
 * country one accusation (CAMEO 111, ACCUSE), both told where the speaker is and dated as the opening clause dates
 * its saying (CODING.md sections 1 and 6: one event per speaker whose words are told).
 *
 * <p>A block opens on a sentence that ends with a verb of saying or of going on and a colon
 * ({@code document-block-openers}, {@code speaker-block-openers}) whose subject the clause names; it holds at most
 * {@link #REACH} sentences and closes at the next opener or at a verb of saying with a speaker of its own ("Kofi
 * Mensah said that ..."). Blame by a document ("The statement said:") is {@link DocumentContent}'s; praise is read
 * here for documents too, by their issuer. A pronoun speaker ("He went on:") is left alone: the coreference's
 * guess at whom it stands for is too weak; a line that blames praises no one. A speaker reporting his own country's deeds praises no one: the praised
 * state must be another's, and a speaker with no country praises only a person. Nothing is added where the coder
 * already has the speaker praise (or blame) before the block ends. A part of {@link EventCoder}.
 */
final class SpeakerBlocks {
    private static final Set<String> OPENERS = EventWords.get("document-block-openers");
    private static final Set<String> MORE_OPENERS = EventWords.get("speaker-block-openers");
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> ACCLAIM = EventWords.get("acclaim-words");
    private static final Set<String> BLAME = EventWords.get("commentary-blame-words");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> PRONOUNS = EventWords.get("speaker-block-pronouns");
    /** How many sentences after the opener a block holds at most. */
    static final int REACH = 3;

    /** One speaker's words after a colon: the speaker, the acts the words may make, the sentences read so far. */
    static final class Block {
        final List<Participant> speaker;
        final boolean document;
        final Draft praise;
        final Draft blame;
        final List<Sentence> words = new ArrayList<>();

        private Block(List<Participant> speaker, boolean document, Draft praise, Draft blame) {
            this.speaker = speaker;
            this.document = document;
            this.praise = praise;
            this.blame = blame;
        }

        /** Whether the block takes sentence s as its speaker's words; false once it is closed or full. */
        boolean takes(Sentence s) {
            if (words.size() >= REACH || opens(s.tokens()) || givesFloor(s.tokens())) return false;
            words.add(s);
            return true;
        }
    }

    private SpeakerBlocks() {}

    /** Whether a sentence ends with a verb of saying and a colon ("X said:", "It went on:", "She had this to say:"). */
    static boolean opens(List<Token> tokens) {
        return openerAt(tokens) >= 0;
    }

    /** The index of the opening verb of a sentence that ends on a colon, else -1. */
    private static int openerAt(List<Token> tokens) {
        int n = tokens.size();
        while (n > 0 && (tokens.get(n - 1).word().equals(",") || tokens.get(n - 1).word().equals("."))) n--;
        if (n < 2 || !tokens.get(n - 1).word().equals(":")) return -1;
        int v = n - 2;
        if (tokens.get(v).word().equalsIgnoreCase("on") && v >= 1) v--; // "went on:"
        Token verb = tokens.get(v);
        if (!verb.pos().startsWith("VB")) return -1;
        String lemma = TriggerLexicon.lemma(verb);
        return OPENERS.contains(lemma) || MORE_OPENERS.contains(lemma) ? v : -1;
    }

    /**
     * "Kofi Mensah said that ...", "..., the minister told reporters": a verb of saying whose speaker is not a pronoun
     * ("he said", "she added" are the block's speaker going on).
     */
    private static boolean givesFloor(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("VB") || !SAYING.contains(TriggerLexicon.lemma(t))) continue;
            if (!PRONOUNS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The block the opening clause starts, with its speaker; null when the clause names none. */
    static Block open(Clause c, ArticleContext ctx, List<TimeExpression> timexes) {
        int v = openerAt(c.tokens);
        if (v < 0) return null;
        // "said, adding:", "noted, and went on:": the speaker is the subject of the first verb of the chain
        // (only along verbs of saying: "X staged drills, the paper notes, and goes on:" is the paper's, not X's)
        int head = v;
        while (c.relIs(head, "conj") && c.head(head) >= 0 && c.childrenExact(head, "nsubj").isEmpty() && isSaying(c, c.head(head))) head = c.head(head);
        List<Integer> subjects = c.childrenExact(head, "nsubj");
        if (subjects.isEmpty()) return null;
        int s = subjects.get(0);
        boolean document = UTTERANCES.contains(c.lemma(s)) || c.lower(s).equals("it") && c.entitiesAt(s).isEmpty();
        // "He went on:": whom the pronoun stands for is the coreference's guess, too weak to date an act on
        if (!document && PRONOUNS.contains(c.lower(s))) return null;
        List<Participant> speaker = document ? ctx.lastDocumentAuthors : new ParticipantFinder(c, ctx).of(s);
        if (speaker.isEmpty()) return null;
        Draft praise = Draft.at(c, v, EventType.SUPPORT, CameoCodes.PRAISE);
        Draft blame = Draft.at(c, v, EventType.ACCUSE, "111");
        for (Draft d : List.of(praise, blame)) {
            d.start = c.tokens.get(c.subtree(s).get(0)).start(); // the speaker and the saying
            Participants.addAll(d.actors, speaker);
            d.confidence = 0.5;
            d.distinct = true; // one act per speaker's block
        }
        Map<Draft, Set<Integer>> anchors = new LinkedHashMap<>();
        anchors.put(praise, Set.of(v));
        anchors.put(blame, Set.of(v));
        ClauseDates.dated(c, ctx, timexes, anchors);
        return new Block(speaker, document, praise, blame);
    }

    private static boolean isSaying(Clause c, int k) {
        return c.pos(k).startsWith("VB") && (SAYING.contains(c.lemma(k)) || OPENERS.contains(c.lemma(k)) || MORE_OPENERS.contains(c.lemma(k)));
    }

    /** The acts of a closed block: its praise and its blame, each once, where the coder has not told them already. */
    static List<Draft> acts(Block b, ArticleContext ctx, TitledReferents titles, TriggerLexicon lex) {
        List<Draft> out = new ArrayList<>();
        Participant who = b.speaker.get(0);
        for (Sentence s : b.words) {
            // a line that blames ("throw the traitor X into the furnace, with great zeal") praises no one it names
            if (b.praise.recipients.isEmpty() && acclaims(s) && !blames(s, lex)) {
                Participant p = praised(s, who, ctx, titles);
                if (p != null) b.praise.recipients.add(p);
            }
            if (!b.document && b.blame.recipients.isEmpty() && blames(s, lex)) {
                Participant p = foreignParty(s, who, ctx, false);
                if (p != null) b.blame.recipients.add(p);
            }
        }
        if (!b.praise.recipients.isEmpty() && !told(b, EventType.SUPPORT, ctx)) out.add(b.praise);
        if (!b.blame.recipients.isEmpty() && !told(b, EventType.ACCUSE, ctx)) out.add(b.blame);
        return out;
    }

    private static boolean acclaims(Sentence s) {
        for (Token t : s.tokens()) {
            if (ACCLAIM.contains(t.word().toLowerCase(Locale.ROOT)) || ACCLAIM.contains(TriggerLexicon.lemma(t))) return true;
        }
        return false;
    }

    /**
     * Words of blame anywhere in the line, quoted or not (the speaker's words are all his): commentary-blame-words or a
     * predicate of blame of triggers.tsv. OwnVoice's twin skips quotations (the paper's voice is what is unquoted)
     * and reads a second list.
     */
    private static boolean blames(Sentence s, TriggerLexicon lex) {
        for (Token t : s.tokens()) {
            String word = t.word().toLowerCase(Locale.ROOT);
            String lemma = TriggerLexicon.lemma(t);
            if (BLAME.contains(word) || BLAME.contains(lemma)) return true;
            if ((t.pos().startsWith("JJ") || t.pos().startsWith("NN")) && (lex.culpability(word) != null || lex.culpability(lemma) != null)) return true;
        }
        return false;
    }

    /**
     * Whom acclaiming words praise: the first person the sentence names (a pronoun the language layer resolved, a
     * capitalised title for one named before), else a state other than the speaker's.
     */
    private static Participant praised(Sentence s, Participant who, ArticleContext ctx, TitledReferents titles) {
        for (Entity e : s.mentions()) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.PRONOUN) continue;
            Participant p = ctx.participant(e);
            if (!Participants.contains(List.of(who), p) && !p.name().equals(who.name())) return p;
        }
        List<Token> ts = s.tokens();
        for (int i = 1; i < ts.size(); i++) {
            if (!ts.get(i).pos().startsWith("NNP") || !ts.get(i - 1).word().equalsIgnoreCase("the")) continue;
            Entity e = titles.titled(ts.get(i).word().toLowerCase(Locale.ROOT), s.index());
            if (e != null) return ctx.participant(e);
        }
        return foreignParty(s, who, ctx, true);
    }

    /** The first named state, body or person of a country other than the speaker's; states only for praise. */
    private static Participant foreignParty(Sentence s, Participant who, ArticleContext ctx, boolean statesOnly) {
        if (who.country() == null) return null;
        for (Entity e : s.mentions()) {
            if (e.type() == EntityType.NATIONALITY || e.type() == EntityType.GROUP || e.type() == EntityType.LOCATION) continue;
            if (statesOnly && e.type() != EntityType.COUNTRY) continue;
            Participant p = ctx.participant(e);
            if (p.country() != null && !p.country().equals(who.country()) && !"CVL".equals(p.sector())) return p;
        }
        return null;
    }

    /**
     * Whether the coder has the speaker do this already, before the block's end: "X said that Y is a great leader. He
     * went on:" tells X's praise once (CODING.md section 6, one event per speaker).
     */
    private static boolean told(Block b, EventType type, ArticleContext ctx) {
        int to = b.words.isEmpty() ? b.praise.sentence : b.words.get(b.words.size() - 1).index();
        return ctx.events.stream().anyMatch(d -> d.type == type && d.sentence <= to
                && b.speaker.stream().anyMatch(p -> Participants.contains(d.actors, p)));
    }
}
