package org.dateline.cli.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The judgements {@code train event-filter --dump} wrote (doc, half, fold, label, features), read back so that feature
 * sets can be compared without coding the judged documents again ({@code --from-dump}, {@code --without}).
 */
final class JudgementDump {
    private JudgementDump() {}

    static JudgedSamples.Loaded read(Path file) throws IOException {
        List<Judgement> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            String[] cols = line.split("\t", -1);
            List<String> features = cols.length < 5 || cols[4].isBlank() ? List.of() : Arrays.asList(cols[4].split(" "));
            out.add(new Judgement(cols[0], features, Judgement.Label.valueOf(cols[3])));
        }
        long docs = out.stream().map(Judgement::doc).distinct().count();
        return new JudgedSamples.Loaded(out, (int) docs, List.of("dump " + file.getFileName()), List.of());
    }

    /** The same judgements with every feature that starts with one of the prefixes left out. */
    static JudgedSamples.Loaded without(JudgedSamples.Loaded data, List<String> prefixes) {
        List<Judgement> out = data.judgements().stream().map(j -> new Judgement(j.doc(),
                j.features().stream().filter(f -> prefixes.stream().noneMatch(f::startsWith)).toList(), j.label())).toList();
        List<String> names = new ArrayList<>(data.names());
        names.add("without " + prefixes);
        return new JudgedSamples.Loaded(out, data.documents(), names, data.problems());
    }
}
