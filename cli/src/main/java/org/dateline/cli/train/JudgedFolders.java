package org.dateline.cli.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.dateline.cli.eval.BlindSample;
import picocli.CommandLine.Option;

/**
 * The {@code --judged DIR} and {@code --shared DIR} options of every command that reads the judged samples (the
 * filter's and the proposer's trainers, {@code eval judged}): where the judges' files are, and where the texts they
 * judged are (the samples hold keys only, never a text).
 */
final class JudgedFolders {
    @Option(names = "--judged", defaultValue = "tools/event-filter/judged", paramLabel = "DIR",
            description = "folder of sample-NAME.jsonl and judged-NAME.tsv pairs (default: ${DEFAULT-VALUE})") Path judged;
    @Option(names = "--shared", defaultValue = "../shared",
            description = "the shared data folder the documents' texts come from (default: ${DEFAULT-VALUE})") Path shared;

    /** The user's error when either folder is not there, else empty. */
    Optional<String> missing() {
        if (Files.isDirectory(judged) && Files.isRegularFile(shared.resolve(BlindSample.KCNA))) return Optional.empty();
        return Optional.of("need the judged folder " + judged + " and the texts under " + shared);
    }

    /**
     * What a trainer checks before it reads anything: the user's error when {@code --train-half} is none of A, B, AB,
     * else when a folder is not there ({@link #missing()}); empty when both are fine.
     */
    Optional<String> trainingProblem(String trainHalf) {
        if (halves(trainHalf).isEmpty()) return Optional.of("--train-half must be A, B or AB, not " + trainHalf);
        return missing();
    }

    /** A {@code --train-half} value as {@code A}, {@code B} or {@code AB}, or empty when it is none of them. */
    static Optional<String> halves(String asked) {
        String h = asked.strip().toUpperCase(Locale.ROOT);
        return h.equals("A") || h.equals("B") || h.equals("AB") ? Optional.of(h) : Optional.empty();
    }
}
