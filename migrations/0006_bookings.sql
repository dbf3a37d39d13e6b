-- Bookings that a kiosk login cannot take, hoard or race.
--
--   MQ012 idempotency key already used for another request    MQ013 too many bookings a minute (this login)
--   MQ014 too many tickets for this customer and event         MQ015 check-in outside the event's window
--   MQ019 too many failed look-ups a minute (this login)
-- (MQ001-MQ011 are described in 0002 and 0003.)

-- ---------------------------------------------------------------------------------------------
-- 1. A booking reference is a secret, not a counter.
--
-- Booking ids are sequential: with one known phone, a kiosk login could walk through them. The
-- reference people read aloud is 8 symbols of an alphabet without 0/O and 1/I (32 symbols, 40 bits),
-- drawn from the server's cryptographic random source: at the look-up limit below (5 misses a minute)
-- guessing one booking of a known phone would take about 200,000 years of one kiosk login's minutes.

CREATE FUNCTION marquee.new_booking_reference() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_alphabet constant text := 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    v_bytes constant bytea := uuid_send(gen_random_uuid());
    v_reference text := '';
    i integer;
BEGIN
    FOR i IN 0..15 LOOP
        -- Bytes 6 and 8 carry the UUID version and variant bits: skip them.
        CONTINUE WHEN i IN (6, 8);
        -- 256 = 8 * 32: every byte gives one symbol, each equally likely, none has to be drawn again.
        v_reference := v_reference || substr(v_alphabet, get_byte(v_bytes, i) % 32 + 1, 1);
        EXIT WHEN char_length(v_reference) = 8;
    END LOOP;
    RETURN v_reference;
END;
$$;

-- "Spaces, dashes and lower case are for people": ' abcd-2345 ' is ABCD2345.
CREATE FUNCTION marquee.normalize_booking_reference(p_reference text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT upper(regexp_replace(coalesce(p_reference, ''), '[[:space:]-]', '', 'g'))
$$;

ALTER TABLE marquee.bookings ADD COLUMN reference text;
-- The name given when it was booked. A phone finds the customer; the name on a booking is the one
-- given with it, so a booking made with somebody else's phone never shows that person's name.
ALTER TABLE marquee.bookings ADD COLUMN customer_name text;

-- Existing bookings get a reference and the customer's current name (the best there is). Every row
-- changes, so the audit log gets an UPDATE per booking: that is what happened.
UPDATE marquee.bookings b
   SET reference = marquee.new_booking_reference(), customer_name = u.name
  FROM marquee.users u WHERE u.id = b.user_id;
DO $$
BEGIN
    -- Two equal draws among existing bookings are astronomically rare; draw those again.
    LOOP
        UPDATE marquee.bookings b SET reference = marquee.new_booking_reference()
         WHERE b.id IN (SELECT x.id FROM (SELECT d.id, row_number() OVER (PARTITION BY d.reference ORDER BY d.id) AS n
                                             FROM marquee.bookings d) x WHERE x.n > 1);
        EXIT WHEN NOT FOUND;
    END LOOP;
END;
$$;

ALTER TABLE marquee.bookings
    ALTER COLUMN reference SET DEFAULT marquee.new_booking_reference(),
    ALTER COLUMN reference SET NOT NULL,
    ALTER COLUMN customer_name SET NOT NULL,
    ADD CONSTRAINT bookings_reference_format CHECK (reference ~ '^[A-HJ-NP-Z2-9]{8}$'),
    ADD CONSTRAINT bookings_reference_unique UNIQUE (reference),
    ADD CONSTRAINT bookings_customer_name_not_empty CHECK (btrim(customer_name) <> ''),
    ADD CONSTRAINT bookings_customer_name_length CHECK (char_length(customer_name) <= 100),
    ADD CONSTRAINT bookings_customer_name_clean CHECK (marquee.is_clean_text(customer_name));

-- The rate cap counts a login's bookings; sold_by is that login.
CREATE INDEX bookings_sold_by ON marquee.bookings (sold_by, booked_at);

-- ---------------------------------------------------------------------------------------------
-- 2. Failed look-ups are counted where no ROLLBACK reaches.
--
-- PostgreSQL has no autonomous transactions, but nextval and setval are never rolled back. Each login
-- has two sequences: look-ups attempted and look-ups that found a booking, each holding
-- window * 10^9 + count, where the window is the minute since the epoch (clock time; the setting
-- lookup_window_seconds, 60, is its length), so a counter of an older window reads as 0 and is reset
-- by its first use in a new one. Misses = attempts - found. The attempt is
-- counted before the look-up runs, so neither ROLLBACK nor a statement_timeout that cancels the call
-- halfway can undo it (a cancelled call that would have found the booking counts as a miss: the
-- caller only hurts itself). Two calls that start a new minute at the same instant may lose one count
-- between them (setval is not compare-and-set); a login has at most one terminal's connections.
--
-- The sequences are created where they commit with the login: by create_staff_login, by this
-- migration and 0007 for existing logins, and by adopt_login (owner only) for logins made by hand. A
-- definer function called by the login itself must never create them: its transaction could roll
-- back, taking the counter and its count along. A login without its own counters (made by hand and
-- not adopted) shares one pair with every other such login: safe, and stricter.

CREATE SEQUENCE marquee.lookups_shared MINVALUE 0 START 0;
CREATE SEQUENCE marquee.lookups_found_shared MINVALUE 0 START 0;

CREATE FUNCTION marquee.create_lookup_counters(p_role oid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS marquee.%I MINVALUE 0 START 0', 'lookups_' || p_role);
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS marquee.%I MINVALUE 0 START 0', 'lookups_found_' || p_role);
END;
$$;

-- This minute's count of a counter, without changing it.
CREATE FUNCTION marquee.counter_this_minute(p_counter regclass, p_minute bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_last bigint;
BEGIN
    EXECUTE format('SELECT last_value FROM %s', p_counter) INTO v_last;
    RETURN CASE WHEN v_last / 1000000000 = p_minute THEN v_last % 1000000000 ELSE 0 END;
END;
$$;

-- Adds one to this minute's count and returns it.
CREATE FUNCTION marquee.count_this_minute(p_counter regclass, p_minute bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_value bigint := nextval(p_counter);
BEGIN
    IF v_value / 1000000000 <> p_minute THEN
        PERFORM setval(p_counter, p_minute * 1000000000 + 1);
        RETURN 1;
    END IF;
    RETURN v_value % 1000000000;
END;
$$;

-- The counters of the calling login (its own, or the shared pair); none for the owner and superusers.
CREATE FUNCTION marquee.lookup_counters(OUT attempts regclass, OUT hits regclass)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_role constant oid := (SELECT r.oid FROM pg_roles r WHERE r.rolname = session_user);
BEGIN
    IF marquee.group_of(v_role) = 'owner' THEN
        RETURN;
    END IF;
    attempts := to_regclass('marquee.lookups_' || v_role);
    hits := to_regclass('marquee.lookups_found_' || v_role);
    IF attempts IS NULL OR hits IS NULL THEN
        attempts := 'marquee.lookups_shared'::regclass;
        hits := 'marquee.lookups_found_shared'::regclass;
    END IF;
END;
$$;

-- Find my booking: a customer proves it is theirs with the phone it was booked with and its
-- reference. It returns that one booking and the name given with it, nothing else. Misses cost no
-- time (a sleep is cancelled by SET statement_timeout); more than 5 in a minute give MQ019 for
-- the rest of that minute, even for a right answer.
DROP FUNCTION marquee.find_booking(text, bigint);
CREATE FUNCTION marquee.find_booking(p_phone text, p_reference text)
RETURNS TABLE (booking_id bigint, reference text, event_id bigint, event_title text, venue text, starts_at timestamptz,
               quantity integer, total_amount numeric, status text, payment_method text, booked_at timestamptz,
               customer_name text, ticket_codes text[], ticket_statuses text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    c_misses_allowed constant integer := 5;
    v_reference constant text := marquee.normalize_booking_reference(p_reference);
    v_minute constant bigint := floor(extract(epoch FROM clock_timestamp())
                                      / marquee.setting_integer('lookup_window_seconds', 60))::bigint;
    v_counters record;
    v_booking_id bigint;
BEGIN
    -- A malformed phone or reference matches nothing: nothing to look up, nothing learnt, nothing counted.
    IF NOT marquee.is_valid_phone(p_phone) OR v_reference !~ '^[A-HJ-NP-Z2-9]{8}$' THEN
        RETURN;
    END IF;
    SELECT * INTO v_counters FROM marquee.lookup_counters();
    IF v_counters.attempts IS NOT NULL THEN
        IF marquee.counter_this_minute(v_counters.attempts, v_minute)
           - marquee.counter_this_minute(v_counters.hits, v_minute) > c_misses_allowed THEN
            RAISE EXCEPTION 'too many failed look-ups this minute' USING ERRCODE = 'MQ019';
        END IF;
        PERFORM marquee.count_this_minute(v_counters.attempts, v_minute);
    END IF;

    SELECT b.id INTO v_booking_id
      FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id
     WHERE b.reference = v_reference AND u.phone = marquee.normalize_phone(p_phone);
    IF NOT FOUND THEN
        IF v_counters.attempts IS NOT NULL
           AND marquee.counter_this_minute(v_counters.attempts, v_minute)
               - marquee.counter_this_minute(v_counters.hits, v_minute) > c_misses_allowed THEN
            RAISE EXCEPTION 'too many failed look-ups this minute' USING ERRCODE = 'MQ019';
        END IF;
        RETURN;
    END IF;
    IF v_counters.attempts IS NOT NULL THEN
        PERFORM marquee.count_this_minute(v_counters.hits, v_minute);
    END IF;

    RETURN QUERY
    SELECT b.id, b.reference, e.id, e.title, e.venue, e.starts_at, b.quantity, b.total_amount, b.status,
           b.payment_method, b.booked_at, b.customer_name,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           (SELECT array_agg(t.status ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id)
      FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = v_booking_id;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.find_booking(text, text) TO marquee_kiosk;

-- ---------------------------------------------------------------------------------------------
-- 3. Hoarding is capped: per login, bookings a minute; per customer phone and event, tickets.
-- NULL is no cap. Box office and admin are not capped by default (a desk sells 30 school tickets to
-- one teacher); their bookings then run nothing of this. Admins change the numbers.

CREATE TABLE marquee.booking_limits (
    group_name  text PRIMARY KEY CHECK (group_name IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk')),
    bookings_per_minute integer CHECK (bookings_per_minute BETWEEN 1 AND 100000),
    tickets_per_customer_event integer CHECK (tickets_per_customer_event BETWEEN 1 AND 100000),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO marquee.booking_limits (group_name, bookings_per_minute, tickets_per_customer_event) VALUES
    ('marquee_kiosk', 6, 10), ('marquee_box_office', NULL, NULL), ('marquee_admin', NULL, NULL);
CREATE TRIGGER booking_limits_touch BEFORE UPDATE ON marquee.booking_limits
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER booking_limits_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.booking_limits
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('group_name');
GRANT SELECT ON marquee.booking_limits TO marquee_admin;
GRANT UPDATE (bookings_per_minute, tickets_per_customer_event) ON marquee.booking_limits TO marquee_admin;

-- One row per capped login: the clock times of its bookings of the last minute. Updating it is the
-- lock that makes two sessions of one login count exactly (and, under REPEATABLE READ, a concurrent
-- booking of the same login is a serialisation failure rather than a missed count). Clock time,
-- because now() is the start of a transaction the caller may have opened long ago.
CREATE TABLE marquee.booking_rates (
    login   text PRIMARY KEY,
    recent  timestamptz[] NOT NULL
);

-- One row per customer and event booked under a ticket cap: updating it serialises two kiosks
-- booking with the same phone, so the sum they each read includes the other's booking.
-- No foreign keys: they would lock the event's row (the hottest row) before the seat update.
CREATE TABLE marquee.customer_event_claims (
    user_id     bigint NOT NULL,
    event_id    bigint NOT NULL,
    claimed_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, event_id)
);

-- ---------------------------------------------------------------------------------------------
-- 4. book_tickets: the reference, the name given, caps, and idempotency keys bound to their request.

-- What book_tickets returns for a booking that already exists (an idempotent retry).
DROP FUNCTION marquee.book_tickets(bigint, integer, text, text, uuid, text);
DROP FUNCTION marquee.booking_result(bigint);
CREATE FUNCTION marquee.booking_result(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT b.id, b.reference, b.total_amount,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           e.capacity - e.tickets_sold, b.status, NULL::timestamptz
      FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = p_booking_id
$$;

-- An idempotency key is bound to its request: a retry gets the first booking only when the same login
-- sends the same event, quantity, payment method and (normalised) phone. Otherwise the key is not a
-- bearer token for somebody else's tickets: MQ012. A retry of a booking since cancelled: MQ005.
-- NULL when the key is new.
CREATE FUNCTION marquee.retried_booking(p_key uuid, p_event_id bigint, p_quantity integer, p_phone text,
                                        p_payment_method text) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
    r record;
BEGIN
    SELECT b.id, b.sold_by, b.event_id, b.quantity, b.payment_method, b.status, u.phone INTO r
      FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id
     WHERE b.idempotency_key = p_key;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF r.sold_by <> session_user OR r.event_id IS DISTINCT FROM p_event_id OR r.quantity IS DISTINCT FROM p_quantity
       OR r.payment_method IS DISTINCT FROM p_payment_method OR r.phone IS DISTINCT FROM marquee.normalize_phone(p_phone) THEN
        RAISE EXCEPTION 'this idempotency key was already used for another request' USING ERRCODE = 'MQ012';
    END IF;
    IF r.status <> 'confirmed' THEN
        RAISE EXCEPTION 'booking % was cancelled', r.id USING ERRCODE = 'MQ005';
    END IF;
    RETURN r.id;
END;
$$;

CREATE FUNCTION marquee.book_tickets(
    p_event_id bigint,
    p_quantity integer,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text DEFAULT 'cash')
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_event marquee.events%ROWTYPE;
    v_limits marquee.booking_limits%ROWTYPE;
    v_group text;
    v_phone text;
    v_name text;
    v_user_id bigint;
    v_booking_id bigint;
    v_reference text;
    v_total numeric(12,2);
    v_codes text[];
    v_remaining integer;
    v_missing integer;
    v_status text;
    v_count integer;
BEGIN
    -- 1. Everything that needs no lock comes first.
    IF p_idempotency_key IS NULL THEN
        RAISE EXCEPTION 'an idempotency key is required' USING ERRCODE = 'MQ003';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        RAISE EXCEPTION 'quantity must be at least 1' USING ERRCODE = 'MQ003';
    END IF;
    IF coalesce(p_payment_method, '') NOT IN ('cash', 'card', 'complimentary') THEN
        RAISE EXCEPTION 'unknown payment method' USING ERRCODE = 'MQ003';
    END IF;

    -- A retry of a booking that already committed returns that booking and books nothing more.
    v_booking_id := marquee.retried_booking(p_idempotency_key, p_event_id, p_quantity, p_customer_phone, p_payment_method);
    IF v_booking_id IS NOT NULL THEN
        RETURN QUERY SELECT * FROM marquee.booking_result(v_booking_id);
        RETURN;
    END IF;

    v_name := btrim(coalesce(p_customer_name, ''));
    IF v_name = '' OR char_length(v_name) > 100 OR NOT marquee.is_clean_text(v_name) THEN
        RAISE EXCEPTION 'customer name is empty, too long or has hidden characters' USING ERRCODE = 'MQ004';
    END IF;
    IF NOT marquee.is_valid_phone(p_customer_phone) THEN
        RAISE EXCEPTION 'customer phone must have 6 to 20 digits' USING ERRCODE = 'MQ004';
    END IF;
    v_phone := marquee.normalize_phone(p_customer_phone);

    -- A snapshot read, no lock: fail early and cheaply on what can already be seen.
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
    IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at <= now() THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    IF p_quantity > v_event.max_tickets_per_booking THEN
        RAISE EXCEPTION 'at most % tickets per booking', v_event.max_tickets_per_booking USING ERRCODE = 'MQ003';
    END IF;
    IF v_event.capacity - v_event.tickets_sold < p_quantity THEN
        RAISE EXCEPTION 'only % seats left', v_event.capacity - v_event.tickets_sold USING ERRCODE = 'MQ001';
    END IF;

    v_total := CASE WHEN p_payment_method = 'complimentary' THEN 0 ELSE v_event.price * p_quantity END;

    -- The caps of this login's group (none for the owner). Each takes its own small lock, never the event's.
    v_group := marquee.session_group();
    IF v_group IS DISTINCT FROM 'owner' THEN
        SELECT * INTO v_limits FROM marquee.booking_limits l WHERE l.group_name = v_group;
    END IF;
    IF v_limits.bookings_per_minute IS NOT NULL THEN
        INSERT INTO marquee.booking_rates AS r (login, recent) VALUES (session_user, ARRAY[clock_timestamp()])
            ON CONFLICT (login) DO UPDATE
            SET recent = ARRAY(SELECT t FROM unnest(r.recent) AS t WHERE t > clock_timestamp() - interval '1 minute' ORDER BY t)
                         || clock_timestamp()
            RETURNING cardinality(r.recent) INTO v_count;
        IF v_count > v_limits.bookings_per_minute THEN
            RAISE EXCEPTION 'at most % bookings a minute from this terminal', v_limits.bookings_per_minute
                USING ERRCODE = 'MQ013';
        END IF;
    END IF;

    -- Find the customer by phone, or create them. DO NOTHING takes no row lock on an existing customer.
    INSERT INTO marquee.users AS u (name, phone, role) VALUES (v_name, v_phone, 'customer')
        ON CONFLICT (phone) DO NOTHING RETURNING u.id INTO v_user_id;
    IF v_user_id IS NULL THEN
        SELECT u.id INTO v_user_id FROM marquee.users u WHERE u.phone = v_phone;
    END IF;

    IF v_limits.tickets_per_customer_event IS NOT NULL THEN
        INSERT INTO marquee.customer_event_claims AS c (user_id, event_id, claimed_at)
            VALUES (v_user_id, p_event_id, clock_timestamp())
            ON CONFLICT (user_id, event_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at;
        -- A new statement, a new snapshot: it sees the booking of whoever held the claim before us.
        SELECT coalesce(sum(b.quantity), 0) INTO v_count FROM marquee.bookings b
         WHERE b.user_id = v_user_id AND b.event_id = p_event_id AND b.status = 'confirmed';
        IF v_count + p_quantity > v_limits.tickets_per_customer_event THEN
            RAISE EXCEPTION 'at most % tickets per customer for this event', v_limits.tickets_per_customer_event
                USING ERRCODE = 'MQ014';
        END IF;
    END IF;

    LOOP
        v_reference := marquee.new_booking_reference();
        INSERT INTO marquee.bookings AS b (user_id, event_id, quantity, total_amount, payment_method, idempotency_key,
                                           reference, customer_name)
            VALUES (v_user_id, p_event_id, p_quantity, v_total, p_payment_method, p_idempotency_key, v_reference, v_name)
            ON CONFLICT DO NOTHING
            RETURNING b.id INTO v_booking_id;
        EXIT WHEN v_booking_id IS NOT NULL;
        -- The same key committed concurrently (ON CONFLICT waited for it): that booking is the answer, if it
        -- was the same request. Otherwise the random reference was taken: draw again.
        v_booking_id := marquee.retried_booking(p_idempotency_key, p_event_id, p_quantity, p_customer_phone, p_payment_method);
        IF v_booking_id IS NOT NULL THEN
            RETURN QUERY SELECT * FROM marquee.booking_result(v_booking_id);
            RETURN;
        END IF;
    END LOOP;

    -- Codes are random; a clash with an existing code is astronomically rare but simply drawn again.
    v_missing := p_quantity;
    v_codes := ARRAY[]::text[];
    WHILE v_missing > 0 LOOP
        WITH inserted AS (
            INSERT INTO marquee.tickets (booking_id, code)
            SELECT v_booking_id, marquee.new_ticket_code() FROM generate_series(1, v_missing)
            ON CONFLICT (code) DO NOTHING
            RETURNING tickets.code)
        SELECT v_missing - count(*), v_codes || coalesce(array_agg(inserted.code), ARRAY[]::text[])
          INTO v_missing, v_codes FROM inserted;
    END LOOP;

    -- 2. The contended part, last: one conditional update of the event's seat count.
    -- The row lock it takes is held only until this transaction commits.
    UPDATE marquee.events e
       SET tickets_sold = e.tickets_sold + p_quantity,
           revenue = e.revenue + v_total,
           bookings_count = e.bookings_count + 1
     WHERE e.id = p_event_id
       AND e.status = 'active'
       AND e.starts_at > now()
       AND e.tickets_sold + p_quantity <= e.capacity
    RETURNING e.capacity - e.tickets_sold, e.status INTO v_remaining, v_status;

    IF NOT FOUND THEN
        -- Lost the race, or the event changed since the snapshot: tell which. The exception undoes everything above.
        SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
        IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at <= now() THEN
            RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
        END IF;
        RAISE EXCEPTION 'only % seats left', v_event.capacity - v_event.tickets_sold USING ERRCODE = 'MQ001';
    END IF;

    -- Nothing after the UPDATE but the hint: the seat lock is held until commit, so every statement
    -- here would be paid by every terminal waiting for this event.
    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(p_event_id, v_remaining, v_status);
    END IF;
    RETURN QUERY SELECT v_booking_id, v_reference, v_total, v_codes, v_remaining, 'confirmed'::text, NULL::timestamptz;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.book_tickets(bigint, integer, text, text, uuid, text) TO marquee_kiosk;

-- ---------------------------------------------------------------------------------------------
-- 5. Check-in and cancellation serialise on the booking's row.
--
-- Before, check-in updated the ticket without touching the booking, and cancel_booking (which locks
-- the booking) read "no ticket used" from its snapshot and then cancelled the ticket check-in had just
-- used: both succeeded. Now check-in takes FOR SHARE on the booking, cancellation FOR UPDATE: one of
-- them goes first, and the other reads what it did (READ COMMITTED: each statement a new snapshot;
-- REPEATABLE READ or SERIALIZABLE callers get a serialisation failure instead).
-- Check-in is open from 6 hours before an event starts until 12 hours after (MQ015).

CREATE OR REPLACE FUNCTION marquee.check_in_ticket(p_code text)
RETURNS TABLE (ticket_id bigint, code text, booking_id bigint, event_id bigint, event_title text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_code constant text := upper(btrim(coalesce(p_code, '')));
    v_ticket marquee.tickets%ROWTYPE;
    v_booking marquee.bookings%ROWTYPE;
    v_event marquee.events%ROWTYPE;
    v_now constant timestamptz := clock_timestamp();
BEGIN
    SELECT t.booking_id INTO v_ticket.booking_id FROM marquee.tickets t WHERE t.code = v_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ticket with code %', v_code USING ERRCODE = 'MQ006';
    END IF;
    -- The row cancel_booking locks FOR UPDATE.
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = v_ticket.booking_id FOR SHARE;
    SELECT * INTO v_ticket FROM marquee.tickets t WHERE t.code = v_code;
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = v_booking.event_id;
    IF v_booking.status <> 'confirmed' OR v_event.status = 'cancelled' OR v_ticket.status = 'cancelled' THEN
        RAISE EXCEPTION 'ticket % is cancelled', v_code USING ERRCODE = 'MQ008';
    END IF;
    IF v_ticket.status = 'used' THEN
        RAISE EXCEPTION 'ticket % was already used', v_code USING ERRCODE = 'MQ007';
    END IF;
    IF v_now < v_event.starts_at - interval '6 hours' OR v_now > v_event.starts_at + interval '12 hours' THEN
        RAISE EXCEPTION 'check-in for this event is open from 6 hours before it starts until 12 hours after'
            USING ERRCODE = 'MQ015';
    END IF;
    RETURN QUERY
        UPDATE marquee.tickets t SET status = 'used'
         WHERE t.id = v_ticket.id AND t.status = 'active'
        RETURNING t.id, t.code, v_booking.id, v_event.id, v_event.title;
    IF NOT FOUND THEN
        -- Another check-in of this very ticket committed between our read and the update.
        RAISE EXCEPTION 'ticket % was already used', v_code USING ERRCODE = 'MQ007';
    END IF;
END;
$$;

-- A box-office login cannot cancel a booking of an event that has started (the seats cannot be sold
-- again, and the money would go back to whoever asks at the desk): only admins and the owner can.
CREATE OR REPLACE FUNCTION marquee.cancel_booking(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, event_id bigint, released integer, remaining integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_booking marquee.bookings%ROWTYPE;
    v_starts_at timestamptz;
    v_remaining integer;
    v_status text;
BEGIN
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = p_booking_id FOR UPDATE;
    IF NOT FOUND OR v_booking.status <> 'confirmed' THEN
        RAISE EXCEPTION 'booking % not found or already cancelled', p_booking_id USING ERRCODE = 'MQ005';
    END IF;
    SELECT e.starts_at INTO v_starts_at FROM marquee.events e WHERE e.id = v_booking.event_id;
    IF v_starts_at <= clock_timestamp() AND marquee.session_group() NOT IN ('owner', 'marquee_admin') THEN
        RAISE EXCEPTION 'only an administrator may cancel a booking of an event that has started'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Someone already came in on this booking: its seats were used, they cannot go back on sale.
    -- A new snapshot: a check-in that held the booking before us is seen here.
    IF EXISTS (SELECT 1 FROM marquee.tickets t WHERE t.booking_id = p_booking_id AND t.status = 'used') THEN
        RAISE EXCEPTION 'booking % has checked-in tickets', p_booking_id USING ERRCODE = 'MQ009';
    END IF;

    UPDATE marquee.bookings b SET status = 'cancelled' WHERE b.id = p_booking_id;
    UPDATE marquee.tickets t SET status = 'cancelled' WHERE t.booking_id = p_booking_id AND t.status <> 'cancelled';

    UPDATE marquee.events e
       SET tickets_sold = e.tickets_sold - v_booking.quantity,
           revenue = e.revenue - v_booking.total_amount,
           bookings_count = e.bookings_count - 1
     WHERE e.id = v_booking.event_id
    RETURNING e.capacity - e.tickets_sold, e.status INTO v_remaining, v_status;

    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(v_booking.event_id, v_remaining, v_status);
    END IF;
    RETURN QUERY SELECT v_booking.id, v_booking.event_id, v_booking.quantity, v_remaining;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 6. Hints: announce_availability takes at most 100 event ids and notifies only existing events.

CREATE OR REPLACE FUNCTION marquee.announce_availability(p_event_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    IF cardinality(p_event_ids) > 100 THEN
        RAISE EXCEPTION 'at most 100 event ids per announcement' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('synchronous_commit', 'off', true);
    FOR r IN SELECT e.id, e.capacity - e.tickets_sold AS remaining, e.status
               FROM marquee.events e WHERE e.id = ANY (p_event_ids) ORDER BY e.id LOOP
        PERFORM marquee.notify_availability(r.id, r.remaining, r.status);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

-- Nothing new is open to PUBLIC (the owner's default privileges already see to functions).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA marquee FROM PUBLIC;
