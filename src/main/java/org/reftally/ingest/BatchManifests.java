package org.reftally.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the elections of a batch (docs/canvass.md, "Batch manifest"): a CSV manifest with the
 * columns {@code name,files[,options]}, one row per election, or a directory whose folders are
 * elections (a folder with an {@code election.json} is tallied as {@code reftally tally FOLDER}
 * would tally it; any other folder's CSV files are tallied together, in name order).
 *
 * <p>In a manifest, {@code files} are separated by {@code ;} when the cell has one, else by spaces;
 * {@code options} is a command-line fragment split like a shell does ({@link CommandFragment}).
 * Paths and option values are taken as on the command line, relative to the current directory.
 * Rows that are empty or whose first cell starts with {@code #} are skipped. A manifest that
 * cannot be used (unknown column, empty or repeated name, no files, bad quoting) is refused as a
 * whole with {@code file:line: reason}: a batch must not silently drop an election.
 *
 * <p>Stateless and thread-safe.
 */
public final class BatchManifests {

    private static final List<String> COLUMNS = List.of("name", "files", "options");

    private BatchManifests() {
    }

    /**
     * The elections of the manifest file or directory at {@code path}, in manifest (or folder-name) order.
     *
     * @throws InputFileException when the manifest cannot be read or used
     */
    public static List<BatchElection> read(Path path) {
        if (Files.isDirectory(path)) {
            return folders(path);
        }
        String file = path.toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file or directory");
        } catch (CharacterCodingException e) {
            throw InputFileException.of(file, "is not UTF-8 text; save the manifest as UTF-8");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return rows(file, csv);
        } catch (IOException | CsvValidationException e) {
            throw InputFileException.of(file, "cannot parse the manifest as CSV: " + e.getMessage());
        }
    }

    private static List<BatchElection> rows(String file, CSVReader csv) throws IOException, CsvValidationException {
        String[] header = csv.readNext();
        if (header == null) {
            throw InputFileException.of(file, "the manifest is empty; expected a header row name,files,options");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String key = header[i].strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(key) || columns.putIfAbsent(key, i) != null) {
                throw InputFileException.at(file, 1, i + 1, "unexpected column '" + header[i].strip()
                        + "'; a manifest has the columns name,files[,options]");
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("files")) {
            throw InputFileException.at(file, 1, "a manifest needs the columns name and files (and optionally options)");
        }
        List<BatchElection> elections = new ArrayList<>();
        Map<String, Long> names = new HashMap<>();
        long line = csv.getLinesRead() + 1;
        for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
            long at = line;
            line = csv.getLinesRead() + 1;
            if (skipped(row)) {
                continue;
            }
            if (row.length != header.length) {
                throw InputFileException.at(file, at, "expected " + header.length + " cells, found " + row.length);
            }
            String name = row[columns.get("name")].strip();
            if (name.isEmpty()) {
                throw InputFileException.at(file, at, "missing election name");
            }
            Long earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), at);
            if (earlier != null) {
                throw InputFileException.at(file, at, "election '" + name + "' is listed twice (first at line "
                        + earlier + ")");
            }
            List<Path> files = files(file, at, row[columns.get("files")]);
            List<String> arguments;
            try {
                arguments = columns.containsKey("options") ? CommandFragment.split(row[columns.get("options")])
                        : List.of();
            } catch (IllegalArgumentException e) {
                throw InputFileException.at(file, at, e.getMessage());
            }
            elections.add(new BatchElection(name, files, arguments, file + ":" + at, Optional.empty()));
        }
        if (elections.isEmpty()) {
            throw InputFileException.of(file, "the manifest lists no elections");
        }
        return elections;
    }

    private static boolean skipped(String[] row) {
        if (row.length > 0 && row[0].strip().startsWith("#")) {
            return true;
        }
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(String file, long line, String cell) {
        String[] parts = cell.indexOf(';') >= 0 ? cell.split(";") : cell.strip().split("\\s+");
        List<Path> files = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            try {
                files.add(Path.of(part.strip()));
            } catch (InvalidPathException e) {
                throw InputFileException.at(file, line, "'" + part.strip() + "' is not a file path: " + e.getReason());
            }
        }
        if (files.isEmpty()) {
            throw InputFileException.at(file, line, "no files: list the election's CSV files, separated by ; or spaces");
        }
        return files;
    }

    /** Every visible folder of {@code dir} is an election named after it; its CSV files are its inputs. */
    private static List<BatchElection> folders(Path dir) {
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw InputFileException.of(dir.toString(), "cannot list the directory: " + e.getMessage());
        }
        if (folders.isEmpty()) {
            throw InputFileException.of(dir.toString(), "has no election folders; a batch directory holds one folder"
                    + " of CSV files per election");
        }
        List<BatchElection> elections = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> csvs;
            try (Stream<Path> children = Files.list(folder)) {
                csvs = children.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                        .toList();
            } catch (IOException e) {
                throw InputFileException.of(folder.toString(), "cannot list the folder: " + e.getMessage());
            }
            if (Files.exists(folder.resolve(ElectionFile.NAME))) {
                // An election folder: tally reads its election.json (inputs and settings) itself.
                elections.add(new BatchElection(folder.getFileName().toString(), List.of(folder), List.of(),
                        folder.toString(), Optional.empty()));
                continue;
            }
            Optional<String> problem = csvs.isEmpty() ? Optional.of(folder + ": has no CSV files") : Optional.empty();
            elections.add(new BatchElection(folder.getFileName().toString(), csvs, List.of(), folder.toString(),
                    problem));
        }
        return elections;
    }
}
