-- Issue 16: officers see people by name and department, not by login. The console remembers each member of staff's
-- name from the identity provider's token (encrypted, like the address) when they open it; the address becomes
-- optional (not every account has one).
alter table staff_contact alter column email drop not null;
alter table staff_contact add column display_name text;
