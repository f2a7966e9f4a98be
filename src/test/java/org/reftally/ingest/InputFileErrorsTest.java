package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.InputSummary;

class InputFileErrorsTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path f = dir.resolve("nope.csv");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": no such file");
    }

    @Test
    void aDirectoryIsAnInputError() {
        assertThatThrownBy(() -> in.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(dir + ": is a directory, not a CSV file");
    }

    @Test
    void anEmptyFileIsAnInputError() {
        Path f = in.bytes("empty.csv", new byte[0]);
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": the file is empty; expected a header row (e.g. jurisdiction,choice)");
    }

    @Test
    void aFileOfBlankLinesIsEmpty() {
        Path f = in.csv("blank.csv", "", "  ", "");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void aHeaderWithoutDataRowsIsAnInputError() {
        Path ballots = in.csv("h.csv", "jurisdiction,choice");
        Path unknownKind = in.csv("u.csv", "jurisdiction,yes,no", "");
        assertThatThrownBy(() -> in.read(ballots)).isInstanceOf(InputFileException.class)
                .hasMessage(ballots + ": the file has a header but no data rows");
        assertThatThrownBy(() -> in.read(unknownKind)).isInstanceOf(InputFileException.class)
                .hasMessage(unknownKind + ": the file has a header but no data rows");
    }

    @Test
    void invalidUtf8IsAnInputErrorNamingTheLine() {
        byte[] latin1 = "jurisdiction,choice\nZH,YES\nGE,Gen\u00e8ve\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path f = in.bytes("latin1.csv", latin1);
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: not valid UTF-8 (byte 7 of the line); save the file as UTF-8");
    }

    @Test
    void aHeaderWithoutAJurisdictionColumnIsUnusable() {
        Path f = in.csv("b.csv", "place,choice", "ZH,YES");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1: no jurisdiction column: name one column jurisdiction, state, canton or region");
    }

    @Test
    void twoJurisdictionColumnsAreAnError() {
        Path f = in.csv("b.csv", "state,choice,jurisdiction", "ZH,YES,ZH");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:3: columns 'state' and 'jurisdiction' both give the jurisdiction; keep one");
    }

    @Test
    void aRepeatedOrEmptyColumnNameIsAnError() {
        Path repeated = in.csv("r.csv", "jurisdiction,Choice,choice", "ZH,YES,NO");
        Path empty = in.csv("e.csv", "jurisdiction,,choice", "ZH,,NO");
        assertThatThrownBy(() -> in.read(repeated)).isInstanceOf(InputFileException.class)
                .hasMessage(repeated + ":1:3: column 'choice' appears twice (also column 2)");
        assertThatThrownBy(() -> in.read(empty)).isInstanceOf(InputFileException.class)
                .hasMessage(empty + ":1:2: column 2 has no name");
    }

    @Test
    void anUnknownColumnBesideChoiceIsAnErrorWithASuggestion() {
        Path f = in.csv("b.csv", "jurisdiction,choice,ballotid", "ZH,YES,1");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:3: unknown column 'ballotid' in a ballots file with a 'choice' column"
                        + " (did you mean 'ballot_id'?)");
    }

    @Test
    void markersOfBothKindsAreAmbiguous() {
        Path f = in.csv("b.csv", "jurisdiction,choice,votes", "ZH,YES,1");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1: cannot tell ballots from returns: column 'choice' is for ballots but 'votes'"
                        + " is for returns; fix the header or give the kind (--kind)");
    }

    @Test
    void aReturnsColumnInAFileReadAsBallotsIsAnError() {
        Path f = in.csv("b.csv", "jurisdiction,yes,blank", "ZH,1,2");
        IngestOptions ballots = IngestOptions.defaults().withKind(InputKind.BALLOTS);
        assertThatThrownBy(() -> in.read(ballots, f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:3: column 'blank' belongs in a returns file, but this file is read as ballots"
                        + " (one row per ballot)");
    }

    @Test
    void longFormNeedsBothOptionAndVotes() {
        Path f = in.csv("r.csv", "jurisdiction,votes", "ZH,1");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:2: column 'votes' needs a column 'option' beside it (long form:"
                        + " jurisdiction,option,votes)");
    }

    @Test
    void aMalformedHeaderIsAnInputError() {
        Path f = in.csv("b.csv", "jurisdiction,\"choice", "ZH,YES");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":1: the header is not valid CSV: unbalanced quote");
    }

    @Test
    void theSummaryHashIsTheSha256OfTheFileBytes() throws Exception {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,YES", "ZH,NO", "", "BE,\"x");
        byte[] bytes = Files.readAllBytes(f);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        InputSummary s = in.read(f).inputs().get(0);
        assertThat(s.sha256()).isEqualTo(expected);
        assertThat(s.bytes()).isEqualTo(bytes.length);
        assertThat(s.path()).isEqualTo(f.toString());
    }

    @Test
    void theHashCoversEveryByteOfALargeFileWithABom() throws Exception {
        StringBuilder body = new StringBuilder("\uFEFFjurisdiction,choice\r\n");
        for (int i = 0; i < 20_000; i++) {
            body.append(i % 3 == 0 ? "ZH,Oui\r\n" : "GE,Non\r\n");
        }
        Path f = in.bytes("big.csv", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(f);
        InputSummary s = in.read(f).inputs().get(0);
        assertThat(s.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(s.bytes()).isEqualTo(bytes.length);
        assertThat(s.rows()).isEqualTo(20_000);
    }

    @Test
    void noFilesIsAUsageError() {
        assertThatThrownBy(() -> Ingest.read(List.of(), IngestOptions.defaults(), RejectSink.ignore()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
