package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** The job on two cores: two tasks share this JVM's one pipeline at once. */
class LocalTwoJobTest extends JobEquivalenceContract {
    @Override String master() { return "local[2]"; }

    /** Inputs named by Hadoop URIs (here {@code file:}, on a cluster {@code hdfs:} or {@code s3a:}) read the same. */
    @Test
    void hadoopUrisReadTheSameDocumentsAsLocalPaths() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestPages.writeWarc(in);
        TestPages.writeJsonl(in);
        String out = dir.resolve("uri-out").toString();
        String missing = in.toUri() + "nothing-here/*.warc.gz";

        new DatelineJob().run(spark(), new JobOptions(List.of(in.toUri() + "*", missing), out, 0, false));
        RunResult viaSpark = ParquetBack.read(spark(), out);
        RunResult embedded = Embedded.run(List.of(in.toString()));

        assertThat(viaSpark.annotated()).hasSize(embedded.annotated().size()).isNotEmpty();
        assertThat(viaSpark.annotated()).allSatisfy(a -> assertThat(a.article().source()).startsWith("file:/"));
        assertThat(viaSpark.annotated().stream().map(LocalTwoJobTest::withLocalSource).toList())
                .containsExactlyElementsOf(embedded.annotated());
        assertThat(viaSpark.errorSources()).hasSize(2).contains(missing)
                .anySatisfy(s -> assertThat(s).endsWith("wire.jsonl:2"));
    }

    @Test
    void refusesToWriteOverAnEarlierRunBeforeDoingAnyWork() throws IOException {
        Path out = Files.createDirectories(dir.resolve("earlier").resolve(Tables.ENTITIES)).getParent();
        JobOptions options = new JobOptions(List.of(TestPages.writeJsonl(dir).toString()), out.toString(), 0, false);

        assertThatThrownBy(() -> new DatelineJob().run(spark(), options))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--overwrite");
        assertThat(Files.exists(out.resolve(Tables.ARTICLES))).isFalse();
    }

    private static Annotated withLocalSource(Annotated a) {
        Article x = a.article();
        Article local = new Article(x.id(), x.source().replaceFirst("^file:", ""), x.url(), x.headline(), x.byline(),
                x.agency(), x.datelinePlace(), x.datelineText(), x.publicationDate(), x.yearInferred(),
                x.dateCandidates(), x.contact(), x.revision(), x.language(), x.body(), x.contentHash());
        return new Annotated(local, a.entities(), a.timexes(), a.quotes(), a.events());
    }
}
