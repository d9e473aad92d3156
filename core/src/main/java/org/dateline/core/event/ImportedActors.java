package org.dateline.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dateline.core.dictionary.ActorCode;
import org.dateline.core.dictionary.ActorEntry;
import org.dateline.core.resources.ResourceFile;

/**
 * Reads the generated {@code petrarch/actors.tsv} (phrases separated by |, codes separated by |, each CODE or
 * CODE@from..to with open ends left empty) into an {@link ActorDictionary}, so that a name is coded with the code in
 * force on the article's day: a minister in 1978 and the same man in exile in 1990 are different actors.
 */
final class ImportedActors {
    private ImportedActors() {}

    static ActorDictionary read() {
        ActorDictionary d = ActorDictionary.empty();
        int line = 0;
        for (String[] r : ResourceFile.rows(ImportedActors.class, "petrarch/actors.tsv")) {
            line++;
            if (r.length < 2 || r[0].isBlank() || r[1].isBlank()) continue;
            List<String> phrases = Arrays.asList(r[0].split("\\|"));
            List<ActorCode> codes = new ArrayList<>();
            for (String c : r[1].split("\\|")) {
                ActorCode code = code(c.strip());
                if (code != null) codes.add(code);
            }
            if (codes.isEmpty()) continue;
            d.addEntry(new ActorEntry(phrases.get(0), phrases.subList(1, phrases.size()), codes, line));
        }
        return d;
    }

    /** "AFGGOV@1933-11-08..1973-07-17", "AFGELI": a code and its days; null for one that does not read. */
    private static ActorCode code(String text) {
        int at = text.indexOf('@');
        if (at < 0) return text.isEmpty() ? null : new ActorCode(text, null, null);
        String[] days = text.substring(at + 1).split("\\.\\.", -1);
        try {
            LocalDate from = days[0].isEmpty() ? null : LocalDate.parse(days[0]);
            LocalDate to = days.length < 2 || days[1].isEmpty() ? null : LocalDate.parse(days[1]);
            return new ActorCode(text.substring(0, at), from, to);
        } catch (RuntimeException e) {
            return null; // a date the table mistyped, or a range that ends before it starts: that code is left out
        }
    }
}
