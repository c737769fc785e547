package io.switchboard.infrastructure.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded CSV or XLSX file into rows keyed by the header line, and writes rows back out. CSV may be
 * UTF-8 (with or without the byte-order mark Excel adds) or GB18030, which is what Excel saves on a Chinese
 * Windows; the first sheet of an XLSX file is read. Row numbers are the ones a person sees in the sheet (the header
 * is row 1), so error reports point at the right line.
 */
public final class Spreadsheets {

    /** More rows than this is refused as a whole: an import is an admin's list, not a data load. */
    public static final int MAX_ROWS = 5000;

    public enum Format { CSV, XLSX }

    /** One data row: its number in the sheet and its values by header (empty cells are ""). */
    public record Row(int number, Map<String, String> values) {

        /** The value of the first of these headers that the sheet has (headers compare case-insensitively). */
        public String get(String... headers) {
            for (String header : headers) {
                String value = values.get(header.toLowerCase(Locale.ROOT));
                if (value != null) {
                    return value.strip();
                }
            }
            return "";
        }
    }

    public record Table(List<String> headers, List<Row> rows) {
        public boolean hasHeader(String... aliases) {
            for (String alias : aliases) {
                if (headers.contains(alias.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    private Spreadsheets() {
    }

    /**
     * @throws IllegalArgumentException when the file is neither readable CSV nor XLSX, has no header, or too many rows
     */
    public static Table read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw new IllegalArgumentException("old Excel .xls files are not read; save the sheet as .xlsx or .csv");
        }
        List<List<String>> lines = ReadableWorkbook.isOOXMLZipHeader(content) ? xlsxLines(content) : csvLines(content);
        if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("the first line must name the columns");
        }
        List<String> headers = lines.get(0).stream().map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new IllegalArgumentException("more than " + MAX_ROWS + " rows; split the file");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                values.putIfAbsent(headers.get(c), c < cells.size() ? unquote(cells.get(c)) : "");
            }
            rows.add(new Row(i + 1, values));
        }
        return new Table(headers, List.copyOf(rows));
    }

    private static List<List<String>> csvLines(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
                    .parse(new StringReader(text))) {
                lines.add(record.toList());
                if (lines.size() > MAX_ROWS + 1) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows; split the file");
                }
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the CSV file cannot be read: " + e.getMessage());
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, else GB18030 (Excel's CSV on a Chinese Windows). */
    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> xlsxLines(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            List<List<String>> lines = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                while (lines.size() < row.getRowNum() - 1) {
                    lines.add(List.of()); // rows the sheet skips are blank lines
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                lines.add(cells);
                if (lines.size() > MAX_ROWS + 1) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows; split the file");
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("the XLSX file cannot be read: " + e.getMessage());
        }
    }

    /** A number cell that holds an employee id or a phone number reads as "100010", not "100010.0". */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        return Optional.ofNullable(cell.getText()).orElse("");
    }

    /** One file with a header line and the rows (CSV is UTF-8 with the byte-order mark, so Excel opens it right). */
    public static byte[] write(Format format, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.XLSX) {
                Workbook workbook = new Workbook(out, "Switchboard", "1.0");
                Worksheet sheet = workbook.newWorksheet("Sheet1");
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c) != null) {
                            sheet.value(r + 1, c, row.get(c));
                        }
                    }
                }
                workbook.finish();
            } else {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                    printer.printRecord(headers);
                    for (List<String> row : rows) {
                        printer.printRecord(row.stream().map(v -> v == null ? "" : csvSafe(v)).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Undoes {@link #csvSafe}, so an exported file imports unchanged. */
    static String unquote(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** A cell starting with = + - @ would run as a formula when the CSV is opened in Excel; a quote makes it text. */
    static String csvSafe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
