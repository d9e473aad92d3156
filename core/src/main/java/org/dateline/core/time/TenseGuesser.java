package org.dateline.core.time;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses which way an underspecified date points from the words of its own clause: the nearest tense marker
 * ("will", "set for", "left", "-ed") on either side wins, ties going to the words before; words after a comma count
 * only when the clause before the date has no marker. Crude on purpose:
 * it reads a dozen words, no parser, so the resolver stays fast.
 */
final class TenseGuesser {
    private static final int WINDOW_BACK = 25;
    private static final int WINDOW_FORWARD = 10;
    private static final Set<String> ABBREVIATIONS = TimeWords.get("abbreviations");

    private final Lexicon lx;

    TenseGuesser(Lexicon lx) {
        this.lx = lx;
    }

    Tense guess(String body, int start, int end) {
        int backDistance = Integer.MAX_VALUE;
        Tense back = Tense.UNKNOWN;
        int i = start;
        for (int n = 0; n < WINDOW_BACK; n++) {
            int wEnd = i;
            while (wEnd > 0 && !isWordChar(body.charAt(wEnd - 1))) {
                if (isBoundary(body, wEnd - 1)) { wEnd = -1; break; }
                wEnd--;
            }
            if (wEnd <= 0) break;
            int wStart = wEnd;
            while (wStart > 0 && isWordChar(body.charAt(wStart - 1))) wStart--;
            Tense t = classify(body.substring(wStart, wEnd));
            if (t != Tense.UNKNOWN) { back = t; backDistance = n; break; }
            i = wStart;
        }
        i = end;
        for (int n = 0; n < WINDOW_FORWARD && n < backDistance; n++) {
            int wStart = i;
            while (wStart < body.length() && !isWordChar(body.charAt(wStart))) {
                if (isBoundary(body, wStart)) return back;
                // After a comma comes another clause ("..., the ministry said"); it only speaks for the date when
                // nothing before it did ("On Friday, the two met").
                if (body.charAt(wStart) == ',' && back != Tense.UNKNOWN) return back;
                wStart++;
            }
            if (wStart >= body.length()) break;
            int wEnd = wStart;
            while (wEnd < body.length() && isWordChar(body.charAt(wEnd))) wEnd++;
            Tense t = classify(body.substring(wStart, wEnd));
            if (t != Tense.UNKNOWN) return t;
            i = wEnd;
        }
        return back;
    }

    private Tense classify(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'ll") || w.startsWith("won'")) return Tense.FUTURE;
        if (lx.futureWords.contains(w)) return Tense.FUTURE;
        if (lx.pastWords.contains(w)) return Tense.PAST;
        if (w.endsWith("ed") && w.length() >= 5 && !lx.notPastWords.contains(w) && Character.isLowerCase(word.charAt(0))) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'';
    }

    /** A sentence end at position p: ! ? ; a line break, or a period not closing an abbreviation. */
    private static boolean isBoundary(String body, int p) {
        char c = body.charAt(p);
        if (c == '\n' || c == '!' || c == '?' || c == ';') return true;
        if (c != '.') return false;
        if (p + 1 < body.length() && !Character.isWhitespace(body.charAt(p + 1)) && body.charAt(p + 1) != '"') {
            return false;
        }
        int s = p;
        while (s > 0 && (Character.isLetter(body.charAt(s - 1)) || body.charAt(s - 1) == '.')) s--;
        String word = body.substring(s, p);
        if (word.contains(".")) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
        String lw = word.toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(lw) && !Lexicon.get().months.containsKey(lw);
    }
}
