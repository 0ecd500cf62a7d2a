package course.tool.bulk;

import course.tool.ToolFailure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A gradebook.csv as {@code grade} writes it: {@code student}, one column per chapter, {@code total},
 * {@code max}, {@code status}, {@code note}. Only the columns merging needs are required, so a gradebook
 * with more columns merges as long as every input has the same ones.
 *
 * @param file where it was read
 * @param header its columns, in order
 * @param rows its rows
 */
public record GradebookFile(Path file, List<String> header, List<GradebookRow> rows) {

    /** The columns every gradebook has, whatever its chapters. */
    static final List<String> REQUIRED = List.of("student", "total", "max", "status");

    /**
     * Reads a gradebook and checks that it is one.
     *
     * @param file the CSV file
     * @return its header and rows
     * @throws ToolFailure when it is not a gradebook or a row does not fit its header
     * @throws IOException when it cannot be read
     */
    public static GradebookFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ToolFailure("no gradebook at " + file);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, format)) {
            List<String> header = csv.getHeaderNames();
            if (header.isEmpty() || !header.get(0).equals("student") || !header.containsAll(REQUIRED)) {
                throw new ToolFailure(file + " is not a gradebook written by grade: its header is '"
                        + String.join(",", header) + "', not student,<chapters>,total,max,status,note");
            }
            List<GradebookRow> rows = new ArrayList<>();
            for (CSVRecord record : csv) {
                // The header is line 1 and grade writes no value with a line break, so record n is line n + 1.
                GradebookRow row = new GradebookRow(record.toList(), file, record.getRecordNumber() + 1);
                if (record.size() != header.size()) {
                    throw new ToolFailure(row.origin() + ": " + record.size() + " values for " + header.size()
                            + " columns; was the file edited by hand?");
                }
                rows.add(row);
            }
            return new GradebookFile(file, List.copyOf(header), List.copyOf(rows));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ToolFailure(file + " is not a readable CSV file: " + e.getMessage());
        }
    }
}
