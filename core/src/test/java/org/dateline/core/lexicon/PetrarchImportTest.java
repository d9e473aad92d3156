package org.dateline.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dateline.core.dictionary.PetrarchDictionaries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PetrarchImportTest {
    private static final CameoPloverTable TABLE = CameoPloverTable.parse(List.of(
            "# an invented table", "04: CONSULT", "042: CONSULT, visit,   # Make a visit",
            "18: ASSAULT", "181: ASSAULT, abduct, # Abduct", "11: ACCUSE, disapprove, # Disapprove"));

    private static VerbLexiconWriter verbs(String dictionary) {
        return new VerbLexiconWriter(TABLE).addAll(PetrarchDictionaries.verbs(new StringReader(dictionary), "test"));
    }

    @Test void aCodeReadsAsThePloverTypeAndModeOfItsNearestAncestor() {
        assertThat(TABLE.lookup("0421")).contains(new CameoPloverTable.Reading("CONSULT", "visit"));
        assertThat(TABLE.lookup("1812")).contains(new CameoPloverTable.Reading("ASSAULT", "abduct"));
    }

    @Test void appealsReadAsRequestsAndStatementsHaveNoType() {
        assertThat(TABLE.lookup("026").map(CameoPloverTable.Reading::type)).contains("REQUEST");
        assertThat(TABLE.lookup("012")).isEmpty();
    }

    @Test void eachVerbOfAFamilyGetsTheFamilysCodeUnlessItHasItsOwn() {
        VerbLexiconWriter w = verbs("---  TRAVEL   [042]  ---\nJOURNEY\nROAM [181]\n");
        assertThat(w.verbRows()).containsExactly(
                "verb\tjourney\t0\t042\tCONSULT\tvisit\ttravel\tsubject",
                "verb\troam\t0\t181\tASSAULT\tabduct\ttravel\tsubject");
    }

    @Test void aVerbWithAParticleIsAPhrasalRowThatKeepsItsParticleAndTheIndexOfItsVerbWord() {
        VerbLexiconWriter w = verbs("---  SCOLD   [11]  ---\n+TELL_OFF\n");
        assertThat(w.verbRows()).containsExactly("phrasal\ttell off\t0\t11\tACCUSE\tdisapprove\tscold\tsubject");
    }

    @Test void aVerbWithAnObjectOrACoordinationIsNoPhrasalVerb() {
        VerbLexiconWriter w = verbs("---  FIGHT   [19]  ---\n+WAGE_BATTLE\n+BEAT_AND\n");
        assertThat(w.verbRows()).allMatch(r -> r.startsWith("verb\t"));
    }

    @Test void aNullCodedFamilyIsListedWithoutTypeButItsPatternsCarryTheirCodes() {
        VerbLexiconWriter w = verbs("---  WANDER   [---]  ---\nSTROLL\n- * (TO +) [042]  # STROLL\n");
        assertThat(w.verbRows()).containsExactly("verb\tstroll\t0\t-\t-\t-\twander\tsubject");
        assertThat(w.patternRows()).hasSize(1);
        assertThat(w.patternRows().get(0)).startsWith("pattern\twander\t(to +)\t042\tCONSULT\tvisit\t");
    }

    @Test void aPairedCodeKeepsTheSubjectsActAndMarksACodeThatIsOnlyTheOtherSidesAct() {
        VerbLexiconWriter w = verbs("---  GATHER   [---]  ---\nGLEAN\n- * PILGRIM        [042:181]  # GLEAN\n"
                + "- * PEBBLE       [:181]  # GLEAN\n---  BOTHER   [:11]  ---\nPESTER\n");
        assertThat(w.patternRows()).containsExactly("pattern\tgather\tpilgrim\t042\tCONSULT\tvisit\t3\tsubject",
                "pattern\tgather\tpebble\t181\tASSAULT\tabduct\t4\tother");
        assertThat(w.verbRows()).contains("verb\tpester\t0\t11\tACCUSE\tdisapprove\tbother\tother");
    }

    @Test void synonymSetsListTheirMembersWithPlurals() {
        VerbLexiconWriter w = verbs("&PEBBLE\n+STONE\n+ROCK_\n");
        assertThat(w.synsetRows()).containsExactly("synset\t&pebble\tstone|stones|rock");
    }

    @Test void actorsKeepEveryPhraseAndTheirDateRangedCodes() {
        String row = PetrarchDictionaries.actors(new StringReader(
                        "ZORBA_THE_ELDER_\n+ZORBA_\n[ZZZGOV 20010101-20051231]\n[ZZZELI >20051231]\n"), "test")
                .map(a -> PetrarchImport.actorRow(a, "x.actors", NO_WORDS)).findFirst().orElseThrow();
        assertThat(row).startsWith("zorba the elder|zorba\t").contains("ZZZGOV@2001-01-01..2005-12-31")
                .contains("ZZZELI@2005-12-31..").endsWith("\tx.actors");
    }

    private static final CommonWords NO_WORDS = CommonWords.of(List.of(), List.of());

    private static String actorRow(String dictionary, CommonWords words) {
        return PetrarchDictionaries.actors(new StringReader(dictionary), "test")
                .map(a -> PetrarchImport.actorRow(a, "x.actors", words)).findFirst().orElseThrow();
    }

    @Test void anActorPhraseOfOrdinaryWordsIsWrittenAsTheNameItMustBe() {
        CommonWords words = CommonWords.of(List.of("lantern", "keepers", "guild", "bright"), List.of("of", "the"));
        assertThat(actorRow("BRIGHT_LANTERN_\n+LANTERN_\n+GUILD_OF_THE_LANTERN_KEEPERS_\n+ZORBANIA_\n[ZZZREB]\n", words))
                .startsWith("Bright Lantern|Lantern|Guild of the Lantern Keepers|zorbania\t");
    }

    @Test void anActorPhraseWithOneWordThatIsNoOrdinaryWordStaysCaseBlind() {
        CommonWords words = CommonWords.of(List.of("front"), List.of());
        assertThat(actorRow("ZORBANIAN_FRONT_\n[ZZZREB]\n", words)).startsWith("zorbanian front\t");
    }

    @Test void anActorPhraseWithoutALetterIsLeftOutForInTextItIsACount() {
        assertThat(actorRow("NINE_BRIGADE_\n+909_\n[ZZZREB]\n", NO_WORDS)).startsWith("nine brigade\t");
        assertThat(actorRow("909_\n[ZZZREB]\n", NO_WORDS)).startsWith("\t");
    }

    @Test void theTaggersLexiconKnowsOrdinaryWordsFromNames() {
        CommonWords words = CommonWords.fromTagger();
        assertThat(words.allOrdinary("youth")).isTrue();
        assertThat(words.allOrdinary("us")).isTrue();
        assertThat(words.allOrdinary("league of women voters")).isTrue();
        assertThat(words.allOrdinary("hezbollah")).isFalse();
        assertThat(words.allOrdinary("karzai")).isFalse();
        assertThat(words.asName("league of women voters")).isEqualTo("League of Women Voters");
    }

    @Test void agentsListEachFormWithItsCodeAndPlacement() {
        List<String> rows = PetrarchDictionaries.agents(new StringReader("BEEKEEPER [~AGR]\n"), "test")
                .flatMap(PetrarchImport::agentRows).toList();
        assertThat(rows).containsExactly("beekeeper\tAGR\tafter", "beekeepers\tAGR\tafter");
    }

    /** The committed resources are exactly what the importer makes of the dictionaries in shared/. */
    @Test void theCommittedResourcesAreWhatTheImporterProduces() throws Exception {
        Path from = Path.of("../../shared/dev/dictionaries/petrarch2"), table = Path.of("../../shared/dev/events/cameo2plover.txt");
        Assumptions.assumeTrue(Files.isDirectory(from) && Files.isRegularFile(table), "no ../shared dictionaries");
        Map<String, String> files = PetrarchImport.generate(from, table, e -> { });
        Path committed = Path.of("src/main/resources/org/dateline/core/event/petrarch");
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(Files.readString(committed.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
    }
}
