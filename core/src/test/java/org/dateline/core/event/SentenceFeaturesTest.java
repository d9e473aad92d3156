package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The proposer's features of invented sentences read in their article: what the setting adds to a sentence's words. */
class SentenceFeaturesTest {
    /** A sentence of "word/POS/lemma" tokens, at this index of its article. */
    private static Sentence sentence(int index, String... tokens) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : tokens) {
            String[] p = t.split("/");
            out.add(new Token(out.size(), at, at + p[0].length(), p[0], p[2], p[1], "O"));
            at += p[0].length() + 1;
        }
        return new Sentence(index, 0, at, out, List.of());
    }

    private static final Sentence OPENER = sentence(0, "The/DT/the", "letter/NN/letter", "said/VBD/say", ":/:/:");
    private static final Sentence WORDS = sentence(1, "We/PRP/we", "demand/VBP/demand", "justice/NN/justice", "././.");
    private static final Sentence MORE = sentence(2, "They/PRP/they", "must/MD/must", "leave/VB/leave", "././.");

    @Test
    void theSentencesAfterOneEndingOnAVerbOfSayingAndAColonStandInAQuotedBlockAndTheOpenerDoesNot() {
        SentenceFeatures.Reader r = SentenceFeatures.reader(null);
        assertThat(r.next(OPENER, Set.of())).doesNotContain("quoted-block");
        assertThat(r.next(WORDS, Set.of())).contains("quoted-block");
        assertThat(r.next(MORE, Set.of())).contains("quoted-block");
    }

    @Test
    void aTextThatReadsAsFollowsOpensABlockTooAndAPlainSentenceNone() {
        Sentence follows = sentence(0, "It/PRP/it", "reads/VBZ/read", "as/IN/as", "follows/VBZ/follow", ":/:/:");
        SentenceFeatures.Reader r = SentenceFeatures.reader(null);
        r.next(follows, Set.of());
        assertThat(r.next(WORDS, Set.of())).contains("quoted-block");
        SentenceFeatures.Reader plain = SentenceFeatures.reader(null);
        plain.next(MORE, Set.of());
        assertThat(plain.next(WORDS, Set.of())).doesNotContain("quoted-block");
    }

    @Test
    void eachSentenceCarriesTheTypesTheRulesGaveTheSentenceBeforeItOrNone() {
        SentenceFeatures.Reader r = SentenceFeatures.reader(null);
        assertThat(r.next(MORE, Set.of())).contains("before=none");
        assertThat(r.next(WORDS, Set.of(EventType.REQUEST, EventType.ACCUSE)))
                .contains("before=REQUEST", "before=ACCUSE").doesNotContain("before=none");
    }

    @Test
    void theHeadlinesFirstTriggerIsReadAsAVerbOrANounInAnyInflection() {
        assertThat(SentenceFeatures.headlineTrigger("Students Condemned Eviction of Tenants")).isEqualTo("condemn");
        assertThat(SentenceFeatures.headlineTrigger("Condolences to Minister")).isEqualTo("condolence");
        assertThat(SentenceFeatures.headlineTrigger("Flowers in Bloom")).isNull();
        assertThat(SentenceFeatures.headlineTrigger(null)).isNull();
        assertThat(SentenceFeatures.reader("Students Condemned Eviction").next(MORE, Set.of())).contains("headline=condemn");
        assertThat(SentenceFeatures.reader("Flowers in Bloom").next(MORE, Set.of())).noneMatch(f -> f.startsWith("headline="));
    }
}
