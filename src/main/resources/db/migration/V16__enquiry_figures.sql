-- Issue 9: the public monthly figures come from one aggregate query, not a year of rows loaded per call.
-- The working days an answer took are fixed at closing (through the calendar) and summed here.
alter table enquiry add column answer_working_days int;
create index enquiry_received_idx on enquiry (received_on);
create index enquiry_closed_idx on enquiry (closed_on) where state = 'CLOSED';
