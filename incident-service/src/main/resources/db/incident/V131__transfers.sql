-- Child-protection files sent to other schools, kept as sent (encrypted to a passphrase that is never stored), and
-- the transfers imported from other schools with the receipt issued for each (to issue it again if it is lost). The transfers themselves are events of the Transfer aggregate.
create table transfer_file (
    transfer_id varchar(64)              not null primary key,
    content     bytea                    not null,
    sent_at     timestamp with time zone not null
);

create table transfer_import (
    transfer_id varchar(64)              not null primary key,
    from_school varchar(255)             not null,
    imported_by varchar(100)             not null,
    imported_at timestamp with time zone not null,
    receipt     bytea                    not null
);
