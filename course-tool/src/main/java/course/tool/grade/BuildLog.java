package course.tool.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a submission's build log says happened, in the words Maven and its plugins print. */
final class BuildLog {

    /** Surefire's words when a forked test JVM ended without its final handshake (System.exit, halt, crash). */
    static final String FORK_ENDED = "The forked VM terminated without properly saying goodbye";

    private static final Pattern COMPILER_ERROR = Pattern.compile(
            "^\\[ERROR] (\\S*/([^/\\s]+)/src/main/java/\\S+\\.java:\\[\\d+,\\d+]) (.*)$", Pattern.MULTILINE);

    private final String text;

    private BuildLog(String text) {
        this.text = text;
    }

    /** Reads a log; a missing file reads as empty. */
    static BuildLog read(Path log) throws IOException {
        // Not Files.readString: a flood of output may hold malformed UTF-8, which this decoding replaces.
        byte[] bytes = Files.isRegularFile(log) ? Files.readAllBytes(log) : new byte[0];
        return new BuildLog(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A log with this text, for tests. */
    static BuildLog of(String text) {
        return new BuildLog(text);
    }

    /** Whether a test JVM ended early: the student's code called System.exit or Runtime.halt, or crashed it. */
    boolean testJvmEndedEarly() {
        return text.contains(FORK_ENDED);
    }

    /** Whether an offline build failed for want of something not yet in the local repository. */
    boolean needsOnline() {
        return text.contains("offline mode") || text.contains("has not been downloaded");
    }

    /** The compiler's first error in {@code chapter}'s src/main/java, as "File.java:[line,col] message". */
    Optional<String> firstCompileError(String chapter) {
        Matcher matcher = COMPILER_ERROR.matcher(text);
        while (matcher.find()) {
            if (matcher.group(2).equals(chapter)) {
                String file = matcher.group(1);
                return Optional.of(file.substring(file.lastIndexOf('/') + 1) + " " + matcher.group(3).strip());
            }
        }
        return Optional.empty();
    }
}
