package org.safeguarding.kernel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's secrets, read from the key store directory
 * ({@code safeguarding.audit.key-store}) and created there, readable by the owner only,
 * on first start: the HMAC key that authenticates every stored record, the Ed25519 key
 * pair that signs checkpoints and exports, and the HMAC key behind the pseudonyms that
 * stand for pupils, and the AES key that encrypts the secrets the database keeps but must
 * not be able to read (people's authenticator secrets), and the master key under which
 * the per-subject data keys are kept in the database. Nothing here is ever written to the
 * database or a log.
 */
public final class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    static final String MAC_KEY_FILE = "record-mac.key";
    static final String SIGNING_KEY_FILE = "signing-ed25519.pem";
    static final String PUBLIC_KEY_FILE = "signing-ed25519.pub.pem";
    static final String PSEUDONYM_KEY_FILE = "pseudonym.key";
    static final String SECRETS_KEY_FILE = "secrets.key";
    static final String SUBJECT_MASTER_KEY_FILE = "subject-keys-master.key";

    private static final int GCM_NONCE_BYTES = 12;

    private static final int GCM_TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac macPrototype;

    private final Mac pseudonymPrototype;

    private final PrivateKey signingKey;

    private final PublicKey publicKey;

    private final String publicKeyPem;

    private final SecretKey secretsKey;

    private final Aead subjectKeysMaster;

    private AuditKeys(byte[] macKey, byte[] pseudonymKey, byte[] secretsKey, byte[] subjectMasterKey,
            PrivateKey signingKey, PublicKey publicKey) throws GeneralSecurityException {
        this.secretsKey = new SecretKeySpec(secretsKey, "AES");
        this.subjectKeysMaster = aes256Gcm(subjectMasterKey);
        this.macPrototype = hmac(macKey);
        this.pseudonymPrototype = hmac(pseudonymKey);
        this.signingKey = signingKey;
        this.publicKey = publicKey;
        this.publicKeyPem = pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /**
     * Opens the key store, creating the keys it does not hold yet (one process creates,
     * others wait). A key store that holds every key is only read, so it may be a
     * read-only mount.
     */
    public static AuditKeys open(Path directory) {
        try {
            if (!Files.exists(directory.resolve(MAC_KEY_FILE)) || !Files.exists(directory.resolve(PSEUDONYM_KEY_FILE))
                    || !Files.exists(directory.resolve(SECRETS_KEY_FILE))
                    || !Files.exists(directory.resolve(SUBJECT_MASTER_KEY_FILE))) {
                createOnce(directory);
            }
            byte[] macKey = readSecret(directory.resolve(MAC_KEY_FILE));
            byte[] pseudonymKey = readSecret(directory.resolve(PSEUDONYM_KEY_FILE));
            byte[] secretsKey = readSecret(directory.resolve(SECRETS_KEY_FILE));
            byte[] subjectMasterKey = readSecret(directory.resolve(SUBJECT_MASTER_KEY_FILE));
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = ed25519
                .generatePrivate(new PKCS8EncodedKeySpec(unpem(directory.resolve(SIGNING_KEY_FILE))));
            PublicKey publicKey = ed25519
                .generatePublic(new X509EncodedKeySpec(unpem(directory.resolve(PUBLIC_KEY_FILE))));
            return new AuditKeys(macKey, pseudonymKey, secretsKey, subjectMasterKey, privateKey, publicKey);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit key store " + directory.toAbsolutePath(), e);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The audit key store " + directory.toAbsolutePath() + " holds unreadable keys", e);
        }
    }

    /**
     * The file lock orders processes; being synchronized orders two services in one JVM
     * (tests), which share it.
     */
    private static synchronized void createOnce(Path directory) throws IOException, GeneralSecurityException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
        }
        try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            if (!Files.exists(directory.resolve(MAC_KEY_FILE))) {
                createRecordKeys(directory);
            }
            if (!Files.exists(directory.resolve(PSEUDONYM_KEY_FILE))) {
                write(directory.resolve(PSEUDONYM_KEY_FILE), newSecret());
                log.warn(
                        "Created a new pseudonym key in {}. Pupils' pseudonyms are made with it from now on; any made "
                                + "before it existed are not the same. Back it up with the other keys.",
                        directory.toAbsolutePath());
            }
            if (!Files.exists(directory.resolve(SECRETS_KEY_FILE))) {
                write(directory.resolve(SECRETS_KEY_FILE), newSecret());
                log.warn("Created a new secrets key in {}. The authenticator secrets of people who enrol from now on "
                        + "are encrypted with it; back it up with the other keys.", directory.toAbsolutePath());
            }
            if (!Files.exists(directory.resolve(SUBJECT_MASTER_KEY_FILE))) {
                write(directory.resolve(SUBJECT_MASTER_KEY_FILE), newSecret());
                log.warn(
                        "Created a new master key for the data subjects' keys in {}. Without it the personal data in "
                                + "the record can never be read again: back it up with the other keys.",
                        directory.toAbsolutePath());
            }
        }
    }

    private static void createRecordKeys(Path directory) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        write(directory.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        write(directory.resolve(SIGNING_KEY_FILE), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        write(directory.resolve(MAC_KEY_FILE), newSecret());
        log.warn("Created new audit keys in {}. Back this directory up apart from the database: without it the record "
                + "can no longer be proven.", directory.toAbsolutePath());
    }

    /** 256 random bits, base64, as a key file holds them. */
    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret) + "\n";
    }

    private static byte[] readSecret(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }

    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        ownerOnly(temporary, "rw-------");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /**
     * HMAC-SHA-256 over length-prefixed fields, the first naming what kind of record it
     * is, as 64 hex digits.
     */
    public String mac(String kind, Object... fields) {
        Mac mac = copyOf(macPrototype);
        field(mac, kind.getBytes(StandardCharsets.UTF_8));
        for (Object value : fields) {
            field(mac, value == null ? null
                    : value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /**
     * HMAC-SHA-256 of a person's identity with the pseudonym key: the same identity
     * always gives the same bytes, and without the key they tell nothing about whom they
     * stand for.
     */
    public byte[] pseudonymOf(String identity) {
        return copyOf(pseudonymPrototype).doFinal(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac copyOf(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        }
        catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so that no two different records give the same input. */
    private static void field(Mac mac, byte[] value) {
        mac.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            mac.update(value);
        }
    }

    /**
     * AES-256-GCM with the secrets key, for a secret the database keeps but must not be
     * able to read. The context (whose secret it is) is authenticated with it, so a value
     * copied to another person's row does not decrypt there.
     * @return a random nonce, then the ciphertext and its tag
     */
    public byte[] encrypt(String context, byte[] plaintext) {
        byte[] nonce = new byte[GCM_NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, nonce, context, plaintext, 0, plaintext.length);
        return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
    }

    /**
     * What {@link #encrypt} encrypted in the same context.
     * @throws IllegalStateException when it was encrypted with another key or in another
     * context, or was changed since
     */
    public byte[] decrypt(String context, byte[] encrypted) {
        return gcm(Cipher.DECRYPT_MODE, Arrays.copyOf(encrypted, GCM_NONCE_BYTES), context, encrypted, GCM_NONCE_BYTES,
                encrypted.length - GCM_NONCE_BYTES);
    }

    private byte[] gcm(int mode, byte[] nonce, String context, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, secretsKey, new GCMParameterSpec(GCM_TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        }
        catch (AEADBadTagException e) {
            throw new IllegalStateException("Cannot decrypt: another key, another owner, or changed since", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The master key (Tink AEAD, AES-256-GCM) that the data subjects' keysets are
     * encrypted under in the database.
     */
    public Aead subjectKeysMaster() {
        return subjectKeysMaster;
    }

    private static Aead aes256Gcm(byte[] key) throws GeneralSecurityException {
        AeadConfig.register();
        AesGcmKey aesGcm = AesGcmKey.builder()
            .setParameters(AesGcmParameters.builder()
                .setKeySizeBytes(key.length)
                .setIvSizeBytes(GCM_NONCE_BYTES)
                .setTagSizeBytes(GCM_TAG_BITS / 8)
                .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                .build())
            .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
            .build();
        return KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(aesGcm).withFixedId(1).makePrimary())
            .build()
            .getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signingKey);
            signature.update(data);
            return signature.sign();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    public boolean verify(byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(data);
            return signature.verify(signatureBytes);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    @Override
    public String toString() {
        return "AuditKeys[secrets withheld]";
    }

}
