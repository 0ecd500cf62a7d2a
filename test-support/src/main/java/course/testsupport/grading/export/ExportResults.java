package course.testsupport.grading.export;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.ExerciseTitles;
import course.testsupport.grading.gate.ResultsJson;
import course.testsupport.grading.gate.ScoreboardMain;
import course.testsupport.grading.gate.StoppedRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Turns the chapters' results.json into what a grading platform reads (GitHub Classroom's
 * grading reporter, Classroom 50, Gradescope) and into what a GitHub Actions job shows (a
 * Markdown job summary, annotations on the failed tests). One run may write several outputs,
 * each a {@code --format} with its own {@code --out}, so a workflow starts the JVM once.
 * A chapter without results.json is exported as an error worth 0 points, but its max score is
 * then unknown, so the command says so and exits with 1 after writing: a total that silently
 * lacks a chapter must not look like a grade.
 */
@Command(name = "export-results", mixinStandardHelpOptions = true,
        description = "Exports the chapters' target/grading/results.json for a grading platform or a GitHub job.")
public final class ExportResults implements Callable<Integer> {

    /** Exit code when some chapter had no results.json. */
    static final int MISSING_RESULTS = 1;

    /** Exit code when Classroom 50's metadata is incomplete; that output is not written, the others are. */
    static final int MISSING_METADATA = 2;

    /** What one output is. */
    enum Format { CLASSROOM, CLASSROOM50, GRADESCOPE, SUMMARY, ANNOTATIONS }

    /** One output: a format and where it goes. Repeat the group for several outputs. */
    static final class Output {

        @Option(names = "--format", required = true,
                description = "classroom, classroom50, gradescope, summary (Markdown for a job summary) or "
                        + "annotations (GitHub workflow commands). Repeat with its own --out for several outputs.")
        Format format;

        @Option(names = "--out", description = "The file this format is written to (default: standard output).")
        Path out;

        @Option(names = "--base64", description = "classroom only: print one line <RUNNER>_RESULTS=<base64> per "
                + "chapter, ready for $GITHUB_ENV or $GITHUB_OUTPUT, instead of JSON.")
        boolean base64;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    private List<Output> outputs;

    @Option(names = "--course-root", required = true, description = "The repository root.")
    private Path courseRoot;

    @Option(names = "--chapter", split = ",",
            description = "Only these chapters, e.g. 01-blocking (default: every NN-* chapter).")
    private List<String> chapterNames;

    @Option(names = "--hidden", description = "The run included the hidden tests: a chapter whose test JVM ended "
            + "early is then scored against them too.")
    private boolean hidden;

    @Mixin
    private Classroom50Options classroom50 = new Classroom50Options();

    private final Map<String, String> env;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /** A command reading the real environment and printing to the real console. */
    public ExportResults() {
        this(System.getenv(), System.out, System.err);
    }

    ExportResults(Map<String, String> env, PrintStream stdout, PrintStream stderr) {
        this.env = env;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Entry point: java -cp ... course.testsupport.grading.export.ExportResults --format ... */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExportResults()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        for (Output output : outputs) {
            if (output.base64 && output.format != Format.CLASSROOM) {
                stderr.println("--base64 applies to --format classroom only, not to --format "
                        + output.format.name().toLowerCase(Locale.ROOT) + ".");
                return CommandLine.ExitCode.USAGE;
            }
        }
        List<String> missing = new ArrayList<>();
        List<ChapterResults> chapters = new ArrayList<>();
        Map<String, Map<Integer, String>> titles = new HashMap<>();
        for (Path chapter : chapterFolders()) {
            String name = chapter.getFileName().toString();
            Path file = chapter.resolve("target/grading/results.json");
            Optional<ChapterResults> earlyEnd = StoppedRun.afterAnEarlyEnd(chapter, hidden);
            if (Files.exists(file)) {
                chapters.add(ResultsJson.read(file));
            } else if (earlyEnd.isPresent()) {
                // Surefire stopped the chapter before its gate (System.exit): score what the outcomes say.
                chapters.add(earlyEnd.get());
            } else {
                missing.add(name);
                chapters.add(missingResults(name, file));
            }
            titles.put(name, ExerciseTitles.of(chapter.resolve("README.md")));
        }
        if (chapters.isEmpty()) {
            stderr.println("No chapter found in " + courseRoot + " (folders NN-name with a pom.xml).");
            return MISSING_RESULTS;
        }
        boolean metadataMissing = false;
        for (Output output : outputs) {
            String text = switch (output.format) {
                case CLASSROOM -> classroom(chapters, output.base64);
                case CLASSROOM50 -> classroom50(chapters);
                case GRADESCOPE -> ExportJson.pretty(GradescopeResults.of(chapters));
                case SUMMARY -> JobSummary.of(chapters, titles);
                case ANNOTATIONS -> WorkflowAnnotations.of(chapters);
            };
            if (text == null) {
                metadataMissing = true;
            } else {
                write(text, output.out);
            }
        }
        for (String chapter : missing) {
            stderr.println(chapter + ": no target/grading/results.json, so its tests never ran or were never graded."
                    + " Exported as an error worth 0 points, but its max score is unknown, so the total's max is too"
                    + " low. Build it first: ./mvnw test -pl " + chapter);
        }
        return metadataMissing ? MISSING_METADATA : missing.isEmpty() ? 0 : MISSING_RESULTS;
    }

    /** Classroom 50's result.json, or null (said on standard error) when the submission's identity is missing. */
    private String classroom50(List<ChapterResults> chapters) {
        Classroom50Options.Resolved metadata = classroom50.resolve(env, Instant.now());
        if (metadata.metadata() == null) {
            stderr.println("Classroom 50 needs the submission's identity, and its schema allows no blanks, so no "
                    + "result.json was written:");
            metadata.missing().forEach(line -> stderr.println("  " + line));
            return null;
        }
        return ExportJson.pretty(Classroom50Result.of(metadata.metadata(), chapters));
    }

    private void write(String text, Path out) throws IOException {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }

    private static String classroom(List<ChapterResults> chapters, boolean base64) {
        if (!base64) {
            return ExportJson.pretty(ClassroomRunnerResult.of(chapters));
        }
        StringBuilder lines = new StringBuilder();
        for (ChapterResults chapter : chapters) {
            lines.append(ClassroomRunnerResult.environmentVariable(chapter.chapter())).append('=')
                    .append(ClassroomRunnerResult.of(chapter).base64()).append('\n');
        }
        return lines.toString();
    }

    private List<Path> chapterFolders() throws IOException {
        if (chapterNames == null || chapterNames.isEmpty()) {
            return ScoreboardMain.chapters(courseRoot);
        }
        return chapterNames.stream().map(courseRoot::resolve).toList();
    }

    /** Results for a chapter that left no file: an error, 0 of an unknown (so 0) max. */
    static ChapterResults missingResults(String chapter, Path file) {
        return new ChapterResults(ChapterResults.SCHEMA, chapter, "student", Status.ERROR, 0, 0,
                "No results.json at " + file + ": the chapter was not built or its tests never ran, so its max score"
                        + " is unknown.", List.of());
    }
}
