package org.dateline.core.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dateline.core.dictionary.ActorCode;
import org.dateline.core.dictionary.ActorEntry;
import org.dateline.core.dictionary.AgentEntry;
import org.dateline.core.dictionary.DictionaryException;
import org.dateline.core.dictionary.DiscardEntry;
import org.dateline.core.dictionary.PetrarchDictionaries;
import org.dateline.core.dictionary.PetrarchPhrase;

/**
 * Imports the PETRARCH-2 / Phoenix dictionaries into Dateline's generated lexicon resources: the verb lexicon
 * ({@code verbs.tsv}, {@code verb-patterns.tsv}, {@code synsets.tsv}, see {@link VerbLexiconWriter}), agents
 * ({@code agents.tsv}: noun form, sector code, where the code goes), actors with date ranges ({@code actors.tsv}:
 * phrases made only of ordinary English words, by {@link CommonWords}, are marked to match only as names),
 * discards ({@code discards.tsv}) and a {@code NOTICE} carrying the dictionaries' MIT licence. Every file starts
 * with a header saying it is generated, from what and by which command; the output depends only on the input
 * files and the tagger model the build pins, so a re-run on the same dictionaries gives the same bytes.
 */
public final class PetrarchImport {
    /** The input file names, as the PETRARCH-2 distribution names them. */
    public static final String VERBS = "CAMEO.2.0.txt", AGENTS = "Phoenix.agents.txt", DISCARDS = "Phoenix.discards.txt";
    public static final List<String> ACTORS = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    public static final String COMMAND = "dateline dictionaries import --from <petrarch2 folder> "
            + "--cameo2plover <cameo2plover.txt> --to core/src/main/resources/org/dateline/core/event/petrarch";

    private PetrarchImport() {}

    /** The generated files, by name, with their text. {@code onProblem} hears each line the reader could not use. */
    public static Map<String, String> generate(Path from, Path cameo2plover, Consumer<DictionaryException> onProblem)
            throws IOException {
        CameoPloverTable table = CameoPloverTable.parse(Files.readAllLines(cameo2plover, StandardCharsets.UTF_8));
        VerbLexiconWriter verbs = new VerbLexiconWriter(table);
        try (Stream<org.dateline.core.dictionary.VerbEntry> s = PetrarchDictionaries.verbs(from.resolve(VERBS), onProblem)) {
            verbs.addAll(s);
        }
        String via = VERBS + " and " + cameo2plover.getFileName();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("verbs.tsv", file("verbs: kind (verb; phrasal: a verb and the particle after it, \"crack down\"), "
                + "phrase, verb word index, CAMEO, PLOVER type, mode, family, whose act "
                + "(subject; other: the other side's act on the subject, PETRARCH's [:code])", via,
                verbs.verbRows()));
        out.put("verb-patterns.tsv", file("verb patterns: kind, family, words after the verb, CAMEO, PLOVER type, "
                + "mode, line in " + VERBS + ", whose act (subject; other: the other side's act on the subject, PETRARCH's "
                + "[:code])", via, verbs.patternRows()));
        out.put("synsets.tsv", file("synonym sets: kind, name, members (|)", VERBS, verbs.synsetRows()));
        List<String> agents;
        try (Stream<AgentEntry> s = PetrarchDictionaries.agents(from.resolve(AGENTS), onProblem)) {
            agents = s.flatMap(PetrarchImport::agentRows).distinct().toList();
        }
        out.put("agents.tsv", file("agents: noun form, sector code, placement (after: the code follows the "
                + "actor's)", AGENTS, agents));
        CommonWords common = CommonWords.fromTagger().with(agents.stream().map(r -> r.substring(0, r.indexOf('\t')))
                .filter(f -> !f.contains(" ")).toList());
        List<String> actors = new ArrayList<>();
        for (String name : ACTORS) {
            try (Stream<ActorEntry> s = PetrarchDictionaries.actors(from.resolve(name), onProblem)) {
                s.map(a -> actorRow(a, name, common)).filter(r -> !r.startsWith("\t")).forEach(actors::add);
            }
        }
        out.put("actors.tsv", file("actors: phrases (|; one made only of ordinary English words is written as the "
                + "name it must be, capitalised: \"Youth\" is no \"youth\"), codes (| ; CODE or CODE@from..to, open "
                + "ends empty), dictionary", String.join(", ", ACTORS), actors));
        try (Stream<DiscardEntry> s = PetrarchDictionaries.discards(from.resolve(DISCARDS), onProblem)) {
            out.put("discards.tsv", file("discards: phrase, scope (story or sentence), match (word or part)",
                    DISCARDS, s.map(PetrarchImport::discardRow).toList()));
        }
        out.put("NOTICE", notice(Files.readString(from.resolve("LICENSE"), StandardCharsets.UTF_8)));
        return out;
    }

    /** Writes the generated files into {@code to}, replacing earlier ones. */
    public static void write(Map<String, String> files, Path to) throws IOException {
        Files.createDirectories(to);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(to.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }

    static Stream<String> agentRows(AgentEntry a) {
        String placement = a.placement() == AgentEntry.Placement.AFTER_ACTOR_CODE ? "after" : "before";
        return a.forms().stream().map(f -> VerbLexiconWriter.lower(PetrarchPhrase.text(f)) + "\t" + a.code() + "\t"
                + placement);
    }

    /**
     * One actor's row. A phrase made only of ordinary words ("youth", "organization", "us") is written as the name it
     * must be ("Youth"), to be matched only so; a phrase without a letter ("313") is left out: in text it is a count.
     * A row left with no phrase starts with a tab.
     */
    static String actorRow(ActorEntry a, String dictionary, CommonWords common) {
        String phrases = a.phrases().stream().map(p -> VerbLexiconWriter.lower(PetrarchPhrase.text(p)))
                .filter(CommonWords::hasLetter).map(p -> common.allOrdinary(p) ? common.asName(p) : p).distinct()
                .collect(Collectors.joining("|"));
        String codes = a.codes().stream().map(PetrarchImport::code).collect(Collectors.joining("|"));
        return phrases + "\t" + (codes.isEmpty() ? "-" : codes) + "\t" + dictionary;
    }

    private static String code(ActorCode c) {
        if (c.isDefault()) return c.code();
        return c.code() + "@" + (c.from() == null ? "" : c.from()) + ".." + (c.to() == null ? "" : c.to());
    }

    static String discardRow(DiscardEntry d) {
        return VerbLexiconWriter.lower(PetrarchPhrase.text(d.phrase())) + "\t" + (d.story() ? "story" : "sentence")
                + "\t" + (d.wholeWord() ? "word" : "part");
    }

    private static String file(String columns, String source, List<String> rows) {
        StringBuilder b = new StringBuilder();
        b.append("# GENERATED FILE: do not edit by hand. Re-run the importer instead:\n");
        b.append("#   ").append(COMMAND).append('\n');
        b.append("# From the PETRARCH-2 / Phoenix dictionaries (Open Event Data Alliance, MIT licence: see NOTICE): ")
                .append(source).append('\n');
        b.append("# Columns (tab-separated): ").append(columns).append('\n');
        for (String r : rows) b.append(r).append('\n');
        return b.toString();
    }

    private static String notice(String licence) {
        return "The files in this folder are generated from the PETRARCH-2 / Phoenix event coding dictionaries\n"
                + "(CAMEO.2.0.txt, Phoenix.*.txt) of the Open Event Data Alliance, by\n  " + COMMAND + "\n"
                + "CAMEO codes are read as PLOVER 0.8 types through the PLOVER conversion table (cameo2plover.txt).\n"
                + "The dictionaries are distributed under the following licence:\n\n" + licence;
    }
}
