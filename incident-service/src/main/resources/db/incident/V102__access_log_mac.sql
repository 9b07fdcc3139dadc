-- Each access-log entry carries a MAC made with the key store's key, as events do.
alter table access_log add column mac varchar(64);
