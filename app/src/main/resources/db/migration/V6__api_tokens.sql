-- Personal API tokens for system-to-system feeds: scoped, revocable, stored only as a hash.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint not null references user_account (id) on delete cascade,
    name          text not null check (length(name) between 1 and 100),
    token_hash    text not null unique,
    scopes        text[] not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user on api_token (user_id);
