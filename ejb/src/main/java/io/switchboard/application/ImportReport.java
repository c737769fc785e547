package io.switchboard.application;

import java.util.List;

/**
 * The outcome of a spreadsheet import. An import is all or nothing: with any error nothing is created, so the admin
 * fixes the file and uploads the same file again without making duplicates.
 *
 * @param rows    data rows read (the header not counted)
 * @param created what was created (0 when there are errors)
 * @param errors  every problem found, by sheet row (the header is row 1)
 */
public record ImportReport(int rows, int created, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /**
     * One problem: the sheet row, the column (as its header reads) and what is wrong, in English. {@code code} names
     * the rule where a client may say it in its own words (e.g. {@code password.tooShort}); null otherwise.
     */
    public record RowError(int row, String column, String message, String code) {

        public RowError(int row, String column, String message) {
            this(row, column, message, null);
        }
    }
}
