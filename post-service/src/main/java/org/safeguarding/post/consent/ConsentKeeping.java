package org.safeguarding.post.consent;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
import org.safeguarding.kernel.calendar.SchoolTerms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consent register kept through the API and the pages alike: one pupil at a time, or
 * a CSV export from the MIS, with the same checks and the same {@link RecordPupilConsent}
 * commands, in this one place.
 */
@Component
class ConsentKeeping {

    private final CommandGateway commands;

    private final ConsentRegister register;

    private final TransactionTemplate transaction;

    private final ConsentHistory history;

    private final SchoolTerms terms;

    ConsentKeeping(CommandGateway commands, ConsentRegister register, TransactionTemplate transaction,
            ConsentHistory history, SchoolTerms terms) {
        this.commands = commands;
        this.register = register;
        this.transaction = transaction;
        this.history = history;
        this.terms = terms;
    }

    /**
     * @return the pupil's line as it is afterwards
     */
    PupilRecord record(String ref, ConsentRequests.Consent body) {
        if (!ConsentCsv.REF.matcher(ref).matches()) {
            throw new RuleViolation(ConsentProblem.INVALID_REF,
                    "A pupil ref is 1 to 50 letters, digits, '.', '_' or '-'");
        }
        String name = body.name().trim().replaceAll("\\s+", " ");
        commands.sendAndWait(new RecordPupilConsent(ref, name, body.photoConsent(), body.noPhotoList(), body.reason(),
                body.writtenConsent() == null ? null : body.writtenConsent().toWrittenConsent()));
        return register.find(ref).orElseThrow();
    }

    PupilRecord find(String ref) {
        return register.find(ref)
            .orElseThrow(() -> new RuleViolation(ConsentProblem.PUPIL_NOT_FOUND, "No such pupil ref"));
    }

    PagedResult<PupilRecord> list(int page, int size) {
        return register.list(page, size);
    }

    List<ConsentHistory.Entry> history(String ref) {
        return history.of(ref);
    }

    /** The current term's report, read on the school's today. */
    ConsentReport report() {
        return ConsentReport.of(register.consented(), register.today(), terms);
    }

    /**
     * Good rows are kept, bad rows are listed by line; the good rows' commands share one
     * transaction, so the file is applied whole or not at all. Each event's reason names
     * its line.
     * @return the rows recorded and the rows refused
     */
    ConsentCsv.Result importCsv(String csv, String reason) {
        ConsentCsv.Result result = ConsentCsv.read(csv)
            .orElseThrow(() -> new RuleViolation(ConsentProblem.CSV_HEADER_REQUIRED,
                    "The first line must name the columns ref,name,photoConsent,noPhotoList",
                    List.of(new Violation(ConsentProblem.CSV_HEADER_REQUIRED.violationCode(),
                            "Expected the header ref,name,photoConsent,noPhotoList"))));
        transaction.executeWithoutResult(status -> result.rows()
            .forEach(row -> commands.sendAndWait(new RecordPupilConsent(row.ref(), row.name(), row.photoConsent(),
                    row.noPhotoList(), importReason(reason, row.line()), row.writtenConsent()))));
        return result;
    }

    private static String importReason(String given, long line) {
        String source = "CSV import, line " + line;
        return given == null || given.isBlank() ? source : given.trim() + " (" + source + ")";
    }

}
