package org.dateline.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * Whether a party rules its state: the conventions code a ruling party's officials as the state's (GOV) and those of
 * any other party as a party's (PTY, CODING.md section 3). A party rules when the text calls it so ("the ruling
 * party", "the ruling Justice Party") or when it is one of the parties a state's constitution makes its ruling party
 * ({@code ruling-parties.tsv}); a party named in any other way is out of government, as the parties a news story
 * names beside a state's rulers mostly are. The cue words are {@code ruling-party-cues} of {@code word-lists.txt}.
 */
public final class RulingParties {
    private static final List<Pattern> NAMES = new ArrayList<>();
    private static final Set<String> CUES = LanguageWords.get("ruling-party-cues");

    static {
        for (String[] r : ResourceFile.rows(RulingParties.class, "ruling-parties.tsv")) {
            String name = Pattern.quote(normalised(r[0].strip())).replace("'", "\\E['\u2019]\\Q");
            NAMES.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + name + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE));
        }
    }

    private RulingParties() {}

    /** Whether the name of a party, or of an organ of one ("the Central Committee of the X Party"), says it rules. */
    public static boolean rules(String partyName) {
        if (partyName == null || partyName.isBlank()) return false;
        String n = normalised(partyName);
        for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (CUES.contains(w)) return true;
        for (Pattern p : NAMES) if (p.matcher(n).find()) return true;
        return false;
    }

    private static String normalised(String s) { return s.replace('\u2019', '\'').replaceAll("\\s+", " "); }
}
