package course.testsupport.grading.export;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Fixed chapter results the export tests map: one run with every kind of outcome, one that did not compile. */
final class ExportSamples {

    /** Points earned in {@link #mixed()}. */
    static final int MIXED_SCORE = 3;

    /** Points possible in either sample. */
    static final int MAX_SCORE = 10;

    static final String COMPILE_ERROR = "Your code in 02-demo/src/main/java does not compile, so no test could run."
            + " The compiler's first errors:\nEcho.java:7: error: ';' expected";

    /** Where {@link #mixed()}'s public tests are, relative to the chapter's folder. */
    static final String ECHO_TEST = "src/test/java/demo/EchoTest.java";

    /** A teaching message with markup in it: a pipe, angle brackets, and three lines. */
    static final String SPLIT_MESSAGE = "[the echo of a message split in three writes]\n"
            + "expected: \"a|b|c\"\n but was: <\"a\">\nRead until the whole message is there, not just once.";

    private ExportSamples() {
    }

    /** 3 of 10 points: a public pass and fail, a hidden timeout and a hidden pass. */
    static ChapterResults mixed() {
        return new ChapterResults(ChapterResults.SCHEMA, "01-demo", "student", Status.FAIL, MIXED_SCORE, MAX_SCORE,
                null, List.of(
                        new TestResult("demo.EchoTest#echoes", 1, "echoes a short message", Status.PASS, 2, 2,
                                "public", null, "connected\n", 12, ECHO_TEST, 14),
                        new TestResult("demo.EchoTest#splits", 1, "echoes a message split in three", Status.FAIL, 0, 3,
                                "public", SPLIT_MESSAGE, null, 30, ECHO_TEST, 27),
                        new TestResult("demo.HiddenEchoTest#slowPeer", 2, "waits for a slow peer", Status.TIMEOUT, 0,
                                4, "hidden", "stopped after its 2 s time bound", null, 2000),
                        new TestResult("demo.HiddenEchoTest$Nested#closes", 2, "closes the socket", Status.PASS, 1, 1,
                                "hidden", null, null, 3)));
    }

    /** 0 of 10 points: the code did not compile, so every test is listed as an error; javac's place recorded. */
    static ChapterResults compileError() {
        return new ChapterResults(ChapterResults.SCHEMA, "02-demo", "student", Status.ERROR, 0, MAX_SCORE,
                COMPILE_ERROR, List.of(
                        new TestResult("demo.ServerTest#accepts", 1, "accepts a client", Status.ERROR, 0, 6,
                                "public", COMPILE_ERROR, null, 0),
                        new TestResult("demo.HiddenServerTest#twoClients", 1, "serves two clients", Status.ERROR, 0,
                                4, "hidden", COMPILE_ERROR, null, 0)),
                "src/main/java/demo/Echo.java", 7);
    }

    /** 5 of 5 points: every test passed. */
    static ChapterResults fullMarks() {
        return new ChapterResults(ChapterResults.SCHEMA, "03-demo", "student", Status.PASS, 5, 5, null, List.of(
                new TestResult("demo.FrameTest#frames", 1, "writes a length-prefixed frame", Status.PASS, 3, 3,
                        "public", null, null, 8, "src/test/java/demo/FrameTest.java", 20),
                new TestResult("demo.FrameTest#reads", 2, "reads a frame back", Status.PASS, 2, 2, "public", null,
                        null, 9, "src/test/java/demo/FrameTest.java", 31)));
    }

    /** 0 of {@code count} points: {@code count} failing tests, listed from the last exercise to the first. */
    static ChapterResults failing(int count) {
        List<TestResult> tests = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            tests.add(new TestResult("demo.ManyTest#test" + i, i, "test " + i, Status.FAIL, 0, 1, "public",
                    "failure " + i, null, 1, "src/test/java/demo/ManyTest.java", 10 * i));
        }
        return new ChapterResults(ChapterResults.SCHEMA, "04-demo", "student", Status.FAIL, 0, count, null, tests);
    }

    /** A complete Classroom 50 identity. */
    static Classroom50Result.Metadata metadata() {
        String commit = "https://github.com/course-org/sockets-demo-alice/commit/0123abc";
        return new Classroom50Result.Metadata("sockets", "demo", "individual", "alice",
                "submit/2026-11-20T10-15-30Z-0123abc", commit,
                "https://github.com/course-org/sockets-demo-alice/releases/tag/submit%2F2026-11-20T10-15-30Z-0123abc",
                commit, Instant.parse("2026-11-20T10:15:30Z"));
    }
}
