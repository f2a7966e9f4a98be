package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

class JurisdictionSetsTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @Test
    void builtInNamesAreUsChAu() {
        assertThat(JurisdictionSets.builtInNames()).containsExactly("us", "ch", "au");
    }

    @Test
    void usHasFiftyStatesAndDcWith538Electors() {
        JurisdictionSet us = JurisdictionSets.load("US");
        assertThat(us.size()).isEqualTo(51);
        assertThat(us.isImplicit()).isFalse();
        assertThat(us.members().stream().mapToLong(j -> j.electors().getAsLong()).sum()).isEqualTo(538);
        assertThat(us.totalWeight()).isEqualTo(Fraction.of(50));
        Jurisdiction dc = us.find(JurisdictionId.of("DC")).orElseThrow();
        assertThat(dc.weight()).isEqualTo(Fraction.ZERO);
        assertThat(dc.electors()).isEqualTo(OptionalLong.of(3));
        assertThat(dc.population()).isEqualTo(OptionalLong.of(689_545));
        Jurisdiction ca = us.find(JurisdictionId.of("CA")).orElseThrow();
        assertThat(ca.name()).isEqualTo("California");
        assertThat(ca.electors()).isEqualTo(OptionalLong.of(54));
        assertThat(ca.population()).isEqualTo(OptionalLong.of(39_576_757));
        long statesPopulation = us.members().stream().filter(Jurisdiction::countsAsState)
                .mapToLong(j -> j.population().getAsLong()).sum();
        assertThat(statesPopulation).isEqualTo(331_108_434L); // the Census Bureau's 2020 apportionment total
        assertThat(us.members().get(0).id().code()).isEqualTo("AL");
    }

    @Test
    void chHas26CantonsWeighing23InTheOfficialOrder() {
        JurisdictionSet ch = JurisdictionSets.load("ch");
        assertThat(ch.size()).isEqualTo(26);
        assertThat(ch.totalWeight()).isEqualTo(Fraction.of(23));
        assertThat(ch.members()).extracting(j -> j.id().code()).containsExactly("ZH", "BE", "LU", "UR", "SZ", "OW",
                "NW", "GL", "ZG", "FR", "SO", "BS", "BL", "SH", "AR", "AI", "SG", "GR", "AG", "TG", "TI", "VD", "VS",
                "NE", "GE", "JU");
        assertThat(ch.members()).filteredOn(j -> j.weight().equals(Fraction.HALF)).extracting(j -> j.id().code())
                .containsExactly("OW", "NW", "BS", "BL", "AR", "AI");
        assertThat(ch.find(JurisdictionId.of("ZH")).orElseThrow().name()).isEqualTo("Zürich");
        assertThat(ch.members()).allSatisfy(j -> assertThat(j.electorate()).isEmpty());
    }

    @Test
    void auHasSixStatesAndTwoTerritoriesOfWeightZero() {
        JurisdictionSet au = JurisdictionSets.load("au");
        assertThat(au.size()).isEqualTo(8);
        assertThat(au.totalWeight()).isEqualTo(Fraction.of(6));
        assertThat(au.members()).filteredOn(j -> !j.countsAsState()).extracting(j -> j.id().code())
                .containsExactly("ACT", "NT");
    }

    @Test
    void aFileGivesCodesNamesExactWeightsAndFigures() {
        Path f = in.csv("set.csv", "# comment lines are skipped", "Code,Name,Weight,Population,Electorate,Electors",
                "a,Alpha,1,100,80,3", "B,Beta,0.5,,,", "C,Gamma,1/2,,,", "D,,,,,", "E,Epsilon,0,1,,");
        JurisdictionSet set = JurisdictionSets.load(f.toString());
        assertThat(set.name()).isEqualTo(f.toString());
        assertThat(set.members()).extracting(j -> j.id().code()).containsExactly("A", "B", "C", "D", "E");
        assertThat(set.members()).extracting(Jurisdiction::weight).containsExactly(Fraction.ONE, Fraction.HALF,
                Fraction.HALF, Fraction.ONE, Fraction.ZERO);
        Jurisdiction a = set.members().get(0);
        assertThat(a.name()).isEqualTo("Alpha");
        assertThat(a.population()).isEqualTo(OptionalLong.of(100));
        assertThat(a.electorate()).isEqualTo(OptionalLong.of(80));
        assertThat(a.electors()).isEqualTo(OptionalLong.of(3));
        assertThat(set.members().get(3).name()).isEqualTo("D");
        assertThat(set.members().get(1).population()).isEmpty();
    }

    @Test
    void aFileMayUseSemicolonsAndOmitTheOptionalColumns() {
        Path f = in.csv("set.csv", "name;code", "Alpha;A");
        assertThat(JurisdictionSets.load(f.toString()).members().get(0).weight()).isEqualTo(Fraction.ONE);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'A,Alpha,x,'   | :2:3: weight 'x' is not a number (examples: 1, 0.5, 1/2)",
        "'A,Alpha,-1,'  | :2:3: weight '-1' is negative",
        "'A,Alpha,1/0,' | :2:3: weight '1/0' is not a number (examples: 1, 0.5, 1/2)",
        "'A,Alpha,1,-5' | :2:4: bad count in column 'population': '-5' is negative",
        "',Alpha,1,'    | :2:1: missing code",
        "'A,Alpha'      | :2: expected 4 cells as in the header, found 2",
    })
    void aBadRowIsAnErrorNamingFileAndLine(String row, String message) {
        Path f = in.csv("set.csv", "code,name,weight,population", row);
        assertThatThrownBy(() -> JurisdictionSets.load(f.toString())).isInstanceOf(InputFileException.class)
                .hasMessage(f + message);
    }

    @Test
    void aRepeatedCodeIsAnError() {
        Path f = in.csv("set.csv", "code,name", "A,Alpha", "B,Beta", "a,Again");
        assertThatThrownBy(() -> JurisdictionSets.load(f.toString())).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":4:1: jurisdiction A is listed twice (first at line 2)");
    }

    @Test
    void theNameColumnIsOptionalAndDefaultsToTheCode() {
        Path f = in.csv("p.csv", "jurisdiction,population", "A,100", "B,200");
        assertThat(JurisdictionSets.load(f.toString()).members()).extracting(j -> j.name()).containsExactly("A", "B");
    }

    @Test
    void aHeaderWithoutCodeOrWithAnUnknownColumnIsAnError() {
        Path noCode = in.csv("n.csv", "name,weight", "Alpha,1");
        Path unknown = in.csv("u.csv", "code,name,wieght", "A,Alpha,1");
        assertThatThrownBy(() -> JurisdictionSets.load(noCode.toString())).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(noCode + ":1: a jurisdiction file needs the column code");
        assertThatThrownBy(() -> JurisdictionSets.load(unknown.toString())).isInstanceOf(InputFileException.class)
                .hasMessage(unknown + ":1:3: unknown column 'wieght' (did you mean 'weight'?)");
    }

    @Test
    void anEmptyOrMissingFileIsAnError() {
        Path empty = in.bytes("empty.csv", new byte[0]);
        Path headerOnly = in.csv("h.csv", "code,name");
        assertThatThrownBy(() -> JurisdictionSets.load(empty.toString())).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(empty + ": the file is empty");
        assertThatThrownBy(() -> JurisdictionSets.load(headerOnly.toString())).isInstanceOf(InputFileException.class)
                .hasMessage(headerOnly + ": the file lists no jurisdictions");
        String missing = dir.resolve("none.csv").toString();
        assertThatThrownBy(() -> JurisdictionSets.load(missing)).isInstanceOf(InputFileException.class)
                .hasMessage(missing + ": no such file, and not a built-in jurisdiction set (us, ch, au)");
    }
}
