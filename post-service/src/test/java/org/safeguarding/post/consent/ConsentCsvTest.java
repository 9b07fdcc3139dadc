package org.safeguarding.post.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.post.WrittenConsent;

class ConsentCsvTest {

    @Test
    void goodRowsAreKeptAndBadRowsAreReportedByTheirLineNumber() {
        String csv = """
                ref,name,photoConsent,noPhotoList
                P-1,Amy Brown,true,false

                P-2,"Smith, Ben",yes,no
                P-3,,true,false
                P-4,Cara Jones,maybe,false
                P-1,Amy Again,true,false
                P-5,"Dan
                Lee",1,1
                bad ref!,Eve Stone,true,false
                P-6,Too,Many,Values,here
                """;

        ConsentCsv.Result result = ConsentCsv.read(csv).orElseThrow();

        assertThat(result.rows())
            .extracting(ConsentCsv.Row::line, ConsentCsv.Row::ref, ConsentCsv.Row::photoConsent,
                    ConsentCsv.Row::noPhotoList)
            .containsExactly(Tuple.tuple(2L, "P-1", true, false), Tuple.tuple(4L, "P-2", true, false),
                    Tuple.tuple(8L, "P-5", true, true));
        assertThat(result.rows().get(1).name()).isEqualTo("Smith, Ben");
        assertThat(result.problems()).extracting(ConsentCsv.Problem::line).containsExactly(5L, 6L, 7L, 10L, 11L);
        assertThat(result.problems().get(2).reason()).isEqualTo("ref P-1 was already given on line 2");
        assertThat(result.problems()).extracting(ConsentCsv.Problem::reason)
            .noneMatch(reason -> reason.contains("Cara") || reason.contains("Amy") || reason.contains("Eve"));
    }

    @Test
    void theHeaderMayBeSpelledWithUnderscoresAndInAnyOrder() {
        ConsentCsv.Result result = ConsentCsv.read("No_Photo_List,REF,Photo_Consent,Name\nfalse,P-1,true,Amy Brown\n")
            .orElseThrow();

        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.ref()).isEqualTo("P-1");
            assertThat(row.photoConsent()).isTrue();
            assertThat(row.noPhotoList()).isFalse();
        });
    }

    @Test
    void aFileWithoutTheFourColumnsIsRefusedWhole() {
        assertThat(ConsentCsv.read("ref,name\nP-1,Amy Brown\n")).isEmpty();
    }

    @Test
    void anUnclosedQuoteStopsTheReadingAtItsLineAndKeepsWhatCameBefore() {
        ConsentCsv.Result result = ConsentCsv
            .read("ref,name,photoConsent,noPhotoList\nP-1,Amy Brown,true,false\n"
                    + "P-2,\"Ben Smith,true,false\nP-3,Cara Jones,true,false\n")
            .orElseThrow();

        assertThat(result.rows()).extracting(ConsentCsv.Row::ref).containsExactly("P-1");
        assertThat(result.problems()).extracting(ConsentCsv.Problem::line).containsExactly(3L);
    }

    @Test
    void writtenConsentColumnsAreOptionalAndARowGivesTheEvidenceWholeOrNone() {
        String csv = """
                ref,name,photoConsent,noPhotoList,consentGivenOn,consentGivenBy,relationship,formReference,academicYear
                P-1,Amy Brown,true,false,2026-09-03,Jo Brown,mother,PC-114,2026/27
                P-2,Ben Smith,true,false,03/09/2026,Sam Smith,carer,,2026/27
                P-3,Cara Jones,true,false,,,,,
                P-4,Dan Lee,true,false,2026-09-03,,father,,2026/27
                P-5,Eve Stone,true,false,2026-09-03,Kim Stone,,,2026
                P-6,Fay Wong,true,false,3rd September,Lee Wong,,,2026/27
                """;

        ConsentCsv.Result result = ConsentCsv.read(csv).orElseThrow();

        assertThat(result.rows()).extracting(ConsentCsv.Row::ref, ConsentCsv.Row::writtenConsent)
            .containsExactly(
                    Tuple.tuple("P-1",
                            new WrittenConsent(LocalDate.parse("2026-09-03"), "Jo Brown", "mother", "PC-114",
                                    "2026/27")),
                    Tuple.tuple("P-2",
                            new WrittenConsent(LocalDate.parse("2026-09-03"), "Sam Smith", "carer", null, "2026/27")),
                    Tuple.tuple("P-3", null));
        assertThat(result.problems()).extracting(ConsentCsv.Problem::line, ConsentCsv.Problem::reason)
            .containsExactly(Tuple.tuple(5L, "consentGivenBy must be 1 to 200 characters"),
                    Tuple.tuple(6L, "academicYear must be written like 2026/27"),
                    Tuple.tuple(7L, "consentGivenOn must be a date such as 2026-09-03 or 03/09/2026"));
    }

}
