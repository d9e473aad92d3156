package org.dateline.core.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceFileTest {
    @Test
    void rowsSkipCommentsAndBlankLinesAndKeepEmptyTrailingFields() {
        List<String[]> rows = ResourceFile.rows(ResourceFileTest.class, "rows.tsv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("alpha", "A", "");
        assertThat(rows.get(1)).containsExactly("beta", "B", "b2");
    }

    @Test
    void linesKeepTheirNumbers() {
        assertThat(ResourceFile.lines(ResourceFileTest.class, "rows.tsv")).extracting(ResourceFile.Line::number)
                .containsExactly(3, 5);
    }

    @Test
    void keyValuesLowerCaseTheKeyAndSplitAtTheFirstEquals() {
        Map<String, String> m = ResourceFile.keyValues(ResourceFileTest.class, "pairs.txt");
        assertThat(m).containsExactly(Map.entry("january", "01"), Map.entry("sept.", "09"), Map.entry("half", "a = b"));
    }

    @Test
    void aLineWithoutEqualsNamesTheResourceAndLine() {
        assertThatThrownBy(() -> ResourceFile.keyValues(ResourceFileTest.class, "broken.txt"))
                .hasMessageContaining("org/dateline/core/resources/broken.txt:1");
    }

    @Test
    void wordListsJoinRepeatedNamesAndMayBeEmpty() {
        ResourceFile.WordSets sets = ResourceFile.wordSets(ResourceFileTest.class, "words.txt");
        assertThat(sets.get("fruit")).containsExactlyInAnyOrder("apple", "pear", "plum");
        assertThat(sets.ordered("fruit")).containsExactly("apple", "pear", "plum");
        assertThat(sets.get("none")).isEmpty();
        assertThatThrownBy(() -> sets.get("vegetables")).hasMessageContaining("words.txt: no word list 'vegetables'");
    }

    @Test
    void aMissingResourceIsAPackagingError() {
        assertThatThrownBy(() -> ResourceFile.rows(ResourceFileTest.class, "absent.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.tsv");
    }
}
