-- The Monthly Performance Report (issue 6).

-- Rows of the tables below are only ever added: changing or removing one is an error. (A trigger
-- rather than a rule, which would silently do nothing and forbids INSERT ... ON CONFLICT.)
create function refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception '% rows are never changed or removed', tg_table_name;
end
$$;

-- A red figure's exception for a month's report: what happened and what is being done about it.
-- Rows are only ever added; the latest for an indicator and month is the one in force, and the
-- earlier ones are its history.
create table report_exception (
    id               bigint generated always as identity primary key,
    indicator_id     bigint not null references indicator (id),
    month            date not null,
    explanation      text not null,
    recovery_action  text not null,
    written_by       text not null,
    written_at       timestamptz not null
);
create index report_exception_month on report_exception (month, indicator_id, id);

-- A published edition: the report as it stood when published (a MonthlyReport as JSON), never
-- changed. One edition per month: a correction appears in the next month's edition.
create table report_edition (
    id            bigint generated always as identity primary key,
    month         date not null unique,
    content       jsonb not null,
    published_by  text not null,
    published_at  timestamptz not null
);

-- An edition's files and pages, made once when it is published: for each pack, the PDF, Word,
-- Excel and CSV files, and the public web pages.
create table report_edition_file (
    edition_id  bigint not null references report_edition (id),
    pack        text not null,
    format      text not null,
    media_type  text not null,
    content     bytea not null,
    sha256      text not null,
    primary key (edition_id, pack, format)
);

-- Why an approved figure was corrected: the next edition shows it as a revision with this reason.
alter table measurement add column correction_reason text not null default '';

do $$
declare
    t text;
begin
    foreach t in array array['report_exception', 'report_edition', 'report_edition_file']
    loop
        execute format('create trigger %I before update or delete on %I'
                       ' for each row execute function refuse_change()', t || '_refuses_change', t);
        execute format('create trigger %I before truncate on %I'
                       ' for each statement execute function refuse_change()',
                       t || '_refuses_truncate', t);
    end loop;
end
$$;

-- A draft report shows the exceptions and revisions as they stand, so both move the change counter.
do $$
declare
    t text;
begin
    foreach t in array array['report_exception', 'report_edition']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row'
                       ' execute function bump_data_version()', t || '_moves_data_version', t);
        execute format('create trigger %I after truncate on %I'
                       ' for each statement execute function bump_data_version()',
                       t || '_truncate_moves_data_version', t);
    end loop;
end
$$;
