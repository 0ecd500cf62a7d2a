package course.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A released solution inside an edition: {@code solutions/NN-chapter/}, a Maven module built
 * like the chapter itself (same grading properties and plugins), whose main code is the
 * reference solution and whose tests are the chapter's public tests.
 */
final class SolutionModule {

    private SolutionModule() {
    }

    /** Writes the module for {@code chapter} into the edition and lists it in solutions/pom.xml. */
    static Path write(Path chapter, Path edition) throws IOException {
        String name = chapter.getFileName().toString();
        Path module = edition.resolve("solutions").resolve(name);
        FileTree.copyTree(chapter.resolve("src/solution/java"), module.resolve("src/main/java"), List.of());
        FileTree.copyTree(chapter.resolve("src/test/java"), module.resolve("src/test/java"), List.of());
        FileTree.copyTree(chapter.resolve("src/main/resources"), module.resolve("src/main/resources"), List.of());
        FileTree.copyTree(chapter.resolve("src/test/resources"), module.resolve("src/test/resources"), List.of());
        // The README gives the gate's report its exercise titles.
        FileTree.copyFile(chapter.resolve("README.md"), module.resolve("README.md"));
        String chapterPom = Files.readString(chapter.resolve("pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(module.resolve("pom.xml"), modulePom(chapterPom, name), StandardCharsets.UTF_8);
        Path aggregator = edition.resolve("solutions/pom.xml");
        String solutions = Files.readString(aggregator, StandardCharsets.UTF_8);
        Files.writeString(aggregator, PomModules.with(solutions, name), StandardCharsets.UTF_8);
        return module;
    }

    /** The chapter's pom, renamed to solutions-NN-chapter, with its parent two folders up. */
    static String modulePom(String chapterPom, String chapter) {
        int parentEnd = chapterPom.indexOf("</parent>");
        if (parentEnd < 0) {
            throw new ToolFailure(chapter + "/pom.xml has no <parent>");
        }
        String head = chapterPom.substring(0, parentEnd);
        String tail = chapterPom.substring(parentEnd);
        String ownId = "<artifactId>" + chapter + "</artifactId>";
        if (!tail.contains(ownId)) {
            throw new ToolFailure(chapter + "/pom.xml does not declare " + ownId);
        }
        tail = tail.replaceFirst("<name>[^<]*</name>", "<name>Released solution: " + chapter + "</name>")
                .replace(ownId, "<artifactId>solutions-" + chapter + "</artifactId>");
        if (!head.contains("<relativePath>")) {
            head = head + "  <relativePath>../../pom.xml</relativePath>\n  ";
        }
        return head + tail;
    }
}
