package org.reftally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.JurisdictionId;

/**
 * Reads the seats of each jurisdiction for {@code --seats-from FILE}: CSV {@code jurisdiction,seats}
 * ({@code code} may stand for {@code jurisdiction}). Any problem is an error naming the file and line:
 * a seat count decides an allocation, so nothing here is skipped. Stateless.
 */
public final class SeatsFile {

    private SeatsFile() {
    }

    public static Map<JurisdictionId, Integer> read(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file));
                LineSource lines = new LineSource(file, in, null)) {
            CsvRows rows = new CsvRows(lines, file, true);
            CsvRow headerRow = rows.header();
            if (headerRow == null) {
                throw InputFileException.of(file, "the file is empty; expected a header row jurisdiction,seats");
            }
            Header header = new Header(file, headerRow.line(), headerRow.cells());
            int code = header.indexOfAny(List.of("jurisdiction", "code"), "jurisdiction");
            int seats = header.indexOf("seats");
            if (code < 0 || seats < 0) {
                throw header.error("a seats file needs the columns jurisdiction and seats");
            }
            Map<JurisdictionId, Integer> result = new LinkedHashMap<>();
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                if (row.malformed()) {
                    throw InputFileException.at(file, row.line(), row.problem());
                }
                JurisdictionId id = JurisdictionId.of(row.cell(code));
                int n = parseSeats(file, row, seats);
                if (result.put(id, n) != null) {
                    throw InputFileException.at(file, row.line(), "jurisdiction " + id + " is listed twice");
                }
            }
            if (result.isEmpty()) {
                throw InputFileException.of(file, "the file lists no jurisdictions");
            }
            return result;
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
    }

    private static int parseSeats(String file, CsvRow row, int column) {
        String text = row.cell(column).strip();
        if (!text.matches("[0-9]{1,9}")) {
            throw InputFileException.at(file, row.line(), column + 1,
                    "seats must be a whole number of 0 or more, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
