package org.safeguarding.incident.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The signed exports as downloads from the pages, made as the API makes them: an
 * incident's chronology and LADO referral from its case page, and the inspector's list
 * for the dates chosen on its own page.
 */
@PageController
@PreAuthorize(Permissions.EXPORTERS)
class ExportPages {

    private static final String INSPECTION_PAGE = "reports/inspection";

    private final Chronologies chronologies;

    private final LadoReferrals referrals;

    private final InspectionReports reports;

    private final Clock clock;

    ExportPages(Chronologies chronologies, LadoReferrals referrals, InspectionReports reports, Clock clock) {
        this.chronologies = chronologies;
        this.referrals = referrals;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/incidents/{id}/chronology.{format:csv|pdf|json}")
    ResponseEntity<byte[]> chronology(@PathVariable String id, @PathVariable String format) {
        return chronologies.signed(CurrentActor.require(), id, ExportFormat.ofExtension(format));
    }

    @GetMapping("/incidents/{id}/lado-referral.{format:pdf|json}")
    ResponseEntity<byte[]> ladoReferral(@PathVariable String id, @PathVariable String format) {
        return referrals.signed(CurrentActor.require(), id, ExportFormat.ofExtension(format));
    }

    /**
     * The inspector's list, from the start of the school year until today to begin with.
     */
    @GetMapping("/reports/inspection")
    String inspection(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.SCHOOL_ZONE));
        int schoolYear = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        model.addAttribute("period",
                new PeriodForm(LocalDate.of(schoolYear, Month.SEPTEMBER, 1).toString(), today.toString()));
        return INSPECTION_PAGE;
    }

    /**
     * The file; or, when a date cannot be read, the page again with what was typed and
     * the API's words for it.
     */
    @GetMapping("/reports/inspection/download")
    String inspectionDownload(@ModelAttribute("period") PeriodForm period, BindingResult errors,
            HttpServletResponse response) throws IOException {
        ReportPeriod dates;
        try {
            dates = ReportPeriod.of(FormValues.blank(period.getFrom()) ? "" : period.getFrom().strip(),
                    FormValues.blank(period.getTo()) ? "" : period.getTo().strip());
        }
        catch (ErrorResponseException unreadable) {
            errors.reject(CommonProblem.MALFORMED_REQUEST.name(), unreadable.getBody().getDetail());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return INSPECTION_PAGE;
        }
        ExportFormat format = "pdf".equals(period.getFormat()) ? ExportFormat.PDF : ExportFormat.CSV;
        ResponseEntity<byte[]> file = reports.signed(CurrentActor.require(), dates, format);
        // Written here, so that the same handler can answer with the page instead.
        response.setStatus(file.getStatusCode().value());
        file.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.getOutputStream().write(file.getBody());
        return null;
    }

    /** The dates as the page's date fields give them, and the form of file wanted. */
    static class PeriodForm {

        private String from;

        private String to;

        private String format;

        PeriodForm() {
        }

        PeriodForm(String from, String to) {
            this.from = from;
            this.to = to;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

    }

}
