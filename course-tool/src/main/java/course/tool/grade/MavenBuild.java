package course.tool.grade;

import course.tool.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Maven builds of a batch: offline first (online again only when the offline run lacked an artifact),
 * Maven itself on a JVM tuned for short runs, and test-support compiled once per batch rather than once per
 * submission: its classes are copied into each workspace, where the compiler finds them up to date.
 */
public final class MavenBuild {

    /** Maven's own JVM: a build of seconds gains nothing from the optimising compiler or a parallel GC. */
    static final String MAVEN_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /**
     * Recompile only sources newer than their classes. Maven's default compares the list of source paths with
     * the last build's, and every workspace has other paths, so it would compile test-support every time.
     */
    static final String STALE_SOURCES_ONLY = "-Dmaven.compiler.useIncrementalCompilation=false";

    private static final String CLASSES = "test-support/target";

    private final CommandRunner runner;
    private final Path prebuilt;

    private MavenBuild(CommandRunner runner, Path prebuilt) {
        this.runner = runner;
        this.prebuilt = prebuilt;
    }

    /**
     * Builds without a prebuilt test-support: every submission compiles it.
     *
     * @param runner what runs the commands
     * @return the builds
     */
    public static MavenBuild plain(CommandRunner runner) {
        return new MavenBuild(runner, null);
    }

    /**
     * Compiles test-support once in {@code seed} (a pristine course written there) for every submission's build.
     * When that fails, each submission compiles it itself, as with {@link #plain}.
     *
     * @param runner what runs the commands
     * @param seed a course folder holding test-support, written by {@link Workspace#writeCourse}
     * @param log where the seed build's output goes
     * @param timeout its time bound
     * @return the builds, with the prebuilt classes when the seed build succeeded
     * @throws IOException when the command cannot start
     * @throws InterruptedException when the batch is interrupted
     */
    public static MavenBuild prebuilt(CommandRunner runner, Path seed, Path log, Duration timeout)
            throws IOException, InterruptedException {
        MavenBuild plain = plain(runner);
        RunOutcome run = plain.run(seed, List.of("test-compile", "-pl", "test-support"), log, timeout);
        boolean built = run.exitCode() == 0 && Files.isDirectory(seed.resolve(CLASSES).resolve("classes"));
        return built ? new MavenBuild(runner, seed.resolve(CLASSES)) : plain;
    }

    /** Whether test-support was compiled once for the batch. */
    public boolean hasPrebuilt() {
        return prebuilt != null;
    }

    /**
     * Runs {@code ./mvnw test} for {@code chapters} in {@code workspace}.
     *
     * @param workspace the submission's workspace
     * @param chapters the chapters to test
     * @param hidden whether the hidden tests run
     * @param log the build's output
     * @param timeout the time bound of the whole build
     * @return how the build ended
     * @throws IOException when the command cannot start or the classes cannot be copied
     * @throws InterruptedException when the batch is interrupted
     */
    public RunOutcome test(Path workspace, List<String> chapters, boolean hidden, Path log, Duration timeout)
            throws IOException, InterruptedException {
        if (prebuilt != null) {
            // Kept file times make the copy older than nothing it was compiled from: the build skips javac.
            FileTree.copyTree(prebuilt, workspace.resolve(CLASSES), List.of());
        }
        return run(workspace, goals(chapters, hidden), log, timeout);
    }

    /**
     * Runs the tests of {@code chapters} again in a workspace built before, leaving out {@code excluded}.
     *
     * @param workspace the submission's workspace, already built once
     * @param chapters the chapters to test
     * @param hidden whether the hidden tests run
     * @param excluded the tests left out, as "class#method"
     * @param log the build's output
     * @param timeout the time bound of this build
     * @return how the build ended
     * @throws IOException when the command cannot start
     * @throws InterruptedException when the batch is interrupted
     */
    public RunOutcome retest(Path workspace, List<String> chapters, boolean hidden, Collection<String> excluded,
            Path log, Duration timeout) throws IOException, InterruptedException {
        List<String> goals = goals(chapters, hidden);
        if (!excluded.isEmpty()) {
            // Surefire's test filter: "!" excludes a method; with exclusions only, every other test runs.
            goals.add("-Dtest=" + excluded.stream().map(test -> "!" + test).collect(Collectors.joining(",")));
            goals.add("-Dsurefire.failIfNoSpecifiedTests=false");
        }
        return run(workspace, goals, log, timeout);
    }

    private static List<String> goals(List<String> chapters, boolean hidden) {
        List<String> goals = new ArrayList<>(List.of("test"));
        if (hidden) {
            goals.add("-Phidden");
        }
        goals.addAll(List.of("-pl", String.join(",", chapters), "-am"));
        return goals;
    }

    private RunOutcome run(Path dir, List<String> goals, Path log, Duration timeout)
            throws IOException, InterruptedException {
        RunOutcome run = runner.run(command(dir, goals, true), dir, environment(), log, timeout);
        if (!run.timedOut() && run.exitCode() != 0 && BuildLog.read(log).needsOnline()) {
            run = runner.run(command(dir, goals, false), dir, environment(), log, timeout);
        }
        return run;
    }

    private static List<String> command(Path dir, List<String> goals, boolean offline) {
        List<String> command = new ArrayList<>(List.of(dir.resolve("mvnw").toString(), "-B", "-q"));
        if (offline) {
            command.add("-o");
        }
        command.add(STALE_SOURCES_ONLY);
        command.addAll(goals);
        return command;
    }

    /** Maven on the tool's own JDK (21 or newer) compiles in-process: faster than finding a toolchain. */
    private static Map<String, String> environment() {
        String inherited = System.getenv("MAVEN_OPTS");
        String options = inherited == null || inherited.isBlank() ? MAVEN_JVM_OPTIONS
                : MAVEN_JVM_OPTIONS + " " + inherited;
        return Map.of("JAVA_HOME", System.getProperty("java.home"), "MAVEN_OPTS", options);
    }
}
