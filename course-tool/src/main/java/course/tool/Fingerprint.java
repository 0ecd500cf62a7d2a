package course.tool;

/**
 * A piece of text that only the instructor repository may hold.
 *
 * @param kind what the text comes from
 * @param chapter the chapter folder it belongs to
 * @param text the normalised body, or for {@link Kind#HIDDEN_CLASS} the class name
 * @param owner {@code Class.method}, or the class name
 * @param source where it comes from, relative to the course root
 */
record Fingerprint(Kind kind, String chapter, String text, String owner, String source) {

    /** What a fingerprint stands for. */
    enum Kind {
        /** A method or constructor body of a reference solution. */
        REFERENCE_BODY,
        /** A test method body of a hidden test. */
        HIDDEN_BODY,
        /** The name of a hidden test class. */
        HIDDEN_CLASS
    }
}
