package org.dateline.core.language;

import java.util.Locale;
import java.util.Set;

/**
 * One name the gazetteer knows.
 *
 * @param text      the name as it must appear (case-insensitive when all lower case)
 * @param kind      what it names
 * @param canonical the full name it stands for ("Pyongyang" -> "Pyongyang"; its state is {@code country})
 * @param country   ISO 3166 alpha-3, "IGO", or null when unknown (a ministry with no country in its name)
 * @param sector    PLOVER/CAMEO agent sector (GOV, MIL, IGO, MED, ...) or null
 * @param requires  for context aliases ("the North"): the alias counts only if the article names one of these
 *                  countries; empty for every other entry
 * @param role      for known people: their usual role; else null
 */
public record GazetteerEntry(String text, Kind kind, String canonical, String country, String sector,
                             Set<String> requires, String role) {
    public enum Kind { COUNTRY, CAPITAL, DEMONYM, CONTEXT_ALIAS, IGO, BODY, PLACE, PERSON }

    public GazetteerEntry {
        requires = Set.copyOf(requires);
    }

    /** Lower-case entries match regardless of case ("foreign ministry", "Foreign Ministry"). */
    public boolean caseInsensitive() { return text.equals(text.toLowerCase(Locale.ROOT)); }

    /** True for names that can stand for a state acting (metonymy): countries, capitals, context aliases. */
    public boolean canActAsState() {
        return kind == Kind.COUNTRY || kind == Kind.CAPITAL || kind == Kind.CONTEXT_ALIAS;
    }
}
