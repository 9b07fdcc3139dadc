-- One key per data subject (an incident, a comment, a post, a pupil in the consent register): a Tink keyset that
-- encrypts the personal fields of the events about it, itself encrypted under the key store's master key. Erasing
-- a subject deletes its keyset and keeps the row, so "erased" is told from "never existed".
create table subject_key (
    key_id     varchar(255)             not null primary key,
    keyset     bytea,
    created_at timestamp with time zone not null,
    erased_at  timestamp with time zone
);
