package org.dateline.core.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The state a story without a dateline is set in, read off its lead: an agency's item stripped of its dateline still
 * says where it happened in its first sentence, and a reader takes "officials", "working people" or "students" of the
 * story to be that state's, as the dateline would have told him. The lead sets the story:
 * <ul>
 * <li>by where it says the story happened: every state or place in one it names inside a place phrase
 * ({@code lead-place-prepositions}: "A meeting was held in Pyongyang", "More women in the capital city of Pyongyang"),
 * when all lie in one state ("Events took place in the Czech Republic, Hungary and Poland" sets none);</li>
 * <li>else by who opens it: a state, one of its bodies or one of its office holders, as the lead's subject ("The DPRK
 * celebrated", "The Supreme People's Assembly of the DPRK opened its session", "Kim Yong Nam, president of ...,
 * met"). A nationality ("Japanese delegates") is no such subject: visitors are from elsewhere.</li>
 * </ul>
 * Null when the lead tells neither. Weaker than a dateline's state, which the caller asks first.
 */
public final class LeadSetting {
    private static final Set<String> PLACE_PREPOSITIONS = LanguageWords.get("lead-place-prepositions");
    /** Words a place phrase may hold between its preposition and the place ("in the capital city of"). */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", ",", "CC", "POS");

    private LeadSetting() {}

    /** The state the lead sets the story in, or null. */
    public static String of(Sentence lead) {
        if (lead == null) return null;
        String placed = placed(lead);
        return placed != null ? placed : opener(lead);
    }

    /** The one state of the places the lead names in a place phrase, or null (none, or several states). */
    private static String placed(Sentence lead) {
        Set<String> states = new LinkedHashSet<>();
        for (Entity e : lead.mentions()) {
            boolean place = e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY;
            if (place && CountryCodes.isState(e.country()) && inPlacePhrase(lead.tokens(), first(lead, e))) states.add(e.country());
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** True when the words before token i, through nouns, names and "of", reach a place preposition. */
    private static boolean inPlacePhrase(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (PLACE_PREPOSITIONS.contains(w)) return true;
            if (!PHRASE_TAGS.contains(t.pos()) && !w.equals("of")) return false;
        }
        return false;
    }

    /**
     * The state of the entity that opens the lead, after at most a determiner and title words ("Deputy X"): a state,
     * a body or a person the language layer placed in a state; null for a nationality or a bare name.
     */
    private static String opener(Sentence lead) {
        if (lead.mentions().isEmpty()) return null;
        Entity e = lead.mentions().get(0);
        int at = first(lead, e);
        if (at < 0) return null;
        for (int k = 0; k < at; k++) {
            Token t = lead.tokens().get(k);
            if (!t.pos().equals("DT") && !t.pos().startsWith("NNP")) return null;
        }
        boolean actor = e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON;
        return actor && CountryCodes.isState(e.country()) ? e.country() : null;
    }

    /** The index of the entity's first token in the sentence, or -1. */
    private static int first(Sentence s, Entity e) {
        for (int k = 0; k < s.tokens().size(); k++) if (s.tokens().get(k).start() >= e.start()) return k;
        return -1;
    }
}
