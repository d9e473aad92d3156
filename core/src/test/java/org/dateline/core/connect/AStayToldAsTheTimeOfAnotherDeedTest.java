package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stay told only as the time of another deed, read from the clause before it (invented clauses). */
class AStayToldAsTheTimeOfAnotherDeedTest {
    @Test
    void aStayAfterAWordOfTimeOrARelativeIsTheBackdropOfAnotherDeed() {
        assertThat(StayFrames.framed("The president, during her recent")).isTrue();
        assertThat(StayFrames.framed("When the president of Velmar was")).isTrue();
        assertThat(StayFrames.framed("The chairman of the Ruritanian party who")).isTrue();
    }

    @Test
    void aStayNamedAsWhatWasDoneOrPraisedIsNoBackdrop() {
        assertThat(StayFrames.framed("The society congratulated the president on her successful")).isFalse();
        assertThat(StayFrames.framed("The president paid an official")).isFalse();
    }
}
