-- Issue 9: an Idempotency-Key is bound to the caller and the body it first came with (SM3 fingerprint):
-- a replay with another body is refused instead of returning the first submission's receipt.
alter table enquiry add column idempotency_hash varchar(64);
alter table disclosure_application add column idempotency_hash varchar(64);
