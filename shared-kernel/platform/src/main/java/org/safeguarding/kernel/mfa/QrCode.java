package org.safeguarding.kernel.mfa;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code drawn as inline SVG, one square a dark module, inside the page itself: the
 * pages' content security policy loads nothing from elsewhere, and nothing needs to be
 * served or cached apart from the page.
 */
final class QrCode {

    /** The light margin scanners need around the code, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * @param text what the code holds
     * @param label what a screen reader says instead of the picture
     */
    static String svg(String text, String label) {
        ByteMatrix modules;
        try {
            modules = Encoder
                .encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8))
                .getMatrix();
        }
        catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code", e);
        }
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder dark = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    dark.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" viewBox=\"0 0 " + size + ' '
                + size + "\" shape-rendering=\"crispEdges\" aria-label=\"" + escaped(label) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path fill=\"#0b0c0c\" d=\"" + dark
                + "\"/></svg>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

}
