package org.reftally.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.InputSummary;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.PartialTally;
import org.reftally.model.Tally;
import org.reftally.model.Unit;

/**
 * Reads a partial tally back from the JSON report of {@code reftally tally -f json} (or of
 * {@code reftally merge -f json}: a merge is itself a partial), per docs/json-format.md.
 *
 * <p>It rebuilds the exact tally from {@code contests[].units} (the raw counts per unit), the
 * jurisdiction set from {@code jurisdiction_set.members}, and the inputs with their hashes and row
 * accounting. It trusts nothing it can check: every count must be a whole number, {@code valid}
 * and {@code cast} must agree with the figures they sum, each unit may appear once, and the
 * national {@code totals} must equal the sum of the units; otherwise the file was edited or
 * damaged and is refused (an {@link InputFileException} naming the file and the field).
 *
 * <p>Stateless and thread-safe.
 */
public final class PartialTallyReader {

    private PartialTallyReader() {
    }

    /**
     * Reads the report at {@code path}; its path as given names it in messages and merges.
     *
     * @throws InputFileException when the file is unreadable, not a reftally JSON report, from a
     *                            reftally too old to carry units, or inconsistent
     */
    public static PartialFile read(Path path) {
        String file = path.toString();
        byte[] content = readAll(path);
        JsonFields json = new JsonFields(file);
        JsonNode root = json.parse(content, "a JSON report of reftally tally -f json");
        if (root.get("format_version") == null || root.get("contests") == null) {
            throw json.error("is not a reftally JSON report (no format_version or contests); make partials with"
                    + " reftally tally -f json");
        }
        int version = json.integer(root, "format_version", "");
        if (version != 1) {
            throw json.error("has format_version " + version + "; this reftally reads format_version 1");
        }
        JsonNode setNode = json.object(root, "jurisdiction_set", "");
        if (setNode.get("members") == null) {
            throw json.error("has no jurisdiction_set.members or units: it was written by an older reftally; tally"
                    + " its inputs again with -f json");
        }
        JurisdictionSet set = set(json, setNode);
        List<InputSummary> inputs = new ArrayList<>();
        List<JsonNode> inputNodes = json.array(root, "inputs", "");
        for (int i = 0; i < inputNodes.size(); i++) {
            inputs.add(input(json, inputNodes.get(i), "inputs[" + i + "]."));
        }
        List<ContestTally> contests = new ArrayList<>();
        List<JsonNode> contestNodes = json.array(root, "contests", "");
        for (int i = 0; i < contestNodes.size(); i++) {
            try {
                contests.add(contest(json, contestNodes.get(i), "contests[" + i + "].", set));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // A value the model refuses (an empty option name, a count that overflows): damaged.
                throw json.error("contests[" + i + "]: " + e.getMessage());
            }
        }
        try {
            return new PartialFile(new PartialTally(file, new Tally(contests), inputs, set), FileDigest.of(content));
        } catch (IllegalArgumentException e) {
            throw json.error(e.getMessage());
        }
    }

    private static JurisdictionSet set(JsonFields json, JsonNode node) {
        List<Jurisdiction> members = new ArrayList<>();
        List<JsonNode> nodes = json.array(node, "members", "jurisdiction_set.");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode m = nodes.get(i);
            String where = "jurisdiction_set.members[" + i + "].";
            try {
                members.add(new Jurisdiction(JurisdictionId.of(json.text(m, "id", where)), json.text(m, "name", where),
                        Fraction.parse(json.text(m, "weight", where)), json.countOrNull(m, "population", where),
                        json.countOrNull(m, "electorate", where), json.countOrNull(m, "electors", where)));
            } catch (IllegalArgumentException e) {
                throw json.error(where + ": " + e.getMessage());
            }
        }
        try {
            return new JurisdictionSet(json.text(node, "name", "jurisdiction_set."), members,
                    json.bool(node, "implicit", "jurisdiction_set."));
        } catch (IllegalArgumentException e) {
            throw json.error("jurisdiction_set: " + e.getMessage());
        }
    }

    private static InputSummary input(JsonFields json, JsonNode n, String where) {
        try {
            return new InputSummary(json.text(n, "path", where), json.text(n, "sha256", where),
                    json.count(n, "bytes", where), json.text(n, "kind", where), json.count(n, "rows", where),
                    json.count(n, "counted", where), json.count(n, "rejected", where));
        } catch (IllegalStateException e) {
            throw json.error(where + ": " + e.getMessage());
        }
    }

    private static ContestTally contest(JsonFields json, JsonNode n, String where, JurisdictionSet set) {
        List<OptionId> options = new ArrayList<>();
        for (JsonNode o : json.array(n, "options", where)) {
            if (!o.isTextual()) {
                throw json.error(where + "options must be strings");
            }
            options.add(OptionId.of(o.textValue()));
        }
        Contest contest = new Contest(json.text(n, "contest", where), options);
        PartialCounts counts = new PartialCounts(json, contest);
        Map<Unit, Counts> units = new TreeMap<>();
        List<JsonNode> unitNodes = json.array(n, "units", where);
        for (int i = 0; i < unitNodes.size(); i++) {
            JsonNode u = unitNodes.get(i);
            String at = where + "units[" + i + "].";
            Unit unit;
            try {
                unit = new Unit(JurisdictionId.of(json.text(u, "jurisdiction", at)), json.text(u, "area", at));
            } catch (IllegalArgumentException e) {
                throw json.error(at + ": " + e.getMessage());
            }
            if (units.put(unit, counts.read(u, at)) != null) {
                throw json.error(where + "units lists " + unit + " twice");
            }
        }
        ContestTally tally = new ContestTally(contest, units);
        Counts totals = counts.read(json.object(n, "totals", where), where + "totals.");
        Counts sum = tally.totals(set);
        if (totals.valid() != sum.valid() || !java.util.Arrays.equals(totals.votes(), sum.votes())
                || !totals.cast().equals(sum.cast())) {
            throw json.error(where + "totals do not equal the sum of its units: the file was edited or damaged");
        }
        return tally;
    }

    private static byte[] readAll(Path path) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw InputFileException.of(file, "is a directory, not a JSON report");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file");
        } catch (AccessDeniedException e) {
            throw InputFileException.of(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
    }
}
