package org.reftally.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

/**
 * Parses a jurisdiction file: header {@code code[,name][,weight][,population][,electorate][,electors]}
 * (any order, any case; {@code jurisdiction} may stand for {@code code}), lines starting with
 * {@code #} are comments. A weight is exact ({@code 1}, {@code 0.5}, {@code 1/2}) and defaults to 1
 * when the column or cell is empty; the other figures are whole numbers or empty (unknown).
 *
 * <p>Unlike a ballot file, a bad row is an error, not a reject: a set with a member missing or
 * mis-weighted would change every count of states. Not thread-safe.
 */
final class JurisdictionFileReader {

    private static final List<String> COLUMNS = List.of("code", "name", "weight", "population", "electorate",
            "electors");

    private final String file;
    private final CsvRows rows;

    JurisdictionFileReader(String file, CsvRows rows) {
        this.file = file;
        this.rows = rows;
    }

    JurisdictionSet read(String setName) throws IOException {
        CsvRow headerRow = rows.header();
        if (headerRow == null) {
            throw InputFileException.of(file, "the file is empty; expected a header row code,name[,weight]...");
        }
        Header header = new Header(file, headerRow.line(), headerRow.cells());
        int code = header.indexOfAny(List.of("code", "jurisdiction"), "code");
        int name = header.indexOf("name");
        if (code < 0) {
            throw header.error("a jurisdiction file needs the column code (then optionally name, weight,"
                    + " population, electorate, electors)");
        }
        for (int i = 0; i < header.size(); i++) {
            if (!COLUMNS.contains(header.key(i)) && i != code) {
                throw header.error(i, "unknown column '" + header.name(i) + "'" + header.suggestion(i, COLUMNS));
            }
        }
        int weight = header.indexOf("weight");
        List<Jurisdiction> members = new ArrayList<>();
        Map<JurisdictionId, Long> firstLine = new HashMap<>();
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            if (row.malformed()) {
                throw InputFileException.at(file, row.line(), row.problem());
            }
            String codeCell = row.cell(code);
            if (codeCell.isEmpty()) {
                throw InputFileException.at(file, row.line(), code + 1, "missing code");
            }
            JurisdictionId id = JurisdictionId.of(codeCell);
            Long earlier = firstLine.putIfAbsent(id, row.line());
            if (earlier != null) {
                throw InputFileException.at(file, row.line(), code + 1, "jurisdiction " + id
                        + " is listed twice (first at line " + earlier + ")");
            }
            members.add(new Jurisdiction(id, name < 0 ? null : row.cell(name), weight(row, weight),
                    figure(row, header.indexOf("population"), "population"),
                    figure(row, header.indexOf("electorate"), "electorate"),
                    figure(row, header.indexOf("electors"), "electors")));
        }
        if (members.isEmpty()) {
            throw InputFileException.of(file, "the file lists no jurisdictions");
        }
        return new JurisdictionSet(setName, members, false);
    }

    private Fraction weight(CsvRow row, int column) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return Fraction.ONE;
        }
        Fraction w;
        try {
            w = Fraction.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw InputFileException.at(file, row.line(), column + 1, "weight '" + text
                    + "' is not a number (examples: 1, 0.5, 1/2)");
        }
        if (w.signum() < 0) {
            throw InputFileException.at(file, row.line(), column + 1, "weight '" + text + "' is negative");
        }
        return w;
    }

    private OptionalLong figure(CsvRow row, int column, String what) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(CountParser.parse(text, what));
        } catch (RowRejected e) {
            throw InputFileException.at(file, row.line(), column + 1, e.reason());
        }
    }
}
