package org.dateline.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.core.dictionary.PatternToken.Alternatives;
import org.dateline.core.dictionary.PatternToken.NounPhrase;
import org.dateline.core.dictionary.PatternToken.Prepositional;
import org.dateline.core.dictionary.PatternToken.Slot;
import org.dateline.core.dictionary.PatternToken.SynsetRef;
import org.dateline.core.dictionary.PatternToken.Word;
import org.junit.jupiter.api.Test;

class VerbReadingTest {
    private static final String DICTIONARY = """
            # invented for the test
            &GRAIN
            +WHEAT
            +BARLEY_

            &LINKVERB_
            +IS
            +ARE

            --- DONATE [070] ---
            DONATE
            BESTOW {BESTOWS BESTOWED BESTOWING} [071]
            +HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
            RE_+SUPPLY
            - * &GRAIN (TO +)                      [073]   # DONATE
            - $ ENVOY * {MEDICAL KIT}              [0731]  # BESTOW
            - * (AT ^) % (FOR {RELIEF | SHELTER})  [072:074]
            - * (TO)                               [:173]
            - * ARMS                               [075!]

            --- IDLE [---] ---
            LOITER

            ~ a (a b DONATE) SAY = a b 070
            """;

    private static List<VerbEntry> read(String text) {
        return PetrarchDictionaries.verbs(new StringReader(text), "test.verbs").toList();
    }

    @Test
    void synonymSetsKeepTheirLabelAndKnowWhichMembersTakePlurals() {
        List<VerbEntry> entries = read(DICTIONARY);
        VerbEntry.Synset grain = (VerbEntry.Synset) entries.get(0);
        assertThat(grain.name()).isEqualTo("&GRAIN");
        assertThat(grain.members()).containsExactly(new VerbEntry.Synset.Member("WHEAT", true),
                new VerbEntry.Synset.Member("BARLEY", false));
        assertThat(grain.members().get(0).forms()).containsExactly("WHEAT", "WHEATS");
        VerbEntry.Synset link = (VerbEntry.Synset) entries.get(1);
        assertThat(link.members()).allSatisfy(m -> assertThat(m.plural()).isFalse());
    }

    @Test
    void aFamilyHasItsNameCodeVerbsAndPatterns() {
        VerbEntry.Family donate = (VerbEntry.Family) read(DICTIONARY).get(2);
        assertThat(donate.name()).isEqualTo("DONATE");
        assertThat(donate.code().orElseThrow().first()).contains("070");
        assertThat(donate.verbs()).extracting(Verb::phrase).containsExactly("DONATE", "BESTOW", "+HAND_OVER", "RE_+SUPPLY");
        assertThat(donate.patterns()).hasSize(5);
        assertThat(donate.line()).isEqualTo(10);
    }

    @Test
    void regularVerbFormsAreMadeAndIrregularOnesTakenAsWritten() {
        VerbEntry.Family donate = (VerbEntry.Family) read(DICTIONARY).get(2);
        Verb plain = donate.verbs().get(0), bestow = donate.verbs().get(1);
        assertThat(plain.forms()).isEmpty();
        assertThat(plain.allForms()).containsExactly("DONATE", "DONATES", "DONATED", "DONATING");
        assertThat(bestow.allForms()).containsExactly("BESTOW", "BESTOWS", "BESTOWED", "BESTOWING");
        assertThat(bestow.code().orElseThrow().first()).contains("071");
        assertThat(plain.code()).isEmpty();
    }

    @Test
    void multiWordVerbsMarkTheirVerbWord() {
        VerbEntry.Family donate = (VerbEntry.Family) read(DICTIONARY).get(2);
        Verb handOver = donate.verbs().get(2), resupply = donate.verbs().get(3);
        assertThat(handOver.words()).containsExactly("HAND", "OVER");
        assertThat(handOver.verbWord()).isZero();
        assertThat(handOver.allForms()).contains("HANDED OVER", "HANDING OVER");
        assertThat(resupply.verbWord()).isEqualTo(1);
        // PETRARCH's regular forms are naive (+S, +ED, +ING): irregular spellings are written out in {...}
        assertThat(resupply.allForms()).containsExactly("RE SUPPLY", "RE SUPPLYS", "RE SUPPLYED", "RE SUPPLYING");
    }

    @Test
    void patternElementsAreSplitAroundTheVerb() {
        List<VerbPattern> ps = ((VerbEntry.Family) read(DICTIONARY).get(2)).patterns();
        VerbPattern first = ps.get(0);
        assertThat(first.beforeVerb()).isEmpty();
        assertThat(first.afterVerb()).containsExactly(new SynsetRef("&GRAIN"),
                new Prepositional("TO", List.of(new Slot(Slot.Kind.TARGET))));
        assertThat(first.comment()).isEqualTo("DONATE");
        assertThat(first.line()).isEqualTo(15);
        VerbPattern second = ps.get(1);
        assertThat(second.beforeVerb()).containsExactly(new Slot(Slot.Kind.SOURCE), new Word("ENVOY"));
        assertThat(second.afterVerb()).containsExactly(new NounPhrase(List.of(new Word("MEDICAL"), new Word("KIT"))));
    }

    @Test
    void skipCompoundAndDisjunctionAreRead() {
        VerbPattern third = ((VerbEntry.Family) read(DICTIONARY).get(2)).patterns().get(2);
        assertThat(third.afterVerb()).containsExactly(
                new Prepositional("AT", List.of(new Slot(Slot.Kind.SKIP))),
                new Slot(Slot.Kind.COMPOUND),
                new Prepositional("FOR", List.of(new Alternatives(List.of(List.of(new Word("RELIEF")),
                        List.of(new Word("SHELTER")))))));
    }

    @Test
    void codesKeepTheirTwoPartsAndMarks() {
        List<VerbPattern> ps = ((VerbEntry.Family) read(DICTIONARY).get(2)).patterns();
        VerbCode twoParts = ps.get(2).code(), secondOnly = ps.get(3).code(), marked = ps.get(4).code();
        assertThat(twoParts.first()).contains("072");
        assertThat(twoParts.second()).contains("074");
        assertThat(secondOnly.first()).isEmpty();
        assertThat(secondOnly.second()).contains("173");
        assertThat(ps.get(3).afterVerb()).containsExactly(new Prepositional("TO", List.of()));
        assertThat(marked.marked()).isTrue();
        assertThat(marked.first()).contains("075");
    }

    @Test
    void theNullCodeLeavesAFamilyWithoutCode() {
        VerbEntry.Family idle = (VerbEntry.Family) read(DICTIONARY).get(3);
        assertThat(idle.code()).isEmpty();
        assertThat(VerbCode.parse("---").isNull()).isTrue();
    }

    @Test
    void transformationsKeepTheirPatternAndResult() {
        VerbEntry.Transformation t = (VerbEntry.Transformation) read(DICTIONARY).get(4);
        assertThat(t.pattern()).isEqualTo("a (a b DONATE) SAY");
        assertThat(t.result()).isEqualTo("a b 070");
    }

    @Test
    void aPatternWithAnUndefinedSynsetIsReportedAndLeftOut() {
        List<DictionaryException> problems = new ArrayList<>();
        List<VerbEntry> entries;
        try (var s = PetrarchDictionaries.verbs(new StringReader("""
                --- GIVE [070] ---
                GIVE {GAVE GIVEN GIVING}
                - * &NOWHERE [071]
                - * ALMS [072]
                """), "test.verbs", problems::add)) {
            entries = s.toList();
        }
        VerbEntry.Family give = (VerbEntry.Family) entries.get(0);
        assertThat(give.patterns()).extracting(p -> p.code().written()).containsExactly("072");
        assertThat(problems).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("&NOWHERE");
        });
    }

    @Test
    void malformedPatternsNameTheirLine() {
        assertThatThrownBy(() -> read("--- A [010] ---\nA\n- AID [020]\n")).hasMessageContaining("test.verbs:3:")
                .hasMessageContaining("*");
        assertThatThrownBy(() -> read("--- A [010] ---\nA\n- * (FOR {AID [020]\n")).hasMessageContaining(":3:");
        assertThatThrownBy(() -> read("GIVE\n")).hasMessageContaining("test.verbs:1:");
    }

    @Test
    void aVerbWithoutFormsMeansNoneAreMade() {
        VerbEntry.Family f = (VerbEntry.Family) read("--- ANGER [---] ---\n+ANGERED_BY {}\n").get(0);
        assertThat(f.verbs().get(0).forms()).isEqualTo(Optional.of(List.of()));
        assertThat(f.verbs().get(0).allForms()).containsExactly("ANGERED BY");
    }
}
