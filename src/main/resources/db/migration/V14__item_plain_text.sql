-- Issue 9: the plain text of a published version (summary and body without HTML) is computed once, at
-- publication, on a worker; search snippets read it instead of parsing HTML for every hit.
alter table info_item_version add column plain_text text;
