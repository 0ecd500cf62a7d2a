package course.testsupport.grading.export;

/**
 * GitHub Actions' workflow commands, the lines {@code ::error file=...,line=...,title=...::message}
 * a step prints to make an annotation. GitHub decodes a few percent escapes: in the message
 * % and line breaks must be escaped, in a property also the ':' and ',' that would end it.
 */
final class WorkflowCommands {

    private WorkflowCommands() {
    }

    /** An {@code ::error} annotation; {@code file} may be null (no place), {@code line} 0 (the whole file). */
    static String error(String file, int line, String title, String message) {
        StringBuilder properties = new StringBuilder();
        if (file != null) {
            properties.append("file=").append(property(file));
            if (line > 0) {
                properties.append(",line=").append(line);
            }
            properties.append(',');
        }
        properties.append("title=").append(property(title));
        return "::error " + properties + "::" + data(message);
    }

    /** A {@code ::notice} line with no place. */
    static String notice(String message) {
        return "::notice::" + data(message);
    }

    /** Escapes a command's message: % first, so the escapes it adds are not escaped again. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property's value: like a message, and also the ':' and ',' that delimit properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
