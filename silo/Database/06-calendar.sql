-- The holiday notices of cluster mode: the year files an operator loaded with POST /ops/calendar/reload, one row a
-- year. Every silo reads them at start-up, in place of its own files of the same year, and again every
-- Hub:Calendar:RefreshInterval, so that a notice loaded at one silo reaches them all.
CREATE TABLE IF NOT EXISTS HubCalendar
(
    Year integer NOT NULL,
    FileName varchar(200) NOT NULL,
    Content text NOT NULL,
    StoredAt timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT PK_HubCalendar PRIMARY KEY (Year)
);
