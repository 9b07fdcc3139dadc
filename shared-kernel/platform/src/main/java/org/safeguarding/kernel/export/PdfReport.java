package org.safeguarding.kernel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.safeguarding.kernel.audit.Checkpoints;

/**
 * A plain, printable PDF: a title, labelled fields, tables, and at the end the signed
 * checkpoint it was made at. Set in DejaVu Sans, embedded (shipped in {@code fonts/} with
 * its licence): the PDF's standard fonts know only Latin-1, and names such as "Łukasz
 * Żółć", Greek or Cyrillic must print exactly.
 */
public final class PdfReport {

    private static final BaseFont REGULAR = embedded("fonts/DejaVuSans.ttf");

    private static final BaseFont BOLD = embedded("fonts/DejaVuSans-Bold.ttf");

    private static final Font TITLE = new Font(BOLD, 16);

    private static final Font HEADING = new Font(BOLD, 12);

    private static final Font LABEL = new Font(BOLD, 9);

    private static final Font TEXT = new Font(REGULAR, 9);

    private static final Font SMALL = new Font(REGULAR, 7);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);

    public PdfReport(String title, String subtitle) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(subtitle, TEXT));
    }

    public PdfReport heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        return this;
    }

    public PdfReport field(String label, String value) {
        Paragraph field = new Paragraph();
        field.add(new Phrase(label + ": ", LABEL));
        field.add(new Phrase(value == null || value.isBlank() ? "-" : value, TEXT));
        document.add(field);
        return this;
    }

    public PdfReport table(List<String> headers, List<List<String>> rows, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(header -> table.addCell(new PdfPCell(new Phrase(header, LABEL))));
        rows.forEach(
                row -> row.forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, TEXT)))));
        document.add(table);
        return this;
    }

    /** A yes-or-no answer as every export prints it, in its PDF and its CSV alike. */
    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    public byte[] finish(Checkpoints.Checkpoint checkpoint) {
        Paragraph chain = new Paragraph(
                "Made at signed checkpoint " + checkpoint.reference() + " of " + checkpoint.service() + ", issued "
                        + checkpoint.issuedAt() + ", signature " + checkpoint.signature() + ". Keep this: "
                        + "GET /api/audit/verification?position=" + checkpoint.position() + "&head=" + checkpoint.head()
                        + " shows whether the record still holds everything that was in it when this was made.",
                SMALL);
        chain.setSpacingBefore(12);
        chain.setAlignment(Element.ALIGN_LEFT);
        document.add(chain);
        document.close();
        return out.toByteArray();
    }

    /**
     * Identity-H: any character the font has, embedded as a subset with its Unicode
     * mapping, so text can be copied.
     */
    private static BaseFont embedded(String resource) {
        try (InputStream font = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the service");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font.readAllBytes(),
                    null);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }

}
