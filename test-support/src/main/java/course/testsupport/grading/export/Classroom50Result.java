package course.testsupport.grading.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An assignment's result.json for Classroom 50 (schema {@value #SCHEMA}): whole points only,
 * kebab-case score names, and no top-level field beyond the schema's. The submission's
 * identity (classroom, owner, links) is not known inside a test run and comes in as
 * {@link Metadata}. Several chapters become one assignment: their tests are listed together
 * and their points added up; a chapter that did not run adds 0 of its full max.
 *
 * @param schema always {@value #SCHEMA}
 * @param classroom the classroom's short name
 * @param assignment the assignment's slug
 * @param assignmentType individual or group
 * @param owner the repository owner's login
 * @param submission the submit/... tag that was graded
 * @param commit link to the graded commit
 * @param release link to the submission's release
 * @param review link to the diff to review (the commit when there is nothing to compare)
 * @param datetime the submission instant, UTC, "yyyy-MM-ddTHH:mm:ssZ"
 * @param score points earned
 * @param maxScore points possible
 * @param tests every graded test of every chapter
 */
public record Classroom50Result(
        @JsonProperty("schema") String schema,
        @JsonProperty("classroom") String classroom,
        @JsonProperty("assignment") String assignment,
        @JsonProperty("assignment_type") String assignmentType,
        @JsonProperty("owner") String owner,
        @JsonProperty("submission") String submission,
        @JsonProperty("commit") String commit,
        @JsonProperty("release") String release,
        @JsonProperty("review") String review,
        @JsonProperty("datetime") String datetime,
        @JsonProperty("score") int score,
        @JsonProperty("max-score") int maxScore,
        @JsonProperty("tests") List<TestScore> tests) {

    /** The schema name Classroom 50 checks. */
    public static final String SCHEMA = "classroom50/result/v1";

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One graded test. Classroom 50 keeps extra test fields verbatim, so the failure message rides along.
     *
     * @param testName the chapter, exercise and display name
     * @param passed true only if the test passed in a chapter that ran
     * @param score points earned
     * @param maxScore points possible
     * @param message why it did not pass; left out when it passed
     */
    public record TestScore(
            @JsonProperty("test-name") String testName,
            @JsonProperty("passed") boolean passed,
            @JsonProperty("score") int score,
            @JsonProperty("max-score") int maxScore,
            @JsonProperty("message") @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
    }

    /**
     * What the grading run itself cannot know: who submitted what, and where it lives.
     *
     * @param classroom the classroom's short name
     * @param assignment the assignment's slug
     * @param assignmentType individual or group
     * @param owner the repository owner's login
     * @param submission the submit/... tag
     * @param commit link to the graded commit
     * @param release link to the submission's release
     * @param review link to the diff to review
     * @param datetime the submission instant
     */
    public record Metadata(String classroom, String assignment, String assignmentType, String owner,
            String submission, String commit, String release, String review, Instant datetime) {
    }

    /** Maps the chapters of one assignment. */
    public static Classroom50Result of(Metadata metadata, List<ChapterResults> chapters) {
        List<TestScore> tests = new ArrayList<>();
        int score = 0;
        int maxScore = 0;
        for (ChapterResults chapter : chapters) {
            for (TestResult test : chapter.tests()) {
                int earned = Points.earned(chapter, test);
                boolean passed = Points.ran(chapter) && earned == test.maxScore();
                tests.add(new TestScore(Points.testName(chapter, test), passed, earned, test.maxScore(),
                        passed ? null : Points.message(chapter, test)));
            }
            if (chapter.tests().isEmpty()) {
                tests.add(new TestScore(Points.notRunName(chapter), false, 0, chapter.maxScore(),
                        Points.notRunMessage(chapter)));
            }
            score += Points.earned(chapter);
            maxScore += chapter.maxScore();
        }
        return new Classroom50Result(SCHEMA, metadata.classroom(), metadata.assignment(), metadata.assignmentType(),
                metadata.owner(), metadata.submission(), metadata.commit(), metadata.release(), metadata.review(),
                DATETIME.format(metadata.datetime()), score, maxScore, tests);
    }
}
