package course.testsupport.grading.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the course-wide scoreboard from every chapter's results.json. It never fails the
 * build: each chapter's gate already did, and this table is what a student reads last.
 *
 * <p>A chapter whose test JVM ended early ({@code System.exit} in the code under test, a crash) never
 * reached its gate: Surefire stops that chapter's build. When its outcomes are there, the scoreboard
 * assembles and writes its results.json from them ({@link StoppedRun}) and prints its report, so the
 * student sees which test was running and every export still has the chapter's full max.
 */
@Command(name = "scoreboard", mixinStandardHelpOptions = true,
        description = "Prints every chapter's points per exercise from target/grading.")
public final class ScoreboardMain implements Callable<Integer> {

    @Option(names = "--course-root", required = true, description = "The repository root.")
    private Path courseRoot;

    @Option(names = "--run", defaultValue = "student",
            description = "Which run to show: student (target/grading/results.json), reference or skeleton.")
    private List<String> runs;

    @Option(names = "--hidden", description = "The student run included the hidden tests (src/hidden-test/java).")
    private boolean hidden;

    /** Entry point used by the build (exec-maven-plugin). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ScoreboardMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        for (String run : runs) {
            List<TextReport.ChapterEntry> entries = new ArrayList<>();
            for (Path chapter : chapters(courseRoot)) {
                Path file = chapter.resolve("target/grading").resolve(run.equals("student") ? "results.json"
                        : run + "/results.json");
                if (run.equals("student")) {
                    writeResultsOfAnEarlyEnd(chapter, file);
                }
                entries.add(new TextReport.ChapterEntry(chapter.getFileName().toString(),
                        Files.exists(file) ? ResultsJson.read(file) : null,
                        ExerciseTitles.of(chapter.resolve("README.md"))));
            }
            System.out.print(TextReport.scoreboard(run, entries));
        }
        return 0;
    }

    /** When the chapter's student run left outcomes but no results.json, writes it from them and reports it. */
    private void writeResultsOfAnEarlyEnd(Path chapter, Path file) throws IOException {
        Optional<ChapterResults> results = StoppedRun.afterAnEarlyEnd(chapter, hidden);
        if (results.isPresent()) {
            ResultsJson.write(results.get(), file);
            System.out.print(TextReport.chapter(results.get(), ExerciseTitles.of(chapter.resolve("README.md")), file));
        }
    }

    /** Chapter folders: "NN-name" with a pom.xml, in order. */
    public static List<Path> chapters(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().matches("\\d\\d-.+"))
                    .filter(p -> Files.exists(p.resolve("pom.xml")))
                    .sorted()
                    .toList();
        }
    }
}
