package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTextTest {
    /** Every command of ours, subcommands included (picocli's own help command is not ours to word). */
    private static List<CommandLine> commands(CommandLine cl) {
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        cl.getSubcommands().values().stream().filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    @Test
    void everyCommandDescriptionIsMadeOfWholeSentences() {
        for (CommandLine cl : commands(Main.commandLine())) {
            for (String line : cl.getCommandSpec().usageMessage().description()) {
                if (line.startsWith("  ")) continue;                     // a table row (export's formats)
                assertThat(line).as(cl.getCommandName()).matches("[A-Z].*[.:]");
            }
        }
    }

    @Test
    void examplesFitOnAnEightyColumnLine() {
        for (CommandLine cl : commands(Main.commandLine())) {
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                assertThat(line.length()).as(cl.getCommandName() + ": " + line).isLessThanOrEqualTo(cl.getUsageHelpWidth());
            }
        }
    }
}
