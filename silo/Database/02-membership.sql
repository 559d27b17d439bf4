-- Part 2: cluster membership (Orleans.Clustering.AdoNet).
--
-- One version row per cluster (DeploymentId = Hub:ClusterId) and one row per silo incarnation (address, port,
-- generation). Every change to a silo row, except its heartbeat, also bumps the cluster's version, and only
-- when the caller read the version it names: that compare-and-swap is how silos agree on who is in the
-- cluster. Status values are Orleans' SiloStatus: 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Adds a silo's row if the cluster is still at the version the caller read; 1 if it did, 0 if not.
-- The version row is locked first, so a competing writer either waits and then sees the new version, or
-- has already moved it on; the bump happens only once the silo row is in.
CREATE OR REPLACE FUNCTION hub_membership_insert(
    deployment text, address_arg text, port_arg integer, generation_arg integer,
    silo_name text, host_name text, status_arg integer, proxy_port integer,
    start_time timestamptz, alive_time timestamptz, expected_version integer)
RETURNS integer
LANGUAGE plpgsql AS
$fn$
BEGIN
    PERFORM 1 FROM OrleansMembershipVersionTable
    WHERE DeploymentId = deployment AND Version = expected_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (deployment, address_arg, port_arg, generation_arg, silo_name, host_name, status_arg, proxy_port, start_time, alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = deployment;
    RETURN 1;
END
$fn$;

-- Changes a silo's status and suspicions under the same compare-and-swap as hub_membership_insert.
-- IAmAliveTime only moves forward: an update prepared before the silo's latest heartbeat must not age it.
CREATE OR REPLACE FUNCTION hub_membership_update(
    deployment text, address_arg text, port_arg integer, generation_arg integer,
    status_arg integer, suspect_times text, alive_time timestamptz, expected_version integer)
RETURNS integer
LANGUAGE plpgsql AS
$fn$
BEGIN
    PERFORM 1 FROM OrleansMembershipVersionTable
    WHERE DeploymentId = deployment AND Version = expected_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = status_arg,
        SuspectTimes = suspect_times,
        IAmAliveTime = GREATEST(IAmAliveTime, alive_time)
    WHERE DeploymentId = deployment AND Address = address_arg AND Port = port_arg AND Generation = generation_arg;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = deployment;
    RETURN 1;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Creates the cluster's version row on first start; 1 if this call created it.
('InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM created;
$q$),

('InsertMembershipKey', $q$
    SELECT hub_membership_insert(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
        @StartTime, @IAmAliveTime, @Version);
$q$),

('UpdateMembershipKey', $q$
    SELECT hub_membership_update(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
$q$),

-- The heartbeat: touches only the silo's own row and never the cluster version.
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

-- Both reads start from the version row, so the version comes back even when no silo row matches.
('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),

-- Where clients may connect: the gateways of silos in the given status (Active).
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Forgets a whole cluster (Orleans calls it only when asked to reset membership).
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Defunct-silo clean-up: rows of silos dead since before the cut-off. Rows of live silos are never touched.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime;
$q$),

-- The same clean-up one row at a time, used by Orleans when present: the row goes only if it is still
-- exactly as the caller saw it (dead, same start, heartbeat and suspicions), so a concurrent change wins.
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
      AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
