package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The leak scan")
class LeakScanTest {

    private static final Path CHAPTER = Path.of(ToolRun.COURSE, "01-blocking");

    @TempDir
    Path edition;

    @BeforeEach
    void releaseAnEdition() {
        ToolRun run = ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    @DisplayName("finds nothing in a clean edition")
    void passesOnACleanEdition() {
        ToolRun run = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no leak");
    }

    @Test
    @DisplayName("has fingerprints of reference bodies but not of bodies the skeleton shares (main)")
    void fingerprintsOnlyWhatTheSkeletonLacks() throws IOException {
        var prints = Fingerprints.reference(Path.of(ToolRun.COURSE).toAbsolutePath().normalize(),
                CHAPTER.toAbsolutePath().normalize());

        assertThat(prints).extracting(Fingerprint::owner).contains("Frames.readFrame", "Frames.writeFrame")
                .doesNotContain("Frames.main");
    }

    @Test
    @DisplayName("names the file and the method when a reference solution is copied over the skeleton")
    void findsAPlantedReferenceBody() throws IOException {
        Path skeleton = edition.resolve("01-blocking/src/main/java/course/blocking/Frames.java");
        Files.copy(CHAPTER.resolve("src/solution/java/course/blocking/Frames.java"), skeleton,
                StandardCopyOption.REPLACE_EXISTING);

        ToolRun run = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("leak: 01-blocking/src/main/java/course/blocking/Frames.java contains the "
                + "reference body of Frames.readFrame (01-blocking/src/solution/java/course/blocking/Frames.java)");
    }

    @Test
    @DisplayName("finds a reference body pasted with other indentation into another file")
    void findsAReformattedBody() throws IOException {
        Path notes = edition.resolve("01-blocking/NOTES.md");
        String body = Files.readString(CHAPTER.resolve("src/solution/java/course/blocking/Frames.java"));
        int start = body.indexOf("byte[] header = in.readNBytes");
        int end = body.indexOf("return Optional.of(body);") + "return Optional.of(body);".length();
        Files.writeString(notes, "```java\n" + body.substring(start, end).replace("    ", "\t") + "\n```\n");

        ToolRun run = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("leak: 01-blocking/NOTES.md contains the reference body of Frames.readFrame");
    }

    @Test
    @DisplayName("names the file and the class when a hidden test is planted among the public tests")
    void findsAPlantedHiddenTest() throws IOException {
        Path planted = edition.resolve("01-blocking/src/test/java/course/blocking/FramesHiddenTest.java");
        Files.copy(CHAPTER.resolve("src/hidden-test/java/course/blocking/FramesHiddenTest.java"), planted);

        ToolRun run = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("leak: 01-blocking/src/test/java/course/blocking/FramesHiddenTest.java "
                + "contains hidden test FramesHiddenTest (01-blocking/src/hidden-test/java/course/blocking/"
                + "FramesHiddenTest.java)");
    }

    @Test
    @DisplayName("finds a hidden test's body even under another class name")
    void findsARenamedHiddenTest() throws IOException {
        String hidden = Files.readString(CHAPTER.resolve("src/hidden-test/java/course/blocking/FramesHiddenTest.java"));
        Files.writeString(edition.resolve("01-blocking/src/test/java/course/blocking/MoreFramesTest.java"),
                hidden.replace("FramesHiddenTest", "MoreFramesTest"));

        ToolRun run = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("MoreFramesTest.java contains the body of hidden test FramesHiddenTest.");
    }

    @Test
    @DisplayName("allows a chapter's own released solution under solutions/, and nothing more")
    void allowsTheReleasedSolution() {
        ToolRun release = ToolRun.of("release", "solutions", "--chapter", "01-blocking", "--into",
                edition.toString(), "--course", ToolRun.COURSE, "--force");
        ToolRun scan = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(release.exitCode()).as(release.err()).isZero();
        assertThat(scan.exitCode()).as(scan.err()).isZero();
    }
}
