package org.dateline.core.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * The Spanish trigger lexicon ({@code spanish-triggers.tsv}): every inflected form of its verbs and nouns, made by
 * rule from the infinitive or the singular, mapped to the row it comes from. CoreNLP's Spanish tagger gives no
 * lemmas, hence forms; words are compared folded (lower case, no accents), because the wire copy is often written
 * without them ("llego", "reunio").
 */
final class SpanishWords {
    /** One lexicon row: its infinitive or noun, part of speech (V verb, N noun, L light verb only) and CAMEO code. */
    record Trigger(String lemma, char pos, String cameo, Set<String> preps, Set<String> objects, Set<String> lights) {}

    /** A form and what it is: the row, and whether the form is a future (a plan), an infinitive or a participle. */
    record Form(Trigger trigger, boolean future, boolean infinitive, boolean participle) {}

    private static final SpanishWords STANDARD = new SpanishWords();

    private final Map<String, List<Form>> forms = new HashMap<>();
    /** Every form of each light verb (and of every verb of the lexicon), by infinitive. */
    private final Map<String, String> infinitiveOfForm = new HashMap<>();

    static SpanishWords standard() { return STANDARD; }

    private SpanishWords() {
        for (String[] r : ResourceFile.rows(SpanishWords.class, "spanish-triggers.tsv")) {
            Map<String, String> flags = flags(r[3].trim());
            Trigger t = new Trigger(r[0].trim(), r[1].trim().charAt(0), r[2].trim(), set(flags.get("prep")),
                    set(flags.get("obj")), set(flags.get("light")));
            List<String> made = t.pos() == 'N' ? plural(t.lemma()) : verbForms(t.lemma());
            Set<String> listed = set(flags.get("forms"));
            made.addAll(listed);
            for (String f : made) {
                if (t.pos() != 'N') infinitiveOfForm.putIfAbsent(f, t.lemma());
                if (t.pos() == 'L') continue;
                boolean future = t.pos() == 'V' && isFuture(f, t.lemma(), listed.contains(f));
                boolean participle = t.pos() == 'V' && f.matches(".*[ai]d[oa]s?");
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(new Form(t, future, f.equals(t.lemma()), participle));
            }
        }
        for (String infinitive : new HashSet<>(infinitiveOfForm.values())) accentedForms(infinitive);
        // a form that is also a noun of the lexicon ("apoyo": support, or "apoyó": supported) keeps its spelling
        forms.forEach((form, readings) -> {
            if (readings.stream().anyMatch(r -> r.trigger().pos() == 'N')) accents.remove(form);
        });
        // words of no event that misparse without their accent ("por avion", "via aerea"): see word-lists.txt
        for (String w : EventWords.get("spanish-accented-words")) accents.putIfAbsent(fold(w), w);
    }

    /** The written accents of the preterite and future of a regular verb ("llego" -> "llegó", "visitara" -> "visitará"). */
    private void accentedForms(String infinitive) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        accents.put(infinitive + "a", infinitive + "á");
        accents.put(infinitive + "an", infinitive + "án");
        accents.put(stem + (infinitive.endsWith("ar") ? "o" : "io"), stem + (infinitive.endsWith("ar") ? "ó" : "ió"));
    }

    /**
     * The text with the accents restored on the lexicon's verb forms written without them ("Llego", "reunio"), on
     * nouns in -ion, on the words of {@code spanish-accented-words} ("avion", "via aerea") and on "dia": the Spanish
     * tagger, trained on accented text, takes "llego" for an adjective and the parse falls apart. A verb form after a
     * determiner ("el intercambio") is a noun and stays as written. Each restored letter replaces one letter, so every
     * offset stays the body's.
     */
    String accented(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        String previous = "";
        while (m.find()) {
            String w = m.group(), lower = w.toLowerCase(Locale.ROOT);
            // "el intercambio", "su apoyo": after a determiner a form like a preterite is the noun, and keeps its spelling
            String fixed = DETERMINERS.contains(fold(previous)) && infinitiveOfForm.containsKey(lower) ? null : accents.get(lower);
            previous = w;
            // a noun in -ion is written -ión ("reunion", "avion", "region"); the bare word "ion" is too short to be one
            if (fixed == null && lower.endsWith("ion") && lower.length() >= 5) fixed = lower.substring(0, lower.length() - 2) + "ón";
            if (fixed == null && lower.equals("dia")) fixed = "día";
            String replacement = fixed == null ? w : w.substring(0, 1) + fixed.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> DETERMINERS = EventWords.get("spanish-noun-determiners");
    private final Map<String, String> accents = new HashMap<>();

    /** The lexicon's readings of a word as written (any case, with or without accents). */
    List<Form> lookup(String word) { return forms.getOrDefault(fold(word), List.of()); }

    /**
     * Whether a sentence, as its words are written, may tell an event: one of them is a form of the lexicon, also
     * with a clitic the tagger's splitter may take off ("reunirse", "entrevistándole"). A sentence without one gets
     * no event whatever its parse, so it need not be tagged nor parsed.
     */
    boolean mayHoldEvent(List<String> words) {
        for (String w : words) {
            String f = fold(w);
            if (forms.containsKey(f) || forms.containsKey(CLITIC.matcher(f).replaceFirst(""))) return true;
        }
        return false;
    }

    private static final Pattern CLITIC = Pattern.compile("(se|le|les|lo|la|los|las)$");

    /** The infinitive of a verb form the lexicon knows (its verbs and the light verbs of its nouns), or null. */
    String infinitive(String word) { return infinitiveOfForm.get(fold(word)); }

    /** Lower case without accents or diaeresis ("Reunió" -> "reunio"); the tilde of ñ goes too ("año" -> "ano"). */
    static String fold(String word) {
        String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    /**
     * A future form (3rd person, folded): the infinitive plus -a/-an ("visitara", "celebraran"), or a listed
     * irregular one in -ra/-ran ("sostendra", "saldran").
     */
    private static boolean isFuture(String form, String infinitive, boolean listed) {
        if (form.equals(infinitive + "a") || form.equals(infinitive + "an")) return true;
        return listed && (form.endsWith("ra") || form.endsWith("ran"));
    }

    /**
     * The 3rd person forms of a regular verb, folded: preterite, present, future, imperfect, plus infinitive,
     * participle (four endings) and gerund; "reunirse" style infinitives with the clitic too.
     */
    static List<String> verbForms(String infinitive) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        String ending = infinitive.substring(infinitive.length() - 2);
        // the infinitive, with its clitic, and the future (infinitive + á/án)
        List<String> out = new ArrayList<>(List.of(infinitive, infinitive + "se", infinitive + "a", infinitive + "an"));
        if (ending.equals("ar")) {
            out.addAll(List.of(stem + "o", stem + "aron", stem + "a", stem + "an", stem + "aba", stem + "aban",
                    stem + "ado", stem + "ada", stem + "ados", stem + "adas", stem + "ando", stem + "andose"));
        } else {
            String theme = ending.equals("er") ? "e" : "i";
            out.addAll(List.of(stem + "io", stem + "ieron", stem + "e", stem + "en", stem + "ia", stem + "ian",
                    stem + "ido", stem + "ida", stem + "idos", stem + "idas", stem + "iendo", stem + "iendose"));
            if (theme.equals("i")) out.add(stem + "imos");
        }
        if (ending.equals("ar")) out.add(stem + "amos");
        return out;
    }

    /** The singular and plural of a noun, folded: vowel + s, consonant + es, z -> ces. */
    static List<String> plural(String noun) {
        char last = noun.charAt(noun.length() - 1);
        String plural = "aeiou".indexOf(last) >= 0 ? noun + "s"
                : last == 'z' ? noun.substring(0, noun.length() - 1) + "ces" : noun + "es";
        return new ArrayList<>(List.of(noun, plural));
    }

    private static Map<String, String> flags(String field) {
        Map<String, String> out = new HashMap<>();
        if (field.isEmpty() || field.equals("-")) return out;
        for (String f : field.split(",")) {
            int eq = f.indexOf('=');
            out.put(eq < 0 ? f : f.substring(0, eq), eq < 0 ? "" : f.substring(eq + 1));
        }
        return out;
    }

    private static Set<String> set(String bar) {
        return bar == null || bar.isEmpty() ? Set.of() : new HashSet<>(List.of(bar.split("\\|")));
    }
}
