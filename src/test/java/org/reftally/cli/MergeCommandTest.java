package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.cli.CanvassRun.read;
import static org.reftally.cli.CanvassRun.withoutTitleAndInputs;
import static org.reftally.cli.CanvassRun.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    @TempDir
    Path dir;

    private Path north() {
        return write(dir.resolve("north.csv"), "ballot_id,jurisdiction,county,choice", "1,NORTH,Ash,YES",
                "2,NORTH,Ash,no", "3,NORTH,Birch,", "4,NORTH,Birch,YES|NO", "5,EAST,Elm,Maybe");
    }

    private Path south() {
        return write(dir.resolve("south.csv"), "ballot_id,jurisdiction,county,choice", "6,SOUTH,Cedar,YES",
                "7,SOUTH,Cedar,YES", "8,WEST,Fir,NO", "9,WEST,Gum,");
    }

    private Path tallyJson(String name, Object... args) {
        Path out = dir.resolve(name);
        Object[] all = new Object[args.length + 5];
        all[0] = "tally";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "-f";
        all[args.length + 2] = "json";
        all[args.length + 3] = "-o";
        all[args.length + 4] = out;
        CanvassRun run = CanvassRun.of(all);
        assertThat(run.code()).as(run.err()).isIn(0, 3);
        return out;
    }

    @Test
    void mergedJsonIsByteIdenticalToOneRunOverAllInputsApartFromTitleAndInputs() {
        CanvassRun whole = CanvassRun.of("tally", north(), south(), "-f", "json", "--scheme", "majority,plurality");
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", south());

        CanvassRun merged = CanvassRun.of("merge", a, b, "-f", "json", "--scheme", "majority,plurality");

        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(withoutTitleAndInputs(merged.out())).isEqualTo(withoutTitleAndInputs(whole.out()));
        assertThat(merged.out()).contains("\"path\": \"" + north() + "\"", "\"path\": \"" + south() + "\"");
    }

    @Test
    void returnsWithNamesElectorateAndADeclaredSetMergeToTheOneRunResult() {
        Path east = write(dir.resolve("east.csv"), "canton,name,electorate,YES,NO,blank",
                "ZH,Zürich,900,300,200,", "BE,Bern,800,250,260,5", "OW,Obwalden,30,10,9,0");
        Path west = write(dir.resolve("west.csv"), "canton,name,electorate,YES,NO,blank",
                "GE,Genève,300,120,80,1", "NW,Nidwalden,,11,9,0");
        String[] rule = {"--rule", "ch-people-and-cantons"};
        CanvassRun whole = CanvassRun.of("tally", east, west, "-f", "json", rule[0], rule[1]);
        Path a = tallyJson("a.json", east, rule[0], rule[1]);
        Path b = tallyJson("b.json", west, rule[0], rule[1]);

        CanvassRun merged = CanvassRun.of("merge", a, b, "-f", "json", rule[0], rule[1]);

        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(withoutTitleAndInputs(merged.out())).isEqualTo(withoutTitleAndInputs(whole.out()));
        assertThat(merged.out()).contains("\"incomplete\": [\n          \"blank\",");
    }

    @Test
    void mergedResultsMergeAgainLikeStatesIntoANation() {
        Path c = write(dir.resolve("c.csv"), "ballot_id,jurisdiction,county,choice", "10,NORTH,Cedar,NO");
        CanvassRun whole = CanvassRun.of("tally", north(), south(), c, "-f", "json");
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", south());
        Path state = dir.resolve("state.json");
        assertThat(CanvassRun.of("merge", a, b, "-f", "json", "-o", state).code()).isZero();

        CanvassRun nation = CanvassRun.of("merge", state, tallyJson("c.json", c), "-f", "json");

        assertThat(withoutTitleAndInputs(nation.out())).isEqualTo(withoutTitleAndInputs(whole.out()));
    }

    @Test
    void theSameCountyInTwoPartialsIsRefusedWithExit4NamingBoth() {
        Path again = write(dir.resolve("again.csv"), "ballot_id,jurisdiction,county,choice", "99,NORTH,Ash,YES");
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", again);

        CanvassRun merged = CanvassRun.of("merge", a, b);

        assertThat(merged.code()).isEqualTo(4);
        assertThat(merged.out()).isEmpty();
        assertThat(merged.err()).isEqualTo("reftally: " + a + " and " + b + " both count NORTH area 'Ash' in contest"
                + " 'referendum': the same unit would be counted twice (if they hold different batches of its"
                + " ballots, give --allow-split-units)\n");
        assertThat(CanvassRun.of("merge", a, b, "--allow-split-units").code()).isZero();
    }

    @Test
    void theSameInputFileInTwoPartialsIsRefusedByItsHash() {
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", north(), "--title", "again");

        CanvassRun merged = CanvassRun.of("merge", a, b);

        assertThat(merged.code()).isEqualTo(4);
        assertThat(merged.err()).contains("the same input file (SHA-256 ").contains("is in " + a + " (as " + north()
                + ") and in " + b);
    }

    @Test
    void partialsOfDifferentContestsNeedAllowPartialContests() {
        Path bridge = write(dir.resolve("bridge.csv"), "jurisdiction,area,contest,YES,NO", "WEST,Oak,bridge,4,5");
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", bridge);

        CanvassRun strict = CanvassRun.of("merge", a, b);
        CanvassRun allowed = CanvassRun.of("merge", a, b, "--allow-partial-contests", "-f", "csv");

        assertThat(strict.code()).isEqualTo(4);
        assertThat(strict.err()).contains("contest 'referendum' is in " + a + " but not in " + b);
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("bridge,TOTAL,national total,,votes,YES,4,");
    }

    @Test
    void aPartialWithRejectedRowsMakesTheMergeIncompleteWithExit3() {
        Path bad = write(dir.resolve("bad.csv"), "ballot_id,jurisdiction,county,choice", "20,WEST,Oak,YES", "21,,Oak,NO");
        Path a = tallyJson("a.json", north());
        Path b = tallyJson("b.json", bad);

        CanvassRun merged = CanvassRun.of("merge", a, b);

        assertThat(merged.code()).isEqualTo(3);
        assertThat(merged.out()).contains("1 rejected");
    }

    @Test
    void aFileThatIsNotAPartialIsAnInputProblem() {
        CanvassRun merged = CanvassRun.of("merge", north());

        assertThat(merged.code()).isEqualTo(4);
        assertThat(merged.err()).startsWith("reftally: " + north() + ": is not valid JSON");
    }
}
