package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that changes while it is read fails the read: the detection itself, and a change made
 * from the reject sink, which the reader calls while it reads (sequential and parallel reader).
 */
class FileStampTest {

    private static final FileTime T0 = FileTime.fromMillis(1_700_000_000_000L);
    private static final FileTime T1 = FileTime.fromMillis(1_700_000_000_001L);

    @TempDir
    Path dir;

    @Test
    void anUnchangedFileWhoseEveryByteWasReadHasNoChange() {
        FileStamp before = new FileStamp(100, T0, "inode-1");
        assertThat(before.changeTo(Optional.of(new FileStamp(100, T0, "inode-1")), 100)).isEmpty();
        assertThat(new FileStamp(100, T0, null).changeTo(Optional.of(new FileStamp(100, T0, null)), 100)).isEmpty();
    }

    @Test
    void eachKindOfChangeIsNamed() {
        FileStamp before = new FileStamp(100, T0, "inode-1");
        assertThat(before.changeTo(Optional.of(new FileStamp(120, T1, "inode-1")), 120))
                .contains("changed size while it was read (100 bytes before, 120 after)");
        assertThat(before.changeTo(Optional.of(new FileStamp(100, T0, "inode-1")), 120))
                .contains("changed while it was read (120 bytes read of 100)");
        assertThat(before.changeTo(Optional.of(new FileStamp(100, T1, "inode-1")), 100))
                .contains("was modified while it was read (at " + T1 + ")");
        assertThat(before.changeTo(Optional.of(new FileStamp(100, T0, "inode-2")), 100))
                .contains("was replaced by another file while it was read");
        assertThat(before.changeTo(Optional.empty(), 100)).contains("was removed or replaced while it was read");
    }

    @Test
    void onlyRegularFilesHaveAStamp() throws IOException {
        Path f = Files.writeString(dir.resolve("f.csv"), "abc");
        assertThat(FileStamp.of(f)).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(3));
        assertThat(FileStamp.of(dir)).isEmpty();
        assertThat(FileStamp.of(dir.resolve("missing.csv"))).isEmpty();
    }

    /** A ballots file with one rejected row (line 3) among {@code rows} good ones. */
    private Path ballots(int rows) throws IOException {
        StringBuilder b = new StringBuilder("jurisdiction,choice\nZH,YES\n,NO\n");
        for (int i = 0; i < rows; i++) {
            b.append("BE,NO\n");
        }
        return Files.writeString(dir.resolve("b.csv"), b, StandardCharsets.US_ASCII);
    }

    /** Reads {@code f} with a sink that runs {@code change} at the first reject. */
    private static void readChanging(Path f, ReadTuning tuning, Runnable change) {
        RejectSink sink = r -> change.run();
        try (BallotIdIndex ids = new BallotIdIndex()) {
            Ingest.read(List.of(f), IngestOptions.defaults().withThreads(2), sink, ids, tuning);
        }
    }

    private static Runnable io(IoAction action) {
        return () -> {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @ParameterizedTest(name = "parallel from {0} bytes")
    @ValueSource(longs = {Long.MAX_VALUE, 0})
    void rowsAppendedWhileTheFileIsReadFailTheRead(long parallelFrom) throws IOException {
        Path f = ballots(20_000);
        long size = Files.size(f);
        Runnable append = io(() -> Files.writeString(f, "ZH,YES\n", StandardOpenOption.APPEND));
        assertThatThrownBy(() -> readChanging(f, new ReadTuning(parallelFrom, 4096), append))
                .isInstanceOf(InputFileException.class)
                .hasMessage(f + ": changed size while it was read (" + size + " bytes before, " + (size + 7)
                        + " after); nothing was counted: read it again once nothing writes to it");
    }

    @ParameterizedTest(name = "parallel from {0} bytes")
    @ValueSource(longs = {Long.MAX_VALUE, 0})
    void aFileReplacedWhileItIsReadFailsTheRead(long parallelFrom) throws IOException {
        Path f = ballots(100);
        Path other = Files.writeString(dir.resolve("other.csv"), "jurisdiction,choice\nXX,YES\n");
        Runnable replace = io(() -> Files.move(other, f, StandardCopyOption.REPLACE_EXISTING));
        assertThatThrownBy(() -> readChanging(f, new ReadTuning(parallelFrom, 64), replace))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ": was replaced by another file while it was read; nothing was counted");
    }

    @Test
    void aRewriteThatKeepsTheSizeIsCaughtByItsModifiedTime() throws IOException {
        Path f = ballots(100);
        Files.setLastModifiedTime(f, T0);
        Runnable touch = io(() -> Files.setLastModifiedTime(f, T1));
        assertThatThrownBy(() -> readChanging(f, BothReaders.SEQUENTIAL, touch))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ": was modified while it was read (at " + T1 + ")");
    }

    @Test
    void aFileLeftAloneReadsWithoutComplaint() throws IOException {
        Path f = ballots(100);
        List<Reject> rejects = new java.util.ArrayList<>();
        IngestResult r = Ingest.read(List.of(f), IngestOptions.defaults(), rejects::add);
        assertThat(r.inputs().get(0).bytes()).isEqualTo(Files.size(f));
        assertThat(rejects).hasSize(1);
    }
}
