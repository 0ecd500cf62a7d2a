package course.tool.bulk;

import course.tool.ToolFailure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The submissions to grade in bulk, read from a CSV file with the header {@code student,repository[,ref]}.
 * Every value is checked before anything is cloned: a student names a folder and a row, a repository
 * and a ref end up on git's command line, so none of them may hold a space, a quote or a leading dash.
 *
 * @param file the roster file, as named on the command line
 * @param entries its rows, in the file's order
 */
public record Roster(Path file, List<RosterEntry> entries) {

    /** The header a roster starts with; ref is optional. */
    public static final String HEADER = "student,repository[,ref]";

    private static final List<String> COLUMNS = List.of("student", "repository", "ref");
    private static final Pattern STUDENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}");

    /**
     * Reads and checks a roster.
     *
     * @param file the CSV file
     * @return its rows
     * @throws ToolFailure naming the line, when the roster is malformed
     * @throws IOException when the file cannot be read
     */
    public static Roster read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ToolFailure("no roster at " + file + ": it is a CSV file whose header is " + HEADER);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // A spreadsheet saving "CSV UTF-8" puts a byte order mark first; it is not part of "student".
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setCommentMarker('#').get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = csv.getHeaderNames();
            checkHeader(file, header);
            List<RosterEntry> entries = new ArrayList<>();
            Map<String, Long> firstLine = new HashMap<>();
            for (CSVRecord record : csv) {
                RosterEntry entry = entry(file, text, header, record);
                Long earlier = firstLine.putIfAbsent(entry.student().toLowerCase(Locale.ROOT), entry.line());
                if (earlier != null) {
                    throw failure(file, entry.line(), "student " + entry.student() + " again (first on line "
                            + earlier + "); each student has one row, and names differ in more than case");
                }
                entries.add(entry);
            }
            if (entries.isEmpty()) {
                throw new ToolFailure(file + " has no students: add one row per student under the header "
                        + HEADER);
            }
            return new Roster(file, List.copyOf(entries));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV's own complaints: a duplicate column, a quote never closed.
            throw new ToolFailure(file + " is not a readable CSV file: " + e.getMessage());
        }
    }

    private static void checkHeader(Path file, List<String> header) {
        if (header.isEmpty()) {
            throw new ToolFailure(file + " is empty: its first line must be the header " + HEADER);
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw failure(file, 1, "unknown column '" + column + "'; the header is " + HEADER);
            }
        }
        for (String column : COLUMNS.subList(0, 2)) {
            if (!header.contains(column)) {
                throw failure(file, 1, "no column '" + column + "'; the header is " + HEADER);
            }
        }
    }

    private static RosterEntry entry(Path file, String text, List<String> header, CSVRecord record) {
        long line = lineOf(text, record.getCharacterPosition());
        if (record.size() > header.size()) {
            throw failure(file, line, record.size() + " values for " + header.size() + " columns ("
                    + String.join(",", header) + "); a value with a comma needs quotes");
        }
        String student = value(record, "student");
        String repository = value(record, "repository");
        String ref = value(record, "ref");
        if (student.isEmpty() || repository.isEmpty()) {
            throw failure(file, line, "a row needs a student and a repository; this one has '" + student + "' and '"
                    + repository + "'");
        }
        if (!STUDENT.matcher(student).matches()) {
            throw failure(file, line, "student '" + student + "' cannot name a folder; use letters, digits, "
                    + "'.', '_' and '-' (at most 100), starting with a letter or digit");
        }
        if (!REPOSITORY.matcher(repository).matches() || repository.endsWith("/.") || repository.endsWith("/..")) {
            throw failure(file, line, "repository '" + repository + "' of " + student + " is not owner/name as "
                    + "GitHub spells it (e.g. course-org/echo-alice); write no URL and no .git");
        }
        if (!ref.isEmpty() && (!REF.matcher(ref).matches() || ref.contains("..") || ref.contains("//")
                || ref.endsWith("/") || ref.endsWith(".lock"))) {
            throw failure(file, line, "ref '" + ref + "' of " + student + " is not a branch, tag or full commit "
                    + "name git accepts (letters, digits, '.', '_', '-', '/'; no '..')");
        }
        return new RosterEntry(student, repository, ref, line);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    /**
     * The 1-based line of the record that starts at {@code position}. Commons CSV counts the blank and comment
     * lines before a record as its start, so those are stepped over.
     */
    private static long lineOf(String text, long position) {
        int start = (int) Math.min(position, text.length());
        long line = 1 + text.substring(0, start).chars().filter(c -> c == '\n').count();
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String content = text.substring(start, end).strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                break;
            }
            start = end + 1;
            line++;
        }
        return line;
    }

    private static ToolFailure failure(Path file, long line, String what) {
        return new ToolFailure(file + " line " + line + ": " + what);
    }
}
