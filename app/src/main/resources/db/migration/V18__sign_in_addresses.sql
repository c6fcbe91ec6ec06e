-- Failed sign-ins by the address they came from, so that one source cannot guess at many accounts
-- (or lock them all) however many usernames it tries. A row counts the failures since
-- counting_since; at the limit the address is refused until locked_until.
create table sign_in_address (
  address        text primary key,
  failures       integer not null check (failures >= 0),
  counting_since timestamptz not null,
  locked_until   timestamptz
);
