package org.dateline.core.connect;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.CountryCodes;

/**
 * Two people of one name: "Kim Chol", a KPA officer, and "Kim Chol", a department director of a Chinese institute.
 * A name is no identity, and a profile that joins namesakes gives each the other's deeds and titles.
 *
 * <p>The language layer's state of a person is often the story's, not his own (a Danish chairman coded with the
 * DPRK in a Pyongyang report), so a state that differs alone proves nothing. Two mentions are two people when the
 * text gives them two states <em>and</em> two offices one person cannot hold as one: titles that share no word
 * ("KPA officer", "department director of the Liaodong Institute") in two sectors (MIL, GOV). A title written alike
 * ("Iranian Ambassador", "Cambodian ambassador to the DPRK") or one sector (a journalist of Australia, a Korean war
 * correspondent: MED) keeps one man.
 */
final class Namesakes {
    private static final Set<String> INNER = ConnectWords.get("name-inner-words");
    /** Letters a word of a title must have to tell the office ("of", "the", "to" do not). */
    private static final int CONTENT_WORD = 3;

    private Namesakes() {}

    /**
     * True when a person mention of a known name is another person: both give a state and they differ, and the
     * mention's title ({@code role}, attached to it in its sentence) shares no word with any title the known person
     * was given, in another sector than his.
     */
    static boolean another(String knownCountry, String knownSector, Collection<String> knownRoles,
                           String country, String sector, String role) {
        if (!CountryCodes.isState(knownCountry) || !CountryCodes.isState(country) || knownCountry.equals(country)) return false;
        if (role == null || knownRoles.isEmpty() || knownSector == null || sector == null || knownSector.equals(sector)) return false;
        Set<String> words = words(role);
        for (String r : knownRoles) {
            Set<String> shared = words(r);
            shared.retainAll(words);
            if (!shared.isEmpty()) return false;
        }
        return true;
    }

    /** A namesake's canonical name: the name keyed by his state, as a shared party name is ("Kim Chol (CHN)"). */
    static String keyed(String name, String country) { return name + " (" + country + ")"; }

    private static Set<String> words(String role) {
        Set<String> out = new HashSet<>();
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= CONTENT_WORD && !INNER.contains(w)) out.add(w);
        }
        return out;
    }
}
