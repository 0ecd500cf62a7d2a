package course.tool;

/** A command could not do its job; the message says why, in words meant for the instructor. */
public final class ToolFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with its explanation.
     *
     * @param message what went wrong, in words meant for the instructor
     */
    public ToolFailure(String message) {
        super(message);
    }
}
