package io.switchboard.application;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a spreadsheet import. An import is all or nothing: with any error nothing is created, so the admin
 * fixes the file and uploads the same file again without making duplicates.
 *
 * @param rows    data rows read (the header not counted)
 * @param created what was created (0 when there are errors)
 * @param errors  every problem found, by sheet row (the header is row 1)
 */
public record ImportReport(int rows, int created, List<RowError> errors) implements Serializable {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /**
     * One problem: the sheet row, the column (as its header reads) and what is wrong, in English. {@code code} names
     * the kind of problem where a client may say it in its own words (e.g. {@code password.tooShort},
     * {@code import.taken}, {@code validation.Size}), with {@code arguments} for its {0}, {1} …; null otherwise.
     */
    public record RowError(int row, String column, String message, String code, List<String> arguments)
            implements Serializable {

        public RowError {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public RowError(int row, String column, String message) {
            this(row, column, message, null, List.of());
        }

        public RowError(int row, String column, String message, String code) {
            this(row, column, message, code, List.of());
        }

        /** A problem with its kind and the values its text names. */
        public static RowError coded(int row, String column, String message, String code, Object... arguments) {
            return new RowError(row, column, message, code,
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }
}
