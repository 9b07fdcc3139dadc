package org.safeguarding.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Checks an Ed25519 signature as a LADO would, with the service's public key alone: with
 * {@code openssl pkeyutl -verify -rawin} when openssl is on the PATH, else with the JDK's
 * verifier.
 */
public final class Signatures {

    private final Path work;

    private final String publicKeyPem;

    public Signatures(Path work, String publicKeyPem) {
        this.work = work;
        this.publicKeyPem = publicKeyPem;
    }

    public static boolean opensslOnPath() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .anyMatch(directory -> Files.isExecutable(Path.of(directory, "openssl")));
    }

    public boolean verify(byte[] data, String base64Signature) {
        return opensslOnPath() ? verifyWithOpenssl(data, base64Signature) : verifyWithJdk(data, base64Signature);
    }

    private boolean verifyWithOpenssl(byte[] data, String base64Signature) {
        try {
            String name = UUID.randomUUID().toString();
            Path key = Files.writeString(work.resolve(name + ".pem"), publicKeyPem);
            Path message = Files.write(work.resolve(name + ".msg"), data);
            Path signature = Files.write(work.resolve(name + ".sig"), Base64.getDecoder().decode(base64Signature));
            Process openssl = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(),
                    "-rawin", "-in", message.toString(), "-sigfile", signature.toString())
                .redirectErrorStream(true)
                .start();
            String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return openssl.waitFor() == 0 && output.contains("Signature Verified Successfully");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean verifyWithJdk(byte[] data, String base64Signature) {
        try {
            String body = publicKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        }
        catch (GeneralSecurityException e) {
            return false;
        }
    }

}
