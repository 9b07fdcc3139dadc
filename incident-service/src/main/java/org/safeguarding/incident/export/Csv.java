package org.safeguarding.incident.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV with a header row, safe to open in a spreadsheet (OWASP, CSV injection):
 * every cell is quoted, and a cell that a spreadsheet would take for a formula (beginning
 * with =, +, -, @, tab or carriage return) is prefixed with a single quote, so that
 * "=HYPERLINK(...)" typed into a report is shown, never run.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    static String write(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder()
                    .setQuoteMode(QuoteMode.ALL)
                    .setHeader(headers.toArray(String[]::new))
                    .build())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralised).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

}
