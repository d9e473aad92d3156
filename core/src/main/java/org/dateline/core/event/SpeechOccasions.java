package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.model.TimeExpression;

/**
 * A dated speech occasion and the speech acts its speaker goes on making in the next sentences. "A spokesman held a
 * press conference on Sunday. He declared ... The spokesman demanded ...", "X issued a statement on June 8. ..., it
 * noted. Y will support Z, it concluded.", "Lampron wrote in a Dec. 1 letter ... Lampron said": each speech act of
 * that statement, conference or letter was made on its day (a speech act is dated on the day it was made), not on
 * the day a later story retells it. An act takes the occasion's day only when it is itself a speech act (a verb of
 * saying or of what a statement does: an attack the statement tells keeps its own time or none), its speaker is the
 * occasion's (the same noun or name again, the document noun, or a pronoun in the very next sentence) and no other
 * time or speaker came in between: a sentence naming a calendar time, or a verb of saying with another subject, ends
 * the occasion. {@link LastResortDates} asks it for acts their own clause left undated.
 * <p>A lead that tells gatherings held or statements issued on a date ("Various events were held in many countries
 * from July 6 to 13", "A joint seminar was held in Russia on Feb. 15", "Organizations issued statements between March
 * 4 and 6") opens an occasion of many speakers, a roundup: each one the next sentences quote spoke there, so any
 * speaker's speech act takes its date, and only a new calendar time ends it.
 */
final class SpeechOccasions {
    private static final Set<String> SPEECH_VERBS = EventWords.union("reporting-verbs", "document-act-verbs", "saying-verbs",
            "narrative-voice-verbs", "speech-occasion-verbs");
    private static final Set<String> OCCASION_NOUNS = EventWords.union("utterance-nouns", "speech-occasion-nouns",
            "protest-occasion-nouns");
    private static final Set<String> PROTESTS = EventWords.get("protest-occasion-nouns");
    private static final Set<String> PROTESTERS = EventWords.get("protest-participant-nouns");
    private static final Set<String> SINGULAR = EventWords.get("singular-personal-pronouns");
    private static final Set<String> FIRST_PERSON = EventWords.get("speaker-subject-pronouns");
    private static final Set<String> ROUNDUP_VERBS = EventWords.get("roundup-verbs");
    private static final Set<String> ISSUING = EventWords.get("document-issuing-verbs");
    private static final Set<String> GATHERINGS = EventWords.get("roundup-gathering-nouns");
    private static final Set<String> CIRCUMSTANCE_MARKS = EventWords.get("circumstance-marks");
    private static final Set<String> GATHERING_SPEAKERS = EventWords.get("gathering-speaker-nouns");
    /** How far above a date's head word the verb or noun of the occasion may be ("on Sunday" under the noun). */
    private static final int MAX_HOPS = 3;

    /** The occasion's day, or null when no occasion is open. */
    private TimeExpression day;
    /** The occasion's noun ("statement", "conference"), or null. */
    private String noun;
    /** The lower-case words of the speaker's phrase and its head's lemma. */
    private Set<String> speakerWords = Set.of();
    private String speakerHead;
    private boolean plural;
    /** Whether the occasion is a roundup's: any speaker's speech act is of it. */
    private boolean roundup;
    private boolean document;
    /** The last sentence that named the speaker (the occasion's or one of its acts): a pronoun must follow it. */
    private int lastNamed = -1;
    /** Whether the sentence being read names a calendar time (the occasion then ends with it, unless it opened one). */
    private boolean timed;

    /**
     * Opens sentence s: a calendar time the sentence before named ends the occasion (never across a new time). One of
     * this sentence's own does not: it dates what it hangs on ("he said the talks of 1967 ..."), and an act it leaves
     * undated is still the speaker's act of the occasion's day.
     */
    void enter(Sentence s, List<TimeExpression> timexes) {
        if (timed) day = null;
        timed = false;
        for (TimeExpression t : timexes) {
            if (Circumstances.dates(t) && Circumstances.within(t, s) && !holdsDay(t)) timed = true;
        }
    }

    /**
     * dates (s37): a time that holds the occasion's day is no other time: "the joint editorial on the New Year 2012"
     * after sessions held between Jan. 5 and 7, 2012 names the year they were held in, and the story stays with them.
     */
    private boolean holdsDay(TimeExpression t) {
        String value = Circumstances.dateValue(t);
        String of = day == null ? null : Circumstances.dateValue(day);
        return value != null && of != null && value.length() < of.length() && value.matches("\\d{4}(-\\d{2})?")
                && of.startsWith(value);
    }

    /**
     * Whether sentence s may open an occasion: it names a full day and a verb of speech or an occasion noun. Such a
     * sentence is parsed for this alone when it holds no event ("The envoy addressed the council on May 8.").
     */
    static boolean mayOpen(Sentence s, List<TimeExpression> timexes) {
        if (!Circumstances.namesDay(s, timexes)) return false;
        for (org.dateline.core.language.Token t : s.tokens()) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && SPEECH_VERBS.contains(lemma) || t.pos().startsWith("NN") && OCCASION_NOUNS.contains(lemma)) return true;
            if (s.index() == 0 && t.pos().startsWith("NN") && GATHERINGS.contains(lemma)) return true;
        }
        return false;
    }

    /**
     * Reads a parsed sentence after its events were coded: a new occasion it dates, or a new speaker that ends one.
     * Always true, so that a sentence parsed for this alone can be left after it.
     */
    boolean read(Clause c, List<TimeExpression> timexes) {
        if (opened(c, timexes) || day == null || roundup) return true;
        boolean other = false;
        for (int v = 0; v < c.size(); v++) {
            // another speaker: one who says, or who issues or speaks in a document ("Y issued a statement")
            if (!speechVerb(c, v) && !(c.pos(v).startsWith("VB") && occasionNounOf(c, v) != null)) continue;
            for (int s : c.subjects(v)) {
                if (refers(c, s)) lastNamed = c.sentence.index();
                else if (!c.pos(s).startsWith("W") && !c.lower(s).equals("that") && !reportedBySpeaker(c, v)) other = true;
            }
        }
        if (other) day = null;
        return true;
    }

    /**
     * Whether word v lies in what the speaker says: under a verb of saying whose subject names the speaker ("X
     * clarified that ..., it noted", "Y will support Z, it concluded": the parser hangs "it noted" anywhere below).
     */
    private boolean reportedBySpeaker(Clause c, int v) {
        for (int w = 0; w < c.size(); w++) {
            if (w == v || !speechVerb(c, w) || c.subjects(w).stream().noneMatch(s -> refers(c, s))) continue;
            if (c.dominates(w, v) || c.relIs(w, "parataxis") && c.dominates(v, w)) return true;
        }
        return false;
    }

    /**
     * The occasion's day for an undated act of these words when one of them is a speech act of its speaker, named
     * again or speaking in the first person within what the speaker says ("We will support Z, it concluded"); else
     * null.
     */
    TimeExpression of(Clause c, Set<Integer> words) {
        if (day == null) return null;
        for (int a : words) {
            if (roundup && adoptedDocument(c, a)) return day;
            if (!speechVerb(c, a)) continue;
            if (roundup && !c.subjects(a).isEmpty()) return day;
            for (int s : c.subjects(a)) {
                // "We will support Z, it concluded": the speaker's own voice; "Y denounced Z, it said" is Y's act
                if (refers(c, s) || FIRST_PERSON.contains(c.lower(s)) && reportedBySpeaker(c, a)) return day;
            }
        }
        return null;
    }

    /**
     * dates (s37): "A message to X was adopted", "A letter was sent to Y": a document the roundup's gatherings issued,
     * told in the passive without its issuer, was issued there.
     */
    private static boolean adoptedDocument(Clause c, int v) {
        if (!c.pos(v).equals("VBN") || !ISSUING.contains(c.lemma(v))) return false;
        for (int s : c.childrenExact(v, "nsubj:pass")) if (OCCASION_NOUNS.contains(c.lemma(s))) return true;
        return false;
    }

    /** Opens an occasion when a full day of this sentence hangs on a past speech verb or occasion noun with a speaker. */
    private boolean opened(Clause c, List<TimeExpression> timexes) {
        for (int i = 0; i < c.size(); i++) {
            TimeExpression t = Circumstances.timeAt(c, i, timexes);
            if (t == null || Circumstances.timeAt(c, c.head(i), timexes) == t) continue; // not the expression's head word
            if (ClauseTimes.day(Circumstances.dateValue(t)) == null) continue;
            String occasionNoun = null;
            for (int n = c.head(i), hop = 0; n >= 0 && hop < MAX_HOPS; n = c.head(n), hop++) {
                if (c.pos(n).startsWith("NN") && OCCASION_NOUNS.contains(c.lemma(n))) occasionNoun = c.lemma(n);
                if (!c.pos(n).startsWith("VB")) continue;
                if (roundupLead(c, n)) {
                    openRoundup(t);
                    return true;
                }
                if (occasionNoun == null) occasionNoun = occasionNounOf(c, n);
                int protest = protestAsSubject(c, n);
                if (occasionNoun == null && protest >= 0) occasionNoun = c.lemma(protest);
                // dates (s56): "when interviewed on May 4, denounced", "said this when meeting Y on Oct. 1"
                if (occasionNoun == null && !speechVerb(c, n) && circumstanceOfSpeech(c, n)) continue;
                if (occasionNoun == null && !speechVerb(c, n)) break;
                int speaker = protest >= 0 ? protest : speakerOf(c, n);
                if (speaker < 0 || !past(c, n)) break;
                open(c, t, occasionNoun, speaker);
                timed = false;
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb v of the article's first sentence holds gatherings or issues statements in the past: "events were
     * held", "a seminar took place", "issued statements" (a plural document noun: one statement has one speaker).
     */
    private static boolean roundupLead(Clause c, int v) {
        if (c.sentence.index() != 0 || !ROUNDUP_VERBS.contains(c.lemma(v)) || !past(c, v)) return false;
        for (int k : c.children(v, "nsubj", "nsubj:pass", "obj")) {
            boolean object = c.relIs(k, "obj");
            for (int j : Coordination.withConjuncts(c, k)) if (gatherings(c, j, object)) return true;
        }
        return false;
    }

    /**
     * A gathering noun as the subject ("events were held"), or plural gatherings or documents as the object ("issued
     * statements"): one conference a speaker held ("held a press conference") is that speaker's occasion.
     */
    private static boolean gatherings(Clause c, int k, boolean object) {
        if (object && !c.pos(k).equals("NNS")) return false;
        // dates (s38): protesters speak at a protest, not anyone; rallies, where the floor is given, stay gatherings
        if (PROTESTS.contains(c.lemma(k)) && !GATHERINGS.contains(c.lemma(k))) return false;
        return GATHERINGS.contains(c.lemma(k)) || c.pos(k).equals("NNS") && OCCASION_NOUNS.contains(c.lemma(k));
    }

    private void openRoundup(TimeExpression t) {
        day = t;
        roundup = true;
        timed = false;
    }

    private void open(Clause c, TimeExpression t, String occasionNoun, int speaker) {
        day = t;
        roundup = false;
        noun = occasionNoun;
        speakerWords = new HashSet<>();
        for (int k : c.subtreeWithout(speaker, Set.of("acl", "acl:relcl"))) speakerWords.add(c.lower(k));
        speakerHead = c.lemma(speaker);
        plural = c.pos(speaker).equals("NNS") || !c.children(speaker, "conj").isEmpty();
        document = OCCASION_NOUNS.contains(speakerHead) || occasionNoun != null && !c.pos(speaker).startsWith("NN");
        lastNamed = c.sentence.index();
    }

    /**
     * The subject of verb v, the noun a participle describes ("The envoy, addressing X on May 8, said"), or the subject
     * of the verb a subjectless participle hangs on ("Addressing X on May 8, he said"); -1 when none.
     */
    private static int speakerOf(Clause c, int v) {
        if (c.relIs(v, "acl") && c.pos(c.head(v)).startsWith("NN")) return c.head(v);
        List<Integer> subjects = c.subjects(v);
        if (subjects.isEmpty() && c.relIs(v, "advcl", "xcomp", "conj")) subjects = c.subjects(c.head(v));
        return subjects.isEmpty() ? -1 : subjects.get(0);
    }

    /**
     * dates (s38): "A demonstration was staged in Gaza on July 19", "Demonstrations took place in Baghdad on April
     * 23": the protest noun that is the subject of verb v, which then stands for its people
     * ({@code protest-participant-nouns}, or "they" after a plural); -1 when there is none.
     */
    private static int protestAsSubject(Clause c, int v) {
        for (String rel : List.of("nsubj:pass", "nsubj")) {
            for (int k : c.childrenExact(v, rel)) if (PROTESTS.contains(c.lemma(k))) return k;
        }
        return -1;
    }

    /**
     * The occasion noun verb v issues or speaks in ("held a press conference", "said in a letter"), or a gathering it
     * holds ("held a meeting", "staged a rally": its holders speak there), or null.
     */
    private static String occasionNounOf(Clause c, int v) {
        for (int o : c.children(v, "obj", "obl")) if (OCCASION_NOUNS.contains(c.lemma(o))) return c.lemma(o);
        if (!ROUNDUP_VERBS.contains(c.lemma(v))) return null;
        for (int o : c.childrenExact(v, "obj")) if (GATHERINGS.contains(c.lemma(o))) return c.lemma(o);
        return null;
    }

    /**
     * dates (s56): whether verb v is a clause of the circumstance a speech was made in, whose day is the speech's:
     * an adverbial clause of a verb, bare ("addressing the board on May 8") or under a subordinator of the same time
     * ({@code circumstance-marks}: "when interviewed by a radio on May 4", "when meeting X on Oct. 1"), also where the
     * parser hangs such a marked clause on the speaker; never one of before or after ("after he was freed on May 4"),
     * nor a relative clause of the speaker's own past ("X, who was freed on May 4, said").
     */
    private static boolean circumstanceOfSpeech(Clause c, int v) {
        boolean adverbial = c.relIs(v, "advcl") && c.head(v) >= 0 && c.pos(c.head(v)).startsWith("VB");
        List<Integer> marks = c.childrenExact(v, "mark");
        // the parser hangs "X, when interviewed on May 4, denounced" on X; "X, who was freed on May 4," is X's past
        if (!adverbial && !(c.relIs(v, "acl") && !marks.isEmpty())) return false;
        for (int m : marks) if (!CIRCUMSTANCE_MARKS.contains(c.lower(m))) return false;
        return true;
    }

    /** Whether verb v tells a past act: a past form with no modal, or a participle. */
    private static boolean past(Clause c, int v) {
        if (c.hasModal(v)) return false;
        return c.pos(v).equals("VBD") || c.pos(v).equals("VBN") || c.pos(v).equals("VBG");
    }

    /** Whether subject s names the occasion's speaker again. */
    private boolean refers(Clause c, int s) {
        String w = c.lower(s);
        if (c.pos(s).startsWith("PRP")) {
            if (lastNamed != c.sentence.index() - 1 && lastNamed != c.sentence.index()) return false;
            if (SINGULAR.contains(w)) return !plural && !document;
            if (w.equals("they")) return plural;
            return w.equals("it") && (document || !plural) && c.entitiesAt(s).isEmpty();
        }
        if (!c.pos(s).startsWith("NN")) return false;
        if (c.pos(s).startsWith("NNP")) return namedAgain(c, s);
        boolean definite = c.children(s, "det").stream().anyMatch(d -> c.lower(d).equals("the"));
        String lemma = c.lemma(s);
        // dates (s38): "A rally was held on May 3. The demonstrators demanded": a protest's people are its speakers
        if (PROTESTS.contains(speakerHead) && PROTESTERS.contains(lemma)) return definite;
        if (gatheringSpeakers(c, s)) return true;
        // "the Kenyan ministry" after "the Nepalese ministry" is another speaker: each modifier must be the speaker's
        for (int m : c.children(s, "amod", "compound", "nmod")) if (!speakerWords.contains(c.lower(m))) return false;
        return definite && (lemma.equals(speakerHead) || lemma.equals(noun) || speakerWords.contains(c.lower(s)));
    }

    /**
     * dates (s56): "X held a rally on May 6. Speakers said ...", "The speakers demanded ...": the people who speak at a
     * gathering its holder held ({@code gathering-speaker-nouns}), plural, with no modifier but that gathering.
     */
    private boolean gatheringSpeakers(Clause c, int s) {
        if (noun == null || !(GATHERINGS.contains(noun) || PROTESTS.contains(noun))) return false;
        if (!c.pos(s).equals("NNS") || !GATHERING_SPEAKERS.contains(c.lemma(s))) return false;
        for (int m : c.children(s, "amod", "compound", "nmod")) if (!c.lemma(m).equals(noun)) return false;
        plural = true; // the speakers are the occasion's voice now: "they" is theirs
        return true;
    }

    /** A name whose every part the speaker's phrase holds ("Lampron" after "Pierre Lampron"). */
    private boolean namedAgain(Clause c, int s) {
        for (int k : c.children(s, "compound", "flat")) if (!speakerWords.contains(c.lower(k))) return false;
        return speakerWords.contains(c.lower(s));
    }

    private static boolean speechVerb(Clause c, int v) {
        return v >= 0 && c.pos(v).startsWith("VB") && SPEECH_VERBS.contains(c.lemma(v));
    }
}
