-- Issue 17: a document-number query (临教发〔2022〕1236号) matches the normalised number anywhere in it; at 1,000,000
-- items the infix LIKE read every row (1 s). A trigram index lets it join the other arms' bitmap.
create index search_document_doc_number_trgm_idx on search_document using gin (doc_number_norm gin_trgm_ops)
    where doc_number_norm is not null;
