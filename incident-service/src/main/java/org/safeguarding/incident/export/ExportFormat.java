package org.safeguarding.incident.export;

import java.util.Locale;

/** The forms a signed export takes; a page names them by their file extension. */
public enum ExportFormat {

    JSON, CSV, PDF;

    public static ExportFormat ofExtension(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

}
