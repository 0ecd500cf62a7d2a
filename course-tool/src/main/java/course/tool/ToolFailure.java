package course.tool;

/** A command could not do its job; the message says why, in words meant for the instructor. */
final class ToolFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ToolFailure(String message) {
        super(message);
    }
}
