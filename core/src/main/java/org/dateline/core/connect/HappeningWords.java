package org.dateline.core.connect;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.process.Morphology;

/**
 * What a report says happened, as words: the content lemmas of its sentence, without the participants' names
 * (those are compared as keys already) and without {@code happening-stop-words}. Two reports of one happening share
 * some of them ("a truck overturned", "the overturned truck"); two "ASSAULT" reports of an ambush and of a crash do
 * not, however alike their participants.
 *
 * <p>Similarity is the Dice coefficient of the two sets, each word weighted by its rarity among the reports seen. Lemmas come from CoreNLP's morphology (so "provided" and
 * "provides" are one word); each report's set is computed once. Not thread-safe, like the Connector that owns it.
 */
final class HappeningWords {
    private static final Set<String> STOP = ConnectWords.get("happening-stop-words");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

    private final Morphology morphology = new Morphology();
    /** Reports of news at large assumed seen before the stream, so that a short batch weighs its words evenly. */
    static final int BACKGROUND = 200;
    /**
     * The largest share of reports a word may appear in and still single out a happening: of one actor's routine
     * ("field guidance" is in one report in a hundred; the site it went to, in a few per thousand), and of an event
     * recalled weeks later ("Ulan-Ude", "hashish").
     */
    static final double RARE = 0.003;
    static final double UNCOMMON = 0.01;

    private final Map<EventMention, Set<String>> cache = new IdentityHashMap<>();
    private final Map<EventMention, Set<String>> nameCache = new IdentityHashMap<>();
    private final Map<EventMention, Set<String>> clauseCache = new IdentityHashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private int reports;

    /**
     * The content lemmas of a report's sentence, without the titles its participants are described by
     * ({@link TitleWords}): those tell who acted, as the names do.
     */
    Set<String> of(EventMention m) {
        return cache.computeIfAbsent(m, x -> words(TitleWords.without(told(x)), names(x)));
    }

    /** Counts a report's words as seen, so that words most reports use weigh less in later comparisons. */
    void seen(EventMention m) {
        for (String w : of(m)) df.merge(w, 1, Integer::sum);
        reports++;
    }

    /**
     * The mean weighted Dice similarity of a report with a story's reports, 0 when nothing is shared: the mean, not
     * the best, so that a story does not drift from report to report ("field guidance to a mine", "to a complex
     * and a mine", "to a complex") until it holds every visit of the month.
     */
    double similarity(Story s, EventMention m) {
        Set<String> mine = of(m);
        double sum = 0;
        for (EventMention o : s.mentions) sum += dice(mine, of(o));
        return s.mentions.isEmpty() ? 0 : sum / s.mentions.size();
    }

    /**
     * The weighted Dice similarity of two reports' trigger clauses ({@link Tellings#clause} and the words after it up
     * to a comma, {@link Tellings#tail}): the deed's words, its object and its place, without the participants' names
     * and titles. Not the sentences: a sentence tells of the sender and the day as much as of the deed, and two deeds
     * of one sender on one day share all of that.
     */
    double clauseSimilarity(EventMention a, EventMention b) { return dice(clause(a), clause(b)); }

    private Set<String> clause(EventMention m) {
        return clauseCache.computeIfAbsent(m,
                x -> words(TitleWords.without(Tellings.clause(x) + " " + Tellings.tail(x)), names(x)));
    }

    /**
     * The most information a report shares with any one report of a story: the summed weights of the words both use
     * (a word in one report of a hundred weighs about ln 100). Unlike the similarity it does not shrink with the
     * length of the sentences: "the North demanded sanctions relief and a halt to drills", recalled in a long
     * sentence about a meeting, still shares four telling words with the report of the demand.
     */
    double sharedWeight(Story s, EventMention m) {
        Set<String> mine = of(m);
        double best = 0;
        for (EventMention o : s.mentions) {
            double sum = 0;
            for (String w : of(o)) if (mine.contains(w)) sum += weight(w);
            best = Math.max(best, sum);
        }
        return best;
    }

    /**
     * True when a report's sentence shares with at least half of the story's reports a word that few reports use
     * (at most that share of those seen, against the background): "Tanchon Port", "hashish",
     * "Ulan-Ude", not "provided field guidance". It is the evidence a report needs when its date and participants
     * say little; half, so that a story of many visits cannot grow by each new one sharing a word with some other.
     */
    boolean sharesSpecific(Story s, EventMention m, double share) { return sharesSpecific(s, m, share, false); }

    /**
     * {@link #sharesSpecific}, where {@code initials} also counts a name one report writes in full and the other by its
     * initials ({@link Acronyms}) as shared.
     */
    boolean sharesSpecific(Story s, EventMention m, double share, boolean initials) {
        return sharedByHalf(s, m, share, this::of, initials);
    }

    /**
     * True when a report's sentence shares with at least half of the story's reports a name few reports use: a
     * capitalised word that does not open its sentence, among the report's content lemmas ("Ulan-Ude", "Qalandiya",
     * "AWACS"), at most that share of the reports seen. A report that recalls an occasion weeks later, or that gives
     * no date and names no one beside its actor, ties itself to one occasion by its place or its name; the common
     * words it shares ("exploitation", "condemned the decision") fit any occasion of the kind.
     */
    boolean sharesName(Story s, EventMention m, double share) { return sharesName(s, m, share, false); }

    /**
     * {@link #sharesName}, where {@code initials} also counts a name one report writes in full and the other by its
     * initials ({@link Acronyms}: "the Asia Pacific Economic Cooperation", "APEC") as shared, though no word of it is.
     */
    boolean sharesName(Story s, EventMention m, double share, boolean initials) {
        return sharedByHalf(s, m, share, this::nameWords, initials);
    }

    /**
     * Whether at least half of the story's reports share with m one of its {@code words} that at most that share of
     * the reports seen use: the count behind {@link #sharesSpecific} (any content word) and {@link #sharesName}.
     */
    private boolean sharedByHalf(Story s, EventMention m, double share, Function<EventMention, Set<String>> words,
                                 boolean initials) {
        Set<String> mine = words.apply(m);
        int sharing = 0;
        for (EventMention o : s.mentions) {
            boolean shared = false;
            for (String w : words.apply(o)) {
                if (mine.contains(w) && few(w, share)) {
                    shared = true;
                    break;
                }
            }
            // the initials are spelt out only for a pair no word ties: spelling every name is the costly part
            if (!shared && initials) shared = spellsOut(m, o, share) || spellsOut(o, m, share);
            if (shared) sharing++;
        }
        return 2 * sharing >= s.mentions.size();
    }

    /**
     * True when one report writes in full a name few reports use that the other writes by its initials ({@link
     * Acronyms}: "the Asia Pacific Economic Cooperation", "APEC"): one name, though no word of it is shared.
     */
    private boolean spellsOut(EventMention full, EventMention initials, double share) {
        Set<String> written = Acronyms.written(told(initials));
        if (written.isEmpty()) return false;
        Set<String> spelt = Acronyms.spelt(told(full));
        for (String a : written) if (spelt.contains(a) && few(morphology.stem(a), share)) return true;
        return false;
    }

    /**
     * The content lemmas of a report's sentence that are written capitalised and do not open it, but for the capital
     * of a participant's own state ({@link HomeCapitals}): where its people meet every month is no occasion's name.
     */
    private Set<String> nameWords(EventMention m) {
        return nameCache.computeIfAbsent(m, x -> nameWords(x, told(x), of(x)));
    }

    /**
     * True when two reports' texts (any run of their sentences, not only the sentence that tells each deed) share a
     * name few reports use ({@link #sharesName}'s names, at most that share of the reports seen).
     */
    boolean shareNameIn(EventMention a, String textA, EventMention b, String textB, double share) {
        Set<String> mine = nameWords(a, textA, words(TitleWords.without(textA), names(a)));
        for (String w : nameWords(b, textB, words(TitleWords.without(textB), names(b)))) {
            if (mine.contains(w) && few(w, share)) return true;
        }
        return false;
    }

    /** The capitalised content lemmas ({@code all}) of a report's text that do not open it, the home capitals left out. */
    private Set<String> nameWords(EventMention x, String sentence, Set<String> all) {
        {
            Set<String> out = new HashSet<>();
            if (sentence == null) return out;
            Set<String> home = HomeCapitals.states(x);
            Matcher w = WORD.matcher(sentence);
            boolean first = true;
            while (w.find()) {
                String word = w.group();
                if (!first && Character.isUpperCase(word.charAt(0)) && !HomeCapitals.isHome(word, home)) {
                    String lower = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
                    String lemma = morphology.stem(lower);
                    if (all.contains(lemma)) out.add(lemma);
                }
                first = false;
            }
            return out;
        }
    }

    /**
     * True when at most that share of the reports seen (against the background) use the word: "leaflet", "battalion"
     * tell what one statement is about, "world" and "move" are in every other one.
     */
    boolean few(String word, double share) {
        return df.getOrDefault(word, 0) <= Math.max(2, share * (reports + BACKGROUND));
    }

    /**
     * Dice of two word sets, each word weighted by how rare it is among the reports seen (against
     * {@link #BACKGROUND} reports of news at large): "provided field guidance" is what most reports of an agency
     * say, "Thaesong Machine Plant" is what tells one visit from another.
     */
    double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double shared = 0, total = 0;
        for (String x : a) {
            double w = weight(x);
            total += w;
            if (b.contains(x)) shared += 2 * w;
        }
        for (String x : b) total += weight(x);
        return shared / total;
    }

    private double weight(String word) {
        return Math.log((reports + BACKGROUND + 1.0) / (df.getOrDefault(word, 0) + 1.0));
    }

    /**
     * Content lemmas of a sentence, the words of the given names left out, and with them the rest of a body's name
     * the sentence writes around a name cut short ({@link WrittenNames}: "the Nigerian National Committee for the
     * Study of the Juche Idea" of "National Committee").
     */
    Set<String> words(String sentence, Collection<String> names) {
        Set<String> nameWords = WrittenNames.in(sentence, names);
        Set<String> out = new HashSet<>();
        if (sentence == null) return out;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (word.length() < 3 || STOP.contains(word) || WrittenNames.isNameWord(word, nameWords)) continue;
            String lemma = morphology.stem(word);
            if (!STOP.contains(lemma) && !nameWords.contains(lemma)) out.add(lemma);
        }
        return out;
    }

    /**
     * The sentence that tells a report's deed ({@link StatementSubjects#ownSentence}), not the mention's, which may
     * run on into the sentence before or after it: pages that join their paragraphs with a comma ("in the north.,
     * He said") read as one sentence to the mention's splitter, and the words of the next paragraph say nothing of
     * this deed while they dilute the similarity of two reports of it.
     */
    private static String told(EventMention m) { return StatementSubjects.ownSentence(m); }

    private static Collection<String> names(EventMention m) {
        Set<String> out = new HashSet<>();
        m.event().actors().forEach(p -> out.add(p.name()));
        m.event().recipients().forEach(p -> out.add(p.name()));
        return out;
    }
}
