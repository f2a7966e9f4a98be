package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindDetectionTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "jurisdiction,option,votes       | ZH,yes,1      | returns",
        "jurisdiction,choice             | ZH,yes        | ballots",
        "ballot_id,jurisdiction,Q1       | 1,ZH,yes      | ballots",
        "jurisdiction,yes,no,electorate  | ZH,1,2,       | returns",
        "jurisdiction,yes,no             | ZH,1,2        | returns",
        "jurisdiction,Q1,Q2              | ZH,yes,       | ballots",
        "jurisdiction,county,Q1          | ZH,12,no      | ballots",
        "jurisdiction,county,yes,no      | ZH,Kern,12,3  | returns",
    })
    void detectsTheKindFromTheHeaderThenTheFirstRow(String header, String row, String kind) {
        IngestResult r = in.read(in.csv("f.csv", header, row));
        assertThat(r.inputs().get(0).kind()).isEqualTo(kind);
    }

    @Test
    void theFirstWellFormedRowDecidesAndMalformedRowsBeforeItAreStillRejected() {
        Path f = in.csv("f.csv", "jurisdiction,yes,no", "ZH,1", "ZH,1,2");
        IngestResult r = in.read(f);
        assertThat(r.inputs().get(0).kind()).isEqualTo("returns");
        assertThat(in.rejects).extracting(Reject::line).containsExactly(2L);
        assertThat(r.inputs().get(0).rows()).isEqualTo(2);
    }

    @Test
    void aFirstRowWithoutVotesIsAmbiguous() {
        Path f = in.csv("f.csv", "jurisdiction,Q1,Q2", "ZH,,", "ZH,yes,no");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: cannot tell ballots from returns: the first data row has no vote or count;"
                        + " give the kind (--kind ballots or --kind returns)");
    }

    @Test
    void theGivenKindOverridesDetection() {
        Path f = in.csv("f.csv", "jurisdiction,Q1", "ZH,1", "ZH,2");
        IngestResult asBallots = in.read(IngestOptions.defaults().withKind(InputKind.BALLOTS), f);
        assertThat(asBallots.inputs().get(0).kind()).isEqualTo("ballots");
        assertThat(TestInputs.unit(asBallots, "Q1", "ZH").unrecognised()).containsOnlyKeys("1", "2");
        IngestResult detected = in.read(f);
        assertThat(detected.inputs().get(0).kind()).isEqualTo("returns");
    }

    @Test
    void eachFileIsDetectedOnItsOwn() {
        Path b = in.csv("b.csv", "jurisdiction,choice", "ZH,yes");
        Path r = in.csv("r.csv", "jurisdiction,yes,no", "BE,1,2");
        assertThat(in.read(b, r).inputs()).extracting(s -> s.kind()).containsExactly("ballots", "returns");
    }
}
