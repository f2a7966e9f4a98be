package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchManifestsTest {

    @TempDir
    Path dir;

    @Test
    void rowsGiveNameFilesAndOptionsInManifestOrder() {
        Path manifest = new TestInputs(dir).csv("m.csv",
                "name,files,options",
                "# a comment row",
                "town,a.csv b.csv,",
                "",
                "\"swiss, 2020\",ch 1.csv;ch 2.csv,--rule ch-people-and-cantons --title \"Vote of 29 November\"");

        List<BatchElection> elections = BatchManifests.read(manifest);

        assertThat(elections).extracting(BatchElection::name).containsExactly("town", "swiss, 2020");
        assertThat(elections.get(0).files()).containsExactly(Path.of("a.csv"), Path.of("b.csv"));
        assertThat(elections.get(0).arguments()).isEmpty();
        assertThat(elections.get(0).origin()).isEqualTo(manifest + ":3");
        assertThat(elections.get(1).files()).containsExactly(Path.of("ch 1.csv"), Path.of("ch 2.csv"));
        assertThat(elections.get(1).arguments()).containsExactly("--rule", "ch-people-and-cantons", "--title",
                "Vote of 29 November");
        assertThat(elections.get(1).origin()).isEqualTo(manifest + ":5");
    }

    @Test
    void theOptionsColumnIsOptional() {
        Path manifest = new TestInputs(dir).csv("m.csv", "files,name", "a.csv,only");

        assertThat(BatchManifests.read(manifest)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("only");
            assertThat(e.arguments()).isEmpty();
        });
    }

    @Test
    void aRepeatedNameRefusesTheManifestWithBothLines() {
        Path manifest = new TestInputs(dir).csv("m.csv", "name,files", "a,a.csv", "A,b.csv");

        assertThatThrownBy(() -> BatchManifests.read(manifest)).isInstanceOf(InputFileException.class)
                .hasMessage(manifest + ":3: election 'A' is listed twice (first at line 2)");
    }

    @Test
    void unusableRowsAndColumnsAreRefusedWithTheirLine() {
        TestInputs in = new TestInputs(dir);
        assertThatThrownBy(() -> BatchManifests.read(in.csv("c.csv", "name,file", "a,a.csv")))
                .hasMessageContaining("c.csv:1:2: unexpected column 'file'");
        assertThatThrownBy(() -> BatchManifests.read(in.csv("n.csv", "name,files", ",a.csv")))
                .hasMessageContaining("n.csv:2: missing election name");
        assertThatThrownBy(() -> BatchManifests.read(in.csv("f.csv", "name,files", "a, ")))
                .hasMessageContaining("f.csv:2: no files");
        assertThatThrownBy(() -> BatchManifests.read(in.csv("q.csv", "name,files,options", "a,a.csv,--title 'x")))
                .hasMessageContaining("q.csv:2: the options have an unterminated single quote");
        assertThatThrownBy(() -> BatchManifests.read(in.csv("e.csv", "name,files")))
                .hasMessageContaining("e.csv: the manifest lists no elections");
    }

    @Test
    void aDirectoryGivesOneElectionPerFolderWithItsCsvFilesInNameOrderOrTheElectionFolderItself() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.createDirectories(batch.resolve("b-second"));
        Files.writeString(batch.resolve("b-second/z.csv"), "x");
        Files.writeString(batch.resolve("b-second/a.CSV"), "x");
        Files.writeString(batch.resolve("b-second/README.md"), "x");
        Files.createDirectories(batch.resolve("a-first"));
        Files.createDirectories(batch.resolve("c-rules"));
        Files.writeString(batch.resolve("c-rules/r.csv"), "x");
        Files.writeString(batch.resolve("c-rules/election.json"), "{}");
        Files.createDirectories(batch.resolve(".hidden"));

        List<BatchElection> elections = BatchManifests.read(batch);

        assertThat(elections).extracting(BatchElection::name).containsExactly("a-first", "b-second", "c-rules");
        assertThat(elections.get(0).problem()).hasValue(batch.resolve("a-first") + ": has no CSV files");
        assertThat(elections.get(1).files()).containsExactly(batch.resolve("b-second/a.CSV"),
                batch.resolve("b-second/z.csv"));
        assertThat(elections.get(1).problem()).isEmpty();
        // An election folder is handed to tally whole: its election.json names its inputs and settings.
        assertThat(elections.get(2).files()).containsExactly(batch.resolve("c-rules"));
        assertThat(elections.get(2).problem()).isEmpty();
    }

    @Test
    void fragmentsSplitLikeAShellWithoutExpanding() {
        assertThat(CommandFragment.split("  -j 'my set.csv' --title \"a \\\"b\\\"\" x\\ y $HOME *  "))
                .containsExactly("-j", "my set.csv", "--title", "a \"b\"", "x y", "$HOME", "*");
        assertThat(CommandFragment.split("")).isEmpty();
    }
}
