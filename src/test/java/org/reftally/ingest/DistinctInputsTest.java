package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that names the same data twice is refused before anything is read: it would count it twice. */
class DistinctInputsTest {

    @TempDir
    Path dir;
    TestInputs in;
    Path ballots;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
        // No ballot_id: nothing else would notice the same ballots counted twice.
        ballots = in.csv("b.csv", "jurisdiction,choice", "ZH,YES", "BE,NO");
    }

    @Test
    void theSameFileTwiceIsRefusedByAnyPath() {
        Path other = dir.resolve(".").resolve("b.csv");
        assertThatThrownBy(() -> in.read(ballots, ballots)).isInstanceOf(InputSelectionException.class)
                .hasMessage(ballots + " is the same file as " + ballots + "; give each input once (its rows would"
                        + " be counted twice)");
        assertThatThrownBy(() -> in.read(ballots, other)).isInstanceOf(InputSelectionException.class)
                .hasMessageStartingWith(other + " is the same file as " + ballots);
    }

    @Test
    void aSymbolicOrHardLinkToAnInputIsTheSameFile() throws IOException {
        Path symlink = Files.createSymbolicLink(dir.resolve("link.csv"), ballots);
        Path hardLink = Files.createLink(dir.resolve("hard.csv"), ballots);
        assertThatThrownBy(() -> in.read(ballots, symlink)).isInstanceOf(InputSelectionException.class)
                .hasMessageStartingWith(symlink + " is the same file as " + ballots);
        assertThatThrownBy(() -> in.read(hardLink, ballots)).isInstanceOf(InputSelectionException.class)
                .hasMessageStartingWith(ballots + " is the same file as " + hardLink);
    }

    @Test
    void aCopyUnderAnotherNameIsRefusedByItsContent() throws IOException {
        Path copy = Files.copy(ballots, dir.resolve("copy.csv"));
        Path third = in.csv("third.csv", "jurisdiction,choice", "GE,NO");
        assertThatThrownBy(() -> in.read(ballots, third, copy)).isInstanceOf(InputSelectionException.class)
                .hasMessageStartingWith(copy + " holds the same bytes as " + ballots + " (SHA-256 ")
                .hasMessageEndingWith("...); its rows would be counted twice: give each input once");
        assertThat(in.rejects).isEmpty();
    }

    @Test
    void filesOfTheSameSizeButOtherBytesAreAllRead() throws IOException {
        Path same = in.csv("same-size.csv", "jurisdiction,choice", "ZH,YES", "GE,NO");
        assertThat(Files.size(same)).isEqualTo(Files.size(ballots));
        IngestResult r = in.read(ballots, same);
        assertThat(r.inputs()).extracting(i -> i.counted()).containsExactly(2L, 2L);
    }

    @Test
    void aMissingFileNamedTwiceIsLeftToTheReaderToReport() {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> in.read(missing, missing)).isInstanceOf(InputFileException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void theRefusalIsAUsageErrorLikeOtherOptionsThatDoNotFitTheInput() {
        assertThatThrownBy(() -> Ingest.read(List.of(), IngestOptions.defaults(), RejectSink.ignore()))
                .isInstanceOf(InputSelectionException.class);
        assertThatThrownBy(() -> in.read(new IngestOptions(InputKind.AUTO, java.util.Optional.of("nope"),
                java.util.Map.of(), java.util.Optional.empty(), false), ballots))
                .isInstanceOf(InputSelectionException.class).hasMessageStartingWith("--contest nope names no contest");
    }
}
