package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;

/**
 * The words right around an event's trigger, as the learned {@link EventFilter} weighs them: the verb group's aspect,
 * what governs an infinitive, the kind of clause the trigger stands in, which side of it a reporting verb stands,
 * and a denial close before it. The sentence-wide cues of {@link EventFeatures} ("modal", "negation",
 * "reporting-verb") say that a sentence holds a plan, a denial or someone's words; these say whether the trigger
 * itself is under them, which is what separates "officials said police arrested him" from "he denied that police
 * arrested him" and "troops withdrew" from "troops plan to withdraw". Words only (tags and lemmas of the sentence's
 * tokens, no parse), so that any sentence the tagger read can be weighed.
 */
final class TriggerContext {
    /** Verbs and nouns an infinitive after them is aimed at, not done ("plan to meet", "efforts to end"). */
    private static final Set<String> INTENTION = EventWords.get("filter-intention-words");
    /** Words that open a condition ("if they attack", "unless talks resume"). */
    private static final Set<String> CONDITION = EventWords.get("filter-condition-words");
    /** Conjunctions that make a clause the time of another ("after he met", "when troops entered"). */
    private static final Set<String> TIME_CLAUSE = EventWords.get("filter-time-subordinators");
    /** Reporting verbs that leave what follows in doubt ("claimed that", "alleged"). */
    private static final Set<String> CLAIM = EventWords.get("filter-claim-verbs");
    private static final Set<String> REPORTING = EventWords.get("filter-reporting-verbs");
    private static final Set<String> NEGATION = EventWords.get("filter-negation");
    /** How many words back a clause's opener or a denial may stand and still govern the trigger. */
    private static final int REACH = 6;

    private TriggerContext() {}

    /** The features of the trigger token in its sentence (none when the trigger was not found). */
    static List<String> of(Token trigger, Sentence s) {
        List<String> f = new ArrayList<>();
        int at = trigger == null ? -1 : s.tokens().indexOf(trigger);
        if (at < 0) return f;
        List<Token> ts = s.tokens();
        String aspect = aspect(ts, at);
        f.add("aspect=" + aspect);
        if (aspect.equals("infinitive") && intended(ts, at)) f.add("aimed-at");
        String clause = clause(ts, at);
        if (clause != null) f.add("clause=" + clause);
        String side = reportSide(ts, at);
        if (side != null) f.add("report=" + side);
        if (ts.stream().anyMatch(t -> t.isVerb() && CLAIM.contains(lemma(t)))) f.add("claim-verb");
        if (deniedNear(ts, at)) f.add("negation-near");
        return f;
    }

    /**
     * The verb group the trigger heads, from the words just before it (adverbs and "not" skipped): an infinitive
     * ("to meet"), after a modal ("will meet"), perfect ("has met"), passive ("was arrested"), progressive ("is
     * meeting"), simple ("met"), or a noun ("talks").
     */
    static String aspect(List<Token> ts, int at) {
        Token trigger = ts.get(at);
        if (trigger.isNoun()) return "noun";
        if (!trigger.pos().startsWith("VB")) return "other";
        int i = before(ts, at);
        if (i < 0) return "simple";
        Token p = ts.get(i);
        String l = lemma(p);
        if ("TO".equals(p.pos())) return "infinitive";
        if ("MD".equals(p.pos())) return "modal";
        if (trigger.pos().equals("VBN") && l.equals("have")) return "perfect";
        if (trigger.pos().equals("VBN") && (l.equals("be") || l.equals("get"))) return "passive";
        if (trigger.pos().equals("VBG") && l.equals("be")) return "progressive";
        return "simple";
    }

    /** True when the word governing the infinitive names an aim ("plans to", "agreed to", "efforts to"). */
    private static boolean intended(List<Token> ts, int at) {
        int to = before(ts, at);
        int head = to < 0 ? -1 : before(ts, to);
        return head >= 0 && INTENTION.contains(lemma(ts.get(head)));
    }

    /**
     * The clause the trigger stands in, from the nearest opener before it with no other verb between: a condition
     * ("if"), a time clause ("after", "when"), a relative clause ("who", "which"), or null for none of these.
     */
    static String clause(List<Token> ts, int at) {
        for (int i = at - 1; i >= Math.max(0, at - REACH); i--) {
            Token t = ts.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (CONDITION.contains(w)) return "conditional";
            if (TIME_CLAUSE.contains(w) && ("IN".equals(t.pos()) || "WRB".equals(t.pos()))) return "time";
            if (t.pos().startsWith("WDT") || t.pos().startsWith("WP")) return "relative";
            if (t.pos().startsWith("VB") && !auxiliary(t)) return null; // another verb's clause
            if (",".equals(t.word()) || ";".equals(t.word())) return null;
        }
        return null;
    }

    /** Whether a reporting verb other than the trigger stands before it ("said police arrested"), after it, or none. */
    private static String reportSide(List<Token> ts, int at) {
        for (int i = 0; i < at; i++) if (reporting(ts.get(i))) return "before";
        for (int i = at + 1; i < ts.size(); i++) if (reporting(ts.get(i))) return "after";
        return null;
    }

    private static boolean reporting(Token t) {
        return t.pos().startsWith("VB") && REPORTING.contains(lemma(t));
    }

    /** A denial a few words before the trigger, in its own clause ("did not meet", "never attacked"). */
    private static boolean deniedNear(List<Token> ts, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            Token t = ts.get(i);
            if (NEGATION.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            if (",".equals(t.word())) return false;
        }
        return false;
    }

    /** The index of the nearest word before {@code at} that is not an adverb or a denial, or -1. */
    private static int before(List<Token> ts, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Token t = ts.get(i);
            if (t.pos().startsWith("RB") || NEGATION.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            return i;
        }
        return -1;
    }

    private static boolean auxiliary(Token t) {
        String l = lemma(t);
        return "MD".equals(t.pos()) || l.equals("be") || l.equals("have") || l.equals("do");
    }

    private static String lemma(Token t) { return t.lemma().toLowerCase(Locale.ROOT); }
}
