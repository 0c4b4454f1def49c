-- Fees (国办函〔2020〕109号): off by default (the bureau's rule is "no fee"); when on, an unpaid fee stops the clock.
alter table disclosure_application add column fee_amount numeric(10, 2);
alter table disclosure_application add column fee_basis varchar(200);
alter table disclosure_application add column fee_due date;
alter table disclosure_application add column fee_paid_on date;
