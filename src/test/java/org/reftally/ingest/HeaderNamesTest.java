package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.TestInputs.opts;
import static org.reftally.ingest.TestInputs.options;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header names as users write them: reserved names in any case and spacing are accepted; a
 * misspelt reserved name is an error naming the column meant, never a new contest or option;
 * two columns for one role are an error.
 */
class HeaderNamesTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Jurisdiction ", "JURISDICTION", " jurisdiction", "\tJurisdiction\t", "STATE"})
    void aReservedNameInAnyCaseOrSpacingIsAccepted(String name) {
        IngestResult r = in.read(in.csv("b.csv", "\"" + name + "\",Choice ", "ZH,YES"));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 0);
    }

    @Test
    void aMisspeltJurisdictionColumnIsAnErrorThatNamesTheColumnMeant() {
        Path ballots = in.csv("b.csv", "jurisdicton,choice", "ZH,YES");
        Path returns = in.csv("r.csv", "id,Kanton,yes,no", "1,ZH,1,2");
        assertThatThrownBy(() -> in.read(ballots)).isInstanceOf(InputFileException.class)
                .hasMessage(ballots + ":1: no jurisdiction column: name one column jurisdiction, state, canton or"
                        + " region (column 1 'jurisdicton': did you mean 'jurisdiction'?)");
        assertThatThrownBy(() -> in.read(returns)).isInstanceOf(InputFileException.class)
                .hasMessageEndingWith("(column 2 'Kanton': did you mean 'canton'?)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Ballot ID, ballot_id", "ballotid, ballot_id", "ballot-id, ballot_id", "precint, precinct",
        "Choise, choice", "Jurisdictions, jurisdiction"})
    void aMisspeltReservedColumnIsNotReadAsAContest(String name, String meant) {
        Path f = in.csv("b.csv", "state," + name + ",q1", "ZH,17,YES");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:2: column '" + name + "' looks like a misspelt '" + meant + "' but would be read"
                        + " as a contest; name it '" + meant + "', or give the contest a name less like it");
    }

    @Test
    void aMisspeltCountColumnIsNotReadAsAnUndeclaredOption() {
        Path f = in.csv("r.csv", "jurisdiction,yes,no,blanks", "ZH,1,2,3");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:4: column 'blanks' looks like a misspelt 'blank' but would be read as an option;"
                        + " name it 'blank', or declare the options with --options");
    }

    @Test
    void aDeclaredOptionMayLookLikeAReservedName() {
        Path f = in.csv("r.csv", "jurisdiction,Oui,Non,Blanc", "ZH,1,2,3");
        IngestResult r = in.read(options(null, Map.of("", opts("Oui", "Non", "Blanc")), null), f);
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 2, 3);
    }

    @Test
    void contestsAndOptionsUnlikeAnyReservedNameAreRead() {
        IngestResult b = in.read(in.csv("b.csv", "state,Proposition 12,Measure B,Recall", "CA,YES,NO,"));
        IngestResult r = in.read(in.csv("r.csv", "canton,Remain,Leave,Stein,Clinton", "ZH,1,2,3,4"));
        assertThat(b.tally().contests()).hasSize(3);
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void twoColumnsForOneRoleAreAnError() {
        Path twice = in.csv("t.csv", "jurisdiction,choice,CHOICE ", "ZH,YES,NO");
        Path conflicting = in.csv("c.csv", "canton,state,choice", "ZH,ZH,YES");
        assertThatThrownBy(() -> in.read(twice)).isInstanceOf(InputFileException.class)
                .hasMessage(twice + ":1:3: column 'CHOICE' appears twice (also column 2)");
        assertThatThrownBy(() -> in.read(conflicting)).isInstanceOf(InputFileException.class)
                .hasMessage(conflicting + ":1:2: columns 'canton' and 'state' both give the jurisdiction; keep one");
    }
}
