package course.tool.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Copies a stream up to a byte cap and reads, then discards, the rest: a flood of output cannot fill the disk. */
final class CappedCopy {

    private CappedCopy() {
    }

    /**
     * Copies {@code in} to {@code out} until end of stream, keeping at most {@code cap} bytes; when more came,
     * appends one line saying how much was discarded.
     *
     * @return whether anything was discarded
     */
    static boolean copy(InputStream in, OutputStream out, long cap) throws IOException {
        byte[] buffer = new byte[8192];
        long kept = 0;
        long discarded = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            int keep = (int) Math.max(0, Math.min(read, cap - kept));
            out.write(buffer, 0, keep);
            kept += keep;
            discarded += read - keep;
        }
        if (discarded > 0) {
            out.write(("\n[course-tool: output cut at " + cap + " bytes; " + discarded + " more bytes discarded]\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        return discarded > 0;
    }
}
