-- The service windows of cluster mode, provisioned with `windows add` and refused after `windows revoke`.
-- A window's key is 256 random bits, printed once and never stored: only its SHA-256 hash is kept, which is enough
-- to recognise the key and useless to recover it (a slow password hash would add nothing to a random 256-bit key).
CREATE TABLE IF NOT EXISTS HubWindows
(
    WindowId varchar(64) NOT NULL,
    Node char(12) NOT NULL,
    Name varchar(200) NOT NULL,
    KeyHash bytea NOT NULL,
    CreatedAt timestamptz NOT NULL DEFAULT now(),
    RevokedAt timestamptz NULL,

    CONSTRAINT PK_HubWindows PRIMARY KEY (WindowId),
    CONSTRAINT CK_HubWindows_KeyHash CHECK (octet_length(KeyHash) = 32)
);

CREATE UNIQUE INDEX IF NOT EXISTS IX_HubWindows_KeyHash ON HubWindows (KeyHash);
