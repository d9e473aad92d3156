package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories the benches run on are read as the readers would read them, each in its own language. */
class BenchStoriesTest {

    @Test
    void aSpanishStoryOfTheBenchCorpusIsReadAsSpanishAndAnEnglishOneAsEnglish(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("stories.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"date\":\"2011-05-02\",\"text\":\"The premier of the country met the visiting foreign minister on Monday "
                        + "and the two sides had a friendly talk about the relations between the two countries.\"}",
                "{\"date\":\"2011-05-02\",\"text\":\"El primer ministro del país se reunió el lunes con el canciller de la "
                        + "delegación visitante y las dos partes sostuvieron una conversación amistosa sobre las relaciones.\"}"));

        List<Article> stories = BenchEventsCommand.read(corpus, 10);

        assertThat(stories).extracting(Article::language).containsExactly("en", "es");
    }
}
