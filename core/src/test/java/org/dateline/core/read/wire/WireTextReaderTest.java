package org.dateline.core.read.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dateline.model.Article;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

class WireTextReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private Article read(String page) throws UnreadableDocumentException {
        return reader.read(RawDocument.of("test.txt", page.getBytes(StandardCharsets.UTF_8)));
    }

    private Article read(String page, LocalDate date) throws UnreadableDocumentException {
        return reader.read(RawDocument.of("test.txt", page.getBytes(StandardCharsets.UTF_8)).withDate(date));
    }

    private static final String PAGE = """
             date 2024-03-08 Envoy flies to Tokyo for talks on missile tests
            By Hana Ortiz
            BUSAN, March 7 (Harbor Wire) -- The country's top envoy left for Tokyo on Friday for talks with her counterpart.
            The meeting is set for Monday, officials said.
            hana@harborwire.example
            (END)
            -
            1
            Pop star announces world tour
            -
            2
            Typhoon warning lifted in the south
            -
            3
            Stock index closes higher
            """;

    @Test
    void readsTheFramingFieldsOfAWirePage() throws Exception {
        Article a = read(PAGE);
        assertThat(a.headline()).isEqualTo("Envoy flies to Tokyo for talks on missile tests");
        assertThat(a.byline()).isEqualTo("Hana Ortiz");
        assertThat(a.agency()).isEqualTo("Harbor Wire");
        assertThat(a.datelinePlace()).isEqualTo("BUSAN");
        assertThat(a.datelineText()).isEqualTo("March 7");
        assertThat(a.contact()).isEqualTo("hana@harborwire.example");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).startsWith("The country's top envoy left for Tokyo on Friday")
                .endsWith("officials said.");
    }

    @Test
    void keepsFurnitureAndSignOffOutOfTheBody() throws Exception {
        Article a = read(PAGE);
        assertThat(a.body()).doesNotContain("Pop star", "Typhoon", "(END)", "@", "BUSAN", "Harbor Wire");
    }

    @Test
    void headerAndDatelineDisagreeingPicksTheDateTheWeekdaysSupport() throws Exception {
        // 2024-03-08 is a Friday: "left ... on Friday" fits the header, not the dateline's Thursday March 7
        Article a = read(PAGE);
        assertThat(a.publicationDate()).isEqualTo("2024-03-08");
        assertThat(a.yearInferred()).isFalse();
        assertThat(a.dateCandidates()).extracting(c -> c.origin()).contains("header", "dateline");
    }

    @Test
    void theDatelineWinsWhenTheTextFitsIt() throws Exception {
        String page = PAGE.replace("left for Tokyo on Friday", "left for Tokyo on Thursday")
                .replace("The meeting is set for Monday", "The two spoke by phone on Wednesday");
        assertThat(read(page).publicationDate()).isEqualTo("2024-03-07");
    }

    @Test
    void aStoryWithoutAYearNeverTakesOneFromTheClock() throws Exception {
        String page = """
                Envoys hold trilateral talks
                BUSAN, March 12 (Harbor Wire) -- The three envoys met on Tuesday, the ministry said.
                (END)
                """;
        Article alone = read(page);
        assertThat(alone.publicationDate()).isEqualTo("XXXX-03-12");
        assertThat(alone.yearInferred()).isFalse();

        Article anchored = read(page, LocalDate.of(2024, 3, 12));
        assertThat(anchored.publicationDate()).isEqualTo("2024-03-12");
        assertThat(anchored.yearInferred()).isTrue();
    }

    @Test
    void aSourceDateNearAYearBoundaryGivesTheNearestYear() throws Exception {
        String page = """
                Year-end talks
                SEOUL, Dec. 31 (Harbor Wire) -- Officials met on Tuesday.
                """;
        assertThat(read(page, LocalDate.of(2025, 1, 1)).publicationDate()).isEqualTo("2024-12-31");
    }

    @Test
    void revisionLabelsLeaveTheHeadline() throws Exception {
        Article a = read("""
                (LEAD) Envoys agree to meet again
                SEOUL, May 2 (Harbor Wire) -- The envoys agreed to meet again next month.
                (END)
                """);
        assertThat(a.revision()).isEqualTo("(LEAD)");
        assertThat(a.headline()).isEqualTo("Envoys agree to meet again");
    }

    @Test
    void sameTextWithDifferentWhitespaceHasTheSameHash() throws Exception {
        Article a = read("Talks resume\nSEOUL, May 2 (Harbor Wire) -- Talks resumed today.\n");
        Article b = read("Talks resume\r\n\r\nSEOUL, May 2 (Harbor Wire) --  Talks resumed today.  \r\n(END)\r\n");
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
    }

    @Test
    void aDatelineOnALineOfItsOwnIsTheDatelineNotTheHeadline() throws Exception {
        Article a = read("PORT ALDER, Oct. 3 (Harbor Wire) --\n\nThe ferry company cancelled its crossings.\n\nUnions met on Friday.",
                LocalDate.of(1999, 10, 3));
        assertThat(a.headline()).isNull();
        assertThat(a.datelinePlace()).isEqualTo("PORT ALDER");
        assertThat(a.agency()).isEqualTo("Harbor Wire");
        assertThat(a.body()).isEqualTo("The ferry company cancelled its crossings.\n\nUnions met on Friday.");
    }

    @Test
    void aFirstLineEndingInAColonIntroducesTheTextAndIsNoHeadline() throws Exception {
        Article a = read("The Harbor Times said in an editorial on Monday:\n\nThe crossings must resume.", LocalDate.of(1999, 10, 4));
        assertThat(a.headline()).isNull();
        assertThat(a.body()).startsWith("The Harbor Times said in an editorial on Monday:");
    }

    @Test
    void aFirstLineOfMoreThanTwentyWordsIsTheLeadNotAHeadline() throws Exception {
        Article a = read("The harbour board said today it will look again at whether the old pier, closed since the storms of "
                + "last winter, can in fact be saved?\n\nEngineers will report in May.", LocalDate.of(1999, 10, 4));
        assertThat(a.headline()).isNull();
        assertThat(a.body()).startsWith("The harbour board said today");
    }

    @Test
    void aPlainTextWithATitleFromTheSourceIsAllBody() throws Exception {
        RawDocument raw = RawDocument.of("kcna.jsonl:3", "Leader meets ambassador.\n\nThey had a talk.".getBytes(StandardCharsets.UTF_8))
                .withTitle("Leader Meets Envoy").withDate(LocalDate.of(2011, 12, 1));
        Article a = reader.read(raw);
        assertThat(a.headline()).isEqualTo("Leader Meets Envoy");
        assertThat(a.body()).isEqualTo("Leader meets ambassador.\n\nThey had a talk.");
        assertThat(a.publicationDate()).isEqualTo("2011-12-01");
        assertThat(a.yearInferred()).isFalse();
    }

    @Test
    void emptyAndBinaryInputsAreRefusedWithAReason() {
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("  \n\n ")).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty");
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 1, 2, 3};
        assertThatThrownBy(() -> reader.read(RawDocument.of("x.zip", binary)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("binary");
    }

    @Test
    void latin1BytesDecode() throws Exception {
        byte[] bytes = "Caf\u00e9 talks\nPARIS, June 3 (Harbor Wire) -- Ministers met at a caf\u00e9 on Monday.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Article a = reader.read(RawDocument.of("latin1.txt", bytes));
        assertThat(a.body()).contains("caf\u00e9");
    }
}
