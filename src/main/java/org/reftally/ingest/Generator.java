package org.reftally.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.model.JurisdictionId;

/**
 * Writes synthetic ballots files ({@code ballot_id,jurisdiction,choice}) for rehearsals,
 * teaching and benchmarks: the core of {@code reftally generate}.
 *
 * <p>The file holds exactly what {@link GeneratorPlan#of} says, in a seeded shuffled order, and
 * the same spec always gives the same bytes. Each row is one ballot: the choice cell is an
 * option's declared name, empty for a blank ballot, {@code YES|NO} (the first two options) for an
 * overvote, or an {@linkplain GeneratorPlan#unrecognisedValues unrecognised value}. The faulty
 * rows, for rehearsing error handling, are:
 * <ul>
 *   <li>duplicates: an exact copy of a genuine row, ballot ID included; the later row of the pair
 *       is rejected by the reader as a repeated {@code ballot_id};</li>
 *   <li>malformed rows, never quoted: malformed row {@code t} (numbered in slot order) is
 *       {@code ID,JUR} (two cells: the choice is missing) when {@code t} is even and
 *       {@code ID,JUR,OPT,OPT} (four cells: one too many) when {@code t} is odd, where JUR is
 *       member {@code (t / 2) mod size} of the set and OPT the first option. A wrong number of
 *       cells is rejected as one bad row by any RFC 4180 reader and cannot run into the next
 *       line, unlike an unbalanced quote.</li>
 * </ul>
 * Cells that contain a comma, quote or line break are quoted (RFC 4180); lines end in LF. Memory
 * depends on the number of jurisdictions and options, not on the number of ballots.
 *
 * <p>Stateless and thread-safe.
 */
public final class Generator {

    /** The header of a generated file. */
    public static final String HEADER = "ballot_id,jurisdiction,choice\n";

    private Generator() {
    }

    /** What {@link #write(GeneratorSpec, Writer)} will write. */
    public static GeneratorPlan plan(GeneratorSpec spec) {
        return GeneratorPlan.of(spec);
    }

    /**
     * Writes the file of {@code spec} and returns its plan. The writer is flushed, not closed; it
     * need not be buffered (rows are assembled in 64 KiB blocks). Give it UTF-8 encoding.
     */
    public static GeneratorPlan write(GeneratorSpec spec, Writer out) throws IOException {
        GeneratorPlan plan = plan(spec);
        write(plan, out);
        return plan;
    }

    /** Writes the file of a plan made by {@link #plan}. */
    public static void write(GeneratorPlan plan, Writer out) throws IOException {
        rows(plan).write(out);
    }

    static SyntheticRows rows(GeneratorPlan plan) {
        List<JurisdictionId> ids = plan.jurisdictions();
        int classes = plan.classCount();
        long[] counts = new long[ids.size() * classes];
        List<String> tails = new ArrayList<>(counts.length);
        for (int j = 0; j < ids.size(); j++) {
            String jurisdiction = "," + SyntheticCsv.cell(ids.get(j).code()) + ",";
            for (int c = 0; c < classes; c++) {
                long n = plan.count(j, c);
                counts[j * classes + c] = n;
                tails.add(n == 0 ? "" : jurisdiction + SyntheticCsv.cell(plan.choice(c)) + "\n");
            }
        }
        List<String> malformed = new ArrayList<>();
        String option = SyntheticCsv.cell(plan.contest().option(0).name());
        for (JurisdictionId id : ids) {
            String jurisdiction = "," + SyntheticCsv.cell(id.code());
            malformed.add(jurisdiction + "\n");
            malformed.add(jurisdiction + "," + option + "," + option + "\n");
        }
        return new SyntheticRows(HEADER, counts, tails, plan.duplicates(), plan.malformed(), malformed, plan.seed());
    }
}
