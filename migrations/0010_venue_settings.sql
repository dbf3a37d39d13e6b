-- The venue's clock and money, and the settings admins may change (issue #11).
--
-- Until now every terminal showed times in its own operating system's zone, and ticket codes carried the
-- date of whatever TimeZone the booking's session had. The venue has one zone and one currency: they are
-- settings here, read by every group through marquee.venue_settings(), and the ticket-code date uses the
-- venue's zone whoever books.
--
-- Settings stay one table (0005's marquee.settings, one typed row per key). The housekeeping ones stay
-- the owner's (a wrong value there ends healthy sessions); the venue's own are marked admin_editable and
-- changed by admins through marquee.set_setting(), which refuses every other key.

CREATE FUNCTION marquee.is_time_zone(p_value text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    -- A zone name PostgreSQL and Qt both know from the system's tz database ("Asia/Bangkok", "UTC").
    -- No abbreviations ("ICT": ambiguous) and no POSIX offsets ("UTC+7": the sign is the other way round).
    SELECT p_value IS NOT NULL AND char_length(p_value) <= 64
       AND p_value ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'
       AND p_value !~ '[0-9]$|^(posix|right)/'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names z WHERE z.name = p_value)
$$;

-- The rules of every key, old and new. Declared IMMUTABLE as in 0005 (it guards a CHECK constraint); the
-- time-zone rule reads the server's tz database, which only an upgrade of the system changes.
CREATE OR REPLACE FUNCTION marquee.setting_is_valid(p_key text, p_value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_key IN ('stuck_lock_holder_seconds', 'idle_in_transaction_seconds', 'kiosk_statement_seconds',
                       'client_write_seconds')
            THEN CASE WHEN p_value ~ '^[0-9]{1,5}$' THEN p_value::integer BETWEEN 1 AND 86400 ELSE false END
        WHEN p_key = 'lookup_window_seconds'
            THEN CASE WHEN p_value ~ '^[0-9]{1,4}$' THEN p_value::integer BETWEEN 1 AND 3600 ELSE false END
        WHEN p_key = 'connection_reserve'
            THEN CASE WHEN p_value ~ '^[0-9]{1,4}$' THEN p_value::integer BETWEEN 0 AND 1000 ELSE false END
        WHEN p_key = 'reservation_seconds'
            THEN CASE WHEN p_value ~ '^[0-9]{1,5}$' THEN p_value::integer BETWEEN 1 AND 86400 ELSE false END
        WHEN p_key = 'late_sale_minutes'
            THEN CASE WHEN p_value ~ '^[0-9]{1,4}$' THEN p_value::integer BETWEEN 0 AND 1440 ELSE false END
        WHEN p_key = 'kiosk_reservation_cap_percent'
            THEN CASE WHEN p_value ~ '^[0-9]{1,3}$' THEN p_value::integer BETWEEN 0 AND 100 ELSE false END
        WHEN p_key = 'kiosk_reservation_cap_minimum'
            THEN CASE WHEN p_value ~ '^[0-9]{1,6}$' THEN p_value::integer BETWEEN 1 AND 100000 ELSE false END
        WHEN p_key = 'venue_time_zone'
            THEN marquee.is_time_zone(p_value)
        WHEN p_key = 'currency'
            -- An ISO 4217 code, as written there: three capital letters.
            THEN p_value ~ '^[A-Z]{3}$'
        ELSE false
    END
$$;

ALTER TABLE marquee.settings ADD COLUMN admin_editable boolean NOT NULL DEFAULT false;

-- A venue that already runs Marquee keeps its server in its own building: the server's zone is the best
-- first guess of the venue's (an admin corrects it in the admin view). Etc/UTC and friends become UTC.
DO $$
DECLARE
    v_zone text := current_setting('TimeZone');
BEGIN
    IF v_zone IN ('Etc/UTC', 'Etc/Universal', 'Universal', 'Zulu', 'Etc/Zulu', 'UCT', 'Etc/UCT', 'GMT', 'Etc/GMT')
       OR NOT marquee.is_time_zone(v_zone) THEN
        v_zone := 'UTC';
    END IF;
    INSERT INTO marquee.settings (key, value, description, admin_editable) VALUES
        ('venue_time_zone', v_zone, 'the venue''s time zone: every time shown, the ticket-code date and the sales chart use it', true),
        ('currency', 'THB', 'the venue''s currency (ISO 4217 code): every price is shown in it', true),
        ('reservation_seconds', '1200', 'a kiosk booking is a reservation held this long for payment at the box office', true),
        ('late_sale_minutes', '30', 'the box office may still sell this many minutes after an event starts (kiosks stop at the start)', true),
        ('kiosk_reservation_cap_percent', '5', 'one kiosk login holds at most this percentage of an event''s capacity in live reservations', true),
        ('kiosk_reservation_cap_minimum', '10', '... but always at least this many seats', true);
END;
$$;

CREATE FUNCTION marquee.setting_text(p_key text, p_default text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.value FROM marquee.settings s WHERE s.key = p_key), p_default)
$$;

-- What every terminal needs to know about the venue: one row.
CREATE FUNCTION marquee.venue_settings()
RETURNS TABLE (time_zone text, currency text, reservation_seconds integer, late_sale_minutes integer,
               kiosk_reservation_cap_percent integer, kiosk_reservation_cap_minimum integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT marquee.setting_text('venue_time_zone', 'UTC'),
           marquee.setting_text('currency', 'THB'),
           marquee.setting_integer('reservation_seconds', 1200),
           marquee.setting_integer('late_sale_minutes', 30),
           marquee.setting_integer('kiosk_reservation_cap_percent', 5),
           marquee.setting_integer('kiosk_reservation_cap_minimum', 10)
$$;
GRANT EXECUTE ON FUNCTION marquee.venue_settings() TO marquee_kiosk;

-- Admins change the venue's settings here; each refusal names what was wrong (the constraint), so the
-- admin view can say it beside the field:
--   42501 not a venue setting (the housekeeping ones are the owner's), or not an admin
--   23514 settings_time_zone_valid / settings_currency_valid / settings_number_valid
CREATE FUNCTION marquee.set_setting(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF marquee.session_group() NOT IN ('owner', 'marquee_admin')
       OR NOT EXISTS (SELECT 1 FROM marquee.settings s WHERE s.key = p_key AND s.admin_editable) THEN
        RAISE EXCEPTION 'setting % is not one an administrator may change', p_key USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT coalesce(marquee.setting_is_valid(p_key, p_value), false) THEN
        RAISE EXCEPTION 'new row for relation "settings" violates check constraint "%"',
                CASE p_key WHEN 'venue_time_zone' THEN 'settings_time_zone_valid'
                           WHEN 'currency' THEN 'settings_currency_valid'
                           ELSE 'settings_number_valid' END
            USING ERRCODE = 'check_violation', SCHEMA = 'marquee', TABLE = 'settings', COLUMN = 'value',
                  CONSTRAINT = CASE p_key WHEN 'venue_time_zone' THEN 'settings_time_zone_valid'
                                          WHEN 'currency' THEN 'settings_currency_valid'
                                          ELSE 'settings_number_valid' END,
                  DETAIL = p_key;
    END IF;
    UPDATE marquee.settings s SET value = p_value WHERE s.key = p_key AND s.value IS DISTINCT FROM p_value;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.set_setting(text, text) TO marquee_admin;

-- Ticket codes carry the venue's date (TKT-YYYYMMDD-…), not the booking session's: a kiosk whose session
-- runs in UTC and a desk in Asia/Bangkok write the same date for the same instant. The day is worked out
-- once per booking and handed in (the one-argument form); the form without arguments reads the setting.
CREATE FUNCTION marquee.venue_day(p_at timestamptz) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT to_char(p_at AT TIME ZONE marquee.setting_text('venue_time_zone', 'UTC'), 'YYYYMMDD')
$$;

CREATE FUNCTION marquee.new_ticket_code(p_day text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    v_bytes bytea;
    v_code text := '';
    v_byte integer;
    i integer;
BEGIN
    WHILE char_length(v_code) < 8 LOOP
        v_bytes := uuid_send(gen_random_uuid());
        FOR i IN 0..15 LOOP
            -- Bytes 6 and 8 carry the UUID version and variant bits: skip them.
            CONTINUE WHEN i IN (6, 8);
            v_byte := get_byte(v_bytes, i);
            CONTINUE WHEN v_byte >= 252;             -- 252 = 7 * 36: keeps the draw uniform
            v_code := v_code || substr(v_alphabet, v_byte % 36 + 1, 1);
            EXIT WHEN char_length(v_code) = 8;
        END LOOP;
    END LOOP;
    RETURN 'TKT-' || p_day || '-' || v_code;
END;
$$;

CREATE OR REPLACE FUNCTION marquee.new_ticket_code() RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT marquee.new_ticket_code(marquee.venue_day(now()))
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.venue_settings() TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.set_setting(text, text) TO marquee_admin;
