-- What the owner said about a figure outside its usual range, and why the performance team
-- returned a figure.
alter table measurement add column explanation text not null default '';
alter table measurement add column returned_reason text not null default '';
alter table measurement add column submitted_at timestamptz;
alter table measurement add column decided_by text;
alter table measurement add column decided_at timestamptz;
create index measurement_state on measurement (state);
