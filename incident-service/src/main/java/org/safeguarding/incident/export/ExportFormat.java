package org.safeguarding.incident.export;

import java.util.Locale;

/** The forms a signed export takes; a page names them by their file extension. */
enum ExportFormat {

    JSON, CSV, PDF;

    static ExportFormat ofExtension(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

}
