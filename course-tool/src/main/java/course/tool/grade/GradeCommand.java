package course.tool.grade;

import course.tool.CourseOption;
import course.tool.CourseRoot;
import course.tool.ToolFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grade}: builds and tests each submission in a pristine copy of the course, then writes the gradebook. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades student submissions: each one's src/main/java in a fresh copy of this course, "
                + "its own Maven build, a time bound; then DIR/gradebook.csv, DIR/feedback/STUDENT.md and "
                + "DIR/logs/STUDENT.log.%nOne bad submission never stops the batch: it is a row with its status.",
        footer = {"%nStatus column: the most severe that applies; the note names every problem. Points come "
                    + "from whatever test results the build left.",
                "  error          the tool itself failed on this submission",
                "  timeout        ran past --timeout-seconds; finished tests keep their points",
                "  system-exit    a test JVM ended early (System.exit, halt, a crash); likewise",
                "  compile-error  the submission's src/main/java does not compile",
                "  build-failed   the build failed and left no test results",
                "  output-flood   the log passed its 1 MB cap; the rest was discarded",
                "  missing-files  a graded chapter has no src/main/java",
                "  hung-tests     tests stopped at their own time bound (blocking, endless loops)",
                "  ok             nothing went wrong (tests may still fail)",
                "%nDIR must be new, empty, or an earlier grade's output (then updated: gradebook.csv and the "
                    + "graded students' feedback and logs); never inside the course or a submission (exit 2)."})
public final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SUBMISSION", arity = "1..*",
            description = "A student's checkout; the folder's name is the student's name.")
    private List<Path> submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the results go.")
    private Path out;

    @Mixin
    private CourseOption courseOption;

    @Option(names = "--chapter", paramLabel = "NN-name",
            description = "A chapter to grade; repeat for more (default: every chapter).")
    private List<String> chapterNames;

    @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once (default: processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "300",
            description = "Time bound of one submission's build (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--hidden", description = "Run the hidden tests too.")
    private boolean hidden;

    @Option(names = "--keep-work", description = "Keep each submission's build folder, DIR/work/STUDENT.")
    private boolean keepWork;

    private CommandRunner runner = new ProcessRunner(ProcessRunner.DEFAULT_CAP);

    /**
     * Replaces the build runner, for tests.
     *
     * @param replacement what runs each submission's build
     */
    public void runner(CommandRunner replacement) {
        this.runner = replacement;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        CourseRoot course = courseOption.course();
        if (jobs < 1 || timeoutSeconds < 1) {
            throw new ToolFailure("--jobs and --timeout-seconds must be 1 or more");
        }
        Map<String, Integer> chapterMax = chapterMax(course);
        List<Path> folders = checkedSubmissions();
        Path dir = OutputFolder.checked(out, course.root(), folders, spec.commandLine());
        Files.createDirectories(dir.resolve("feedback"));
        Files.createDirectories(dir.resolve("logs"));
        Map<String, Long> previousSeconds = OutputFolder.previousSeconds(dir);
        OutputFolder.mark(dir, Map.of());
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        err.printf("Grading %d submission(s), %d at a time, at most %d s each, into %s%n", folders.size(),
                Math.min(jobs, folders.size()), timeoutSeconds, dir);
        err.flush();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Path seed = dir.resolve("work").resolve(".test-support");
        MavenBuild builds = MavenBuild.plain(runner);
        if (folders.stream().anyMatch(folder -> chapterMax.keySet().stream()
                .anyMatch(chapter -> Files.isDirectory(folder.resolve(chapter).resolve(Workspace.MAIN))))) {
            Workspace.deleteTree(seed);
            Workspace.writeCourse(course, seed, List.of(), false);
            builds = MavenBuild.prebuilt(runner, seed, dir.resolve("logs").resolve(".test-support.log"), timeout);
        }
        Grader grader = new Grader(course, chapterMax, hidden, timeout, builds, dir, keepWork);
        AtomicInteger done = new AtomicInteger();
        List<StudentGrade> grades = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(jobs)) {
            Map<Path, Future<StudentGrade>> futures = new HashMap<>();
            for (Path submission : slowestFirst(folders, previousSeconds)) {
                futures.put(submission, pool.submit(() -> {
                    StudentGrade grade = grader.grade(submission);
                    Files.writeString(dir.resolve("feedback").resolve(grade.student() + ".md"),
                            Gradebook.feedback(grade), StandardCharsets.UTF_8);
                    synchronized (err) {
                        err.println(progress(done.incrementAndGet(), folders.size(), grade));
                        err.flush();
                    }
                    return grade;
                }));
            }
            for (Path submission : folders) {
                grades.add(futures.get(submission).get());
            }
        } finally {
            if (!keepWork) {
                Workspace.deleteTree(seed);
                OutputFolder.deleteIfEmpty(dir.resolve("work"));
            }
        }
        Gradebook.writeCsv(grades, List.copyOf(chapterMax.keySet()), dir.resolve("gradebook.csv"));
        OutputFolder.mark(dir, grades.stream()
                .collect(Collectors.toMap(StudentGrade::student, StudentGrade::seconds)));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Graded %d submission(s) in %d s: %s%n", grades.size(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), dir.resolve("gradebook.csv"));
        stdout.flush();
        return 0;
    }

    /**
     * The order in which the submissions start: the slowest of an earlier batch into the same folder first (a
     * hanging submission started last would hold the batch for its whole time bound after the others are done),
     * students not graded there before ahead of them all, since they may be as slow; otherwise as given.
     */
    static List<Path> slowestFirst(List<Path> folders, Map<String, Long> previousSeconds) {
        return folders.stream()
                .sorted(Comparator.comparingLong((Path folder) ->
                        previousSeconds.getOrDefault(folder.getFileName().toString(), Long.MAX_VALUE)).reversed())
                .toList();
    }

    /** "[3/4] alice: 36/72 (01-blocking 36/72) in 41 s", with the status when it is not ok. */
    static String progress(int done, int total, StudentGrade grade) {
        String chapters = grade.chapters().stream()
                .map(c -> c.chapter() + " " + c.score() + "/" + c.maxScore())
                .collect(Collectors.joining(", "));
        String status = "ok".equals(grade.status()) ? "" : " " + grade.status();
        return "[" + done + "/" + total + "] " + grade.student() + ": " + grade.total() + "/" + grade.max()
                + " (" + chapters + ")" + status + " in " + grade.seconds() + " s";
    }

    private Map<String, Integer> chapterMax(CourseRoot course) throws IOException {
        List<String> known = course.chapters().stream().map(p -> p.getFileName().toString()).toList();
        List<String> chosen = chapterNames == null || chapterNames.isEmpty() ? known : chapterNames;
        Map<String, Integer> max = new LinkedHashMap<>();
        for (String chapter : chosen) {
            if (!known.contains(chapter)) {
                throw new ToolFailure("no chapter " + chapter + " in " + course.root() + "; chapters: "
                        + String.join(", ", known));
            }
            max.put(chapter, ChapterMax.of(course.root().resolve(chapter), hidden));
        }
        return max;
    }

    private List<Path> checkedSubmissions() {
        List<Path> folders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path submission : submissions) {
            Path folder = submission.toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new ParameterException(spec.commandLine(), submission
                        + " is not a folder; each SUBMISSION is a student's checkout");
            }
            String name = folder.getFileName().toString();
            if (names.contains(name)) {
                throw new ParameterException(spec.commandLine(), "two submissions are named " + name
                        + " (" + folders.get(names.indexOf(name)) + " and " + folder + "); the folder's name is the "
                        + "student's, so each must differ. Nothing was graded.");
            }
            if (name.startsWith(".")) {
                throw new ParameterException(spec.commandLine(), "the submission " + folder + " is named " + name
                        + "; a student's name must not start with a dot. Nothing was graded.");
            }
            names.add(name);
            folders.add(folder);
        }
        return folders;
    }
}
