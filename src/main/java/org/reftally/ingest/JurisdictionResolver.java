package org.reftally.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

/**
 * Turns jurisdiction cells into codes, checks them against the declared set, and remembers the
 * jurisdictions of counted rows (with the name a returns file gives, first one wins) to build the
 * implicit set when none was declared.
 *
 * <p>Not thread-safe: one per run.
 */
final class JurisdictionResolver {

    private final JurisdictionSet declared;
    private final Map<JurisdictionId, String> counted = new TreeMap<>();
    private String lastCell;
    private JurisdictionId lastId;
    private JurisdictionId lastCountedId;
    private String lastCountedName;

    JurisdictionResolver(Optional<JurisdictionSet> declared) {
        this.declared = declared.orElse(null);
    }

    /** The code in {@code cell} (trimmed, upper-cased); rejected when empty or not in the declared set. */
    JurisdictionId resolve(String cell) throws RowRejected {
        if (cell.equals(lastCell)) {
            return lastId;
        }
        JurisdictionId id = check(declared, cell);
        lastCell = cell;
        lastId = id;
        return id;
    }

    /**
     * The code in {@code cell} (trimmed, upper-cased); rejected when empty, when it is the name of a
     * jurisdiction column (a repeated header), or not in {@code declared} (null: any code). Pure,
     * so the parallel reader's workers call it too.
     */
    static JurisdictionId check(JurisdictionSet declared, String cell) throws RowRejected {
        String code = cell.strip();
        if (code.isEmpty()) {
            throw new RowRejected("missing jurisdiction");
        }
        if (Columns.JURISDICTION.contains(Header.key(code))) {
            // A header row inside the data (files joined with cat, a spreadsheet's repeated title
            // row) would otherwise count as a ballot of jurisdiction "STATE".
            throw new RowRejected("'" + code + "' is a column name, not a jurisdiction: this row repeats a header;"
                    + " were two files joined?");
        }
        JurisdictionId id = JurisdictionId.of(code);
        if (declared != null && !declared.contains(id)) {
            throw new RowRejected("jurisdiction '" + code + "' is not in the jurisdiction set " + declared.name());
        }
        return id;
    }

    /** The declared set, or null when the set is the jurisdictions found. */
    JurisdictionSet declared() {
        return declared;
    }

    /** Notes that a row of {@code id} was counted; {@code name} may be empty. */
    void counted(JurisdictionId id, String name) {
        if (id.equals(lastCountedId) && name.equals(lastCountedName)) {
            return; // noting the same twice changes nothing; rows of one jurisdiction mostly come together
        }
        lastCountedId = id;
        lastCountedName = name;
        String earlier = counted.get(id);
        if (earlier == null || (earlier.isEmpty() && !name.isEmpty())) {
            counted.put(id, name);
        }
    }

    /** The declared set, or the jurisdictions of the counted rows sorted by code, weight 1 each. */
    JurisdictionSet result() {
        if (declared != null) {
            return declared;
        }
        List<Jurisdiction> members = new ArrayList<>();
        counted.forEach((id, name) -> members.add(new Jurisdiction(id, name, Fraction.ONE, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty())));
        JurisdictionSet plain = JurisdictionSet.implicit(counted.keySet());
        return new JurisdictionSet(plain.name(), members, true);
    }
}
