-- A line of the consent register as it was kept before the register was event-sourced: no event behind it.
insert into pupil_consent (ref, name, photo_consent, no_photo_list, updated_by, updated_at, version)
values ('L-1', 'Lena Old', true, true, 'admin', timestamp with time zone '2026-09-01 08:00:00+00:00', 3);
