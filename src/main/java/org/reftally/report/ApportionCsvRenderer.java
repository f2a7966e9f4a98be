package org.reftally.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import org.reftally.scheme.ApportionmentResult;

/**
 * The apportionment as CSV for spreadsheets and scripts: the header
 * {@code jurisdiction,name,population,seats,quota} and one row per jurisdiction in input order,
 * no total row. Figures are raw digits (no grouping); the quota has
 * {@value ApportionFigures#QUOTA_DECIMALS} decimal places, rounded half-even (the exact fraction is
 * in the JSON output). Fields are quoted only when they need it (RFC 4180), lines end with
 * {@code \n}. Stateless and thread-safe.
 */
final class ApportionCsvRenderer implements ApportionRenderer {

    static final String[] HEADER = {"jurisdiction", "name", "population", "seats", "quota"};

    @Override
    public void render(ApportionmentResult r, RenderOptions options, Writer out) throws IOException {
        // Not closed: closing the CSVWriter would close the caller's writer.
        @SuppressWarnings("resource")
        CSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
        for (ApportionmentResult.Line l : r.jurisdictions()) {
            csv.writeNext(new String[] {l.id().code(), l.name(), Long.toString(l.population()),
                Integer.toString(l.seats()), ApportionFigures.decimal(l.quota())}, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("could not write the CSV output", csv.getException());
        }
    }
}
