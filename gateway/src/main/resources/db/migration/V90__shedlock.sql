-- ShedLock's locks (net.javacrumbs.shedlock, JdbcTemplateLockProvider on database time): the jobs that must run on
-- one instance at a time (npsp intake, catalogue synchronisation) take theirs here, by name, until lock_until.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
