package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.EventType;

/**
 * The event vocabulary, from resource files users may edit: triggers ({@code triggers.tsv}), light verbs
 * ({@code light-verbs.txt}), how wrappers are refined by their complement ({@code wraps.tsv}) and status cues
 * ({@code status-cues.tsv}).
 */
public final class TriggerLexicon {
    private static final TriggerLexicon STANDARD = new TriggerLexicon();

    private final Map<String, Trigger> verbs = new HashMap<>();
    /**
     * Every hand-written row of a verb, in file order: a verb may be two events by its object ("received observers"
     * is a concession, "received the delegation" hosting a visit), each row bound to its own objects.
     */
    private final Map<String, List<Trigger>> verbRows = new HashMap<>();
    private final Map<String, Trigger> nouns = new HashMap<>();
    private final Map<String, Trigger> compoundNouns = new HashMap<>();
    private final Map<String, Trigger> adjectives = new HashMap<>();
    private final Map<String, Trigger> modals = new HashMap<>();
    /** Predicates of blame a that-clause may hold ("said X had lied"), by lemma: rows of part of speech C. */
    private final Map<String, Trigger> culpable = new HashMap<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Map<String, String> wraps = new HashMap<>();
    private final Map<String, String> cues = new HashMap<>();
    private final Set<String> importedVerbs = new HashSet<>();
    /** The generated phrasal rows of a verb no hand-written row covers ("kick out", "side with"), in file order. */
    private final Map<String, List<Trigger>> phrasalRows = new HashMap<>();

    private TriggerLexicon() {
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "triggers.tsv")) {
            if (r.length < 3) continue;
            String lemma = r[0].strip().toLowerCase(Locale.ROOT);
            String pos = r[1].strip();
            boolean noun = pos.equals("N") || pos.equals("A");
            Set<String> flags = r.length > 3 ? Set.of(r[3].strip().split(",")) : Set.of();
            Set<String> preps = Set.of(), objs = Set.of(), lights = Set.of();
            for (String f : flags) {
                if (f.startsWith("prep=")) preps = Set.of(f.substring(5).split("\\|"));
                if (f.startsWith("obj=")) objs = Set.of(f.substring(4).split("\\|"));
                if (f.startsWith("light=")) lights = Set.of(f.substring(6).split("\\|"));
            }
            Trigger t = new Trigger(lemma, noun, r[2].strip(), flags.contains("wrap"), preps, objs, lights,
                    flags.contains("bare"), flags.contains("inner"), false, flags.contains("armed"));
            boolean compound = noun && lemma.contains(" ");
            if (pos.equals("V")) {
                verbRows.computeIfAbsent(lemma, k -> new ArrayList<>()).add(t);
                verbs.putIfAbsent(lemma, t);
            } else if (pos.equals("C")) {
                culpable.put(lemma, t);
            } else {
                (pos.equals("M") ? modals : pos.equals("A") ? adjectives : compound ? compoundNouns : nouns).put(lemma, t);
            }
        }
        // the generated PETRARCH verbs fill in only what the hand-written triggers lack: those stay on top
        ImportedVerbs.triggers().forEach((lemma, t) -> {
            if (verbs.putIfAbsent(lemma, t) == null) importedVerbs.add(lemma);
        });
        ImportedVerbs.phrasal().forEach(this::addPhrasal);
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "light-verbs.txt")) lightVerbs.add(r[0].strip());
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "wraps.tsv")) wraps.put(r[0].strip() + " " + r[1].strip(), r[2].strip());
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "status-cues.tsv")) cues.put(r[0].strip(), r[1].strip());
    }

    /**
     * The generated phrasal rows of a verb ("kick out"), each bound to its particle, after the hand-written rows: one
     * is left out when a hand-written row of the verb covers it, holding no condition (every use of the verb is its
     * event: "shoot" 193 codes "shot down") or naming that particle ("crack down" by hand). A verb no other row knows
     * takes its first phrasal row as its trigger, which the grammar confirms only with the particle.
     */
    private void addPhrasal(String lemma, List<Trigger> rows) {
        List<Trigger> hand = verbRows.getOrDefault(lemma, List.of());
        if (hand.stream().anyMatch(h -> h.preps().isEmpty() && h.objs().isEmpty() && !h.armed())) return;
        List<Trigger> kept = rows.stream().filter(p -> hand.stream().noneMatch(h -> h.preps().containsAll(p.preps())))
                .toList();
        if (kept.isEmpty()) return;
        phrasalRows.put(lemma, kept);
        if (verbs.putIfAbsent(lemma, kept.get(0)) == null) importedVerbs.add(lemma);
    }

    public static TriggerLexicon standard() { return STANDARD; }

    /** The trigger a token may be, by its part of speech and lemma; null when none. */
    public Trigger triggerFor(Token t) {
        String lemma = lemma(t);
        if (t.pos().startsWith("VB")) return verbs.get(lemma);
        if (t.pos().startsWith("JJ")) return adjectives.get(lemma);
        if (t.pos().startsWith("NN")) {
            Trigger n = nouns.get(t.word().toLowerCase(Locale.ROOT));
            return n != null ? n : nouns.get(lemma);
        }
        return null;
    }

    /**
     * The hand-written rows of a verb bound to objects of their own ("received observers"), or, after its first row,
     * to a preposition of their own ("protested to Uganda": an official complaint, not a demonstration), in file order;
     * then the generated phrasal rows bound to their particles ("kicked out").
     */
    public List<Trigger> objectBoundVerbs(Token t) {
        if (!t.pos().startsWith("VB")) return List.of();
        List<Trigger> rows = verbRows.getOrDefault(lemma(t), List.of());
        List<Trigger> out = new ArrayList<>(
                rows.stream().filter(v -> !v.objs().isEmpty() || v != rows.get(0) && !v.preps().isEmpty()).toList());
        out.addAll(phrasalRows.getOrDefault(lemma(t), List.of()));
        return out;
    }

    /** The trigger of a noun with this modifier before it ("air" + "strike"), which outranks the noun's own; or null. */
    public Trigger compoundNoun(String modifier, String lemma) {
        return compoundNouns.get(modifier.toLowerCase(Locale.ROOT) + " " + lemma);
    }

    /**
     * The trigger the noun at i makes with a compound or adjectival modifier of its parse ("an air strike", "a floral
     * basket"), the first such modifier's that has one; null when i is no noun or no modifier makes one. The coder's
     * triggers and the parties' reading of an event noun as a subject both ask this, so the two agree.
     */
    Trigger compoundNounAt(Clause c, int i) {
        if (!c.pos(i).startsWith("NN")) return null;
        for (int m : c.children(i, "compound", "amod")) {
            Trigger t = compoundNoun(c.lower(m), c.lemma(i));
            if (t != null) return t;
        }
        return null;
    }

    /**
     * The trigger a verb is because its that-clause carries an obligation modal ("declared that China must drop
     * barriers" is a demand of China): null when none.
     */
    public Trigger modal(String word) { return modals.get(word.toLowerCase(Locale.ROOT)); }

    /**
     * The trigger a verb of saying is because its that-clause says someone is to blame ("said the government had
     * violated the constitution" accuses the government): the row of the clause's predicate, by lemma; null when none.
     */
    public Trigger culpability(String lemma) { return culpable.get(lemma.toLowerCase(Locale.ROOT)); }

    /**
     * True when a sentence has a token that may be a trigger, or a verb with a word its PETRARCH pattern needs
     * ("froze ... assets"): only those sentences are parsed.
     */
    public boolean mayHaveEvent(List<Token> tokens) {
        for (Token t : tokens) if (triggerFor(t) != null || t.pos().equals("MD") && modal(t.word()) != null) return true;
        for (Token t : tokens) if (culpability(lemma(t)) != null || culpability(t.word()) != null) return true; // "said X had lied"
        if (ResponsibilityBlame.mayHold(tokens)) return true; // "said X was behind the attack"
        if (CausedHarms.mayHold(tokens)) return true; // "said the danger grows due to the moves of X"
        // "sent a floral basket": a two-word event noun whose head alone is no trigger
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).pos().startsWith("NN") && compoundNoun(tokens.get(i - 1).word(), lemma(tokens.get(i))) != null) return true;
        }
        return VerbPatterns.standard().mayMatch(tokens, this);
    }

    /**
     * True when no hand-written trigger covers the verb: it has none, or only the generated one of its family, which
     * a PETRARCH pattern of the verb with its object or preposition ("open fire", "freeze assets") refines, or one
     * bound to a few objects ("received observers"), which leaves the verb's other objects ("received a loan from X")
     * to the patterns.
     */
    public boolean patternMayDecide(Token t) {
        Trigger hand = t.pos().startsWith("VB") ? verbs.get(lemma(t)) : null;
        return t.pos().startsWith("VB") && (hand == null || importedVerbs.contains(lemma(t)) || !hand.objs().isEmpty());
    }

    /** Whether a verb's trigger is a generated PETRARCH one, no hand-written row covering it. */
    public boolean isImportedVerb(Token t) { return t.pos().startsWith("VB") && importedVerbs.contains(lemma(t)); }

    public boolean isLightVerb(String lemma) { return lightVerbs.contains(lemma); }

    /** The refined CAMEO code of a wrapper (by its CAMEO root) around an inner event of a PLOVER type, or null. */
    public String wrapped(String wrapperCameo, EventType innerType) {
        return innerType == null ? null : wraps.get(wrapperCameo.substring(0, 2) + " " + innerType.spelling());
    }

    /** The status a cue word signals (planned, possible, negated), or null. */
    public String cue(String lemmaOrWord) { return cues.get(lemmaOrWord.toLowerCase(Locale.ROOT)); }

    public int triggerCount() { return verbs.size() + nouns.size(); }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
