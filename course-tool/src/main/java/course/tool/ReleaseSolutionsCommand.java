package course.tool;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code release solutions}: adds one chapter's reference solution to a student edition, after its deadline. */
@Command(name = "solutions", mixinStandardHelpOptions = true,
        description = "Adds a chapter's reference solution to a student edition, as solutions/NN-chapter: "
                + "the solution with the chapter's public tests, a module of its own. Refuses until the chapter's "
                + "deadline (course.json) has passed, unless --force.%n"
                + "Test it in the edition with: ./mvnw test -pl solutions/NN-chapter")
final class ReleaseSolutionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--chapter", required = true, paramLabel = "NN-name",
            description = "The chapter, e.g. 01-blocking.")
    private String chapter;

    @Option(names = "--into", required = true, paramLabel = "EDITION",
            description = "A student edition written by 'release student'.")
    private Path into;

    @Mixin
    private CourseOption courseOption;

    @Option(names = "--force", description = "Release even though the deadline has not passed.")
    private boolean force;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date to compare with the deadline (default: today's date).")
    private LocalDate today;

    @Override
    public Integer call() throws IOException {
        CourseRoot course = courseOption.course();
        Path chapterDir = course.root().resolve(chapter);
        if (!chapter.matches("\\d\\d-[a-z0-9-]+") || !Files.isRegularFile(chapterDir.resolve("pom.xml"))) {
            throw new ToolFailure("no chapter " + chapter + " in " + course.root());
        }
        LocalDate deadline = course.config().deadline(chapter).orElseThrow(() -> new ToolFailure(
                "course.json gives no deadline for " + chapter));
        LocalDate date = today == null ? LocalDate.now() : today;
        if (!date.isAfter(deadline) && !force) {
            throw new ToolFailure(chapter + " is due on " + deadline + "; its solution is released only after "
                    + "that day (today is " + date + "). --force overrides.");
        }
        if (FileTree.files(chapterDir.resolve("src/solution/java")).isEmpty()) {
            throw new ToolFailure(chapter + " has no reference solution yet (" + chapter + "/src/solution/java)");
        }
        Path edition = into.toAbsolutePath().normalize();
        if (!Files.isRegularFile(edition.resolve("pom.xml")) || !Files.isRegularFile(
                edition.resolve("solutions/pom.xml"))) {
            throw new ToolFailure(edition + " is not a student edition (no pom.xml and solutions/pom.xml); "
                    + "write one first with: release student --out " + into);
        }
        Path module = SolutionModule.write(chapterDir, edition);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Released the reference solution of " + chapter + " into " + module + ".");
        stdout.println("Test it against the public tests, in " + edition + ":");
        stdout.println("  ./mvnw test -pl solutions/" + chapter);
        stdout.flush();
        return 0;
    }
}
