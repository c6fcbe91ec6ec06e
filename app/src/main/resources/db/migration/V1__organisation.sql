-- The organisation that runs this Barometer; later migrations hang the catalogue off it.
create table organisation (
    id          bigint generated always as identity primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);
