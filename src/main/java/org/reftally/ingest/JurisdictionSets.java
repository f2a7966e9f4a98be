package org.reftally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reftally.model.JurisdictionSet;

/**
 * The jurisdiction sets a run can declare: the built-in {@code us}, {@code ch} and {@code au}, or a
 * CSV file {@code code,name[,weight][,population][,electorate][,electors]}.
 *
 * <ul>
 *   <li>{@code us}: the 50 states and DC in alphabetical order of name (the Census Bureau's order),
 *       with 2020 apportionment population and 2024 electoral votes (538); DC weighs 0.</li>
 *   <li>{@code ch}: the 26 cantons in the constitutional order; OW, NW, BS, BL, AR and AI weigh 1/2
 *       (Federal Constitution art. 142(4)), 23 in all.</li>
 *   <li>{@code au}: the six states weigh 1; ACT and NT weigh 0 (Constitution s.128 as amended in
 *       1977: territory electors count only in the national majority).</li>
 * </ul>
 * The sources of every figure are in the comment lines of the resource files under
 * {@code org/reftally/ingest/jurisdictions/}. A built-in name wins over a file of the same name:
 * write {@code ./us} for the file.
 *
 * <p>Stateless and thread-safe.
 */
public final class JurisdictionSets {

    private static final List<String> BUILT_IN = List.of("us", "ch", "au");

    private JurisdictionSets() {
    }

    /** The names of the built-in sets: {@code us}, {@code ch}, {@code au}. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /**
     * The built-in set named {@code spec} (any case), or the set in the file at that path.
     *
     * @throws InputFileException when the file is missing, unreadable or has a bad header or row
     *                            (the message names {@code file:line})
     */
    public static JurisdictionSet load(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no jurisdiction set given: name a built-in set ("
                    + String.join(", ", BUILT_IN) + ") or a CSV file");
        }
        String builtIn = s.toLowerCase(Locale.ROOT);
        if (BUILT_IN.contains(builtIn)) {
            String resource = "jurisdictions/" + builtIn + ".csv";
            InputStream in = JurisdictionSets.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("built-in jurisdiction set " + builtIn + " is missing from the build");
            }
            return read(builtIn, builtIn, in);
        }
        Path path = Path.of(s);
        if (Files.isDirectory(path)) {
            throw InputFileException.of(s, "is a directory, not a jurisdiction CSV file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw InputFileException.of(s, "no such file, and not a built-in jurisdiction set ("
                    + String.join(", ", BUILT_IN) + ")");
        } catch (AccessDeniedException e) {
            throw InputFileException.of(s, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InputFileException.of(s, "cannot open the file: " + e.getMessage());
        }
        return read(s, s, in);
    }

    private static JurisdictionSet read(String setName, String file, InputStream in) {
        try (LineSource lines = new LineSource(file, in, null)) {
            return new JurisdictionFileReader(file, new CsvRows(lines, file, true)).read(setName);
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
    }
}
