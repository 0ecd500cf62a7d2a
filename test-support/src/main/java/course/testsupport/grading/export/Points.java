package course.testsupport.grading.export;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;

/**
 * The points and names every export carries, decided in one place so the three formats can
 * never disagree. A chapter whose tests could not run earns nothing, whatever its file says.
 */
final class Points {

    private Points() {
    }

    /** The points a test earned: its score on pass, otherwise 0, and 0 in a chapter that did not run. */
    static int earned(ChapterResults chapter, TestResult test) {
        return chapter.status() == Status.ERROR || test.status() != Status.PASS ? 0 : test.score();
    }

    /** The points a chapter earned: the sum of its tests' points, so totals match the per-test lists. */
    static int earned(ChapterResults chapter) {
        return chapter.tests().stream().mapToInt(test -> earned(chapter, test)).sum();
    }

    /** True when the chapter's tests ran; false for a compile error or missing results. */
    static boolean ran(ChapterResults chapter) {
        return chapter.status() != Status.ERROR;
    }

    /** A test's name, unique across chapters: "01-blocking / exercise 1: echoes a short message". */
    static String testName(ChapterResults chapter, TestResult test) {
        return chapter.chapter() + " / exercise " + test.exercise() + ": " + test.name();
    }

    /** The name of the one stand-in test of a chapter that has no test list (its results are missing). */
    static String notRunName(ChapterResults chapter) {
        return chapter.chapter() + ": tests could not run";
    }

    /** Why a chapter's tests could not run, never null. */
    static String notRunMessage(ChapterResults chapter) {
        return chapter.message() != null ? chapter.message() : "The tests of " + chapter.chapter() + " could not run.";
    }

    /** What a test's message says, with the chapter's reason when the tests did not run; never null. */
    static String message(ChapterResults chapter, TestResult test) {
        if (!ran(chapter)) {
            return notRunMessage(chapter);
        }
        return test.message() != null ? test.message() : "";
    }

    /**
     * The test's source file relative to the repository root, e.g.
     * "01-blocking/src/test/java/course/blocking/EchoClientTest.java": from results.json when it
     * records the file, else derived from the test's class name and visibility.
     */
    static String testFile(ChapterResults chapter, TestResult test) {
        if (test.file() != null) {
            return chapter.chapter() + "/" + test.file();
        }
        String className = test.id().substring(0, test.id().indexOf('#')).split("\\$")[0];
        String root = "hidden".equals(test.visibility()) ? "src/hidden-test/java/" : "src/test/java/";
        return chapter.chapter() + "/" + root + className.replace('.', '/') + ".java";
    }

    /** The line of the test method in {@link #testFile}, or 0 when results.json does not record it. */
    static int testLine(TestResult test) {
        return test.line() != null ? test.line() : 0;
    }
}
