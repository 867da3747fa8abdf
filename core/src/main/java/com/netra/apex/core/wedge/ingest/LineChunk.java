package com.netra.apex.core.wedge.ingest;

import com.netra.apex.core.wedge.LogRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of JSON lines copied out of the reader's buffer, so a worker can turn them into rows while the
 * next run is read. Keeps what its lines yielded, rows and problems, in file order.
 */
final class LineChunk implements RecordSink, RecordConversion.Outcomes {

    /** About a megabyte of lines: large enough that handing a chunk over costs nothing, small enough to bound memory. */
    static final int TARGET_BYTES = 1 << 20;
    static final int MAX_LINES = 4096;
    private static final int TOO_LONG = -1;

    private byte[] bytes = new byte[TARGET_BYTES];
    private final long[] numbers = new long[MAX_LINES];
    private final int[] offsets = new int[MAX_LINES];
    private final int[] lengths = new int[MAX_LINES];
    private int lines;
    private int used;
    private final List<Object> outcomes = new ArrayList<>();
    private RecordConversion conversion;

    /** Copies the reader's current line in; true when the chunk is full and should be handed over. */
    boolean add(ByteLines line) {
        numbers[lines] = line.number();
        if (line.tooLong()) {
            lengths[lines++] = TOO_LONG;
        } else {
            int length = line.length();
            if (used + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
            }
            System.arraycopy(line.buffer(), line.offset(), bytes, used, length);
            offsets[lines] = used;
            lengths[lines++] = length;
            used += length;
        }
        return lines == MAX_LINES || used >= TARGET_BYTES;
    }

    /** On a worker: parses every line with this thread's conversion; the copied bytes are dropped afterwards. */
    LineChunk convert(RecordConversion withConversion, int maxLineBytes) {
        this.conversion = withConversion;
        for (int i = 0; i < lines; i++) {
            if (lengths[i] == TOO_LONG) {
                malformed(numbers[i], JsonLinesSource.tooLong(maxLineBytes));
            } else {
                JsonLinesSource.read(numbers[i], bytes, offsets[i], lengths[i], this);
            }
        }
        bytes = null;
        conversion = null;
        return this;
    }

    /** On the reading thread: hands the rows and problems on in the order the lines held them. */
    void handTo(RecordConversion.Outcomes out) {
        for (Object o : outcomes) {
            if (o instanceof LogRow row) {
                out.row(row);
            } else {
                Malformed m = (Malformed) o;
                out.malformed(m.lineNumber(), m.reason());
            }
        }
    }

    @Override
    public void record(SourceRecord record) {
        conversion.convert(record, this);
    }

    @Override
    public void row(LogRow row) {
        outcomes.add(row);
    }

    @Override
    public void malformed(long line, String reason) {
        outcomes.add(new Malformed(line, reason));
    }
}
