package course.tool.grade;

import course.testsupport.grading.gate.GradedTest;
import course.testsupport.grading.gate.GradedTestCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A chapter's maximum score read from the instructor's test sources, for submissions that left no results. */
public final class ChapterMax {

    private ChapterMax() {
    }

    /**
     * Sums the points of every graded test of the chapter.
     *
     * @param chapterDir the instructor's chapter folder
     * @param hidden whether the hidden tests count
     * @return the points possible
     * @throws IOException when the sources cannot be read
     */
    public static int of(Path chapterDir, boolean hidden) throws IOException {
        Path hiddenRoot = chapterDir.resolve("src/hidden-test/java");
        List<Path> roots = new ArrayList<>(List.of(chapterDir.resolve("src/test/java")));
        if (hidden) {
            roots.add(hiddenRoot);
        }
        return GradedTestCatalog.scan(roots, hiddenRoot).stream().mapToInt(GradedTest::points).sum();
    }
}
