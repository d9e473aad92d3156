package org.dateline.cli;

import picocli.CommandLine.Command;

/** {@code dateline eval}: quality against the development sets in ../shared. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores a stage against a gold development set.",
        subcommands = {org.dateline.cli.eval.ExtractionEvalCommand.class, org.dateline.cli.eval.TimeEvalCommand.class,
                org.dateline.cli.eval.EventEvalCommand.class, org.dateline.cli.eval.MergeEvalCommand.class,
                org.dateline.cli.eval.ThreadEvalCommand.class, org.dateline.cli.train.JudgedEvalCommand.class,
                org.dateline.cli.train.JudgeViewCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
