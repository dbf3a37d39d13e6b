-- Housekeeping once a second for the whole venue, not once per terminal (issue #16 §3).
--
-- Every terminal's listener calls marquee.housekeeping() on its 3-second heartbeat. Each call reads
-- pg_stat_activity and pg_locks, which grow with the number of terminals: with N terminals the server did
-- N/3 such scans a second, each of N sessions. At 300 terminals that was most of a core (measured with
-- `marquee-bench --scenario terminals`). One scan a second is enough for every rule (their limits are 10 s
-- and more), so a call that comes within a second of the last scan only releases expired reservations
-- (cheap: it reads the events' expiry bound, see 0011) and returns nothing.
--
-- The "last scan" is kept in a sequence, not a row: a sequence is not transactional, so a hostile login
-- that calls housekeeping() inside a transaction it then leaves open holds nothing that stops the next
-- scan (a row or an advisory lock would: it would stop the very rule that ends its idle transaction).
-- Two calls in the same instant may both scan; that is harmless. The owner (the guard, a DBA) always scans.

ALTER FUNCTION marquee.housekeeping() RENAME TO housekeeping_scan;
REVOKE ALL ON FUNCTION marquee.housekeeping_scan() FROM PUBLIC, marquee_kiosk, marquee_box_office, marquee_admin;

CREATE SEQUENCE marquee.housekeeping_last_scan_ms AS bigint MINVALUE 0 START 0;

CREATE FUNCTION marquee.housekeeping()
RETURNS TABLE (rule text, pid integer, login text, ended boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now_ms constant bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    v_last_ms bigint;
BEGIN
    SELECT s.last_value INTO v_last_ms FROM marquee.housekeeping_last_scan_ms s;
    IF marquee.session_group() = 'owner' OR v_now_ms - v_last_ms >= 1000 OR v_now_ms < v_last_ms THEN
        PERFORM setval('marquee.housekeeping_last_scan_ms', v_now_ms);
        RETURN QUERY SELECT * FROM marquee.housekeeping_scan();
        RETURN;
    END IF;
    BEGIN
        PERFORM marquee.release_all_expired_reservations();
    EXCEPTION WHEN OTHERS THEN
        -- A heartbeat must never fail because of housekeeping (see 0005).
        rule := 'failed'; pid := NULL; login := NULL; ended := false;
        RETURN NEXT;
    END;
END;
$$;
REVOKE ALL ON FUNCTION marquee.housekeeping() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.housekeeping() TO marquee_kiosk, marquee_box_office, marquee_admin;
REVOKE ALL ON SEQUENCE marquee.housekeeping_last_scan_ms FROM PUBLIC;
