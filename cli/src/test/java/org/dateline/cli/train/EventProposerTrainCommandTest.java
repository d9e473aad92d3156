package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The proposer trainer's command line: which types it tries when it is told none, and the bar each is held to. */
class EventProposerTrainCommandTest {
    @Test
    void theTrainerTriesEveryPloverTypeWhenNoneIsNamedSoThatTheOutOfFoldBarAloneChoosesThem() {
        EventProposerTrainCommand c = new EventProposerTrainCommand();
        new CommandLine(c).parseArgs();
        assertThat(c.types).containsExactlyInAnyOrderElementsOf(Arrays.asList(EventType.values()));
    }

    @Test
    void namedTypesAreTheOnlyOnesTried() {
        EventProposerTrainCommand c = new EventProposerTrainCommand();
        new CommandLine(c).parseArgs("--types", "PROTEST,CONSULT");
        assertThat(c.types).isEqualTo(List.of(EventType.PROTEST, EventType.CONSULT));
    }

    @Test
    void aTypeGivenABarOfItsOwnIsHeldToItAndEveryOtherTypeToTheCommonBar() {
        EventProposerTrainCommand c = new EventProposerTrainCommand();
        new CommandLine(c).parseArgs("--min-precision", "0.6", "--min-precision-for", "REQUEST=0.7,PROTEST=0.75");
        assertThat(c.bar(EventType.REQUEST)).isEqualTo(0.7);
        assertThat(c.bar(EventType.PROTEST)).isEqualTo(0.75);
        assertThat(c.bar(EventType.CONSULT)).isEqualTo(0.6);
    }
}
