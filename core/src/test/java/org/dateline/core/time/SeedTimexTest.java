package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 13 hand-made time expressions of the two seed stories must come out with the gold value and mod. */
class SeedTimexTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static Optional<Path> shared() {
        List<String> candidates = new ArrayList<>();
        String prop = System.getProperty("dateline.shared");
        if (prop != null) candidates.add(prop);
        String env = System.getenv("DATELINE_SHARED");
        if (env != null) candidates.add(env);
        candidates.add("../shared");
        candidates.add("../../shared");
        candidates.add("../../../shared");
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isDirectory(p.resolve("gold")) && Files.isDirectory(p.resolve("seeds"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Crude body: the lines after the dateline line's prefix, up to "(END)" or an e-mail line. */
    static String body(Path seed) throws IOException {
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (!in) {
                int dash = line.indexOf("(Yonhap) -- ");
                if (dash < 0) continue;
                in = true;
                line = line.substring(dash + "(Yonhap) -- ".length());
            } else if (line.strip().equals("(END)") || line.strip().matches("\\S+@\\S+")) {
                break;
            }
            sb.append(line).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void allSeedTimexesResolve() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "../shared not present");
        JsonNode gold = new ObjectMapper().readTree(shared.get().resolve("gold/seeds.gold.json").toFile());
        Path seeds = shared.get().resolve("seeds");
        TimexResolver resolver = new TimexResolver();
        int checked = 0;
        for (String doc : List.of("000", "001")) {
            Path file;
            try (Stream<Path> s = Files.list(seeds)) {
                file = s.filter(p -> p.getFileName().toString().startsWith(doc + "_")).findFirst().orElseThrow();
            }
            LocalDate anchor = doc.equals("000") ? LocalDate.of(2019, 9, 26) : LocalDate.of(2019, 9, 19);
            List<Timex> found = resolver.resolve(body(file), new Anchor(anchor, true, SEOUL));
            for (JsonNode g : gold.get("timexes")) {
                if (!g.get("doc").asText().equals(doc)) continue;
                String text = g.get("text").asText();
                String mod = g.hasNonNull("mod") ? g.get("mod").asText() : null;
                assertThat(found).as("%s in doc %s among %s", text, doc, found)
                        .anySatisfy(t -> {
                            assertThat(t.text()).isEqualTo(text);
                            assertThat(t.value()).isEqualTo(g.get("value").asText());
                            assertThat(t.mod()).isEqualTo(mod);
                        });
                checked++;
            }
        }
        assertThat(checked).isEqualTo(13);
    }
}
