package org.reftally.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An election folder's {@code election.json}: everything a run needs, so that
 * {@code reftally tally samples/NAME} needs no other flag. Command-line options override it.
 *
 * <p>Every value is kept as the text a user would type on the command line (a threshold
 * {@code ">1/2"}, a quorum {@code "turnout>1/2"}); the CLI parses them exactly as it parses its
 * options, so the file and the flags cannot drift apart. File paths are resolved against the
 * folder. An unknown key, or a value of the wrong type, is an error naming the key and the file:
 * never a silent default. Immutable.
 *
 * @param folder       the election folder
 * @param title        the report title
 * @param description  one line for {@code reftally samples}
 * @param inputs       the input files, resolved against the folder
 * @param settings     every other key, by its name (see {@link #KEYS}), as command-line text
 */
public record ElectionFile(Path folder, Optional<String> title, Optional<String> description, List<Path> inputs,
        Map<String, List<String>> settings) {

    /** The name of the file in an election folder. */
    public static final String NAME = "election.json";

    /** Keys that hold one value. */
    public static final Set<String> SINGLE = Set.of("input", "contest", "jurisdictions", "rule", "proposal",
            "threshold", "state_threshold", "states", "seats", "method", "seats_from",
            "min_seats", "max_seats", "seat_threshold", "ties", "seed", "electors_threshold");

    /** Keys that hold a list (a single string is taken as a list of one). */
    public static final Set<String> LISTS = Set.of("options", "scheme", "require", "quorum", "counter_proposal");

    /** Every key the file may hold. */
    public static final Set<String> KEYS = keys();

    public ElectionFile {
        inputs = List.copyOf(inputs);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        settings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        settings = Map.copyOf(copy);
    }

    /** Whether {@code folder} is an election folder (it holds an election.json). */
    public static boolean isElectionFolder(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(NAME));
    }

    /**
     * Reads {@code folder/election.json}.
     *
     * @throws InputFileException naming the file, and the key where one is at fault
     */
    public static ElectionFile read(Path folder) {
        Path file = folder.resolve(NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputFileException(folder + ": not an election folder (it has no " + NAME + ")");
        } catch (JsonProcessingException e) {
            throw new InputFileException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputFileException(file + ": must hold one JSON object of settings");
        }
        Optional<String> title = Optional.empty();
        Optional<String> description = Optional.empty();
        List<Path> inputs = new ArrayList<>();
        Map<String, List<String>> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "title" -> title = Optional.of(text(file, key, value));
                case "description" -> description = Optional.of(text(file, key, value));
                case "inputs" -> list(file, key, value).forEach(p -> inputs.add(folder.resolve(p)));
                default -> {
                    if (SINGLE.contains(key)) {
                        settings.put(key, List.of(text(file, key, value)));
                    } else if (LISTS.contains(key)) {
                        settings.put(key, list(file, key, value));
                    } else {
                        String hint = EditDistance.closest(key, KEYS).map(k -> " (did you mean '" + k + "'?)")
                                .orElse("");
                        throw new InputFileException(file + ": unknown key '" + key + "'" + hint);
                    }
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new InputFileException(file + ": 'inputs' must list at least one input file");
        }
        return new ElectionFile(folder, title, description, inputs, settings);
    }

    /**
     * The file's text: a JSON object with {@code title}, {@code description}, {@code inputs}
     * (relative to the folder) and the settings, in a fixed order, ending with a newline.
     */
    public String toJson() {
        com.fasterxml.jackson.databind.node.ObjectNode root = new ObjectMapper().createObjectNode();
        title.ifPresent(t -> root.put("title", t));
        description.ifPresent(d -> root.put("description", d));
        com.fasterxml.jackson.databind.node.ArrayNode files = root.putArray("inputs");
        inputs.forEach(p -> files.add(folder.relativize(p).toString()));
        new java.util.TreeMap<>(settings).forEach((k, v) -> {
            if (LISTS.contains(k)) {
                com.fasterxml.jackson.databind.node.ArrayNode a = root.putArray(k);
                v.forEach(a::add);
            } else {
                root.put(k, v.get(0));
            }
        });
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    .replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write election.json", e);
        }
    }

    /** The single value of {@code key}, if the file sets it. */
    public Optional<String> single(String key) {
        List<String> values = settings.get(key);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The values of a list key, or empty. */
    public List<String> list(String key) {
        return settings.getOrDefault(key, List.of());
    }

    /**
     * The jurisdiction set as the CLI takes it: a built-in name as is, a file resolved against
     * the folder.
     */
    public Optional<String> jurisdictions() {
        return single("jurisdictions").map(s -> JurisdictionSets.builtInNames().contains(s) ? s
                : folder.resolve(s).toString());
    }

    private static String text(Path file, String key, JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw new InputFileException(file + ": key '" + key + "' must be a string");
    }

    private static List<String> list(Path file, String key, JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new InputFileException(file + ": key '" + key + "' must be a string or a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            out.add(text(file, key, item));
        }
        return out;
    }

    private static Set<String> keys() {
        Set<String> all = new java.util.TreeSet<>(SINGLE);
        all.addAll(LISTS);
        all.addAll(List.of("title", "description", "inputs"));
        return Set.copyOf(all);
    }
}
