package org.reftally.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.model.OptionId;

/**
 * Which column of a returns file holds what.
 *
 * <p>Wide form: {@code jurisdiction[,name][,area][,contest],<one column per option>[,blank]
 * [,invalid][,electorate]}. Long form: {@code jurisdiction[,name][,area][,contest],option,votes}.
 * Indices are -1 for absent columns. With declared options, a wide column that is no declared
 * option is an error that suggests the closest expected name: a misspelt option must not become
 * a new option silently. Immutable.
 *
 * @param optionColumns the wide form's option columns, in header order (empty in long form)
 */
record ReturnsLayout(boolean longForm, int jurisdiction, int name, int area, int contest, int option,
        int votes, int blank, int invalid, int electorate, List<OptionColumn> optionColumns) {

    /** The names an undeclared option column must not look like a slip for (see {@link Header#refuseSlip}). */
    private static final List<String> RESERVED = reserved();

    /** A wide-form column holding one option's count: its index, option and name as written. */
    record OptionColumn(int index, OptionId option, String header) {
    }

    ReturnsLayout {
        optionColumns = List.copyOf(optionColumns);
    }

    private static List<String> reserved() {
        List<String> names = new ArrayList<>(Columns.JURISDICTION);
        names.addAll(Columns.AREA);
        names.addAll(List.of(Columns.NAME, Columns.CONTEST, Columns.BLANK, Columns.INVALID, Columns.ELECTORATE,
                Columns.OPTION, Columns.VOTES));
        return List.copyOf(names);
    }

    static ReturnsLayout of(Header header, IngestOptions options) {
        int jurisdiction = header.indexOfAny(Columns.JURISDICTION, "jurisdiction");
        if (jurisdiction < 0) {
            throw header.noJurisdiction();
        }
        int name = header.indexOf(Columns.NAME);
        int area = header.indexOfAny(Columns.AREA, "area");
        int contest = header.indexOf(Columns.CONTEST);
        int option = header.indexOf(Columns.OPTION);
        int votes = header.indexOf(Columns.VOTES);
        for (String ballotsOnly : Columns.BALLOTS_ONLY) {
            if (header.has(ballotsOnly)) {
                throw header.error(header.indexOf(ballotsOnly), "column '" + header.name(header.indexOf(ballotsOnly))
                        + "' belongs in a ballots file, but this file is read as returns (counts)");
            }
        }
        if (option >= 0 || votes >= 0) {
            if (option < 0 || votes < 0) {
                int present = Math.max(option, votes);
                throw header.error(present, "column '" + header.name(present) + "' needs a column '"
                        + (option < 0 ? Columns.OPTION : Columns.VOTES) + "' beside it (long form:"
                        + " jurisdiction,option,votes)");
            }
            List<String> expected = new ArrayList<>(List.of(Columns.JURISDICTION.get(0), Columns.NAME));
            expected.addAll(Columns.AREA);
            expected.addAll(List.of(Columns.CONTEST, Columns.OPTION, Columns.VOTES));
            for (int i = 0; i < header.size(); i++) {
                if (i != jurisdiction && i != name && i != area && i != contest && i != option && i != votes) {
                    String extra = Columns.EXTRA_COUNTS.contains(header.key(i))
                            ? "; in long form " + header.key(i) + " is a row with option '" + header.key(i) + "'"
                            : header.suggestion(i, expected);
                    throw header.error(i, "unknown column '" + header.name(i) + "' in long-form returns" + extra);
                }
            }
            return new ReturnsLayout(true, jurisdiction, name, area, contest, option, votes, -1, -1, -1, List.of());
        }
        int blank = header.indexOf(Columns.BLANK);
        int invalid = header.indexOf(Columns.INVALID);
        int electorate = header.indexOf(Columns.ELECTORATE);
        Map<String, OptionId> declared = declaredUnion(options);
        List<OptionColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.key(i);
            if (i == jurisdiction || i == name || i == area || i == contest || i == blank || i == invalid
                    || i == electorate) {
                continue;
            }
            if (Columns.JURISDICTION.contains(key)) {
                throw header.error(i, "column '" + header.name(i) + "' repeats the jurisdiction");
            }
            if (!declared.isEmpty() && !declared.containsKey(key)) {
                List<String> expected = new ArrayList<>();
                declared.values().forEach(o -> expected.add(o.name()));
                expected.addAll(List.of(Columns.NAME, Columns.CONTEST, Columns.BLANK, Columns.INVALID,
                        Columns.ELECTORATE));
                expected.addAll(Columns.AREA);
                throw header.error(i, "column '" + header.name(i) + "' is not a declared option"
                        + header.suggestion(i, expected));
            }
            if (declared.isEmpty()) {
                header.refuseSlip(i, RESERVED, "an option", "declare the options with --options");
            }
            columns.add(new OptionColumn(i, declared.isEmpty() ? OptionId.of(header.name(i)) : declared.get(key),
                    header.name(i)));
        }
        if (columns.isEmpty()) {
            throw header.error("no option columns: wide-form returns need one column per option"
                    + " (e.g. jurisdiction,yes,no), long form needs option and votes columns");
        }
        if (contest < 0) {
            Optional<List<OptionId>> own = options.optionsFor(Columns.DEFAULT_CONTEST);
            for (OptionId o : own.orElse(List.of())) {
                if (columns.stream().noneMatch(c -> c.option().key().equals(o.key()))) {
                    throw header.error("no column for declared option '" + o + "'");
                }
            }
        }
        return new ReturnsLayout(false, jurisdiction, name, area, contest, -1, -1, blank, invalid, electorate,
                columns);
    }

    /** Every declared option of any contest, by key, in the declared spelling (first declaration wins). */
    private static Map<String, OptionId> declaredUnion(IngestOptions options) {
        Map<String, OptionId> union = new LinkedHashMap<>();
        options.declaredOptions().values().forEach(list -> list.forEach(o -> union.putIfAbsent(o.key(), o)));
        return union;
    }
}
