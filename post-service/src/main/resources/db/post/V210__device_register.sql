-- The device register of the official accounts (rebuilt from the event store) and the headteacher's passcodes.
create table device_view (
    id            varchar(64)              not null primary key,
    account_id    varchar(64)              not null,
    status        varchar(16)              not null,
    token_hash    varchar(64)              not null,
    registered_at timestamp with time zone not null,
    version       bigint                   not null,
    document      text                     not null
);
create unique index device_view_token_hash on device_view (token_hash);
create index device_view_status on device_view (status);

-- A passcode is a short-lived secret, not history: only its hash, until it is used, replaced or expires.
create table device_passcode (
    device_id     varchar(64)              not null primary key,
    passcode_hash varchar(64)              not null,
    expires_at    timestamp with time zone not null,
    attempts      integer                  not null
);
