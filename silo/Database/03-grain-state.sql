-- Part 3: grain state (Orleans.Persistence.AdoNet), one row per grain and state name within a service.
--
-- A grain is named by the hashes Orleans computes (GrainIdHash, GrainTypeHash) for the index, and by its
-- full identity (the two 64-bit key halves, the string key and the grain type) for the match, so hash
-- collisions never mix two grains. PayloadBinary holds the state as the silo's grain-state serializer
-- wrote it (the hub uses Orleans' binary serializer). Version is the ETag: it starts at 1 and every
-- write or clear adds one, and only a caller holding the current version may write.

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

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
      AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString::varchar, '');
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
        RETURNING Version)
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
        RETURNING Version)
    SELECT COALESCE((SELECT Version FROM cleared), @GrainStateVersion::integer) AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
