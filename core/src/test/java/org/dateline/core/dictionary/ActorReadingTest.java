package org.dateline.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorReadingTest {
    private static List<ActorEntry> read(String text) {
        return PetrarchDictionaries.actors(new StringReader(text), "test.actors").toList();
    }

    @Test
    void aRecordHasItsPrimaryPhraseSynonymsAndDefaultCode() {
        List<ActorEntry> entries = read("""
                VALDORIA_  [VLD]
                +VALDORIAN_
                +PORT_ELMSTEAD
                """);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.phrase()).isEqualTo("VALDORIA_");
            assertThat(e.synonyms()).containsExactly("VALDORIAN_", "PORT_ELMSTEAD");
            assertThat(e.codes()).containsExactly(new ActorCode("VLD", null, null));
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void dateRestrictionsReadBeforeAfterAndBetween() {
        ActorEntry e = read("""
                MARA_OKONJO_
                \t[VLDBUS <20090120]
                \t[VLDGOV 20090120-20170120]
                \t[VLDELI >20170120]
                """).get(0);
        assertThat(e.codes()).containsExactly(
                new ActorCode("VLDBUS", null, LocalDate.of(2009, 1, 20)),
                new ActorCode("VLDGOV", LocalDate.of(2009, 1, 20), LocalDate.of(2017, 1, 20)),
                new ActorCode("VLDELI", LocalDate.of(2017, 1, 20), null));
        assertThat(e.codeOn(LocalDate.of(2008, 5, 1)).orElseThrow().code()).isEqualTo("VLDBUS");
        assertThat(e.codeOn(LocalDate.of(2012, 5, 1)).orElseThrow().code()).isEqualTo("VLDGOV");
        assertThat(e.codeOn(LocalDate.of(2020, 5, 1)).orElseThrow().code()).isEqualTo("VLDELI");
        assertThat(e.latestCode().orElseThrow().code()).isEqualTo("VLDELI");
    }

    @Test
    void limitsOfARestrictionAreInclusive() {
        ActorCode c = read("X_\n\t[VLDGOV 20090120-20170120]\n").get(0).codes().get(0);
        assertThat(c.appliesOn(LocalDate.of(2009, 1, 20))).isTrue();
        assertThat(c.appliesOn(LocalDate.of(2017, 1, 20))).isTrue();
        assertThat(c.appliesOn(LocalDate.of(2017, 1, 21))).isFalse();
    }

    @Test
    void sixDigitYearsUpToThirtyAreThisCenturyAndTheRestTheLast() {
        ActorCode c = read("X_\n\t[VLDELI 780101-000101]\n\t[VLDGOV 450703-300101]\n").get(0).codes().get(0);
        assertThat(c.from()).isEqualTo(LocalDate.of(1978, 1, 1));
        assertThat(c.to()).isEqualTo(LocalDate.of(2000, 1, 1));
        ActorCode d = read("X_\n\t[VLDGOV 450703-300101]\n").get(0).codes().get(0);
        assertThat(d.from().getYear()).isEqualTo(1945);
        assertThat(d.to().getYear()).isEqualTo(2030);
    }

    @Test
    void sixAndEightDigitDatesMixInOneRange() {
        ActorCode c = read("X_\n\t[VLDELI 18970101-450703]\n").get(0).codes().get(0);
        assertThat(c.from()).isEqualTo(LocalDate.of(1897, 1, 1));
        assertThat(c.to()).isEqualTo(LocalDate.of(1945, 7, 3));
    }

    @Test
    void withoutAMatchingRestrictionTheDefaultCodeApplies() {
        ActorEntry e = read("""
                ANNA_BERG_ [VLDELI]
                \t[VLDGOV 100101-150630]
                """).get(0);
        assertThat(e.codeOn(LocalDate.of(2012, 1, 1)).orElseThrow().code()).isEqualTo("VLDGOV");
        assertThat(e.codeOn(LocalDate.of(2020, 1, 1)).orElseThrow().code()).isEqualTo("VLDELI");
    }

    @Test
    void withoutADefaultCodeADayOutsideEveryRestrictionHasNoCode() {
        ActorEntry e = read("ANNA_BERG_\n\t[VLDGOV 100101-150630]\n").get(0);
        assertThat(e.codeOn(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void codesOnThePrimaryLineAreReadAsTabariWroteThem() {
        ActorEntry e = read("KIRA_VANCE_ [VLDBUS <20170120] [VLDGOV 20170120-20210120]\n").get(0);
        assertThat(e.codes()).extracting(ActorCode::code).containsExactly("VLDBUS", "VLDGOV");
    }

    @Test
    void hashSemicolonAndXmlCommentsAreSkippedEvenAcrossLines() {
        List<ActorEntry> entries = read("""
                # a heading
                <!-- a note
                NOT_AN_ACTOR [XXX]
                that ends here --> ANNA_BERG_ [VLD] ; TABARI comment
                +BERG_ <!-- inline --> # and more
                """);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.phrase()).isEqualTo("ANNA_BERG_");
            assertThat(e.synonyms()).containsExactly("BERG_");
            assertThat(e.line()).isEqualTo(4);
        });
    }

    @Test
    void recordsFollowEachOtherWithTheirOwnLineNumbers() {
        List<ActorEntry> entries = read("A_ [AAA]\n+AA_\n\nB_ [BBB]\n\t[BBBGOV >20000101]\nC_\n");
        assertThat(entries).extracting(ActorEntry::phrase).containsExactly("A_", "B_", "C_");
        assertThat(entries).extracting(ActorEntry::line).containsExactly(1, 4, 6);
    }

    @Test
    void aBadDateNamesTheFileAndLine() {
        assertThatThrownBy(() -> read("A_\n\t[AAAGOV 20090231-20100101]\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("test.actors:2:")
                .satisfies(e -> assertThat(((DictionaryException) e).line()).isEqualTo(2));
    }

    @Test
    void aRestrictionThatIsNotOneOfTheThreeFormsIsAnError() {
        assertThatThrownBy(() -> read("A_\n\t[AAAGOV 2009]\n")).hasMessageContaining("test.actors:2:");
        assertThatThrownBy(() -> read("+ORPHAN_\n")).hasMessageContaining("before any actor");
    }

    @Test
    void withAProblemHandlerABadCodeIsReportedAndTheRestOfItsRecordKept() {
        List<DictionaryException> problems = new ArrayList<>();
        List<ActorEntry> entries;
        try (var s = PetrarchDictionaries.actors(new StringReader("""
                A_ [AAA 2009]
                +AA_
                \t[AAAGOV 20090231-20100101]
                \t[AAAELI >20100101]
                +ORPHAN_ [XXX]
                B_ [BBB]
                """), "t", problems::add)) {
            entries = s.toList();
        }
        assertThat(entries).extracting(ActorEntry::phrase).containsExactly("A_", "B_");
        assertThat(entries.get(0).synonyms()).containsExactly("AA_");
        assertThat(entries.get(0).codes()).extracting(ActorCode::code).containsExactly("AAAELI");
        assertThat(problems).extracting(DictionaryException::line).containsExactly(1, 3, 5);
    }

    @Test
    void phrasesReadAsWordsAndTitleCase() {
        assertThat(PetrarchPhrase.words("MR._OBAMA_")).containsExactly("MR.", "OBAMA");
        assertThat(PetrarchPhrase.titleCase("BARACK_OBAMA_")).isEqualTo("Barack Obama");
    }
}
