package org.dateline.core.connect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link DeedEvidence} reads of one report, read once: the kind of its deed and the words that name it, the
 * medium, message forms, addressee, sender and site its clause names, the occasions and words of its sentence, and
 * whether it names someone specific. A report is compared with the core of every story its keys reach, so each of
 * these, read again per pair, would cost a tokenisation of its sentence each time.
 *
 * @param kind          the kind of its deed ({@link DeedKind})
 * @param deedWords     the words of its main clause (and its trigger) that name that kind: "banquet", "talks"
 * @param medium        the medium named before its trigger ({@link DeedParties#medium}), or null
 * @param forms         the forms of message its sentence names ({@link DeedParties#forms})
 * @param addressee     who its message went to ({@link DeedParties#addressee}), or null
 * @param otherSender   who its message came from when not its own actor, or null
 * @param visited       what its visit went to ({@link DeedParties#visited})
 * @param occasions     the occasions a message is sent on that its sentence names ({@code sent-occasions})
 * @param sentenceWords the distinct lower-case words of its sentence, for telling a sentence filed twice
 */
record DeedFacts(DeedKind kind, Set<String> deedWords, List<String> medium, Set<String> forms, List<String> addressee,
                 List<String> otherSender, String visited, Set<String> occasions, Set<String> sentenceWords) {

    static DeedFacts of(EventMention m) {
        String trigger = m.event().trigger() == null ? "" : m.event().trigger().toLowerCase(Locale.ROOT);
        List<String> clause = DeedKind.mainClause(DeedKind.lowerWords(Tellings.clause(m)));
        DeedKind kind = DeedKind.fitting(DeedKind.of(trigger, clause), m.family());
        Set<String> named = new LinkedHashSet<>();
        if (kind.names(trigger)) named.add(trigger);
        for (String w : clause) if (kind.names(w)) named.add(w);
        return new DeedFacts(kind, Set.copyOf(named), DeedParties.medium(m), DeedParties.forms(m),
                DeedParties.addressee(m), DeedEvidence.otherSender(m), DeedParties.visited(m),
                Tokens.kindsIn(m.mention().sentence()).get(1), DeedEvidence.proseWords(m.mention().sentence()));
    }
}
