package course.tool.grade;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.ResultsJson;
import course.tool.CourseRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one submission: assembles its workspace, runs the build there, and reads each chapter's results.
 *
 * @param course the instructor's course
 * @param chapterMax each graded chapter's maximum, in order
 * @param hidden whether the hidden tests run
 * @param timeout the time bound of one submission's build
 * @param runner what runs the build
 * @param out the batch's output folder
 */
public record Grader(CourseRoot course, Map<String, Integer> chapterMax, boolean hidden, Duration timeout,
        CommandRunner runner, Path out) {

    /**
     * Grades one submission; never throws for a bad submission: what went wrong is in the grade.
     *
     * @param submission the student's checkout
     * @return the grade
     * @throws InterruptedException when the batch is interrupted
     */
    public StudentGrade grade(Path submission) throws InterruptedException {
        String student = submission.getFileName().toString();
        long start = System.nanoTime();
        Map<String, ChapterGrade> chapters = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String status = "ok";
        try {
            Path workspace = out.resolve("work").resolve(student);
            List<String> graded = List.copyOf(chapterMax.keySet());
            List<String> missing = Workspace.assemble(course, submission, workspace, graded, hidden);
            for (String chapter : missing) {
                chapters.put(chapter, ChapterGrade.none(chapter, chapterMax.get(chapter), "missing src/main/java"));
                notes.add(chapter + ": missing src/main/java");
                status = "missing-files";
            }
            List<String> built = graded.stream().filter(c -> !missing.contains(c)).toList();
            if (!built.isEmpty()) {
                Path log = out.resolve("logs").resolve(student + ".log");
                Files.createDirectories(log.getParent());
                RunOutcome run = build(workspace, built, log, true);
                if (!run.timedOut() && run.exitCode() != 0 && needsOnline(log)) {
                    run = build(workspace, built, log, false);
                }
                if (run.truncated()) {
                    notes.add("log cut at " + ProcessRunner.DEFAULT_CAP / 1024 + " KB");
                }
                for (String chapter : built) {
                    Path file = workspace.resolve(chapter).resolve("target/grading/results.json");
                    if (Files.isRegularFile(file)) {
                        ChapterResults results = ResultsJson.read(file);
                        chapters.put(chapter, ChapterGrade.of(results));
                        if (results.status() == Status.ERROR && "ok".equals(status)) {
                            status = "compile-error";
                            notes.add(chapter + ": " + firstError(results.message()));
                        }
                        long timeouts = results.tests().stream().filter(t -> t.status() == Status.TIMEOUT).count();
                        if (timeouts > 0) {
                            notes.add(chapter + ": " + timeouts + " test(s) stopped at their time bound");
                        }
                    } else {
                        String why = run.timedOut() ? "timeout" : "build failed (exit " + run.exitCode() + ")";
                        chapters.put(chapter, ChapterGrade.none(chapter, chapterMax.get(chapter), "no results: "
                                + why));
                        notes.add(chapter + ": no results.json (" + why + ")");
                        status = run.timedOut() ? "timeout" : "build-failed";
                    }
                }
                if (run.timedOut()) {
                    status = "timeout";
                    notes.add("stopped after " + timeout.toSeconds() + " s");
                }
            }
        } catch (IOException | RuntimeException e) {
            status = "error";
            notes.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<ChapterGrade> ordered = new ArrayList<>();
        for (Map.Entry<String, Integer> chapter : chapterMax.entrySet()) {
            ordered.add(chapters.getOrDefault(chapter.getKey(),
                    ChapterGrade.none(chapter.getKey(), chapter.getValue(), "not graded: " + status)));
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        return new StudentGrade(student, ordered, status, String.join("; ", notes), seconds);
    }

    private RunOutcome build(Path workspace, List<String> chapters, Path log, boolean offline)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(workspace.resolve("mvnw").toString(), "-B", "-q"));
        if (offline) {
            command.add("-o");
        }
        command.add("test");
        if (hidden) {
            command.add("-Phidden");
        }
        command.addAll(List.of("-pl", String.join(",", chapters), "-am"));
        // Maven on the tool's own JDK (21 or newer) compiles in-process: faster than finding a toolchain.
        Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"));
        return runner.run(command, workspace, environment, log, timeout);
    }

    /** Whether an offline build failed for want of something not yet in the local repository. */
    private static boolean needsOnline(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return false;
        }
        String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        return text.contains("offline mode") || text.contains("has not been downloaded");
    }

    /** The compiler's first error line of a results message, or its first line. */
    private static String firstError(String message) {
        if (message == null || message.isBlank()) {
            return "the tests could not run";
        }
        List<String> lines = message.strip().lines().toList();
        String line = lines.stream().filter(l -> l.contains("error:")).findFirst().orElse(lines.get(0));
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
