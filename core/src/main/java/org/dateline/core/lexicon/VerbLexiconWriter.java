package org.dateline.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dateline.core.dictionary.PatternToken;
import org.dateline.core.dictionary.PetrarchPhrase;
import org.dateline.core.dictionary.Verb;
import org.dateline.core.dictionary.VerbCode;
import org.dateline.core.dictionary.VerbEntry;
import org.dateline.core.dictionary.VerbPattern;
import org.dateline.core.resources.ResourceFile;

/**
 * Turns the CAMEO verb dictionary into rows of Dateline's generated verb lexicon: one {@code verb} row per verb
 * (its phrase in lower case, the verb word's index, the CAMEO code of the verb or its family, the PLOVER type and
 * mode that code reads as, the family, whose act the code is), one {@code pattern} row per family pattern (the
 * words after the verb as the dictionary writes them, in lower case, the code's reading, the line, whose act) and one
 * {@code synset} row per synonym set. A code PLOVER has no type for (statements, 01x) or the null code {@code [---]}
 * gives "-": such a verb is an event only through a pattern.
 *
 * <p>PETRARCH's paired codes ({@code [043:042]}, {@code [:073]}) code one clause as an act of its source on its target
 * (before the colon) and as the act of the target on the source (after it). "X received the envoy" [043:042] is X
 * hosting the envoy, and the envoy visiting X: one event seen from both sides, which Dateline codes once, from the
 * subject's side. "X received rice from Y" [:073] has no act of the subject at all: it is Y's aid to X. Such a row is
 * marked {@code other}: the coder swaps the two sides; a row whose code is the subject's own act is marked
 * {@code subject}.
 *
 * <p>A verb of two words whose second is a particle or preposition ({@code verb-particles.txt}: "lash out", "crack
 * down", "side with") is written as a {@code phrasal} row, same columns: the verb word and the particle after it, which
 * the coder reads as it reads a hand-written verb bound to its particle. Other multi-word entries ("wage war", "killed
 * and", "is determined") stay {@code verb} rows the coder does not read: an object, a coordination or a form of "be"
 * is no particle.
 */
public final class VerbLexiconWriter {
    /** The words after a verb that make it a phrasal verb, from the importer's own resource. */
    private static final Set<String> PARTICLES =
            ResourceFile.wordSets(VerbLexiconWriter.class, "verb-particles.txt").get("particles");

    private final CameoPloverTable table;
    private final List<String> verbs = new ArrayList<>(), patterns = new ArrayList<>(), synsets = new ArrayList<>();

    public VerbLexiconWriter(CameoPloverTable table) { this.table = table; }

    /** Adds the rows of every entry; transformations (verbs acting on verbs) are left out. */
    public VerbLexiconWriter addAll(Stream<VerbEntry> entries) {
        entries.forEach(this::add);
        return this;
    }

    private void add(VerbEntry e) {
        if (e instanceof VerbEntry.Synset s) {
            synsets.add(String.join("\t", "synset", lower(s.name()),
                    s.members().stream().flatMap(m -> m.forms().stream()).map(VerbLexiconWriter::lower)
                            .distinct().collect(Collectors.joining("|"))));
        } else if (e instanceof VerbEntry.Family f) {
            String family = lower(f.name());
            for (Verb v : f.verbs()) {
                Optional<String> code = v.code().or(f::code).flatMap(VerbLexiconWriter::codeOf);
                VerbCode written = v.code().orElse(f.code().orElse(null));
                verbs.add(String.join("\t", kind(v), lower(String.join(" ", v.words())), String.valueOf(v.verbWord()),
                        reading(code), family, actor(written)));
            }
            for (VerbPattern p : f.patterns()) {
                if (!p.beforeVerb().isEmpty() && p.afterVerb().isEmpty()) continue; // subject-side patterns: not used
                patterns.add(String.join("\t", "pattern", family, render(p.afterVerb()),
                        reading(codeOf(p.code())), String.valueOf(p.line()), actor(p.code())));
            }
        }
    }

    /** {@code phrasal} for a verb word followed by a particle and nothing else ("crack down"), else {@code verb}. */
    static String kind(Verb v) {
        List<String> w = v.words();
        boolean phrasal = w.size() == 2 && v.verbWord() == 0 && PARTICLES.contains(lower(w.get(1)));
        return phrasal ? "phrasal" : "verb";
    }

    /** The code a bracket gives: its first part, else its second ({@code [:173]}); empty for the null code. */
    static Optional<String> codeOf(VerbCode c) { return c.first().or(c::second); }

    /**
     * Whose act the code is: {@code other} when it is only the second half of a pair ({@code [:173]}), the target's
     * act on the verb's subject; {@code subject} otherwise, the null code included.
     */
    static String actor(VerbCode c) {
        return c != null && c.first().isEmpty() && c.second().isPresent() ? "other" : "subject";
    }

    /** "code TAB type TAB mode", with "-" for what is missing. */
    private String reading(Optional<String> code) {
        if (code.isEmpty()) return "-\t-\t-";
        Optional<CameoPloverTable.Reading> r = table.lookup(code.get());
        return code.get() + "\t" + r.map(CameoPloverTable.Reading::type).orElse("-") + "\t"
                + r.map(x -> x.mode().isEmpty() ? "-" : x.mode()).orElse("-");
    }

    /** A pattern's tokens in the dictionary's own notation, lower case, words joined by spaces. */
    static String render(List<PatternToken> tokens) {
        List<String> out = new ArrayList<>();
        for (PatternToken t : tokens) out.add(render(t));
        return out.isEmpty() ? "*" : String.join(" ", out);
    }

    private static String render(PatternToken t) {
        if (t instanceof PatternToken.Word w) return lower(PetrarchPhrase.text(w.text()));
        if (t instanceof PatternToken.SynsetRef s) return lower(s.name());
        if (t instanceof PatternToken.Slot s) {
            return switch (s.kind()) { case SOURCE -> "$"; case TARGET -> "+"; case COMPOUND -> "%"; case SKIP -> "^"; };
        }
        if (t instanceof PatternToken.NounPhrase n) return "{" + render(n.words()) + "}";
        if (t instanceof PatternToken.Prepositional p) {
            String object = render(p.object());
            return "(" + lower(p.preposition()) + (object.equals("*") ? "" : " " + object) + ")";
        }
        PatternToken.Alternatives a = (PatternToken.Alternatives) t;
        return "{" + a.choices().stream().map(VerbLexiconWriter::render).collect(Collectors.joining(" | ")) + "}";
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT).replace('_', ' ').strip(); }

    public List<String> verbRows() { return verbs; }

    public List<String> patternRows() { return patterns; }

    public List<String> synsetRows() { return synsets; }
}
