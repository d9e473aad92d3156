package org.dateline.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The day of an occasion the story goes on telling. "X staged a protest on June 2. They accused Y. ..., they
 * demanded", "He met Z in the capital on Wednesday. ... Z warmly welcomed him. He thanked Z", "Addressing the board on
 * March 8, the envoy clarified his stand. He accused W": once a sentence has dated an occasion to a day of the news,
 * what its people say and do in the next sentences, in the past tense and undated by their own clause, they do at that
 * occasion, on its day, not "on or before" the day a later story retells it. Verbs of saying count here (they end a
 * {@link NarratedPast} telling, since a saying is often the article's own day; a saying of the occasion's people
 * after it is the occasion's).
 * <p>
 * The occasion's sentence is the one that names the latest date before the act, a day of the news ({@link #NEWS_DAYS})
 * at most {@link #MAX_AFTER} sentences back; the telling ends where the story names another date. The act must be
 * told of the occasion's people: by a subject pronoun ({@code retelling-pronouns}: "they demanded"), or with a party
 * of an event of that sentence, or by an actor that sentence names ("Jordan's minister Nasser Judeh ... on Thursday called
 * for ...", then "Judeh said"); an act of others in the next sentence may be another day's.
 */
final class ContinuedOccasions {
    private static final Set<String> PRONOUNS = EventWords.get("retelling-pronouns");
    private static final Set<String> MANY = EventWords.get("many-occasion-words");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that");
    private static final Set<String> SUBORDINATORS = EventWords.get("other-moment-subordinators");
    /** The tags of the words of a subject's noun phrase, walked back over to the word that opens its clause. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH");
    /** How far back a day may lie and still be a day of the news the story tells on. */
    private static final int NEWS_DAYS = 31;
    /** How many sentences after the occasion's an act may still be told of it. */
    private static final int MAX_AFTER = 6;

    private ContinuedOccasions() {}

    /** The day of the occasion event d goes on telling, or null when it tells none. */
    static String dayOf(Draft d, Clause c, Set<Integer> words, List<TimeExpression> timexes, ArticleContext ctx) {
        if (!EventStatus.OCCURRED.equals(d.status) || d.everyone().isEmpty()) return null;
        if (words.stream().noneMatch(w -> toldInPast(c, w)) || words.stream().anyMatch(w -> onManyOccasions(c, w))) return null;
        // "the meeting came days after the North demanded ...", "Park, who held talks ...": another moment's act
        if (words.stream().anyMatch(w -> c.relIs(w, "advcl", "acl", "acl:relcl") || !c.children(w, "mark").isEmpty()
                || afterSubordinator(c, w))) return null;
        TimeExpression latest = latestDate(c, timexes, ctx.story);
        String day = latest == null ? null : newsDay(latest, ctx.article.publicationDay().orElse(null));
        Sentence occasion = day == null ? null : sentenceOf(latest, ctx.story);
        if (occasion == null || c.sentence.index() - occasion.index() > MAX_AFTER) return null;
        return byPronoun(c, words) || ofItsPeople(d, occasion, ctx.events) ? day : null;
    }

    /**
     * "days after the North demanded", "before they left": a conjunction of time opens the act's clause, read off the
     * words (the word before its subject's noun phrase, or before the act when it has no subject), since the parse
     * often hangs such a clause on a wrong head ("dep" of "the") and gives it no mark.
     */
    private static boolean afterSubordinator(Clause c, int w) {
        int first = w;
        for (int s : c.subjects(w)) first = Math.min(first, s);
        int before = first - 1;
        while (before >= 0 && NOUN_PHRASE_TAGS.contains(c.pos(before))) before--; // "after [Seoul's chief envoy] flew"
        return before >= 0 && SUBORDINATORS.contains(c.lower(before));
    }

    /**
     * The calendar date named last before the clause's sentence, or null; a date written between an article and a
     * noun ("a ringleader of the October 7 rampage") names a thing, not the day of an occasion.
     */
    private static TimeExpression latestDate(Clause c, List<TimeExpression> timexes, List<Sentence> story) {
        TimeExpression latest = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.end() > c.sentence.start() || namesAThing(t, sentenceOf(t, story))) continue;
            if (latest == null || t.start() > latest.start()) latest = t;
        }
        return latest;
    }

    private static boolean namesAThing(TimeExpression t, Sentence s) {
        if (s == null) return false;
        Token before = null, after = null;
        for (Token k : s.tokens()) {
            if (k.end() <= t.start()) before = k;
            if (after == null && k.start() >= t.end()) after = k;
        }
        return before != null && after != null && ARTICLES.contains(before.word().toLowerCase(java.util.Locale.ROOT))
                && after.isNoun();
    }

    /** The value of t when it is a whole day no later than the article's and at most {@link #NEWS_DAYS} before; else null. */
    private static String newsDay(TimeExpression t, LocalDate published) {
        String value = Circumstances.dateValue(t);
        LocalDate day = ClauseTimes.day(value);
        boolean news = day != null && published != null && !day.isAfter(published)
                && !day.isBefore(published.minusDays(NEWS_DAYS));
        return news ? value : null;
    }

    private static Sentence sentenceOf(TimeExpression t, List<Sentence> story) {
        for (Sentence s : story) if (t.start() >= s.start() && t.end() <= s.end()) return s;
        return null;
    }

    /** Whether one of the event's words has a subject pronoun ("they demanded", "he said"). */
    private static boolean byPronoun(Clause c, Set<Integer> words) {
        for (int w : words) for (int s : c.subjects(w)) if (PRONOUNS.contains(c.lower(s))) return true;
        return false;
    }

    /** Whether a party of d takes part in an event of the occasion's sentence, or an actor of d is named in it. */
    private static boolean ofItsPeople(Draft d, Sentence occasion, List<Draft> events) {
        for (Participant p : d.everyone()) {
            boolean actor = d.actors.contains(p);
            for (Draft e : events) {
                if (e.sentence != occasion.index()) continue;
                // one addressed by both is what a round-up of reports is about ("the Lao paper on April 4 praised the
                // President ... the Peruvian paper praised him"), not the occasion's people: it must have acted there
                for (Participant q : actor ? e.everyone() : e.actors) if (sameParty(p, q)) return true;
            }
            String head = head(p.name());
            if (!actor || !isName(head)) continue; // an addressee's name ("the West") is too common a word
            for (Token t : occasion.tokens()) if (t.word().equals(head)) return true;
        }
        return false;
    }

    /**
     * The same party named again, perhaps shorter or spelt otherwise: "Dmitri Anatoliyevich Medvedev", then
     * "Medvedev" or "Dmitry Medvedev". A name's last word is its head (a surname), which a second mention keeps; a
     * common noun ("the authorities", "the government") is no name, and names placed in two states are two parties.
     */
    private static boolean sameParty(Participant p, Participant q) {
        if (Participants.same(p, q)) return true;
        String a = head(p.name());
        boolean sameState = p.country() == null || q.country() == null || p.country().equals(q.country());
        return isName(a) && a.equals(head(q.name())) && sameState;
    }

    private static boolean isName(String head) {
        return head.length() > 2 && Character.isUpperCase(head.charAt(0));
    }

    private static String head(String name) {
        if (name == null || name.isBlank()) return "";
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * "rejected it on many other occasions", "repeatedly denounced": the act sums up several days, not the occasion's
     * one: an adverb of repetition on the word, or a plural circumstance counted as many.
     */
    private static boolean onManyOccasions(Clause c, int w) {
        for (int a : c.children(w, "advmod")) if (MANY.contains(c.lower(a))) return true;
        for (int k : c.children(w, "obl", "obl:tmod", "obl:npmod")) {
            List<Integer> circumstances = new java.util.ArrayList<>(c.children(k, "conj")); // "at X but on many ..."
            circumstances.add(k);
            for (int n : circumstances) {
                if (!c.pos(n).equals("NNS")) continue;
                for (int m : c.children(n, "amod", "det")) if (MANY.contains(c.lower(m))) return true;
            }
        }
        return false;
    }

    /** An event word in the past tense, or a past passive ("was presented"; not "being assaulted", a scene's gerund). */
    private static boolean toldInPast(Clause c, int w) {
        if (c.pos(w).equals("VBD")) return true;
        List<Integer> passive = c.childrenExact(w, "aux:pass");
        return c.pos(w).equals("VBN") && !passive.isEmpty() && c.childrenExact(w, "aux").isEmpty()
                && passive.stream().allMatch(a -> c.pos(a).equals("VBD"));
    }
}
