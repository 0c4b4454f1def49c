-- The portal's double-publicity search (R35) looks for part of the party's (masked) name or of the document number:
-- trigram indexes, so that a search of three characters or more does not read every decision.
create index admin_decision_party_trgm_idx on admin_decision using gin (party_name_public gin_trgm_ops);
create index admin_decision_docno_trgm_idx on admin_decision using gin (document_number gin_trgm_ops);
