package org.dateline.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the job was asked to do.
 *
 * @param inputs     files, folders and globs, as for {@code dateline ingest}
 * @param output     the folder that receives one Parquet folder per table
 * @param partitions how many annotation tasks to spread the documents over; 0 means twice Spark's default
 *                   parallelism, so a slow task does not leave cores idle at the end
 * @param overwrite  replace tables already in the output folder instead of failing
 */
public record JobOptions(List<String> inputs, String output, int partitions, boolean overwrite) {
    public static final String USAGE = "usage: DatelineJob --out DIR [--partitions N] [--overwrite] INPUT...\n"
            + "  INPUT: files, folders or globs of WARC(.gz), JSON Lines(.gz) and HTML / wire-text files,\n"
            + "         at the same path on the driver and every executor (a shared file system)";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (output == null || output.isBlank()) throw new IllegalArgumentException("no --out folder given");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must be 0 or more");
    }

    /** Parses {@code --out DIR [--partitions N] [--overwrite] INPUT...}. */
    public static JobOptions parse(String... args) {
        String out = null;
        int partitions = 0;
        boolean overwrite = false;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i, "--out");
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions needs a whole number");
                    }
                }
                case "--overwrite" -> overwrite = true;
                default -> inputs.add(args[i]);
            }
        }
        return new JobOptions(inputs, out, partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
