package org.dateline.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.AgencyHomes;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A piece in its own voice: an agency's commentary ("This is a treacherous crime.", "Japan's talk of a threat is just
 * for hoodwinking the world.", "If Seoul wants dialogue, it should halt the drills."), or the commentary of one of its
 * country's papers the piece opens with ("Rodong Sinmun Tuesday says in a bylined commentary in this regard:"). The
 * piece, not the sentence, is the act: it blames each foreign party it names in words of blame once (ACCUSE 111), and
 * lays a demand ("should", "must", "had better") on each once (REQUEST 1042), with the paper or the agency (sector MED)
 * as actor, dated the piece's day.
 *
 * <p>Whose voice a sentence is: a paper's commentary the piece declares speaks through the whole piece; a piece the
 * headline calls a commentary speaks as the agency; a news item speaks as the agency only until it gives the floor to
 * someone (a verb of saying, a document issued, an event coded of another party's), since what follows is then that
 * party's. A sentence with a verb of saying is never the voice's own unless it names the voice or its piece ("the
 * paper says"); a sentence whose events the clause coder told already with a third party as doer is that party's;
 * words of blame in quotation marks are the quoted party's. A party is a named one outside the voice's country, or a
 * nationality with an actor noun ("the Japanese authorities"); its people alone ("All Koreans should unite") are no
 * addressee: an exhortation to one's own people is no event. A piece whose words name no party blames the one it
 * named last. Only stories whose agency has a known home ({@code agency-homes.tsv}) have such a voice.
 *
 * <p>A part of {@link EventCoder}, run once the sentences are coded; a party the coder already has the voice blame (or
 * press) in the piece gets no second event.
 */
final class OwnVoice {
    private static final Set<String> DECLARING = EventWords.get("own-voice-declaring-verbs");
    private static final Set<String> GENRES = EventWords.get("own-voice-genre-words");
    private static final Set<String> BLAME = EventWords.get("commentary-blame-words");
    private static final Set<String> MORE_BLAME = EventWords.get("own-voice-blame-words");
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> VOICE_VERBS = EventWords.get("commentary-voice-verbs");
    private static final Set<String> ISSUING = EventWords.get("document-issuing-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> MEDIA = EventWords.get("publisher-media-nouns");
    private static final Set<String> FLOOR = EventWords.get("own-voice-floor-nouns");
    private static final Set<String> PLACING = EventWords.get("own-voice-placing-cases");
    private static final Set<String> ANAPHORS = EventWords.get("own-voice-pointing-words");
    private static final Set<EventType> SPEECH_ACTS = EnumSet.of(EventType.ACCUSE, EventType.THREATEN, EventType.REQUEST,
            EventType.REJECT, EventType.SUPPORT, EventType.PROTEST);

    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final String home;


    private OwnVoice(ArticleContext ctx, TriggerLexicon lex, String home) {
        this.ctx = ctx;
        this.lex = lex;
        this.home = home;
    }

    /** Whether a sentence may declare a paper's piece by a verb of publishing one ("carries a by-lined commentary"). */
    static boolean mayDeclare(List<Token> tokens) {
        boolean verb = false;
        boolean noun = false;
        for (Token t : tokens) {
            if (t.pos().startsWith("VB") && DECLARING.contains(TriggerLexicon.lemma(t))) verb = true;
            if (t.pos().startsWith("NN") && UTTERANCES.contains(TriggerLexicon.lemma(t))) noun = true;
        }
        return verb && noun;
    }

    /** Whether verb v publishes a piece ("carries a commentary") or speaks in one ("urges this in an article"). */
    static boolean declares(Clause c, int v) {
        if (!DECLARING.contains(c.lemma(v))) return false;
        for (int k : c.children(v, "obj", "obl")) {
            if (UTTERANCES.contains(c.lemma(k)) && (c.relIs(k, "obj") || DocumentVoices.voicedIn(c, k))) return true;
        }
        return false;
    }

    /**
     * The acts of the piece's own voice.
     *
     * @param speakers the commentaries of papers the sentences told ({@link CommentaryBlame#speakers}), in order
     */
    static List<Draft> of(List<Sentence> sentences, List<Draft> speakers, ArticleContext ctx, TriggerLexicon lex) {
        OwnVoice v = of(ctx, lex);
        return v == null ? List.of() : v.acts(sentences, speakers);
    }

    /** The voice of an English story of an agency with a known home; null for any other. */
    private static OwnVoice of(ArticleContext ctx, TriggerLexicon lex) {
        String home = ctx.article.agency() == null ? null : AgencyHomes.of(ctx.article.agency());
        return home == null || !ctx.article.isEnglish() ? null : new OwnVoice(ctx, lex, home);
    }

    /**
     * (s58) Who speaks through the whole piece: the paper whose commentary of the voice's country the piece declares,
     * or the agency (sector MED) when the headline calls the piece a commentary; empty for a news item (whose voice
     * yields the floor) or a story of an agency with no known home.
     */
    static List<Participant> wholePiece(List<Draft> speakers, ArticleContext ctx) {
        OwnVoice v = of(ctx, null);
        if (v == null) return List.of();
        Draft declared = v.declared(speakers);
        if (declared != null) return v.voiceOf(declared);
        return v.isCommentaryHeadline() ? v.voiceOf(null) : List.of();
    }

    /** The first paper's commentary of the voice's country the piece declares, or null. */
    private Draft declared(List<Draft> speakers) {
        return speakers.stream().filter(d -> d.actors.stream().anyMatch(p -> home.equals(p.country()))).findFirst()
                .orElse(null);
    }

    /** Who speaks: the home actors of the declared commentary, or, with none, the agency itself (sector MED). */
    private List<Participant> voiceOf(Draft declared) {
        return declared != null ? declared.actors.stream().filter(p -> home.equals(p.country())).toList()
                : List.of(new Participant(ctx.article.agency(), home, "MED"));
    }

    private List<Draft> acts(List<Sentence> sentences, List<Draft> speakers) {
        Draft declared = declared(speakers);
        List<Participant> voice = voiceOf(declared);
        boolean wholePiece = declared != null || isCommentaryHeadline();
        Set<String> topics = headlineStates();
        Map<String, Draft> blamed = new LinkedHashMap<>();
        Map<String, Draft> pressed = new LinkedHashMap<>();
        Participant main = null; // the party the piece is about: the first it names that the headline names, else its first
        for (Sentence s : sentences) {
            List<Draft> told = ctx.events.stream().filter(d -> d.sentence == s.index()).toList();
            if (!wholePiece && givesFloor(s, voice, told)) break; // a news item: what follows is someone else's
            Entity named = partyIn(s, voice);
            Participant party = named != null ? ctx.participant(named) : main;
            if (named != null && (main == null || topical(party, topics) && !topical(main, topics))) main = party;
            if (party == null || !ownSentence(s, voice, told, declared, party)) continue;
            if (!wholePiece && !topical(party, topics)) continue; // a news item blames what it is about
            if (blames(s)) blamed.putIfAbsent(party.country(), act(s, EventType.ACCUSE, "111", voice, party));
            if (OwnDemands.presses(s.tokens(), named == null ? -1 : named.start(), named == null ? -1 : named.end())) {
                pressed.putIfAbsent(party.country(), act(s, EventType.REQUEST, "1042", voice, party));
            }
        }
        List<Draft> out = new ArrayList<>();
        // the paper's commentary, where the piece tells it, is its blame of the party it is about
        Draft topic = blamed.values().stream().filter(d -> topical(d.recipients.get(0), topics)).findFirst()
                .orElse(blamed.isEmpty() ? null : blamed.values().iterator().next());
        if (topic != null && declared != null && opensOn(Sentence.numbered(sentences, declared.sentence), topic)) anchorOn(topic, declared);
        for (Draft d : blamed.values()) if (!told(EventType.ACCUSE, d)) out.add(d);
        for (Draft d : pressed.values()) if (!told(EventType.REQUEST, d)) out.add(d);
        return out;
    }

    /** The states the headline names, by name, place or adjective ("S. Korean Regime's Provocation"): its topics. */
    private Set<String> headlineStates() {
        String h = ctx.article.headline();
        if (h == null || ctx.gazetteer == null) return Set.of();
        Set<String> states = new HashSet<>();
        ctx.gazetteer.wholeWords(h, Gazetteer.WordEdges.LETTERS_OR_DIGITS).forEach(m -> states.add(m.entry().country()));
        return states;
    }

    /** Whether the headline names the party or its state ("Satire on Lee Myung Bak", "S. Korean Regime's ..."). */
    private boolean topical(Participant p, Set<String> topics) {
        String h = ctx.article.headline();
        return topics.contains(p.country()) || h != null && p.name() != null && h.contains(p.name());
    }

    /** "KCNA Commentary ...": a headline that calls the piece a commentary. */
    private boolean isCommentaryHeadline() {
        String h = ctx.article.headline();
        if (h == null) return false;
        for (String w : h.toLowerCase(Locale.ROOT).split("[^a-z-]+")) if (GENRES.contains(w)) return true;
        return false;
    }

    /**
     * Whether the sentence speaks in the voice: no verb of saying of another's (one naming the voice or its piece is
     * the voice's), and no event told of a third party as doer.
     */
    private boolean ownSentence(Sentence s, List<Participant> voice, List<Draft> told, Draft declared, Participant party) {
        if (declared != null && s.index() == declared.sentence) return true;
        if (hasSaying(s) && !namesVoice(s, voice, declared)) return false;
        // "The Swiss group slammed the U.S. for ...": a speech act of a third party's; "the Lee group is to blame":
        // the party blamed, read as the doer, is still the voice's target
        return told.stream().noneMatch(d -> SPEECH_ACTS.contains(d.type)
                && d.actors.stream().anyMatch(p -> !voiceLike(p, voice) && !party.country().equals(p.country())));
    }

    private boolean voiceLike(Participant p, List<Participant> voice) {
        return Participants.contains(voice, p) || home.equals(p.country()) && "MED".equals(p.sector());
    }

    /**
     * A news item gives the floor to someone: a verb of saying, a document issued, an occasion of speech or protest
     * ({@code own-voice-floor-nouns}), or a speech act told of another.
     */
    private boolean givesFloor(Sentence s, List<Participant> voice, List<Draft> told) {
        if (hasSaying(s)) return true;
        boolean issuing = false;
        boolean document = false;
        for (Token t : s.tokens()) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && ISSUING.contains(lemma)) issuing = true;
            if (t.pos().startsWith("NN") && (UTTERANCES.contains(lemma) || MEDIA.contains(lemma))) document = true;
            if (t.pos().startsWith("NN") && FLOOR.contains(lemma)) return true; // "called a press conference"
        }
        if (issuing && document) return true;
        return told.stream().anyMatch(d -> SPEECH_ACTS.contains(d.type) && d.actors.stream().noneMatch(p -> voiceLike(p, voice)));
    }

    private static boolean hasSaying(Sentence s) {
        for (Token t : s.tokens()) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && (SAYING.contains(lemma) || VOICE_VERBS.contains(lemma))) return true;
        }
        return false;
    }

    /**
     * "the paper says", "Rodong Sinmun notes", "the commentary goes on": a declared paper's words name it or its piece.
     * An agency never says in its own items ("told KCNA" names the listener).
     */
    private static boolean namesVoice(Sentence s, List<Participant> voice, Draft declared) {
        if (declared == null) return false;
        for (Entity e : s.mentions()) if (voice.stream().anyMatch(p -> p.name().equals(e.text()))) return true;
        for (Token t : s.tokens()) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("NN") && (MEDIA.contains(lemma) || UTTERANCES.contains(lemma))) return true;
        }
        return false;
    }

    /** A word of blame outside quotation marks. */
    private boolean blames(Sentence s) {
        boolean quoted = false;
        for (Token t : s.tokens()) {
            if (isQuote(t)) quoted = !quoted;
            if (quoted) continue;
            String word = t.word().toLowerCase(Locale.ROOT);
            String lemma = TriggerLexicon.lemma(t);
            if (BLAME.contains(word) || BLAME.contains(lemma) || MORE_BLAME.contains(word) || MORE_BLAME.contains(lemma)) return true;
            if (t.pos().startsWith("JJ") || t.pos().startsWith("NN")) {
                if (lex.culpability(word) != null || lex.culpability(lemma) != null) return true;
            }
        }
        return false;
    }

    static boolean isQuote(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d");
    }

    /**
     * The first party the sentence names outside quotation marks and outside the voice's country: a named body, state
     * or person, or a nationality followed by an actor noun ("the Japanese reactionaries"); null when none.
     */
    private Entity partyIn(Sentence s, List<Participant> voice) {
        List<Token> ts = s.tokens();
        for (Entity e : s.mentions()) {
            Integer at = tokenAt(ts, e.start());
            if (at == null || insideQuotes(ts, at) || placed(ts, at)) continue;
            if (e.type() == EntityType.NATIONALITY && !beforeActorNoun(ts, at, e.end())) continue;
            Participant p = ctx.participant(e);
            if (p.country() == null || home.equals(p.country()) || Participants.contains(voice, p)) continue;
            if ("CVL".equals(p.sector())) continue; // a people, its citizens: no party a piece presses or blames
            return e;
        }
        return null;
    }

    /** "via China", "in Tokyo", "pursuant to the U.S. policy": a mention in a phrase of place or manner, no party. */
    private static boolean placed(List<Token> ts, int at) {
        int i = at - 1;
        // "in Iraq and Afghanistan": back over the determiners, names and conjunctions of a list of places
        while (i >= 0 && (ts.get(i).pos().equals("DT") || ts.get(i).pos().startsWith("NNP") || ts.get(i).pos().equals("CC")
                || ts.get(i).word().equals(","))) i--;
        return i >= 0 && PLACING.contains(ts.get(i).word().toLowerCase(Locale.ROOT));
    }

    private static Integer tokenAt(List<Token> ts, int start) {
        for (int i = 0; i < ts.size(); i++) if (ts.get(i).end() > start) return i;
        return null;
    }

    private static boolean insideQuotes(List<Token> ts, int at) {
        boolean quoted = false;
        for (int i = 0; i < at; i++) if (isQuote(ts.get(i))) quoted = !quoted;
        return quoted;
    }

    /** "the south Korean authorities", "the Japanese reactionaries": an actor noun right after the nationality. */
    private static boolean beforeActorNoun(List<Token> ts, int at, int end) {
        for (int i = at; i < Math.min(ts.size(), at + 5); i++) {
            Token t = ts.get(i);
            if (t.start() < end) continue;
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) return false;
            if (t.pos().startsWith("NN") && CommonNounActors.sectorOf(TriggerLexicon.lemma(t)) != null) return true;
        }
        return false;
    }

    private Draft act(Sentence s, EventType type, String cameo, List<Participant> voice, Participant party) {
        Draft d = new Draft();
        d.type = type;
        d.cameo = cameo;
        d.sentence = s.index();
        d.start = s.start();
        d.end = s.end();
        d.trigger = s.tokens().get(0).word();
        Participants.addAll(d.actors, voice);
        d.recipients.add(party);
        d.confidence = 0.45;
        d.distinct = true; // the piece's one act against this party
        d.date = ctx.article.publicationDay().isPresent() ? ctx.article.publicationDate() : null;
        return d;
    }

    /**
     * Whether the paper's commentary is told where its blame is: the sentence that declares it blames, points at
     * what was told before ("in this regard", "says this") or opens the words that follow (ends on a colon).
     */
    private static boolean opensOn(Sentence declaring, Draft blame) {
        if (declaring == null) return false;
        if (blame.sentence == declaring.index()) return true;
        List<Token> ts = declaring.tokens();
        int n = ts.size();
        while (n > 0 && ts.get(n - 1).word().equals(",")) n--;
        if (n > 0 && ts.get(n - 1).word().equals(":")) return true;
        for (Token t : ts) if (ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static void anchorOn(Draft d, Draft declared) {
        d.sentence = declared.sentence;
        d.start = declared.start;
        d.end = declared.end;
        d.trigger = declared.trigger;
        if (declared.date != null) {
            d.date = declared.date;
            d.dateMod = declared.dateMod;
        }
    }

    /** Whether the coder has the voice's country (a paper, an agency) do this to the party in the piece already. */
    private boolean told(EventType type, Draft d) {
        String target = d.recipients.get(0).country();
        return ctx.events.stream().anyMatch(e -> e.type == type
                && e.actors.stream().anyMatch(p -> home.equals(p.country()) && "MED".equals(p.sector()))
                && e.recipients.stream().anyMatch(p -> target.equals(p.country())));
    }
}
