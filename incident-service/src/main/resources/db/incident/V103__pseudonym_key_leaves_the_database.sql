-- The secret behind pupils' pseudonyms leaves the database it protects: it is now the key store's pseudonym.key.
-- The old secret is not carried over, since it has been in the database and its backups, where anyone who can read
-- them could re-identify pupils by hashing candidate names. So pseudonyms change once, on the first start after this
-- migration: a pseudonym printed on an export before then no longer matches what governors see now.
drop table pseudonym_key;
