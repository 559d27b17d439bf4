-- Part 3: grain state (Orleans.Persistence.AdoNet), one row per grain and state name within a service.
--
-- A grain is named by the hashes Orleans computes (GrainIdHash, GrainTypeHash) for the index, and by its
-- full identity (the two 64-bit key halves, the string key and the grain type) for the match, so hash
-- collisions never mix two grains. PayloadBinary holds the state as the silo's grain-state serializer
-- wrote it: a format byte, then Orleans' binary serialization. Version is the ETag: it starts at 1 and
-- every write or clear adds one, and only a caller holding the current version may write.
--
-- The format byte (0x80 set) says whether the state carries an outbox (0x01) and whether messages wait
-- in it for the broker (0x02). A write of a state whose messages wait lists it in HubOutbox in the same
-- statement, so no crash can leave stored messages unlisted; a write with an empty outbox takes it off.
-- When the broker has acknowledged an outbox, the silo deletes its listing (in batches, up to the
-- version it published), and a read of a state no longer listed at its version clears the 0x02 bit:
-- the grain reads its outbox as acknowledged and publishes nothing again. Each silo sweeps the
-- listings older than a few seconds, its share by GrainIdHash, and wakes those grains.
--
-- The format byte also says whether the state carries a durable timer (0x04) and whether it is set (0x08);
-- when set, the due time follows the format byte as 8 bytes, big-endian unix milliseconds. A write of such
-- a state indexes the due time in HubDue in the same statement, and a write with no time set takes it off:
-- a grain's next moment can never be stored without being indexed. Each silo reads its share of the rows
-- whose time has come, by GrainIdHash, and wakes those grains; one durable timer per grain, and no timer
-- held in memory for a grain that waits.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer       NOT NULL,
    GrainIdN0              bigint        NOT NULL,
    GrainIdN1              bigint        NOT NULL,
    GrainTypeHash          integer       NOT NULL,
    GrainTypeString        varchar(512)  NOT NULL,
    GrainIdExtensionString varchar(512)  NULL,
    ServiceId              varchar(150)  NOT NULL,
    PayloadBinary          bytea         NULL,
    ModifiedOn             timestamptz   NOT NULL DEFAULT now(),
    Version                integer       NOT NULL
);

-- One row per grain: the unique index is what lets two racing first writes end with exactly one winner.
-- COALESCE because a grain without a string key has NULL there, and NULLs never collide in an index.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
    (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, (COALESCE(GrainIdExtensionString, '')));

CREATE TABLE IF NOT EXISTS HubOutbox
(
    ServiceId              varchar(150)  NOT NULL,
    GrainTypeString        varchar(512)  NOT NULL,
    GrainKey               varchar(512)  NOT NULL,
    GrainIdHash            integer       NOT NULL,
    Version                integer       NOT NULL,
    WaitingSince           timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (ServiceId, GrainTypeString, GrainKey)
);

CREATE INDEX IF NOT EXISTS IX_HubOutbox_Waiting ON HubOutbox (ServiceId, WaitingSince);

CREATE TABLE IF NOT EXISTS HubDue
(
    ServiceId              varchar(150)  NOT NULL,
    GrainTypeString        varchar(512)  NOT NULL,
    GrainKey               varchar(512)  NOT NULL,
    GrainIdHash            integer       NOT NULL,
    DueAt                  timestamptz   NOT NULL,
    PRIMARY KEY (ServiceId, GrainTypeString, GrainKey)
);

CREATE INDEX IF NOT EXISTS IX_HubDue_DueAt ON HubDue (ServiceId, DueAt);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
    SELECT CASE
               WHEN get_byte(s.PayloadBinary, 0) & 3 = 3 AND NOT EXISTS (
                   SELECT 1 FROM HubOutbox o
                   WHERE o.ServiceId = s.ServiceId AND o.GrainTypeString = s.GrainTypeString
                     AND o.GrainKey = COALESCE(s.GrainIdExtensionString, '') AND o.Version >= s.Version)
               THEN set_byte(s.PayloadBinary, 0, get_byte(s.PayloadBinary, 0) & 253)
               ELSE s.PayloadBinary
           END AS PayloadBinary,
           s.Version
    FROM OrleansStorage s
    WHERE s.GrainIdHash = @GrainIdHash AND s.GrainTypeHash = @GrainTypeHash AND s.ServiceId = @ServiceId
      AND s.GrainIdN0 = @GrainIdN0 AND s.GrainIdN1 = @GrainIdN1 AND s.GrainTypeString = @GrainTypeString
      AND COALESCE(s.GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::varchar, '');
$q$),

-- Returns the new version on success. On a conflict it returns the caller's own version (NULL for a first
-- write that lost the race), which Orleans turns into an InconsistentStateException.
('WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
        WHERE @GrainStateVersion::integer IS NOT NULL AND Version = @GrainStateVersion::integer
          AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
          AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING Version),
    inserted AS (
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
             ServiceId, PayloadBinary, Version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString::varchar,
               @ServiceId, @PayloadBinary, 1
        WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
                     (COALESCE(GrainIdExtensionString, ''))) DO NOTHING
        RETURNING Version),
    written AS (
        SELECT Version FROM updated UNION ALL SELECT Version FROM inserted),
    waiting AS (
        INSERT INTO HubOutbox (ServiceId, GrainTypeString, GrainKey, GrainIdHash, Version)
        SELECT @ServiceId, @GrainTypeString, COALESCE(@GrainIdExtensionString::varchar, ''), @GrainIdHash, Version
        FROM written
        WHERE get_byte(@PayloadBinary::bytea, 0) & 3 = 3
        ON CONFLICT (ServiceId, GrainTypeString, GrainKey) DO UPDATE SET Version = excluded.Version
        RETURNING 1),
    settled AS (
        DELETE FROM HubOutbox o
        USING written
        WHERE get_byte(@PayloadBinary::bytea, 0) & 3 = 1
          AND o.ServiceId = @ServiceId AND o.GrainTypeString = @GrainTypeString
          AND o.GrainKey = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING 1),
    due AS (
        INSERT INTO HubDue (ServiceId, GrainTypeString, GrainKey, GrainIdHash, DueAt)
        SELECT @ServiceId, @GrainTypeString, COALESCE(@GrainIdExtensionString::varchar, ''), @GrainIdHash,
               -- The guard keeps the planner, which folds what is constant, from decoding bytes that hold no time.
               to_timestamp(('x' || encode(CASE WHEN get_byte(@PayloadBinary::bytea, 0) & 12 = 12
                                                THEN substring(@PayloadBinary::bytea from 2 for 8)
                                                ELSE '\x0000000000000000'::bytea END, 'hex'))::bit(64)::bigint / 1000.0)
        FROM written
        WHERE get_byte(@PayloadBinary::bytea, 0) & 12 = 12
        ON CONFLICT (ServiceId, GrainTypeString, GrainKey) DO UPDATE SET DueAt = excluded.DueAt
        RETURNING 1),
    undue AS (
        DELETE FROM HubDue d
        USING written
        WHERE get_byte(@PayloadBinary::bytea, 0) & 12 = 4
          AND d.ServiceId = @ServiceId AND d.GrainTypeString = @GrainTypeString
          AND d.GrainKey = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING 1)
    SELECT COALESCE((SELECT Version FROM updated), (SELECT Version FROM inserted), @GrainStateVersion::integer)
        AS NewGrainStateVersion;
$q$),

-- Clearing keeps the row and its version history: the payload goes, the version moves on.
('ClearStorageKey', $q$
    WITH cleared AS (
        UPDATE OrleansStorage
        SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
        WHERE Version = @GrainStateVersion::integer
          AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
          AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING Version),
    settled AS (
        DELETE FROM HubOutbox o
        USING cleared
        WHERE o.ServiceId = @ServiceId AND o.GrainTypeString = @GrainTypeString
          AND o.GrainKey = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING 1),
    undue AS (
        DELETE FROM HubDue d
        USING cleared
        WHERE d.ServiceId = @ServiceId AND d.GrainTypeString = @GrainTypeString
          AND d.GrainKey = COALESCE(@GrainIdExtensionString::varchar, '')
        RETURNING 1)
    SELECT COALESCE((SELECT Version FROM cleared), @GrainStateVersion::integer) AS NewGrainStateVersion;
$q$),

-- The silo's batch of acknowledged outboxes: each listing goes if it is not newer than the version published.
('HubOutboxAcknowledgeKey', $q$
    DELETE FROM HubOutbox o
    USING unnest(@GrainTypeStrings::varchar[], @GrainKeys::varchar[], @Versions::integer[]) AS a(GrainTypeString, GrainKey, Version)
    WHERE o.ServiceId = @ServiceId AND o.GrainTypeString = a.GrainTypeString AND o.GrainKey = a.GrainKey
      AND o.Version <= a.Version;
$q$),

-- The listings one silo sweeps: its share (by GrainIdHash among @SiloCount silos) of those waiting longer than
-- @AfterSeconds, and every one waiting longer than @TakeOverSeconds, whoever's share it is.
('HubOutboxDueKey', $q$
    SELECT GrainTypeString, GrainKey
    FROM HubOutbox
    WHERE ServiceId = @ServiceId
      AND ((WaitingSince < now() - make_interval(secs => @AfterSeconds) AND mod(GrainIdHash & 2147483647, @SiloCount) = @SiloIndex)
           OR WaitingSince < now() - make_interval(secs => @TakeOverSeconds))
    ORDER BY WaitingSince
    LIMIT @Limit;
$q$),

-- The timers one silo wakes: its share (by GrainIdHash among @SiloCount silos) of those due by @Now, the silo's
-- own clock, and every one due before @TakeOverBefore, whoever's share it is.
('HubDueKey', $q$
    SELECT GrainTypeString, GrainKey, DueAt
    FROM HubDue
    WHERE ServiceId = @ServiceId
      AND ((DueAt <= @Now AND mod(GrainIdHash & 2147483647, @SiloCount) = @SiloIndex) OR DueAt <= @TakeOverBefore)
    ORDER BY DueAt
    LIMIT @Limit;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
