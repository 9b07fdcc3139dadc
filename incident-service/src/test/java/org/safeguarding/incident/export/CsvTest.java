package org.safeguarding.incident.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() throws IOException {
        List<String> cells = List.of("=HYPERLINK(\"http://evil.example/\",\"Details\")", "+44 20 7946 0000", "-1+1",
                "@SUM(A1:A2)", "\tindented", "\rreturn", "plain text", "", "a=b");

        CSVRecord row = read(Csv.write(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of(cells)));

        assertThat(row.values()).containsExactly("'=HYPERLINK(\"http://evil.example/\",\"Details\")",
                "'+44 20 7946 0000", "'-1+1", "'@SUM(A1:A2)", "'\tindented", "'\rreturn", "plain text", "", "a=b");
    }

    @Test
    void everyCellIsQuotedSoThatASeparatorInsideOneStartsNoNewCell() {
        String csv = Csv.write(List.of("why"), List.of(List.of("fine,=1+1")));

        assertThat(csv).isEqualTo("\"why\"\r\n\"fine,=1+1\"\r\n");
    }

    private static CSVRecord read(String csv) throws IOException {
        return CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv))
            .getRecords()
            .get(0);
    }

}
