-- Stuck sessions end by themselves.
--
-- A terminal's login can be used from psql, and PostgreSQL lets any session SET its own timeouts back
-- to 0 (and role settings are not inherited by member logins). So a kiosk login could BEGIN, book,
-- and then sit: every other terminal's booking of that event waits behind its row lock. Nothing on
-- the server but PostgreSQL is assumed (no extension, no cron): marquee.housekeeping() below ends such
-- sessions, and every Marquee terminal calls it on its listener's heartbeat (every 3 s); a venue may
-- also run `marquee guard` on the server. It runs as the schema owner, which needs two grants from a
-- superuser to see and end other roles' sessions (README, "Deploying"):
--     GRANT pg_read_all_stats TO marquee_owner;   -- see state, xact_start, wait_event of other roles
--     GRANT pg_signal_backend TO marquee_owner;   -- end them
-- Without them it does what it can (lock waits are visible in pg_locks to everyone) and says what it
-- could not, as rows of its result; it never fails its caller.
--
-- It depends on nothing a caller can keep: it takes no lock that another call could wait for (its only
-- writes are inserts into a table without unique keys and deletes with SKIP LOCKED), so concurrent
-- calls are harmless, and nothing it does lasts beyond the call except the record of sightings below.

-- Settings of the venue, one typed row per key. The value's type and range are checked per key by
-- setting_is_valid; later migrations add keys by replacing that function and inserting rows.
CREATE FUNCTION marquee.setting_is_valid(p_key text, p_value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_key IN ('stuck_lock_holder_seconds', 'idle_in_transaction_seconds', 'kiosk_statement_seconds',
                       'client_write_seconds')
            THEN CASE WHEN p_value ~ '^[0-9]{1,5}$' THEN p_value::integer BETWEEN 1 AND 86400 ELSE false END
        WHEN p_key = 'lookup_window_seconds'
            THEN CASE WHEN p_value ~ '^[0-9]{1,4}$' THEN p_value::integer BETWEEN 1 AND 3600 ELSE false END
        WHEN p_key = 'connection_reserve'
            THEN CASE WHEN p_value ~ '^[0-9]{1,4}$' THEN p_value::integer BETWEEN 0 AND 1000 ELSE false END
        ELSE false
    END
$$;

CREATE TABLE marquee.settings (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    description text NOT NULL DEFAULT '',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT settings_value_valid CHECK (marquee.setting_is_valid(key, value))
);
CREATE TRIGGER settings_touch BEFORE UPDATE ON marquee.settings
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER settings_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.settings
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('key');
-- Admins may read them; only the owner changes these (a tighter rule here would end healthy sessions).
GRANT SELECT ON marquee.settings TO marquee_admin;

INSERT INTO marquee.settings (key, value, description) VALUES
    ('stuck_lock_holder_seconds', '10', 'end a terminal session whose transaction is open this long while another session waits for its lock'),
    ('idle_in_transaction_seconds', '10', 'end a terminal session idle inside a transaction this long'),
    ('kiosk_statement_seconds', '15', 'end a kiosk session whose statement runs this long'),
    ('client_write_seconds', '30', 'end a terminal session blocked this long writing to a client that does not read'),
    ('lookup_window_seconds', '60', 'find-my-booking allows 5 misses per login in each window of this many seconds'),
    ('connection_reserve', '5', 'connections kept free for the owner (migrations, the guard) beyond superuser_reserved_connections');

-- Read by definer functions only.
CREATE FUNCTION marquee.setting_integer(p_key text, p_default integer) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.value::integer FROM marquee.settings s WHERE s.key = p_key), p_default)
$$;

-- The Marquee group a role belongs to, the most privileged one; 'owner' for superusers and for the
-- schema owner (and roles that are members of it), who are never treated as terminals.
CREATE FUNCTION marquee.group_of(p_role oid) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN r.rolsuper OR pg_has_role(r.oid, (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'marquee'), 'MEMBER')
            THEN 'owner'
        WHEN pg_has_role(r.oid, 'marquee_admin', 'MEMBER') THEN 'marquee_admin'
        WHEN pg_has_role(r.oid, 'marquee_box_office', 'MEMBER') THEN 'marquee_box_office'
        WHEN pg_has_role(r.oid, 'marquee_kiosk', 'MEMBER') THEN 'marquee_kiosk'
    END
    FROM pg_roles r WHERE r.oid = p_role
$$;

CREATE FUNCTION marquee.session_group() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT marquee.group_of((SELECT r.oid FROM pg_roles r WHERE r.rolname = session_user))
$$;

-- pg_stat_activity has no "waiting since". A session blocked writing to a client that stopped
-- reading shows wait_event ClientWrite, but so does a healthy listener for the microseconds its
-- socket buffer is full. So each call records what it sees (pid, backend start, and state_change,
-- which moves whenever the client sends a new query), and a session is ended only once it has been
-- seen blocked, in the same idle period or statement, for longer than client_write_seconds, with no
-- sighting in between that found it not blocked (that deletes its record). A healthy Marquee
-- listener sends a heartbeat every 3 s, so it never stays in one idle period that long.
-- Unlogged: after a crash every session is gone anyway.
CREATE UNLOGGED TABLE marquee.client_write_sightings (
    pid          integer NOT NULL,
    backend_start timestamptz NOT NULL,
    state_change timestamptz,
    seen_at      timestamptz NOT NULL
);
CREATE INDEX client_write_sightings_pid ON marquee.client_write_sightings (pid);

CREATE FUNCTION marquee.housekeeping()
RETURNS TABLE (rule text, pid integer, login text, ended boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    -- Clock time: now() is the caller's transaction start, which a caller chooses.
    v_now constant timestamptz := clock_timestamp();
    v_is_super constant boolean := (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user);
    v_can_read constant boolean := v_is_super OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE');
    v_can_signal constant boolean := v_is_super OR pg_has_role(current_user, 'pg_signal_backend', 'USAGE');
    -- Logins are names: only admins and the owner get them back.
    v_names constant boolean := marquee.session_group() IN ('owner', 'marquee_admin');
    v_lock_holder constant interval := make_interval(secs => marquee.setting_integer('stuck_lock_holder_seconds', 10));
    v_idle constant interval := make_interval(secs => marquee.setting_integer('idle_in_transaction_seconds', 10));
    v_statement constant interval := make_interval(secs => marquee.setting_integer('kiosk_statement_seconds', 15));
    v_client_write constant interval := make_interval(secs => marquee.setting_integer('client_write_seconds', 30));
    r record;
    v_ended boolean;
BEGIN
    IF NOT v_can_read THEN
        rule := 'cannot_read_activity'; pid := NULL; login := NULL; ended := false;
        RETURN NEXT;
    END IF;
    IF NOT v_can_signal THEN
        rule := 'cannot_end_sessions'; pid := NULL; login := NULL; ended := false;
        RETURN NEXT;
    END IF;
    BEGIN
        -- Sightings of sessions blocked writing to their client, for the ClientWrite rule.
        IF v_can_read THEN
            INSERT INTO marquee.client_write_sightings (pid, backend_start, state_change, seen_at)
            SELECT a.pid, a.backend_start, a.state_change, v_now
              FROM pg_stat_activity a
             WHERE a.datname = current_database() AND a.wait_event_type = 'Client' AND a.wait_event = 'ClientWrite'
               AND a.pid <> pg_backend_pid()
               AND marquee.group_of(a.usesysid) IN ('marquee_kiosk', 'marquee_box_office', 'marquee_admin');
            -- Forget sessions that are gone or not blocked any more. SKIP LOCKED: never wait for another call.
            DELETE FROM marquee.client_write_sightings s
             WHERE s.ctid IN (
                SELECT x.ctid FROM marquee.client_write_sightings x
                 WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                                    WHERE a.pid = x.pid AND a.backend_start = x.backend_start
                                      AND a.state_change IS NOT DISTINCT FROM x.state_change
                                      AND a.wait_event = 'ClientWrite')
                   FOR UPDATE SKIP LOCKED);
        END IF;

        FOR r IN
            WITH sessions AS (
                SELECT a.pid, a.usename::text AS login, a.state, a.xact_start, a.query_start, a.state_change,
                       a.wait_event_type, a.wait_event, a.backend_start, marquee.group_of(a.usesysid) AS group_name
                  FROM pg_stat_activity a
                 WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.usesysid IS NOT NULL
                   AND coalesce(a.backend_type, 'client backend') = 'client backend'
            ), terminals AS (
                SELECT * FROM sessions s WHERE s.group_name IN ('marquee_kiosk', 'marquee_box_office', 'marquee_admin')
            ), waiting AS (
                -- pg_locks is readable by every role, so this rule works without pg_read_all_stats.
                SELECT l.pid AS waiter, min(coalesce(l.waitstart, v_now)) AS since
                  FROM pg_locks l WHERE NOT l.granted AND l.pid IS NOT NULL GROUP BY l.pid
            ), blocking AS (
                SELECT b.blocker, min(w.since) AS since
                  FROM waiting w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.waiter)) AS b(blocker)
                 GROUP BY b.blocker
            ), stuck AS (
                -- Holds a lock another session waits for, with its transaction open too long (or, when its
                -- transaction start cannot be seen or it holds a session lock, with the other waiting too long).
                -- One that is itself waiting is a victim further down the queue, not the cause.
                SELECT 1 AS priority, 'lock_holder' AS rule, t.pid, t.login
                  FROM terminals t JOIN blocking b ON b.blocker = t.pid
                 WHERE NOT EXISTS (SELECT 1 FROM waiting w WHERE w.waiter = t.pid)
                   AND coalesce(t.xact_start, b.since) < v_now - v_lock_holder
                UNION ALL
                SELECT 2, 'idle_in_transaction', t.pid, t.login
                  FROM terminals t
                 WHERE t.state IN ('idle in transaction', 'idle in transaction (aborted)')
                   AND t.state_change < v_now - v_idle
                UNION ALL
                -- A statement waiting for a lock is a victim: the lock's holder is the one ended.
                SELECT 3, 'long_statement', t.pid, t.login
                  FROM terminals t
                 WHERE t.group_name = 'marquee_kiosk' AND t.state IN ('active', 'fastpath function call')
                   AND t.query_start < v_now - v_statement AND t.wait_event_type IS DISTINCT FROM 'Lock'
                UNION ALL
                SELECT 4, 'client_write', t.pid, t.login
                  FROM terminals t
                 WHERE t.wait_event = 'ClientWrite'
                   AND EXISTS (SELECT 1 FROM marquee.client_write_sightings s
                                WHERE s.pid = t.pid AND s.backend_start = t.backend_start
                                  AND s.state_change IS NOT DISTINCT FROM t.state_change
                                  AND s.seen_at < v_now - v_client_write)
            )
            SELECT DISTINCT ON (s.pid) s.rule, s.pid, s.login FROM stuck s ORDER BY s.pid, s.priority
        LOOP
            v_ended := false;
            IF v_can_signal THEN
                BEGIN
                    v_ended := pg_terminate_backend(r.pid);
                EXCEPTION WHEN insufficient_privilege THEN
                    v_ended := false;
                END;
            END IF;
            rule := r.rule; pid := r.pid; login := CASE WHEN v_names THEN r.login END; ended := v_ended;
            RETURN NEXT;
        END LOOP;
    EXCEPTION WHEN OTHERS THEN
        -- A heartbeat must never fail because of housekeeping (a read-only transaction, a bug, ...).
        rule := 'failed'; pid := NULL; login := NULL; ended := false;
        RETURN NEXT;
    END;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.housekeeping() TO marquee_kiosk;

-- What the admin view warns about: connections near max_connections, the notification queue filling.
CREATE FUNCTION marquee.server_status()
RETURNS TABLE (connections_used integer, connections_max integer, connections_reserved integer,
               notification_queue_usage double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    -- Rows of pg_stat_activity are visible to everyone (their details are not); max_connections is
    -- for the whole server, so every database counts. Background processes have no user.
    SELECT (SELECT count(*)::integer FROM pg_stat_activity a
             WHERE a.usesysid IS NOT NULL AND coalesce(a.backend_type, 'client backend') = 'client backend'),
           current_setting('max_connections')::integer,
           current_setting('superuser_reserved_connections')::integer,
           pg_notification_queue_usage()
$$;
GRANT EXECUTE ON FUNCTION marquee.server_status() TO marquee_admin;

-- Any login may create temporary tables in a database by default, without limit. No terminal needs
-- them. Only the database's owner (or a superuser) may take the right away; Migrator reports when
-- it is still there.
DO $$
BEGIN
    IF has_database_privilege('public', current_database(), 'TEMPORARY') THEN
        IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user)
           OR pg_has_role(current_user, (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database()), 'USAGE') THEN
            EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        ELSE
            RAISE WARNING 'PUBLIC may still create temporary tables in database %: its owner should run REVOKE TEMPORARY ON DATABASE % FROM PUBLIC',
                current_database(), current_database();
        END IF;
    END IF;
END;
$$;
