-- The corporate priorities an action serves: priorities of its aim, chosen by the performance team
-- with its scrutiny committee and related indicators.
create table action_priority (
    action_id    bigint not null references action (id),
    priority_id  bigint not null references priority (id),
    primary key (action_id, priority_id)
);
create index action_priority_priority on action_priority (priority_id);
