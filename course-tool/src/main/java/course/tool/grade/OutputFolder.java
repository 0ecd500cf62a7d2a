package course.tool.grade;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The rules for grade's {@code --out}: never inside the course (its build would pick the work folders up) or a
 * submission (the next grading would copy our output as the student's), and never a folder of someone else's
 * files: it must be new, empty, or an earlier grade's output, recognised by the marker file grade leaves there.
 */
final class OutputFolder {

    /** The file that marks a folder as grade's output. */
    static final String MARKER = ".course-tool-grade";

    private OutputFolder() {
    }

    /**
     * Checks {@code out} against the rules.
     *
     * @param out the folder asked for
     * @param course the course's root
     * @param submissions the submissions' folders
     * @param line the command line, for the error (exit code 2)
     * @return the folder as an absolute path
     * @throws IOException when a folder cannot be read
     */
    static Path checked(Path out, Path course, List<Path> submissions, CommandLine line) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        Path real = real(dir);
        if (real.startsWith(real(course))) {
            throw new ParameterException(line, "--out " + out + " is inside the course " + course
                    + ": its build would pick up the graded copies. Choose a folder outside it.");
        }
        for (Path submission : submissions) {
            if (real.startsWith(real(submission))) {
                throw new ParameterException(line, "--out " + out + " is inside the submission " + submission
                        + ": the results would become part of the student's files. Choose a folder outside it.");
            }
        }
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
            throw new ParameterException(line, "--out " + out + " holds files that grade did not write (it has no "
                    + MARKER + "). Choose a new or empty folder, or the output of an earlier grade.");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(line, "--out " + out + " is a file; it must be a folder.");
        }
        return dir;
    }

    /**
     * Marks {@code dir} as grade's output, so a later grade may update it. The marker also keeps how many seconds
     * each student's grading took, so that the next batch can start the slowest first.
     *
     * @param dir the output folder
     * @param seconds the seconds of the students graded now; those of earlier batches stay
     * @throws IOException when the marker cannot be written
     */
    static void mark(Path dir, Map<String, Long> seconds) throws IOException {
        Properties kept = new Properties();
        kept.putAll(previousSeconds(dir).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
        seconds.forEach((student, time) -> kept.setProperty(student, time.toString()));
        try (Writer out = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
            kept.store(out, "Written by course-tool grade, which may update this folder: seconds each student's "
                    + "grading took");
        }
    }

    /** The seconds each student's grading took in earlier batches into {@code dir}; empty when unknown. */
    static Map<String, Long> previousSeconds(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        Map<String, Long> seconds = new HashMap<>();
        if (!Files.isRegularFile(marker)) {
            return seconds;
        }
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            kept.load(in);
        } catch (IllegalArgumentException notOurs) {
            return seconds;
        }
        for (String student : kept.stringPropertyNames()) {
            String value = kept.getProperty(student).strip();
            if (value.matches("\\d{1,9}")) {
                seconds.put(student, Long.parseLong(value));
            }
        }
        return seconds;
    }

    /** Deletes {@code dir} when it exists and is empty. */
    static void deleteIfEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir) && isEmpty(dir)) {
            Files.delete(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The path with symbolic links resolved as far as it exists, so a link cannot hide where it points. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
