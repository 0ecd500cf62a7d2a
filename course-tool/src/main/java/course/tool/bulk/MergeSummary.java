package course.tool.bulk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A short Markdown account of a merge, for the workflow's job summary. */
public final class MergeSummary {

    private MergeSummary() {
    }

    /**
     * The summary: how many students, how many of each status, the mean total, rows per input, and who is
     * missing.
     *
     * @param merged the merged gradebook
     * @param inputs the gradebooks it was merged from
     * @return Markdown text
     */
    public static String markdown(MergedGradebook merged, List<GradebookFile> inputs) {
        StringBuilder text = new StringBuilder("## Gradebook: ").append(merged.rows().size()).append(" students\n\n");
        Map<String, Integer> byStatus = new TreeMap<>();
        long total = 0;
        for (List<String> row : merged.rows()) {
            byStatus.merge(merged.value(row, "status"), 1, Integer::sum);
            total += Long.parseLong(merged.value(row, "total"));
        }
        String max = merged.rows().isEmpty() ? "" : merged.value(merged.rows().get(0), "max");
        if (!merged.rows().isEmpty()) {
            text.append(String.format(Locale.ROOT, "Mean total: %.1f of %s points.%n%n",
                    (double) total / merged.rows().size(), max));
        }
        text.append("| status | students |\n|---|---:|\n");
        byStatus.forEach((status, count) -> text.append("| ").append(status).append(" | ").append(count)
                .append(" |\n"));
        text.append("\n| shard gradebook | rows |\n|---|---:|\n");
        for (GradebookFile input : inputs) {
            text.append("| ").append(input.file()).append(" | ").append(input.rows().size()).append(" |\n");
        }
        if (!merged.missing().isEmpty()) {
            text.append("\nMissing (no shard graded them): ").append(String.join(", ", merged.missing()))
                    .append("\n");
        }
        if (!merged.unlisted().isEmpty()) {
            text.append("\nNot on the roster: ").append(String.join(", ", merged.unlisted())).append("\n");
        }
        return text.toString();
    }
}
