package org.dateline.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.Quote;

/**
 * Reported speech in three shapes: "X said (...) that CLAUSE", "CLAUSE, X said (in a release)." and
 * "(...), according to X". A clause that is itself a direct quotation is left to the direct finder.
 */
final class ReportedSpeech {
    private final QuoteFinder f;

    ReportedSpeech(QuoteFinder f) { this.f = f; }

    List<Quote> find() {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : f.sentences()) {
            Quote q = trailing(s);
            if (q == null) q = according(s);
            if (q == null) q = saidThat(s);
            if (q != null && !mostlyQuoted(q)) out.add(q);
        }
        return out;
    }

    /** "CLAUSE, the ministry said in a release." */
    private Quote trailing(Sentence s) {
        List<Token> ts = s.tokens();
        for (int c = ts.size() - 2; c > 2 && ts.size() - c <= 12; c--) {
            if (!ts.get(c).word().equals(",") || f.inQuote(ts.get(c).start())) continue;
            Token a = ts.get(c + 1);
            Entity e = f.entityAt(a.start());
            if (e == null && a.word().equalsIgnoreCase("the") && c + 2 < ts.size()) e = f.entityAt(ts.get(c + 2).start());
            Token verb = null;
            if (e != null) verb = tokenFrom(ts, e.end());
            else if (QuoteFinder.isSpeech(a) && !QuoteFinder.isAddressing(a)) {
                // "..., said the minister"; but in "..., told KCNA" the name after the verb is who listened
                verb = a;
                Token n = tokenFrom(ts, a.end());
                if (n != null && n.word().equalsIgnoreCase("the")) n = tokenFrom(ts, n.end());
                e = n == null ? null : f.entityAt(n.start());
            }
            if (e == null || verb == null || !QuoteFinder.isSpeech(verb) || verb.pos().equals("VBG")) continue;
            return quote(s.start(), ts.get(c).start(), f.speaker(e));
        }
        return null;
    }

    /** "..., according to diplomatic sources." or "According to X, ...". */
    private Quote according(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 0; k + 1 < ts.size(); k++) {
            if (!ts.get(k).word().equalsIgnoreCase("according") || !ts.get(k + 1).word().equalsIgnoreCase("to")) continue;
            int from = k + 2;
            int to = from;
            while (to < ts.size() && !ts.get(to).word().equals(",") && !ts.get(to).word().equals(".")) to++;
            if (to == from) return null;
            String who = source(ts, from, to);
            if (k == 0) {
                return to + 1 < ts.size() ? quote(ts.get(to + 1).start(), s.end(), who) : null;
            }
            int clauseEnd = k > 0 && ts.get(k - 1).word().equals(",") ? ts.get(k - 1).start() : ts.get(k).start();
            return quote(s.start(), clauseEnd, who);
        }
        return null;
    }

    /**
     * Who "according to" names, between tokens {@code from} and {@code to}: the entity there, or, after an owner
     * ("south Korea's Yonhap News", "Pakistan's army chief"), the entity owned, else the words as written; the owner
     * is not the source.
     */
    private String source(List<Token> ts, int from, int to) {
        String written = f.body().substring(ts.get(from).start(), ts.get(to - 1).end());
        Entity e = f.entityAt(ts.get(from).start());
        if (e == null && ts.get(from).word().equalsIgnoreCase("the") && from + 1 < to) e = f.entityAt(ts.get(from + 1).start());
        if (e == null) return AccordingSources.of(written);
        if (!f.possessive(e)) return f.speaker(e);
        for (int j = from + 1; j < to; j++) {
            Entity owned = f.entityAt(ts.get(j).start());
            if (owned != null && owned.start() >= e.end()) return f.speaker(owned);
        }
        return written;
    }

    /** "Lee said (on Monday) that he has no plan ...". */
    private Quote saidThat(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            Token v = ts.get(k);
            if (!QuoteFinder.isSpeech(v) || v.pos().equals("VBG") || v.pos().equals("VBN") || f.inQuote(v.start())) continue;
            for (int j = k + 1; j < ts.size() && j <= k + 7; j++) {
                Token t = ts.get(j);
                if (t.isVerb()) break;
                if (t.word().equalsIgnoreCase("that") && j + 1 < ts.size()) {
                    String who = f.subjectOf(s, k);
                    if (who == null) return null;
                    return quote(ts.get(j + 1).start(), s.end(), who);
                }
            }
        }
        return null;
    }

    private static Token tokenFrom(List<Token> ts, int offset) {
        for (Token t : ts) if (t.start() >= offset) return t;
        return null;
    }

    private Quote quote(int start, int end, String speaker) {
        String body = f.body();
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == '.')) end--;
        while (start < end && Character.isWhitespace(body.charAt(start))) start++;
        if (end <= start) return null;
        return new Quote(body.substring(start, end), speaker, start, end, Quote.REPORTED);
    }

    private boolean mostlyQuoted(Quote q) {
        int quoted = 0;
        for (int[] s : f.spans()) quoted += Math.max(0, Math.min(s[1], q.end()) - Math.max(s[0], q.start()));
        return quoted * 2 > q.end() - q.start();
    }
}
