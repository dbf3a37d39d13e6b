-- The door (issue #15 §3): a group for the people who scan tickets at the entrances, entrances named at
-- check-in, check-out for re-entry, and the headcount per entrance.
--
--   marquee_door  check in, check out and see attendance; nothing else. It reads what every terminal reads
--                 (the public event listing to choose the events it admits, the venue's settings, the seat
--                 counts its listener re-reads) and runs the housekeeping heartbeat; it cannot book, pay,
--                 cancel, or read bookings, tickets, customers or refunds. Box office (and so admin) logins
--                 are members: they could check tickets in before and now also check out and see attendance.
--
--   MQ022 ticket for another event (this door does not admit it)
--   MQ035 check-out refused: this event does not allow re-entry
--   MQ036 check-out refused: the ticket is not inside (never came in, or already went out)
--   MQ037 an entrance name that is empty, longer than 60 characters or has hidden characters
--
-- MQ007 (already used) now says when and where in its DETAIL, as JSON:
--   {"entered_at": "...", "entrance": "..." | null, "first_entered_at": "...", "first_entrance": ..., "inside": true}
-- entered_at/entrance: the entry that makes this scan a second one (the last entry; the first, when the
-- ticket never went out). The door shows "already used at HH:MM at entrance X" from it.

-- ---------------------------------------------------------------------------------------------
-- 1. The group.

DO $$
DECLARE
    r pg_catalog.pg_roles%ROWTYPE;
BEGIN
    SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = 'marquee_door';
    IF NOT FOUND THEN
        CREATE ROLE marquee_door NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
    ELSIF r.rolsuper OR r.rolbypassrls OR r.rolreplication THEN
        RAISE EXCEPTION 'role marquee_door is a superuser or bypasses row-level security; a superuser must fix it first'
            USING ERRCODE = 'insufficient_privilege';
    ELSIF r.rolcanlogin OR r.rolcreaterole OR r.rolcreatedb THEN
        ALTER ROLE marquee_door NOLOGIN NOCREATEDB NOCREATEROLE;
    END IF;
END;
$$;

GRANT marquee_door TO marquee_box_office;
GRANT USAGE ON SCHEMA marquee TO marquee_door;

-- Staff logins of the new kind: the lists of groups, the connection budget (a door terminal holds what a
-- kiosk holds: the listener and one worker, see core/session/terminalsession.cpp; 4 like every login).
ALTER TABLE marquee.staff_logins DROP CONSTRAINT staff_logins_group_name_check;
ALTER TABLE marquee.staff_logins ADD CONSTRAINT staff_logins_group_name_check
    CHECK (group_name IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk', 'marquee_door'));
ALTER TABLE marquee.terminal_connections DROP CONSTRAINT terminal_connections_group_name_check;
ALTER TABLE marquee.terminal_connections ADD CONSTRAINT terminal_connections_group_name_check
    CHECK (group_name IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk', 'marquee_door'));
INSERT INTO marquee.terminal_connections (group_name, connections) VALUES ('marquee_door', 4);

CREATE OR REPLACE FUNCTION marquee.manageable_group(p_login text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT min(g.rolname)::text
      FROM pg_roles r
      JOIN pg_auth_members m ON m.member = r.oid
      JOIN pg_roles g ON g.oid = m.roleid AND g.rolname IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk', 'marquee_door')
     WHERE r.rolname = p_login AND NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication
    HAVING count(*) = 1
$$;

-- Box office logins are members of marquee_door too (through their group): the door comes after them.
CREATE OR REPLACE FUNCTION marquee.group_of(p_role oid) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN r.rolsuper OR pg_has_role(r.oid, (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'marquee'), 'MEMBER')
            THEN 'owner'
        WHEN pg_has_role(r.oid, 'marquee_admin', 'MEMBER') THEN 'marquee_admin'
        WHEN pg_has_role(r.oid, 'marquee_box_office', 'MEMBER') THEN 'marquee_box_office'
        WHEN pg_has_role(r.oid, 'marquee_door', 'MEMBER') THEN 'marquee_door'
        WHEN pg_has_role(r.oid, 'marquee_kiosk', 'MEMBER') THEN 'marquee_kiosk'
    END
    FROM pg_roles r WHERE r.oid = p_role
$$;
CREATE OR REPLACE FUNCTION marquee.create_staff_login(p_login text, p_password text, p_group text, p_full_name text DEFAULT '')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_connections integer;
    v_budget record;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,40}$' OR marquee.is_reserved_login_name(p_login) THEN
        RAISE EXCEPTION 'a login name is 3 to 41 lower-case letters, digits or _, starting with a letter, and no reserved word'
            USING ERRCODE = 'MQ010';
    END IF;
    IF p_group IS NULL OR p_group NOT IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk', 'marquee_door') THEN
        RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = 'MQ010';
    END IF;
    PERFORM marquee.check_staff_password(p_password);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        RAISE EXCEPTION 'login % already exists', p_login USING ERRCODE = 'MQ010';
    END IF;
    IF NOT marquee.is_clean_text(p_full_name) OR char_length(btrim(coalesce(p_full_name, ''))) > 200 THEN
        RAISE EXCEPTION 'a full name has at most 200 characters and no hidden characters' USING ERRCODE = 'MQ010';
    END IF;
    -- Admins keep a way in when every kiosk has used every slot: all logins' limits together stay
    -- within max_connections less the reserves.
    SELECT c.connections INTO v_connections FROM marquee.terminal_connections c WHERE c.group_name = p_group;
    SELECT * INTO v_budget FROM marquee.connection_budget();
    IF v_budget.promised + v_connections > v_budget.budget THEN
        RAISE EXCEPTION 'max_connections leaves room for % more connections; a % login needs %',
            greatest(v_budget.budget - v_budget.promised, 0), p_group, v_connections
            USING ERRCODE = 'configuration_limit_exceeded';
    END IF;
    PERFORM set_config('password_encryption', 'scram-sha-256', true);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION '
                   'CONNECTION LIMIT %s PASSWORD %L IN ROLE %I', p_login, v_connections, p_password, p_group);
    INSERT INTO marquee.staff_logins (login, group_name, full_name)
        VALUES (p_login, p_group, btrim(coalesce(p_full_name, '')));
    -- Created here, in the transaction that creates the login: they commit (or vanish) together.
    PERFORM marquee.create_lookup_counters((SELECT r.oid FROM pg_roles r WHERE r.rolname = p_login));
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 2. Entrances, entries and exits.
--
-- A ticket's status stays what it was ('used' = came in at least once: cancel_booking's MQ009 and the
-- refunds rely on it). The door's own state lives beside it: the first entry (when, which entrance), the
-- last entry, whether the ticket is inside now, and when it last went out. Tickets checked in before
-- this migration count as inside, through no named entrance.

ALTER TABLE marquee.events ADD COLUMN reentry_allowed boolean NOT NULL DEFAULT true;

ALTER TABLE marquee.tickets
    ADD COLUMN first_entered_at timestamptz,
    ADD COLUMN first_entrance text,
    ADD COLUMN entered_at timestamptz,
    ADD COLUMN entrance text,
    ADD COLUMN inside boolean NOT NULL DEFAULT false,
    ADD COLUMN left_at timestamptz,
    ADD COLUMN left_through text;
UPDATE marquee.tickets t SET first_entered_at = t.updated_at, entered_at = t.updated_at, inside = true
 WHERE t.status = 'used';
ALTER TABLE marquee.tickets
    ADD CONSTRAINT tickets_entry_consistent CHECK ((first_entered_at IS NULL) = (entered_at IS NULL)
                                                    AND (NOT inside OR entered_at IS NOT NULL));

-- The headcount of an event reads its tickets that came in, through its bookings.
CREATE INDEX tickets_entered ON marquee.tickets (booking_id) WHERE first_entered_at IS NOT NULL;

-- An entrance's name as the door typed it: trimmed, 1 to 60 characters, nothing hidden. NULL is "no entrance
-- named" (the box office's check-in).
CREATE FUNCTION marquee.entrance_name(p_entrance text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_name constant text := btrim(p_entrance);
BEGIN
    IF p_entrance IS NULL THEN
        RETURN NULL;
    END IF;
    IF v_name = '' OR char_length(v_name) > 60 OR NOT marquee.is_clean_text(v_name, false) THEN
        RAISE EXCEPTION 'an entrance name has 1 to 60 characters and no hidden characters' USING ERRCODE = 'MQ037';
    END IF;
    RETURN v_name;
END;
$$;

-- What MQ007 carries: when and where the entry that makes this scan a second one happened.
CREATE FUNCTION marquee.ticket_entry_detail(p_ticket marquee.tickets) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('entered_at', p_ticket.entered_at, 'entrance', p_ticket.entrance,
                             'first_entered_at', p_ticket.first_entered_at, 'first_entrance', p_ticket.first_entrance,
                             'inside', p_ticket.inside)::text
$$;

-- A hint for every door and admin view showing this event's headcount: re-read event_attendance().
CREATE FUNCTION marquee.notify_attendance(p_event_id bigint) RETURNS void
LANGUAGE sql AS $$
    SELECT pg_notify('marquee_attendance', json_build_object('event_id', p_event_id)::text)
$$;

DROP FUNCTION marquee.check_in_ticket(text);
-- Today's contract plus the entrance and, when given, the events this door admits. Kept callable with the
-- code alone (the box office's check-in). p_event_ids NULL admits every event; an empty array admits none.
-- A ticket that went out (check_out_ticket) comes back in once per check-out.
CREATE FUNCTION marquee.check_in_ticket(p_code text, p_entrance text DEFAULT NULL, p_event_ids bigint[] DEFAULT NULL)
RETURNS TABLE (ticket_id bigint, code text, booking_id bigint, event_id bigint, event_title text,
               entrance text, checked_in_at timestamptz, readmitted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_code constant text := upper(btrim(coalesce(p_code, '')));
    v_entrance constant text := marquee.entrance_name(p_entrance);
    v_ticket marquee.tickets%ROWTYPE;
    v_booking marquee.bookings%ROWTYPE;
    v_event marquee.events%ROWTYPE;
    v_now constant timestamptz := clock_timestamp();
    v_readmit boolean;
BEGIN
    SELECT t.booking_id INTO v_ticket.booking_id FROM marquee.tickets t WHERE t.code = v_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ticket with code %', v_code USING ERRCODE = 'MQ006';
    END IF;
    -- The row cancel_booking and pay_reservation lock FOR UPDATE.
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = v_ticket.booking_id FOR SHARE;
    SELECT * INTO v_ticket FROM marquee.tickets t WHERE t.code = v_code;
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = v_booking.event_id;
    IF p_event_ids IS NOT NULL AND NOT (v_event.id = ANY (p_event_ids)) THEN
        RAISE EXCEPTION 'ticket % is for another event', v_code USING ERRCODE = 'MQ022',
            DETAIL = json_build_object('event_id', v_event.id, 'event_title', v_event.title,
                                       'starts_at', v_event.starts_at)::text;
    END IF;
    IF v_booking.status = 'reserved' AND v_event.status <> 'cancelled' THEN
        RAISE EXCEPTION 'ticket % belongs to an unpaid reservation', v_code USING ERRCODE = 'MQ018';
    END IF;
    IF v_booking.status <> 'confirmed' OR v_event.status = 'cancelled' OR v_ticket.status = 'cancelled' THEN
        RAISE EXCEPTION 'ticket % is cancelled', v_code USING ERRCODE = 'MQ008';
    END IF;
    IF v_ticket.status = 'used' AND (v_ticket.inside OR NOT v_event.reentry_allowed) THEN
        RAISE EXCEPTION 'ticket % was already used', v_code USING ERRCODE = 'MQ007',
            DETAIL = marquee.ticket_entry_detail(v_ticket);
    END IF;
    IF v_now < v_event.starts_at - interval '6 hours' OR v_now > v_event.starts_at + interval '12 hours' THEN
        RAISE EXCEPTION 'check-in for this event is open from 6 hours before it starts until 12 hours after'
            USING ERRCODE = 'MQ015';
    END IF;
    v_readmit := v_ticket.status = 'used';
    -- Conditional on what was read: of two scanners at the same instant the second waits for the first's row
    -- and then finds it changed.
    UPDATE marquee.tickets t
       SET status = 'used', inside = true, entered_at = v_now, entrance = v_entrance,
           first_entered_at = coalesce(t.first_entered_at, v_now),
           first_entrance = CASE WHEN t.first_entered_at IS NULL THEN v_entrance ELSE t.first_entrance END
     WHERE t.id = v_ticket.id AND t.status = v_ticket.status AND NOT t.inside
       AND t.entered_at IS NOT DISTINCT FROM v_ticket.entered_at;
    IF NOT FOUND THEN
        -- Another check-in of this very ticket committed between our read and the update: name it.
        SELECT * INTO v_ticket FROM marquee.tickets t WHERE t.id = v_ticket.id;
        RAISE EXCEPTION 'ticket % was already used', v_code USING ERRCODE = 'MQ007',
            DETAIL = marquee.ticket_entry_detail(v_ticket);
    END IF;
    PERFORM marquee.notify_attendance(v_event.id);
    RETURN QUERY SELECT v_ticket.id, v_ticket.code, v_booking.id, v_event.id, v_event.title, v_entrance, v_now, v_readmit;
END;
$$;

-- Re-entry: only a ticket that is inside goes out, and then it may come back in once. An event that
-- forbids re-entry refuses the check-out (MQ035), so nobody is let out believing they can come back.
CREATE FUNCTION marquee.check_out_ticket(p_code text, p_entrance text DEFAULT NULL)
RETURNS TABLE (ticket_id bigint, code text, event_id bigint, event_title text, entrance text,
               checked_out_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_code constant text := upper(btrim(coalesce(p_code, '')));
    v_entrance constant text := marquee.entrance_name(p_entrance);
    v_ticket marquee.tickets%ROWTYPE;
    v_event marquee.events%ROWTYPE;
    v_now constant timestamptz := clock_timestamp();
BEGIN
    SELECT * INTO v_ticket FROM marquee.tickets t WHERE t.code = v_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ticket with code %', v_code USING ERRCODE = 'MQ006';
    END IF;
    SELECT e.* INTO v_event FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = v_ticket.booking_id;
    IF NOT v_event.reentry_allowed THEN
        RAISE EXCEPTION 'event % does not allow re-entry', v_event.id USING ERRCODE = 'MQ035';
    END IF;
    UPDATE marquee.tickets t SET inside = false, left_at = v_now, left_through = v_entrance
     WHERE t.id = v_ticket.id AND t.inside;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % is not inside', v_code USING ERRCODE = 'MQ036';
    END IF;
    PERFORM marquee.notify_attendance(v_event.id);
    RETURN QUERY SELECT v_ticket.id, v_ticket.code, v_event.id, v_event.title, v_entrance, v_now;
END;
$$;

-- The headcount per entrance: checked_in counts first entries through it, inside the tickets inside now whose
-- last entry was through it. The entrance is NULL for check-ins that named none (the box office's).
CREATE FUNCTION marquee.event_attendance(p_event_id bigint)
RETURNS TABLE (entrance text, checked_in integer, inside integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    WITH came AS (
        SELECT t.first_entrance, t.entrance, t.inside
          FROM marquee.bookings b JOIN marquee.tickets t ON t.booking_id = b.id
         WHERE b.event_id = p_event_id AND t.first_entered_at IS NOT NULL
    ), counted AS (
        SELECT c.first_entrance AS entrance, 1 AS first_entry, 0 AS now_inside FROM came c
        UNION ALL
        SELECT c.entrance, 0, 1 FROM came c WHERE c.inside
    )
    SELECT c.entrance, sum(c.first_entry)::integer, sum(c.now_inside)::integer
      FROM counted c GROUP BY c.entrance ORDER BY c.entrance NULLS FIRST
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. Housekeeping watches door logins as it watches kiosks (their long statements too).

CREATE OR REPLACE FUNCTION marquee.housekeeping()
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
               AND marquee.group_of(a.usesysid) IN ('marquee_kiosk', 'marquee_door', 'marquee_box_office', 'marquee_admin');
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
                SELECT * FROM sessions s WHERE s.group_name IN ('marquee_kiosk', 'marquee_door', 'marquee_box_office', 'marquee_admin')
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
                 WHERE t.group_name IN ('marquee_kiosk', 'marquee_door') AND t.state IN ('active', 'fastpath function call')
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
    -- Reservations whose time is up go back on sale at every terminal (announced). Released, not
    -- reported: a row of this result is a session or a missing right.
    BEGIN
        PERFORM marquee.release_all_expired_reservations();
    EXCEPTION WHEN OTHERS THEN
        rule := 'failed'; pid := NULL; login := NULL; ended := false;
        RETURN NEXT;
    END;
END;
$$;
-- ---------------------------------------------------------------------------------------------
-- 4. Grants. Everything new starts closed (the owner's default privileges); the door gets only this.

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.create_staff_login(text, text, text, text) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.housekeeping() TO marquee_kiosk, marquee_door;
GRANT EXECUTE ON FUNCTION marquee.check_in_ticket(text, text, bigint[]) TO marquee_door;
GRANT EXECUTE ON FUNCTION marquee.check_out_ticket(text, text) TO marquee_door;
GRANT EXECUTE ON FUNCTION marquee.event_attendance(bigint) TO marquee_door;
-- What every terminal reads: the public listing (to choose the events this door admits), the venue's
-- settings, the seat counts the listener re-reads.
GRANT SELECT ON marquee.event_listing TO marquee_door;
GRANT EXECUTE ON FUNCTION marquee.venue_settings() TO marquee_door;
GRANT EXECUTE ON FUNCTION marquee.event_availability(bigint[]) TO marquee_door;
