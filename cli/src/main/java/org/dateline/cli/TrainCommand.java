package org.dateline.cli;

import picocli.CommandLine.Command;

/** {@code dateline train}: learns a model of the pipeline from data in the project ({@code event-filter}, {@code event-proposer}, {@code merges}). */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a learned stage from judged data.",
        subcommands = {org.dateline.cli.train.EventFilterTrainCommand.class, org.dateline.cli.train.MergeTrainCommand.class,
                org.dateline.cli.train.EventProposerTrainCommand.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
