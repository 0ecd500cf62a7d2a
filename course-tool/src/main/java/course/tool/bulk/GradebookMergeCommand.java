package course.tool.bulk;

import course.tool.ToolFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gradebook merge}: one gradebook for the class from the gradebooks of its shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges gradebooks written by grade into one, ordered by student. Refuses inputs with "
                + "different columns (different chapters) and a student graded twice. With --roster, every "
                + "student of the roster without a row gets one: 0 points, status missing.")
final class GradebookMergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GRADEBOOK", arity = "1..*", description = "A gradebook.csv written by grade.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The merged gradebook.")
    private Path out;

    @Option(names = "--roster", paramLabel = "ROSTER",
            description = "The roster that was graded; its students without a row are added as missing.")
    private Path roster;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY).")
    private Path summary;

    @Override
    public Integer call() throws IOException {
        List<GradebookFile> books = new ArrayList<>();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new ToolFailure(input + " is both an input and --out; write the merged gradebook elsewhere");
            }
            books.add(GradebookFile.read(input));
        }
        MergedGradebook merged = GradebookMerge.merge(books, roster == null ? null : Roster.read(roster));
        write(merged, out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (GradebookFile book : books) {
            stdout.printf("%s: %d row(s)%n", book.file(), book.rows().size());
        }
        if (!merged.missing().isEmpty()) {
            stdout.printf("missing (on the roster, in no gradebook): %s%n", String.join(", ", merged.missing()));
        }
        if (!merged.unlisted().isEmpty()) {
            stdout.printf("not on the roster (kept): %s%n", String.join(", ", merged.unlisted()));
        }
        stdout.printf("Merged %d row(s) into %s%n", merged.rows().size(), out);
        stdout.flush();
        if (summary != null) {
            Files.writeString(summary, MergeSummary.markdown(merged, books), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return 0;
    }

    private static void write(MergedGradebook merged, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(merged.header().toArray(String[]::new)).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (List<String> row : merged.rows()) {
                csv.printRecord(row);
            }
        }
    }
}
