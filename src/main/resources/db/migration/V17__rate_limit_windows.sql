-- Issue 9: the rate limiter counts in one atomic upsert per fixed window (no count-then-insert race);
-- rate_limit_hit is no longer written and is emptied by the purge. Challenges remember the asking address's
-- bucket so that each address can ask for only so many.
create table rate_limit_window (
    bucket       varchar(80) not null,
    window_start timestamptz not null,
    hits         int         not null,
    primary key (bucket, window_start)
);
create index rate_limit_window_start_idx on rate_limit_window (window_start);
create index challenge_expires_idx on challenge (expires_at);
