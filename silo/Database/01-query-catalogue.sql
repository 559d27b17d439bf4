-- The hub's database for Orleans' ADO.NET providers on PostgreSQL, part 1: the query catalogue.
--
-- Each provider reads the statements it needs from OrleansQuery by key when it starts, and runs nothing
-- else: the catalogue is the whole contract between Orleans and this database. A provider binds its
-- parameters by name (@DeploymentId, @GrainStateVersion, ...) and reads result columns by name, so those
-- names are fixed; everything else (tables, indexes, functions) is ours.
--
-- Every script here may run again on an installed database: tables and indexes are created only when
-- missing, functions are replaced, and catalogue entries are upserted. Nothing is ever dropped.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
