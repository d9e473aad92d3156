package org.dateline.core.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.QuoteSpans;
import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;

/**
 * Direct quotations and reported speech, each with its speaker resolved to the canonical name of an entity the
 * language layer found (so "he" in '"...," he told reporters' is already the person it stands for).
 *
 * <p>Direct: the words between quotation marks ({@link QuoteSpans}); the speaker is read after the closing mark
 * ("," he said / said X), else before the opening one (X said: "..."; X said ... that ... "..."), else at the end of
 * the paragraph before, when a colon ends it ({@link ColonIntroductions}), else carried over
 * from the previous paragraph's quotation. Reported: "X said (...) that CLAUSE", "CLAUSE, X said (...)." and
 * "according to X".
 */
public final class QuoteFinder {
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "note", "ask", "explain", "warn", "insist",
            "stress", "claim", "declare", "announce", "write", "respond", "reply", "argue", "emphasize", "emphasise",
            "urge", "report", "confirm", "deny", "indicate", "predict", "acknowledge", "quote", "comment", "remark",
            "assert", "contend", "maintain", "point", "underscore");
    /** The pronouns that stand for one person who speaks. */
    private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she");
    private static final Set<EntityType> SPEAKER_TYPES = EnumSet.of(EntityType.PERSON, EntityType.PRONOUN,
            EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.GROUP);

    private final String body;
    private final List<Sentence> sentences;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<int[]> spans;

    private QuoteFinder(String body, List<Sentence> sentences) {
        this.body = body;
        this.sentences = sentences;
        for (Sentence s : sentences) {
            tokens.addAll(s.tokens());
            entities.addAll(s.mentions());
        }
        this.spans = QuoteSpans.find(body);
    }

    /** Every quotation in the body, in order. Sentences must carry their mentions. */
    public static List<Quote> find(String body, List<Sentence> sentences) {
        QuoteFinder f = new QuoteFinder(body, sentences);
        List<Quote> out = new ArrayList<>(f.direct());
        out.addAll(new ReportedSpeech(f).find());
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.replaceAll(QuoteFinder::notAboutItsSpeaker);
        return out;
    }

    /**
     * A quotation that names its speaker in full is about that person, not by them ("Kim Jong Il devoted his life to
     * the people, he said", where coreference read "he" as the man the mourner spoke of): it keeps no speaker rather
     * than put a mourner's words among the deceased's.
     */
    static Quote notAboutItsSpeaker(Quote q) {
        String who = q.speaker();
        if (who == null || !who.strip().contains(" ")) return q;
        if (!namedWithin(q.text(), who)) return q;
        return new Quote(q.text(), null, q.start(), q.end(), q.kind());
    }

    /** True when {@code name} stands in {@code text} as whole words, whatever the case and punctuation between. */
    static boolean namedWithin(String text, String name) {
        return (" " + words(text) + " ").contains(" " + words(name) + " ");
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    String body() { return body; }

    List<Sentence> sentences() { return sentences; }

    List<int[]> spans() { return spans; }

    private List<Quote> direct() {
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (int[] s : spans) {
            String text = body.substring(s[0], s[1]).strip();
            text = text.replaceAll("[,.]$", "");
            // "an article titled "..."": a name, whoever the sentence names
            if (QuotedTerms.isTitle(body, s[0])) continue;
            String speaker = after(s[1]);
            // "the "empire"": a term the writer holds at arm's length, unless a speaker follows it ('"Never," he said')
            if (speaker == null && QuotedTerms.isTerm(body, s[0], s[1])) continue;
            if (speaker == null) speaker = before(s[0]);
            if (speaker == null) speaker = introducedByColon(s[0]);
            if (speaker == null && previous != null && previous.speaker() != null) {
                String between = body.substring(previous.end(), s[0]);
                // A new paragraph that opens with a quote continues the last speaker; so does a second quote in the
                // speaker's own paragraph ('"...," Park said. "We are ..."').
                boolean continuesParagraph = !between.contains("\n");
                boolean opensNextParagraph = startsParagraph(s[0])
                        && !between.strip().replaceAll("[\"“”]", "").contains("\n");
                if (continuesParagraph || opensNextParagraph) speaker = previous.speaker();
            }
            if (speaker == null && text.split("\\s+").length < 3) continue; // a scare-quoted term, not speech
            Quote q = new Quote(text, speaker, s[0], s[1], Quote.DIRECT);
            out.add(q);
            previous = q;
        }
        return out;
    }

    private boolean startsParagraph(int contentStart) {
        int i = contentStart - 2;
        while (i >= 0 && body.charAt(i) == ' ') i--;
        return i < 0 || body.charAt(i) == '\n';
    }

    /** '"...," he told reporters' / '"...," said the minister'. */
    private String after(int closeMark) {
        List<Token> next = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() <= closeMark) continue;
            if (body.substring(closeMark, t.start()).contains("\n") || next.size() >= 10) break;
            String w = t.word();
            if (w.equals(".") || w.equals("\"") || w.equals("“") || w.equals("”")) {
                if (next.isEmpty()) continue;
                break;
            }
            if (!w.equals(",")) next.add(t);
        }
        if (next.isEmpty()) return null;
        Entity first = entityAt(next.get(0).start());
        if (first != null) {
            Token after = firstTokenFrom(first.end(), next);
            if (after != null && isSpeech(after)) return saysTheQuote(after, after.end()) ? speaker(first) : null;
        }
        // '," foreign ministry spokeswoman Wang Yuting told ...': a title before the name
        for (int k = 1; k < next.size() - 1 && k < 6; k++) {
            Entity e = entityAt(next.get(k).start());
            if (e == null || !SPEAKER_TYPES.contains(e.type())) continue;
            Token verb = firstTokenFrom(e.end(), next);
            if (verb != null && isSpeech(verb)) return saysTheQuote(verb, verb.end()) ? speaker(e) : null;
            break;
        }
        if (isSpeech(next.get(0)) && !isAddressing(next.get(0))) {
            Token t = next.size() > 1 ? next.get(1) : null;
            int k = 1;
            while (t != null && (t.word().equalsIgnoreCase("the") || t.pos().startsWith("RB")) && k + 1 < next.size()) t = next.get(++k);
            Entity e = t == null ? null : entityAt(t.start());
            if (e != null) return saysTheQuote(next.get(0), e.end()) ? speaker(e) : null;
        }
        return null;
    }

    /**
     * True when a speech verb after a closing mark takes the quotation as what was said: a verb of address ("told
     * reporters") names its listener next, any other has nothing of its own after {@code from} ({@link OwnContent}).
     */
    private boolean saysTheQuote(Token verb, int from) {
        return isAddressing(verb) || !OwnContent.follows(body, tokens, from);
    }

    /** 'X said: "..."', or a speech verb earlier in the same sentence ('X said ... that ... "..."'). */
    private String before(int contentStart) {
        Sentence s = sentenceAt(contentStart - 1);
        if (s == null) return null;
        for (int k = s.tokens().size() - 1; k >= 0; k--) {
            Token t = s.tokens().get(k);
            if (t.end() > contentStart - 1 || inQuote(t.start())) continue;
            if (isSpeech(t) && !t.pos().equals("VBG")) return subjectOf(s, k);
        }
        return null;
    }

    /** 'X said:' ending the paragraph before the quotation ({@link ColonIntroductions}). */
    private String introducedByColon(int contentStart) {
        int colon = ColonIntroductions.colonBefore(body, contentStart);
        return colon < 0 ? null : before(colon + 1);
    }

    /** The nearest speaker-like entity before verb k in its sentence, outside quotations. */
    String subjectOf(Sentence s, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Token t = s.tokens().get(j);
            if (inQuote(t.start())) return null;
            Entity e = entityAt(t.start());
            if (e == null || !SPEAKER_TYPES.contains(e.type())) continue;
            String titled = BodyInApposition.speaker(this, s, e, k); // "X, chairman of the Y Society, said"
            if (titled != null) return titled;
            // "the demise of Kim Jong Il, the foundation stated": a name after a preposition is not who speaks
            if (afterPreposition(s, e)) return null;
            // "Lai Xin, director of a firm, China, said": the state closing the apposition is where he is from
            if (e.type() == EntityType.COUNTRY && setOffByCommas(s, e)) return StateInApposition.speaker(this, s, e);
            // "Pakistan's army chief said": the state owns the speaker, it is not the speaker
            return possessive(e) ? ownedPhrase(s, e, k) : speaker(e);
        }
        return null;
    }

    /**
     * True when a mention is followed by a possessive ("Pakistan's", "the ministry's"): it names whose the next noun
     * is, and the noun, not the owner, is who acts or speaks.
     */
    boolean possessive(Entity e) {
        for (Token t : tokens) {
            if (t.start() < e.end()) continue;
            String w = t.word().replace('\u2019', '\'');
            return w.equals("'s") || w.equals("'") || t.pos().equals("POS");
        }
        return false;
    }

    /** "Pakistan's army chief" as written: from the owner to the verb {@code k} or the first comma before it. */
    private String ownedPhrase(Sentence s, Entity owner, int k) {
        int end = owner.end();
        for (int j = 0; j < k; j++) {
            Token t = s.tokens().get(j);
            if (t.start() < owner.end()) continue;
            if (t.word().equals(",")) break;
            end = t.end();
        }
        return body.substring(owner.start(), end);
    }

    private static boolean afterPreposition(Sentence s, Entity e) {
        Token before = null;
        for (Token t : s.tokens()) {
            if (t.start() >= e.start()) break;
            before = t;
        }
        return before != null && (before.pos().equals("IN") || before.pos().equals("TO"));
    }

    /** True when a mention has a comma right before it and right after it: an apposition's last member. */
    private static boolean setOffByCommas(Sentence s, Entity e) {
        Token before = null, after = null;
        for (Token t : s.tokens()) {
            if (t.end() <= e.start()) before = t;
            if (after == null && t.start() >= e.end()) after = t;
        }
        return before != null && after != null && before.word().equals(",") && after.word().equals(",");
    }

    /**
     * The name a speaker mention stands for. A "he" or "she" who speaks ("..., he added") is the last person named as
     * speaking in the two sentences before, when there is one: reporters write the pronoun for the voice they just
     * quoted, while coreference, which reads no speech, tends to pick the story's most prominent man instead (the
     * leader whose interview the quoted man is praising).
     */
    String speaker(Entity e) {
        if (e.type() == EntityType.PRONOUN && SPEAKING_PRONOUNS.contains(e.text().toLowerCase(Locale.ROOT))) {
            Entity last = lastNamedSpeakerBefore(e.start());
            if (last != null) {
                String named = speaker(last);
                // "Malki" just spoke and coreference says "Reyad al-Malki": the same man, in full
                boolean sameInFull = e.canonical() != null && namedWithin(e.canonical(), named);
                return sameInFull ? e.canonical() : named;
            }
        }
        return e.canonical() != null ? e.canonical() : e.text();
    }

    /**
     * The person named beside a speech verb ("X said", "said X", "X, chairman of Y, said") in the two sentences before
     * {@code offset}'s. A voice that goes on as "he said ..., he added" is one voice: each speech verb of a speaking
     * pronoun on the way back looks two sentences further, up to {@link #CHAIN_SENTENCES}, for the name it goes on from,
     * and with no name the chain's first pronoun stands for the voice.
     */
    private Entity lastNamedSpeakerBefore(int offset) {
        int own = sentences.indexOf(sentenceAt(offset));
        int limit = own - 2;
        Entity firstOfChain = null;
        for (int i = own - 1; i >= 0 && i >= limit; i--) {
            List<Token> ts = sentences.get(i).tokens();
            for (int k = ts.size() - 1; k >= 0; k--) {
                if (!isSpeech(ts.get(k)) || inQuote(ts.get(k).start())) continue;
                Entity named = personAt(ts, k + 1);
                if (named == null) named = personAt(ts, k - 1);
                if (named == null) named = personBeforeApposition(ts, k - 1);
                if (named == null) {
                    Entity pronoun = speakingPronounAt(ts, k - 1) ? entityAt(ts.get(k - 1).start())
                            : speakingPronounAt(ts, k + 1) ? entityAt(ts.get(k + 1).start()) : null;
                    if (pronoun != null) {
                        limit = Math.max(own - CHAIN_SENTENCES, i - 2);
                        firstOfChain = pronoun;
                    }
                    continue;
                }
                // "the president said": the last voice is a title, whose man coreference knows better
                return Character.isUpperCase(named.text().charAt(0)) ? named : null;
            }
        }
        // no name on the way back: the voice is whom the chain's first "he said" stood for, read nearest to where
        // the speaker came in, before the names his own words bring up ("X worked hard all his life, he said")
        return firstOfChain != null && firstOfChain.canonical() != null ? firstOfChain : null;
    }

    /** The sentences back a chain of "he said" may reach for the name it goes on from. */
    private static final int CHAIN_SENTENCES = 8;

    /** "Ana Velis, chairwoman of the Tarvo League, said": the person before the apposition that ends at token k. */
    private Entity personBeforeApposition(List<Token> ts, int k) {
        if (k < 2 || !ts.get(k).word().equals(",")) return null;
        for (int j = k - 1; j > 0 && j >= k - 30; j--) {
            String w = ts.get(j).word();
            if (w.equals(",")) return personAt(ts, j - 1);
            if (w.equals(".") || w.equals(";") || isSpeech(ts.get(j))) return null;
        }
        return null;
    }

    private boolean speakingPronounAt(List<Token> ts, int k) {
        if (k < 0 || k >= ts.size()) return false;
        return SPEAKING_PRONOUNS.contains(ts.get(k).word().toLowerCase(Locale.ROOT));
    }

    private Entity personAt(List<Token> ts, int k) {
        if (k < 0 || k >= ts.size()) return null;
        Entity e = entityAt(ts.get(k).start());
        return e != null && e.type() == EntityType.PERSON ? e : null;
    }

    Entity entityAt(int offset) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.start() <= offset && offset < e.end() && SPEAKER_TYPES.contains(e.type())
                    && (best == null || e.end() - e.start() > best.end() - best.start())) best = e;
        }
        return best;
    }

    private static Token firstTokenFrom(int offset, List<Token> ts) {
        for (Token t : ts) if (t.start() >= offset) return t;
        return null;
    }

    /** Speech verbs whose object is the listener ("told KCNA", "asked reporters"): after them comes no speaker. */
    private static final Set<String> ADDRESSING = QuoteWords.get("addressing-verbs");

    /** True for a speech verb whose object is the one spoken to ("told", "asked"), not the one who speaks. */
    static boolean isAddressing(Token t) {
        return ADDRESSING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean isSpeech(Token t) {
        return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    boolean inQuote(int offset) {
        for (int[] q : spans) if (q[0] <= offset && offset < q[1]) return true;
        return false;
    }

    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (s.start() <= offset && offset < s.end() + 1) return s;
        return null;
    }
}
