package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The proposer trainer's command line: which types it tries when it is told none. */
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
}
