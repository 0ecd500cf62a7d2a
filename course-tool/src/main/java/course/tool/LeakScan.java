package course.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scans an edition for the course's fingerprints: every .java and .md file, normalised the way
 * the fingerprints are, is searched for each reference body and hidden test body; .java files
 * also for hidden test class names. A released solution under {@code solutions/NN-chapter/}
 * may of course hold that chapter's reference bodies, and nothing else that is secret.
 */
final class LeakScan {

    private final List<Fingerprint> fingerprints;

    LeakScan(List<Fingerprint> fingerprints) {
        this.fingerprints = List.copyOf(fingerprints);
    }

    /** How many fingerprints the scan looks for. */
    int size() {
        return fingerprints.size();
    }

    /** The result of one scan: how many files were read, and one line per leak. */
    record Result(int files, List<String> leaks) {
    }

    /** Scans every .java and .md file of the edition (build output and .git left out). */
    Result scan(Path edition) throws IOException {
        List<String> leaks = new ArrayList<>();
        int scanned = 0;
        for (Path file : FileTree.files(edition)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".java") && !name.endsWith(".md")) {
                continue;
            }
            scanned++;
            String where = edition.relativize(file).toString().replace('\\', '/');
            if (where.contains("src/solution/") || where.contains("src/hidden-test/")) {
                leaks.add("leak: " + where + " lies in a reference or hidden test folder");
            }
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String normalised = JavaBodies.normalise(raw);
            for (Fingerprint print : fingerprints) {
                if (found(print, where, name, raw, normalised)) {
                    leaks.add(describe(print, where));
                }
            }
        }
        return new Result(scanned, List.copyOf(leaks));
    }

    private static boolean found(Fingerprint print, String where, String name, String raw, String normalised) {
        return switch (print.kind()) {
            case REFERENCE_BODY -> !where.startsWith("solutions/" + print.chapter() + "/")
                    && normalised.contains(print.text());
            case HIDDEN_BODY -> normalised.contains(print.text());
            case HIDDEN_CLASS -> name.endsWith(".java") && (name.equals(print.text() + ".java")
                    || Pattern.compile("(?<![\\w$])" + Pattern.quote(print.text()) + "(?![\\w$])").matcher(raw).find());
        };
    }

    private static String describe(Fingerprint print, String where) {
        return switch (print.kind()) {
            case REFERENCE_BODY -> "leak: " + where + " contains the reference body of " + print.owner() + " ("
                    + print.source() + ")";
            case HIDDEN_BODY -> "leak: " + where + " contains the body of hidden test " + print.owner() + " ("
                    + print.source() + ")";
            case HIDDEN_CLASS -> "leak: " + where + " contains hidden test " + print.owner() + " ("
                    + print.source() + ")";
        };
    }
}
