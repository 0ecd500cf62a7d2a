package course.testsupport.grading.gate;

import course.testsupport.grading.Outcome;
import course.testsupport.grading.Status;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs after a chapter's tests: writes its results.json from the graded tests in the
 * sources and the outcomes of the run, prints the chapter's report, and decides whether
 * the build goes on (through a marker file, so the build stops with one clean line rather
 * than a stack trace). Three modes: a student's run must earn full marks to stay green; in
 * the course proof the reference solution must earn full marks and the skeleton zero.
 */
@Command(name = "chapter-gate", mixinStandardHelpOptions = true,
        description = "Grades one chapter's test run and writes its results.json.")
public final class ChapterGate implements Callable<Integer> {

    /** The file whose presence fails the build after the gate ran. */
    static final String FAILED_MARKER = "FAILED";

    /** What the run must prove. */
    enum Mode { STUDENT, REFERENCE, SKELETON }

    @Option(names = "--chapter", required = true, description = "Chapter module name, e.g. 01-blocking.")
    private String chapter;

    @Option(names = "--chapter-dir", required = true, description = "The chapter's folder (README.md, src/).")
    private Path chapterDir;

    @Option(names = "--mode", defaultValue = "STUDENT", description = "student, reference or skeleton.")
    private Mode mode;

    @Option(names = "--run-dir", required = true, description = "Folder holding the run's outcomes.jsonl.")
    private Path runDir;

    @Option(names = "--results", required = true, description = "The results.json to write.")
    private Path resultsFile;

    @Option(names = "--main-root", required = true, description = "Sources of the code under test.")
    private Path mainRoot;

    @Option(names = "--test-roots", required = true, split = ",", description = "Test source folders.")
    private List<Path> testRoots;

    @Option(names = "--hidden-root", required = true, description = "The hidden tests' source folder.")
    private Path hiddenRoot;

    @Option(names = "--classes", description = "Where the build wrote the code's classes: a source without its "
            + "class there means the code did not compile, and then no test counts.")
    private Path classesDir;

    /** Entry point used by the build (exec-maven-plugin). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ChapterGate()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<GradedTest> catalog = GradedTestCatalog.scan(testRoots, hiddenRoot).stream()
                .map(test -> test.relativeTo(chapterDir)).toList();
        List<Outcome> outcomes = Outcomes.read(runDir.resolve("outcomes.jsonl"));
        NotRun notRun = null;
        if (outcomes.isEmpty() && !catalog.isEmpty()) {
            notRun = whyNothingCounts(false);
        } else if (classesDir != null && !CompiledClasses.missing(mainRoot, classesDir).isEmpty()) {
            notRun = whyNothingCounts(true);
            if (notRun != null) {
                outcomes = List.of();
            }
        }
        String run = runDir.getFileName().toString();
        ChapterResults results = ResultsAssembler.assemble(chapter, run, catalog, outcomes,
                notRun == null ? null : notRun.reason());
        if (notRun != null && notRun.firstError() != null && notRun.firstError().file() != null) {
            CompilerProbe.CompileError first = notRun.firstError();
            String file = chapterDir.toAbsolutePath().normalize().relativize(first.file().toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            results = results.withErrorAt(file, first.line() > 0 ? first.line() : null);
        }
        ResultsJson.write(results, resultsFile);

        Map<Integer, String> titles = ExerciseTitles.of(chapterDir.resolve("README.md"));
        List<String> problems = switch (mode) {
            case STUDENT -> studentProblems(results);
            case REFERENCE -> referenceProblems(results, titles);
            case SKELETON -> skeletonProblems(results);
        };
        System.out.print(mode == Mode.SKELETON ? skeletonSummary(results) : TextReport.chapter(results, titles,
                resultsFile));
        problems.forEach(problem -> System.out.println("  ! " + problem));
        System.out.flush();
        // The build fails on this marker in its next step (maven-enforcer-plugin), with one clean line.
        Path marker = runDir.resolve(FAILED_MARKER);
        Files.deleteIfExists(marker);
        if (!problems.isEmpty()) {
            Files.createDirectories(runDir);
            Files.write(marker, problems);
        }
        return 0;
    }

    private List<String> studentProblems(ChapterResults results) {
        if (results.status() == Status.PASS) {
            return List.of();
        }
        return List.of(chapter + " earned " + results.score() + " of " + results.maxScore()
                + " points, so this build ends red. Rerun just this chapter with: ./mvnw test -pl " + chapter);
    }

    private List<String> referenceProblems(ChapterResults results, Map<Integer, String> titles) {
        List<String> problems = new ArrayList<>();
        for (TestResult test : results.tests()) {
            if (test.status() != Status.PASS) {
                problems.add("The reference solution must pass every graded test, but exercise " + test.exercise()
                        + " test " + test.id() + " (\"" + test.name() + "\") ended with " + test.status().json()
                        + ": " + TextReport.shorten(test.message()).lines().findFirst().orElse(""));
            }
            if (!titles.containsKey(test.exercise())) {
                problems.add("Test " + test.id() + " belongs to exercise " + test.exercise() + ", but "
                        + chapter + "/README.md has no heading \"### Exercise " + test.exercise() + ": ...\"");
            }
        }
        if (results.message() != null) {
            problems.add(results.message());
        }
        return problems;
    }

    private List<String> skeletonProblems(ChapterResults results) {
        List<String> problems = new ArrayList<>();
        for (TestResult test : results.tests()) {
            if (test.status() == Status.PASS) {
                problems.add("Exercise " + test.exercise() + " test " + test.id() + " (\"" + test.name()
                        + "\") passes against the skeleton: a skeleton must never earn points by accident.");
            }
        }
        if (results.message() != null) {
            problems.add("The skeleton must compile and run its tests: " + results.message());
        }
        return problems;
    }

    private String skeletonSummary(ChapterResults results) {
        long failing = results.tests().stream().filter(t -> t.status() != Status.PASS).count();
        return "\n== " + chapter + " (skeleton run): " + results.score() + "/" + results.maxScore() + " points; "
                + failing + " of " + results.tests().size() + " graded tests fail, as they must against a skeleton\n";
    }

    /**
     * Why no test ran, and the compiler error to point at.
     *
     * @param reason the message for results.json
     * @param firstError the compiler's first error, or null when the code and tests compile
     */
    private record NotRun(String reason, CompilerProbe.CompileError firstError) {

        static NotRun compiler(String intro, List<CompilerProbe.CompileError> errors) {
            return new NotRun(intro + " The compiler's first errors:\n"
                    + String.join("\n", errors.stream().map(CompilerProbe.CompileError::text).toList()),
                    errors.get(0));
        }
    }

    /**
     * Finds out, in javac's words, why no test ran or why the tests that ran do not count. Tests may run against
     * part of the code when javac wrote the classes it finished before an error elsewhere; a chapter counts only
     * when all of its code compiles (as on every grading platform), so then the tests that ran do not count.
     *
     * @param testsRan whether some tests ran (while some source has no class)
     * @return why the chapter scores nothing; null when tests ran and the code compiles after all
     */
    private NotRun whyNothingCounts(boolean testsRan) throws IOException {
        Path scratch = Files.createTempDirectory("grading-probe");
        try {
            List<CompilerProbe.CompileError> mainErrors = CompilerProbe.firstErrors(
                    GradedTestCatalog.javaFiles(mainRoot), "", scratch.resolve("main"));
            if (!mainErrors.isEmpty()) {
                return NotRun.compiler("Your code in " + relative(mainRoot) + (testsRan
                        ? " does not compile. Some of its classes did, and tests ran against them, but a chapter's "
                                + "points count only when all of its code compiles: fix the first error, then run "
                                + "the tests again."
                        : " does not compile, so no test could run."), mainErrors);
            }
            if (testsRan) {
                return null;
            }
            List<Path> testSources = new ArrayList<>();
            for (Path root : testRoots) {
                testSources.addAll(GradedTestCatalog.javaFiles(root));
            }
            String classpath = scratch.resolve("main") + File.pathSeparator + System.getProperty("java.class.path");
            List<CompilerProbe.CompileError> testErrors = CompilerProbe.firstErrors(testSources, classpath,
                    scratch.resolve("tests"));
            if (!testErrors.isEmpty()) {
                return NotRun.compiler("Your code compiles, but the tests do not compile against it: a public class, "
                        + "method or signature they use is missing or different. Keep the skeleton's API exactly.",
                        testErrors);
            }
            return new NotRun("No test ran: the test JVM did not start, or ended before the first test (see the build "
                    + "output above).", null);
        } finally {
            CompilerProbe.deleteTree(scratch);
        }
    }

    private String relative(Path path) {
        Path base = chapterDir.toAbsolutePath().getParent();
        return base == null ? path.toString() : base.relativize(path.toAbsolutePath()).toString();
    }
}
