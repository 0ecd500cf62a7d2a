package course.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fingerprints of everything an edition must not contain: every reference method body
 * that is big enough to be telling and differs from the skeleton, and every hidden test
 * (its class name and its test method bodies).
 */
final class Fingerprints {

    /** A body is telling from this many top-level statements on... */
    static final int MIN_STATEMENTS = 3;
    /** ...or from this many characters once whitespace is removed. */
    static final int MIN_CHARS = 80;

    private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest",
            "TestFactory", "TestTemplate", "Graded");

    private Fingerprints() {
    }

    /** Every fingerprint of every chapter of the course. */
    static List<Fingerprint> of(CourseRoot course) throws IOException {
        List<Fingerprint> all = new ArrayList<>();
        for (Path chapter : course.chapters()) {
            all.addAll(reference(course.root(), chapter));
            all.addAll(hidden(course.root(), chapter));
        }
        return all;
    }

    /** Reference bodies, except those the skeleton's file of the same name holds too (main, records...). */
    static List<Fingerprint> reference(Path root, Path chapter) throws IOException {
        Path solution = chapter.resolve("src/solution/java");
        Path skeleton = chapter.resolve("src/main/java");
        List<Fingerprint> found = new ArrayList<>();
        for (JavaBodies.Body body : JavaBodies.of(javaFiles(solution))) {
            Path twin = skeleton.resolve(solution.relativize(body.file()).toString());
            if (telling(body) && !normalisedText(twin).contains(body.text())) {
                found.add(new Fingerprint(Fingerprint.Kind.REFERENCE_BODY, name(chapter), body.text(), body.name(),
                        relative(root, body.file())));
            }
        }
        return found;
    }

    /** Hidden test class names and test bodies, except bodies the public tests hold too. */
    static List<Fingerprint> hidden(Path root, Path chapter) throws IOException {
        List<Path> files = javaFiles(chapter.resolve("src/hidden-test/java"));
        StringBuilder publicTests = new StringBuilder();
        for (Path file : javaFiles(chapter.resolve("src/test/java"))) {
            publicTests.append(normalisedText(file));
        }
        List<Fingerprint> found = new ArrayList<>();
        for (Path file : files) {
            for (String type : JavaBodies.topLevelTypes(file)) {
                found.add(new Fingerprint(Fingerprint.Kind.HIDDEN_CLASS, name(chapter), type, type,
                        relative(root, file)));
            }
        }
        for (JavaBodies.Body body : JavaBodies.of(files)) {
            boolean test = body.annotations().stream().anyMatch(TEST_ANNOTATIONS::contains);
            if (test && telling(body) && publicTests.indexOf(body.text()) < 0) {
                found.add(new Fingerprint(Fingerprint.Kind.HIDDEN_BODY, name(chapter), body.text(), body.name(),
                        relative(root, body.file())));
            }
        }
        return found;
    }

    private static boolean telling(JavaBodies.Body body) {
        return body.statements() >= MIN_STATEMENTS || body.text().length() >= MIN_CHARS;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        return FileTree.files(root).stream().filter(path -> path.toString().endsWith(".java")).toList();
    }

    private static String normalisedText(Path file) throws IOException {
        return Files.isRegularFile(file) ? JavaBodies.normalise(Files.readString(file, StandardCharsets.UTF_8)) : "";
    }

    private static String name(Path chapter) {
        return chapter.getFileName().toString();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
