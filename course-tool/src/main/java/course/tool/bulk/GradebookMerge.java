package course.tool.bulk;

import course.tool.ToolFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the gradebooks of a sharded run into one: same columns, each student once, ordered by student,
 * and a {@code missing} row for every student of the roster whom no shard graded.
 */
public final class GradebookMerge {

    /** The status of a student whom no shard graded, usually because the repository could not be cloned. */
    public static final String MISSING = "missing";

    /** The note of such a row. */
    static final String MISSING_NOTE = "no shard graded this student: the repository could not be cloned at "
            + "its ref, or its shard failed (see the grade job's log)";

    private GradebookMerge() {
    }

    /**
     * Merges gradebooks.
     *
     * @param inputs the shards' gradebooks, 1 or more
     * @param roster the class, or null to add no missing rows
     * @return the merged gradebook
     * @throws ToolFailure when the inputs have different columns or a student appears twice
     */
    public static MergedGradebook merge(List<GradebookFile> inputs, Roster roster) {
        GradebookFile first = inputs.get(0);
        Map<String, GradebookRow> byStudent = new HashMap<>();
        for (GradebookFile input : inputs) {
            if (!input.header().equals(first.header())) {
                throw new ToolFailure(input.file() + " has the columns " + String.join(",", input.header())
                        + " but " + first.file() + " has " + String.join(",", first.header())
                        + ": the shards graded different chapters, so their points cannot share one gradebook; "
                        + "grade every shard with the same --chapter options");
            }
            for (GradebookRow row : input.rows()) {
                GradebookRow earlier = byStudent.putIfAbsent(row.student(), row);
                if (earlier != null) {
                    throw new ToolFailure("student " + row.student() + " is graded twice, in " + earlier.origin()
                            + " and in " + row.origin() + ": each student belongs to one shard; was a shard's "
                            + "gradebook given twice, or the roster changed between the jobs?");
                }
            }
        }
        List<String> header = first.header();
        List<List<String>> rows = new ArrayList<>(byStudent.values().stream().map(GradebookRow::values).toList());
        List<String> missing = new ArrayList<>();
        Set<String> unlisted = new TreeSet<>(byStudent.keySet());
        if (roster != null) {
            String max = fullMax(header, byStudent.values());
            for (RosterEntry entry : roster.entries()) {
                unlisted.remove(entry.student());
                if (!byStudent.containsKey(entry.student())) {
                    missing.add(entry.student());
                    rows.add(missingRow(header, entry.student(), max));
                }
            }
        } else {
            unlisted.clear();
        }
        rows.sort(Comparator.comparing((List<String> row) -> row.get(0).toLowerCase(Locale.ROOT))
                .thenComparing(row -> row.get(0)));
        return new MergedGradebook(header, List.copyOf(rows), List.copyOf(missing), List.copyOf(unlisted));
    }

    /**
     * The points possible of a whole row: the largest {@code max} of the graded rows. Every row of one run
     * has the same; empty when no row was graded at all.
     */
    private static String fullMax(List<String> header, Iterable<GradebookRow> rows) {
        int column = header.indexOf("max");
        long max = -1;
        for (GradebookRow row : rows) {
            try {
                max = Math.max(max, Long.parseLong(row.values().get(column)));
            } catch (NumberFormatException e) {
                throw new ToolFailure(row.origin() + ": max is '" + row.values().get(column)
                        + "', not a number of points");
            }
        }
        return max < 0 ? "" : Long.toString(max);
    }

    /** 0 points in every chapter, the full max, status missing; columns this tool does not know stay empty. */
    private static List<String> missingRow(List<String> header, String student, String max) {
        List<String> row = new ArrayList<>();
        for (String column : header) {
            row.add(switch (column) {
                case "student" -> student;
                case "total" -> "0";
                case "max" -> max;
                case "status" -> MISSING;
                case "note" -> MISSING_NOTE;
                default -> column.matches("\\d\\d-.+") ? "0" : "";
            });
        }
        return row;
    }
}
