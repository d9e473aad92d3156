package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A noun a copula predicates of someone tells what the one is, a state; the noun of a deed does not. */
class PredicateNounsTest {
    @Test
    void aNounAfterACopulaAndADeterminerTellsWhatSomeoneIs() {
        assertThat(PredicateNouns.predicated("The late king was a close", "friend")).isTrue();
        assertThat(PredicateNouns.predicated("Marshal Verrin was the great", "commander")).isTrue();
        assertThat(PredicateNouns.predicated("The kingdom is a war", "criminal")).isTrue();
        assertThat(PredicateNouns.predicated("The mayor remained a prominent international", "statesman")).isTrue();
    }

    @Test
    void aNounInAnotherPhraseThanTheCopulasIsTheObjectOfADeed() {
        assertThat(PredicateNouns.predicated("The envoy was presented with a", "gift")).isFalse();
        assertThat(PredicateNouns.predicated("The minister was in talks about the", "loan")).isFalse();
        assertThat(PredicateNouns.predicated("What is noteworthy is that the", "drills")).isFalse();
        assertThat(PredicateNouns.predicated("The heritage is the legacy he", "left")).isFalse();
    }

    @Test
    void aCopulaWithNoOneToPredicateOfIntroducesAHappening() {
        assertThat(PredicateNouns.predicated("There was an", "explosion")).isFalse();
        assertThat(PredicateNouns.predicated("It was the first", "visit")).isFalse();
    }

    @Test
    void aNounWithoutADeterminerOrAVerbFormIsNoPredicateNoun() {
        assertThat(PredicateNouns.predicated("The rebels were", "arrested")).isFalse();
        assertThat(PredicateNouns.predicated("The navy is", "staging")).isFalse();
        assertThat(PredicateNouns.predicated("The talks were", "success")).isFalse();
    }

    @Test
    void aSubjectSetOffByCommasStillHasTheCopulaPredicateOfIt() {
        var lead = Tellings.words("was a close");
        assertThat(PredicateNouns.predicated(lead, "friend", "nation")).isTrue();
        assertThat(PredicateNouns.predicated(lead, "friend", "there")).isFalse();
    }
}
