package org.dateline.core.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A lead told again with its date. News agencies open with the act ("The committee condemned the regime for the
 * massacre", "X received a gift from Y") and date it in the next sentence or the one after, which retells the
 * occasion: "They held a rally on Jan. 19", "The committee issued a statement on Feb. 6", "The gift was handed over on
 * Feb. 1". An undated act of the lead (no sentence before it names a date) takes the first day the story names,
 * when that is a day of the news and the sentence naming it retells the lead: it opens with a subject pronoun
 * ({@code retelling-pronouns}) or its subject repeats a word of the act's actors or trigger. Applied after merging,
 * as {@link ContinuedOccasions} is: it decides no event's identity.
 */
final class RetoldLeads {
    private static final Set<String> PRONOUNS = EventWords.get("retelling-pronouns");
    private static final Set<String> FILLER = EventWords.get("retelling-filler");
    /** How many sentences after the act the dating sentence may come. */
    private static final int MAX_AHEAD = 2;
    /** How far back a day may lie and still be a day of the news. */
    private static final int NEWS_DAYS = 31;

    private RetoldLeads() {}

    /** Gives each undated occurred act of the lead the day a following sentence retelling it names. */
    static void date(List<Draft> events, List<Sentence> sentences, List<TimeExpression> timexes, LocalDate published) {
        if (published == null) return;
        for (Draft d : events) {
            if (d.date != null || d.undatedPast || d.occasionDay != null || !EventStatus.OCCURRED.equals(d.status)) continue;
            int i = position(sentences, d.sentence);
            if (i < 0 || firstDated(sentences, timexes, 0) <= i) continue;
            int j = firstDated(sentences, timexes, i + 1);
            if (j > i + MAX_AHEAD || j >= sentences.size() || !retells(sentences.get(j), d)) continue;
            String day = firstDate(sentences.get(j), timexes);
            LocalDate when = ClauseTimes.day(day);
            if (when != null && !when.isAfter(published) && !when.isBefore(published.minusDays(NEWS_DAYS))) d.occasionDay = day;
        }
    }

    private static int position(List<Sentence> sentences, int index) {
        for (int k = 0; k < sentences.size(); k++) if (sentences.get(k).index() == index) return k;
        return -1;
    }

    /** The position of the first sentence from {@code from} on that names a calendar date, or the sentence count. */
    private static int firstDated(List<Sentence> sentences, List<TimeExpression> timexes, int from) {
        for (int k = from; k < sentences.size(); k++) if (firstDate(sentences.get(k), timexes) != null) return k;
        return sentences.size();
    }

    private static String firstDate(Sentence s, List<TimeExpression> timexes) {
        TimeExpression first = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.start() < s.start() || t.end() > s.end()) continue;
            if (first == null || t.start() < first.start()) first = t;
        }
        return first == null ? null : Circumstances.dateValue(first);
    }

    /** Whether the sentence opens with a subject pronoun, or its words before the first verb repeat one of the act's. */
    private static boolean retells(Sentence s, Draft d) {
        Set<String> own = new HashSet<>();
        for (Participant p : d.actors) words(p.name(), own);
        words(d.trigger, own);
        boolean first = true;
        for (Token t : s.tokens()) {
            if (!Character.isLetter(t.word().charAt(0))) continue; // wire copy opens paragraphs with stray commas
            String w = t.word().toLowerCase(Locale.ROOT);
            if (first && PRONOUNS.contains(w)) return true;
            first = false;
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) return false;
            if (own.contains(w) || t.lemma() != null && own.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static void words(String text, Set<String> into) {
        if (text == null) return;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() > 1 && !FILLER.contains(w)) into.add(w);
    }
}
