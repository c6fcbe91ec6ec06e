-- An action's owner, lead officer and dates (its own and its milestones') are changed only from the
-- version they were read at, so that two people changing them at once cannot overwrite each other.
alter table action add column version int not null default 0;
