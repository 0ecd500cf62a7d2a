package course.testsupport.grading.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The submission's identity for Classroom 50, from options or else from the variables its
 * autograde workflow sets (CLASSROOM, ASSIGNMENT, SUBMISSION_TAG, COMMIT_URL, ...) and GitHub
 * Actions' own (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_SERVER_URL, GITHUB_ACTOR). Classroom 50's
 * schema allows no empty value here, so a missing one is an error rather than a blank.
 */
final class Classroom50Options {

    @Option(names = "--classroom", description = "Classroom short name (default: $CLASSROOM).")
    String classroom;

    @Option(names = "--assignment", description = "Assignment slug (default: $ASSIGNMENT).")
    String assignment;

    @Option(names = "--assignment-type",
            description = "individual or group (default: $ASSIGNMENT_TYPE, else $MODE, else individual).")
    String assignmentType;

    @Option(names = "--owner", description = "Repository owner's login (default: $USERNAME, else the tail of "
            + "$GITHUB_REPOSITORY after <classroom>-<assignment>-, else $GITHUB_ACTOR).")
    String owner;

    @Option(names = "--submission", description = "The submit/... tag graded (default: $SUBMISSION_TAG, else "
            + "the tag pushed, $GITHUB_REF_NAME).")
    String submission;

    @Option(names = "--commit", description = "Link to the graded commit (default: $COMMIT_URL, else "
            + "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/commit/$GITHUB_SHA).")
    String commit;

    @Option(names = "--release", description = "Link to the submission's release (default: $RELEASE_URL, else "
            + "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/releases/tag/<submission>).")
    String release;

    @Option(names = "--review", description = "Link to the diff to review (default: $REVIEW_URL, else the commit).")
    String review;

    @Option(names = "--datetime", description = "The submission instant, ISO-8601 with offset, e.g. from "
            + "git show -s --format=%%cI (default: now).")
    OffsetDateTime datetime;

    /**
     * The metadata, or the reasons it is incomplete.
     *
     * @param metadata the metadata when complete, else null
     * @param missing one line per missing or invalid value
     */
    record Resolved(Classroom50Result.Metadata metadata, List<String> missing) {
    }

    /** Fills every value from its option, else from {@code env}. */
    Resolved resolve(Map<String, String> env, Instant now) {
        String server = first(env.get("GITHUB_SERVER_URL"), "https://github.com");
        String repository = env.get("GITHUB_REPOSITORY");
        String theClassroom = first(classroom, env.get("CLASSROOM"));
        String theAssignment = first(assignment, env.get("ASSIGNMENT"));
        String type = first(assignmentType, env.get("ASSIGNMENT_TYPE"), env.get("MODE"), "individual");
        String theOwner = first(owner, env.get("USERNAME"), ownerFromRepository(repository, theClassroom,
                theAssignment), env.get("GITHUB_ACTOR"));
        // A workflow run by the push of the submission tag names it in GITHUB_REF_NAME.
        String tag = first(submission, env.get("SUBMISSION_TAG"),
                "tag".equals(env.get("GITHUB_REF_TYPE")) ? env.get("GITHUB_REF_NAME") : null);
        String sha = env.get("GITHUB_SHA");
        String theCommit = first(commit, env.get("COMMIT_URL"),
                isBlank(repository) || isBlank(sha) ? null : server + "/" + repository + "/commit/" + sha);
        String theRelease = first(release, env.get("RELEASE_URL"), isBlank(repository) || isBlank(tag) ? null
                : server + "/" + repository + "/releases/tag/"
                        + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"));
        String theReview = first(review, env.get("REVIEW_URL"), theCommit);
        Instant when = datetime != null ? datetime.toInstant() : now.truncatedTo(ChronoUnit.SECONDS);

        List<String> missing = new ArrayList<>();
        require(missing, theClassroom, "--classroom or $CLASSROOM");
        require(missing, theAssignment, "--assignment or $ASSIGNMENT");
        require(missing, theOwner, "--owner, $USERNAME, $GITHUB_REPOSITORY or $GITHUB_ACTOR");
        require(missing, tag, "--submission or $SUBMISSION_TAG (or a push of the submit/... tag)");
        require(missing, theCommit, "--commit, $COMMIT_URL, or $GITHUB_REPOSITORY with $GITHUB_SHA");
        require(missing, theRelease, "--release, $RELEASE_URL, or $GITHUB_REPOSITORY with a submission tag");
        if (!isBlank(tag) && !tag.startsWith("submit/")) {
            missing.add("the submission tag must start with \"submit/\", but is \"" + tag + "\"");
        }
        if (!type.equals("individual") && !type.equals("group")) {
            missing.add("the assignment type must be individual or group, but is \"" + type + "\"");
        }
        return missing.isEmpty() ? new Resolved(new Classroom50Result.Metadata(theClassroom, theAssignment, type,
                theOwner, tag, theCommit, theRelease, theReview, when), List.of()) : new Resolved(null, missing);
    }

    /** Classroom 50 names a student's repository "<classroom>-<assignment>-<username>". */
    static String ownerFromRepository(String repository, String classroom, String assignment) {
        if (isBlank(repository) || isBlank(classroom) || isBlank(assignment)) {
            return null;
        }
        String name = repository.substring(repository.indexOf('/') + 1);
        String prefix = (classroom + "-" + assignment + "-").toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).startsWith(prefix) ? name.substring(prefix.length()) : null;
    }

    private static void require(List<String> missing, String value, String from) {
        if (isBlank(value)) {
            missing.add("missing: give " + from);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return value;
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
