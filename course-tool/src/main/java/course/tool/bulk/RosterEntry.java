package course.tool.bulk;

/**
 * One row of a roster: whose submission, where it lives, and which version of it is graded.
 *
 * @param student the student's name: the submission's folder and its gradebook row
 * @param repository the submission's GitHub repository, "owner/name"
 * @param ref the branch, tag or full commit to grade; empty for the workflow's default
 * @param line the roster's line this row was read from, for messages
 */
public record RosterEntry(String student, String repository, String ref, long line) {

    /** The row as the workflow reads it: student, repository and ref separated by tabs. */
    public String tabSeparated() {
        return student + "\t" + repository + "\t" + ref;
    }
}
