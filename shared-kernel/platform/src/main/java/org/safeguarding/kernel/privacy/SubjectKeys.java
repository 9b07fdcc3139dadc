package org.safeguarding.kernel.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One Tink AEAD keyset (AES-256-GCM) per data subject, kept in {@code subject_key}
 * encrypted under the key store's master key, with the key id as associated data so a
 * keyset copied to another row does not open. Erasing deletes the keyset and keeps the
 * row, so that an erased subject is told from one never seen, and no new key is ever made
 * for it.
 */
public class SubjectKeys {

    /**
     * Bounded; and short-lived, should the watch for erasures (below) fail.
     */
    private static final Duration CACHED_FOR = Duration.ofMinutes(5);

    private static final int CACHED_AT_MOST = 10_000;

    private static final String FOREIGN = "does not open with this key store's master key (another key store, "
            + "or a changed row)";

    private static final Logger log = LoggerFactory.getLogger(SubjectKeys.class);

    private final JdbcTemplate jdbc;

    private final Aead master;

    private final Clock clock;

    /**
     * A subject's key; empty once erased. Subjects without a row are never cached. Upkeep
     * runs on the caller's thread, not queued to the common pool (one thread on two
     * cores) for every key a replay's deserialisers look up.
     */
    private final Cache<String, Optional<Aead>> cache = Caffeine.newBuilder()
        .maximumSize(CACHED_AT_MOST)
        .expireAfterWrite(CACHED_FOR)
        .executor(Runnable::run)
        .build();

    /** Erased keys counted at the last look; -1 before it. */
    private volatile long erasedSeen = -1;

    SubjectKeys(JdbcTemplate jdbc, Aead master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
        try {
            AeadConfig.register();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD is not available", e);
        }
    }

    /**
     * Erases a data subject's key: every personal field encrypted under it reads as
     * erased from now on, here and in every replay. Erasing a key that never existed
     * records it as erased, so none is made for it later.
     */
    public void erase(String keyId) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int erased = jdbc.update(
                "update subject_key set keyset = null, erased_at = ? where key_id = ? and erased_at is null", now,
                keyId);
        if (erased == 0 && stored(keyId).isEmpty()) {
            jdbc.update("insert into subject_key (key_id, keyset, created_at, erased_at) values (?, null, ?, ?)", keyId,
                    now, now);
        }
        TransactionKeys inTransaction = transactionKeys();
        if (inTransaction != null) {
            inTransaction.keys.put(keyId, Optional.empty());
        }
        cache.invalidate(keyId);
        afterTransaction(() -> cache.invalidate(keyId));
    }

    /**
     * Forgets every cached key once a key has been erased since the last look, by this
     * instance or another (erased rows only ever grow in number), so that an erasure
     * elsewhere takes effect here within the watch's interval, not the cache's minutes.
     */
    void forgetKeysIfAnyErased() {
        Long erased = jdbc.queryForObject("select count(*) from subject_key where erased_at is not null", Long.class);
        if (erased != null && erased != erasedSeen) {
            cache.invalidateAll();
            erasedSeen = erased;
        }
    }

    /** True once the subject's key is erased; false for a live key and one never made. */
    public boolean isErased(String keyId) {
        return stored(keyId).map(StoredKey::erased).orElse(false);
    }

    /**
     * The key to encrypt a subject's data with, made (in the caller's transaction) on
     * first use; empty once erased.
     */
    Optional<Aead> forWriting(String keyId) {
        Optional<Aead> known = known(keyId);
        if (known != null) {
            return known;
        }
        Optional<StoredKey> stored = stored(keyId);
        if (stored.isPresent()) {
            Optional<Aead> key = opened(keyId, stored.get());
            if (key.isEmpty() && !stored.get().erased()) {
                throw new IllegalStateException("The key of data subject " + keyId + " " + FOREIGN
                        + ": nothing more is written about them until the right key store is in place");
            }
            remember(keyId, key);
            return key;
        }
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            jdbc.update("insert into subject_key (key_id, keyset, created_at) values (?, ?, ?)", keyId,
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master, associatedData(keyId)),
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            Optional<Aead> made = Optional.of(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
            remember(keyId, made);
            return made;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a key for a data subject", e);
        }
    }

    /**
     * The key to decrypt a subject's data with; empty once erased, or when it never
     * existed.
     */
    Optional<Aead> forReading(String keyId) {
        Optional<Aead> known = known(keyId);
        if (known != null) {
            return known;
        }
        Optional<StoredKey> stored = stored(keyId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<Aead> key = opened(keyId, stored.get());
        remember(keyId, key);
        return key;
    }

    /** The key as this transaction or the cache knows it; null when neither does. */
    private Optional<Aead> known(String keyId) {
        TransactionKeys inTransaction = transactionKeys();
        Optional<Aead> known = inTransaction == null ? null : inTransaction.keys.get(keyId);
        return known != null ? known : cache.getIfPresent(keyId);
    }

    /**
     * Keeps a key for the rest of the transaction, and in the cache once it commits: a
     * key made, or a row read, in a transaction that rolls back must never encrypt
     * anything else.
     */
    private void remember(String keyId, Optional<Aead> key) {
        TransactionKeys inTransaction = transactionKeys();
        if (inTransaction == null) {
            cache.put(keyId, key);
        }
        else {
            inTransaction.keys.put(keyId, key);
        }
    }

    /** This transaction's keys; null outside a transaction. */
    private TransactionKeys transactionKeys() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof TransactionKeys keys && keys.owner() == this) {
                return keys;
            }
        }
        var keys = new TransactionKeys();
        TransactionSynchronizationManager.registerSynchronization(keys);
        return keys;
    }

    private Optional<Aead> opened(String keyId, StoredKey stored) {
        return stored.erased() ? Optional.empty() : open(keyId, stored.keyset());
    }

    /**
     * The subject's key; empty when it does not open with this key store's master key, so
     * that their data reads as erased here rather than failing every page that shows it.
     * Verification reports such a database as invalid in any case.
     */
    private Optional<Aead> open(String keyId, byte[] encrypted) {
        try {
            return Optional.of(TinkProtoKeysetFormat.parseEncryptedKeyset(encrypted, master, associatedData(keyId))
                .getPrimitive(RegistryConfiguration.get(), Aead.class));
        }
        catch (GeneralSecurityException e) {
            log.error("The key of data subject {} {}: their personal data reads as erased", keyId, FOREIGN);
            return Optional.empty();
        }
    }

    private Optional<StoredKey> stored(String keyId) {
        List<StoredKey> rows = jdbc.query("select keyset, erased_at from subject_key where key_id = ?",
                (row, number) -> new StoredKey(row.getBytes(1), row.getObject(2) != null), keyId);
        return rows.stream().findFirst();
    }

    private static byte[] associatedData(String keyId) {
        return ("subject_key|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static void afterTransaction(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }

    private record StoredKey(byte[] keyset, boolean erased) {
    }

    /**
     * The keys one transaction has made or read: looked up once however many of its
     * events and reasons name the subject, and cached only once it commits.
     */
    private final class TransactionKeys implements TransactionSynchronization {

        private final Map<String, Optional<Aead>> keys = new HashMap<>();

        SubjectKeys owner() {
            return SubjectKeys.this;
        }

        @Override
        public void afterCommit() {
            cache.putAll(keys);
        }

    }

}
