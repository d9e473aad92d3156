package org.dateline.core.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One verb of a family: {@code SAY {SAID SAYING}}, {@code ASK [020]}, or a multi-word verb whose verb word carries a
 * {@code +} ({@code +CORDON_OFF}, {@code WIRE_+TAP}).
 *
 * @param phrase the primary form as written
 * @param forms  empty: the regular forms are generated; present: exactly these forms ({@code {}}: none)
 * @param code   the verb's own code; empty: the family's code applies
 */
public record Verb(String phrase, Optional<List<String>> forms, Optional<VerbCode> code, int line) {
    public Verb {
        forms = forms.map(List::copyOf);
    }

    /** The words of the phrase without the {@code +} mark. */
    public List<String> words() { return PetrarchPhrase.words(phrase.replace("+", "")); }

    /** The index in {@link #words()} of the word the parser tags as the verb (the one after {@code +}; else 0). */
    public int verbWord() {
        List<String> raw = PetrarchPhrase.words(phrase);
        for (int i = 0; i < raw.size(); i++) if (raw.get(i).startsWith("+")) return i;
        return 0;
    }

    /** The primary form and its other forms: the given ones, or the regular ones made on the verb word. */
    public List<String> allForms() {
        if (forms.isPresent()) {
            return Stream.concat(Stream.of(phrase), forms.get().stream())
                    .map(f -> PetrarchPhrase.text(f.replace("+", ""))).distinct().toList();
        }
        List<String> ws = words();
        int v = verbWord();
        return EnglishForms.verbForms(ws.get(v)).stream().map(form -> {
            List<String> copy = new ArrayList<>(ws);
            copy.set(v, form);
            return String.join(" ", copy);
        }).toList();
    }
}
