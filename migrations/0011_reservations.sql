-- A kiosk booking is a reservation, not a paid sale (issue #11); walk-ins at the desk; late-comers.
--
--   MQ023 the reservation can no longer be paid (its time is up, or it was already paid elsewhere)
--   MQ018 ticket of an unpaid reservation (check-in refuses it)
--   MQ020 too many seats held in live reservations by this (kiosk) login for this event
--
-- A kiosk takes no money, so what it books is held for payment at the box office: the seats are taken
-- at once, the booking is 'reserved' with an expiry (reservation_seconds, 20 minutes), its tickets are
-- not valid for entry and its amount is not revenue. marquee.pay_reservation() — box office and admin
-- only — takes the payment at the reserved price and makes it a confirmed sale. No function a kiosk
-- login may call confirms a booking or records a payment.
--
-- Booking statuses:  reserved  -> confirmed (paid) | expired (its time ran out) | cancelled (released)
--                    confirmed -> cancelled (refund, 0012) | refund_due (the event was cancelled, 0012)
-- A reserved booking whose expires_at has passed is expired from that instant, whether or not anything
-- has swept it yet: every read says 'expired', and every count leaves it out.
--
-- ---------------------------------------------------------------------------------------------
-- Counting reserved seats, and why the desk's sale stays cheap.
--
-- The event row keeps tickets_sold (confirmed) and tickets_reserved (reserved bookings, swept or not),
-- and the capacity check covers both:  tickets_sold + tickets_reserved + n <= capacity  (a CHECK too).
-- An expired reservation must stop counting at its expiry instant, before any sweep. Subtracting the
-- expired ones on every sale would mean summing the event's reservations under its row lock: every
-- terminal waiting for that lock would pay for the scan. Instead the row also keeps next_expiry, a lower
-- bound of the earliest expiry among its reserved bookings (set with least() when a reservation is
-- added; left alone when one is paid or released, so it may be early, never late). Then:
--   * next_expiry is NULL or in the future: the counter is exact, nothing is scanned. That is the common
--     case, and the desk's sale is the same single conditional UPDATE as before.
--   * next_expiry has passed: some reservation may have expired unswept. Reads (the listing, availability,
--     the notification payload) subtract the expired ones by an index scan (bookings_reserved_expiry,
--     no lock). A booking whose conditional UPDATE finds no room first releases them, under the event
--     row it is about to update anyway, and tries once more; a booking that finds room leaves them be.
--   * housekeeping (0005's, on every terminal's heartbeat, every 3 s) releases them for good and
--     announces the event, so every terminal shows the seats back on sale; it never waits for a lock
--     (SKIP LOCKED on the event row and on the bookings), so a session holding the event row cannot
--     stall the housekeeping that ends it.
-- A reservation that is added with a later expiry than the bound leaves next_expiry unchanged, so the
-- row update stays HOT even with the partial index on next_expiry.
-- Measured (tests/db/tst_reservations.cpp, sellCostIsUnchanged): 2,000 desk sales of one seat on an event
-- that also holds 2,000 live reservations cost the same per sale as on an event with none (within noise);
-- the scan only runs once the bound has passed, and then once per sweep.
--
-- Lock order, everywhere: the event row, then booking rows (pay_reservation, cancel_booking, the
-- cancellation of an event); check-in takes only the booking; a sweep takes both with SKIP LOCKED. So
-- paying, cancelling and sweeping never deadlock each other.

-- ---------------------------------------------------------------------------------------------
-- 1. Columns and rules.

ALTER TABLE marquee.bookings
    ALTER COLUMN user_id DROP NOT NULL,
    ADD COLUMN expires_at timestamptz,
    ADD COLUMN paid_at timestamptz,
    ADD COLUMN paid_by text;

-- Every booking so far was a sale, paid when it was booked. Every row changes, so the audit log gets an
-- UPDATE per booking: that is what happened.
UPDATE marquee.bookings b SET paid_at = b.booked_at, paid_by = b.sold_by;

ALTER TABLE marquee.bookings
    DROP CONSTRAINT bookings_status_valid,
    ADD CONSTRAINT bookings_status_valid
        CHECK (status IN ('reserved', 'confirmed', 'expired', 'cancelled', 'refund_due')),
    ADD CONSTRAINT bookings_reservation_expires CHECK (status NOT IN ('reserved', 'expired') OR expires_at IS NOT NULL),
    ADD CONSTRAINT bookings_reservation_unpaid CHECK (status NOT IN ('reserved', 'expired') OR paid_at IS NULL),
    ADD CONSTRAINT bookings_sale_paid CHECK (status NOT IN ('confirmed', 'refund_due') OR paid_at IS NOT NULL),
    ADD CONSTRAINT bookings_paid_by CHECK ((paid_at IS NULL) = (paid_by IS NULL));

ALTER TABLE marquee.events
    ADD COLUMN tickets_reserved integer NOT NULL DEFAULT 0,
    ADD COLUMN next_expiry timestamptz,
    ADD CONSTRAINT events_reserved_not_negative CHECK (tickets_reserved >= 0),
    ADD CONSTRAINT events_seats_within_capacity CHECK (tickets_sold + tickets_reserved <= capacity);

CREATE INDEX bookings_reserved_expiry ON marquee.bookings (event_id, expires_at) WHERE status = 'reserved';
CREATE INDEX bookings_reserved_by ON marquee.bookings (sold_by, event_id) WHERE status = 'reserved';
CREATE INDEX events_next_expiry ON marquee.events (next_expiry) WHERE next_expiry IS NOT NULL;

-- What a reserved booking is at an instant: 'expired' once its time is up, swept or not.
CREATE FUNCTION marquee.booking_status_at(p_status text, p_expires_at timestamptz, p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_status = 'reserved' AND p_expires_at <= p_at THEN 'expired' ELSE p_status END
$$;

-- Seats an event's reservations hold at an instant: the counter, less reservations whose time is up but
-- which nothing released yet — looked for only when the event's expiry bound has passed (see above).
-- Called by definer functions; the public listing repeats the expression (a kiosk may not read bookings).
CREATE FUNCTION marquee.live_reserved(p_event_id bigint, p_reserved integer, p_next_expiry timestamptz,
                                      p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_reserved = 0 OR p_next_expiry IS NULL OR p_next_expiry > p_at THEN p_reserved
                ELSE p_reserved - coalesce((SELECT sum(b.quantity)::integer FROM marquee.bookings b
                                             WHERE b.event_id = p_event_id AND b.status = 'reserved'
                                               AND b.expires_at <= p_at), 0)
           END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2. Releasing reservations whose time is up.

-- The bookings and tickets part only: marks this event's reserved bookings whose time is up (as of p_at)
-- expired and their tickets cancelled, skipping any a payment holds right now, and returns the seats.
-- The caller holds the event's row and corrects its counters.
CREATE FUNCTION marquee.expire_reservations(p_event_id bigint, p_at timestamptz) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_seats integer;
BEGIN
    WITH expired AS (
        UPDATE marquee.bookings b SET status = 'expired'
         WHERE b.id IN (SELECT x.id FROM marquee.bookings x
                         WHERE x.event_id = p_event_id AND x.status = 'reserved' AND x.expires_at <= p_at
                           FOR UPDATE SKIP LOCKED)
        RETURNING b.id, b.quantity
    ), voided AS (
        UPDATE marquee.tickets t SET status = 'cancelled'
          FROM expired e WHERE t.booking_id = e.id AND t.status = 'active'
        RETURNING t.id
    )
    SELECT coalesce(sum(e.quantity), 0)::integer INTO v_seats FROM expired e;
    RETURN v_seats;
END;
$$;

-- Releases one event's expired reservations: takes the event's row (or, with p_wait false, gives up at
-- once if somebody holds it: NULL), releases, and sets the counter and the expiry bound. The bound is
-- recomputed after the row is held, by a statement of its own: every reservation that raised the counter
-- has then committed and is seen (READ COMMITTED; under REPEATABLE READ taking the row fails instead).
-- Returns the seats given back.
CREATE FUNCTION marquee.release_expired_reservations(p_event_id bigint, p_wait boolean) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_event record;
    v_seats integer;
    v_next timestamptz;
BEGIN
    IF p_wait THEN
        SELECT e.tickets_reserved, e.next_expiry INTO v_event FROM marquee.events e WHERE e.id = p_event_id
           FOR NO KEY UPDATE;
    ELSE
        SELECT e.tickets_reserved, e.next_expiry INTO v_event FROM marquee.events e WHERE e.id = p_event_id
           FOR NO KEY UPDATE SKIP LOCKED;
    END IF;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_seats := marquee.expire_reservations(p_event_id, v_now);
    SELECT min(b.expires_at) INTO v_next FROM marquee.bookings b WHERE b.event_id = p_event_id AND b.status = 'reserved';
    IF v_seats > 0 OR v_next IS DISTINCT FROM v_event.next_expiry THEN
        UPDATE marquee.events e SET tickets_reserved = e.tickets_reserved - v_seats, next_expiry = v_next
         WHERE e.id = p_event_id;
    END IF;
    RETURN v_seats;
END;
$$;

-- Every event whose expiry bound has passed, as housekeeping does it: never waiting, announcing each
-- event that got seats back. Returns the seats given back.
CREATE FUNCTION marquee.release_all_expired_reservations() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    v_seats integer;
    v_total integer := 0;
BEGIN
    FOR r IN SELECT e.id FROM marquee.events e WHERE e.next_expiry <= clock_timestamp()
              ORDER BY e.next_expiry LIMIT 100 LOOP
        v_seats := marquee.release_expired_reservations(r.id, false);
        IF v_seats > 0 THEN
            v_total := v_total + v_seats;
            PERFORM marquee.notify_availability(e.id, e.capacity - e.tickets_sold - e.tickets_reserved, e.status)
               FROM marquee.events e WHERE e.id = r.id;
        END IF;
    END LOOP;
    RETURN v_total;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. What terminals read: remaining = capacity - sold - live reservations.

CREATE OR REPLACE VIEW marquee.event_listing WITH (security_barrier) AS
    SELECT e.id, e.title, e.description, e.venue, e.starts_at, e.price, e.capacity,
           e.capacity - e.tickets_sold - r.reserved AS remaining, e.status, e.max_tickets_per_booking,
           e.tickets_sold AS sold, r.reserved
      FROM marquee.events e
      CROSS JOIN LATERAL (
          -- marquee.live_reserved(), written out: the view's owner reads bookings, the kiosk could not.
          SELECT CASE WHEN e.tickets_reserved = 0 OR e.next_expiry IS NULL OR e.next_expiry > now()
                      THEN e.tickets_reserved
                      ELSE e.tickets_reserved - coalesce((SELECT sum(b.quantity)::integer FROM marquee.bookings b
                                                           WHERE b.event_id = e.id AND b.status = 'reserved'
                                                             AND b.expires_at <= now()), 0)
                 END AS reserved) r;

DROP FUNCTION marquee.event_availability(bigint[]);
CREATE FUNCTION marquee.event_availability(p_event_ids bigint[] DEFAULT NULL)
RETURNS TABLE (event_id bigint, capacity integer, sold integer, remaining integer, status text, reserved integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT l.id, l.capacity, l.sold, l.remaining, l.status, l.reserved
      FROM marquee.event_listing l
     WHERE (p_event_ids IS NULL AND l.status = 'active')
        OR l.id = ANY (p_event_ids)
     ORDER BY l.id
$$;

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
    FOR r IN SELECT l.id, l.remaining, l.status FROM marquee.event_listing l WHERE l.id = ANY (p_event_ids) ORDER BY l.id LOOP
        PERFORM marquee.notify_availability(r.id, r.remaining, r.status);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

CREATE OR REPLACE FUNCTION marquee.events_announce_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    PERFORM marquee.notify_availability(NEW.id,
        NEW.capacity - NEW.tickets_sold - marquee.live_reserved(NEW.id, NEW.tickets_reserved, NEW.next_expiry, now()),
        NEW.status);
    RETURN NULL;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 4. Booking: reservations at kiosks, sales at the desk, walk-ins, late-comers, the reservation cap.

-- One row per kiosk login and event it reserved for: updating it is the lock that makes two sessions of
-- one login count their live reservations exactly (the second reads the first's booking). No foreign
-- keys: they would lock the event's row before the seat update.
CREATE TABLE marquee.reservation_holds (
    login       text NOT NULL,
    event_id    bigint NOT NULL,
    claimed_at  timestamptz NOT NULL,
    PRIMARY KEY (login, event_id)
);

-- The seats one kiosk login may hold in live reservations of an event of this capacity.
CREATE FUNCTION marquee.kiosk_reservation_cap(p_capacity integer) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT greatest(marquee.setting_integer('kiosk_reservation_cap_minimum', 10),
                    p_capacity * marquee.setting_integer('kiosk_reservation_cap_percent', 5) / 100)
$$;

CREATE OR REPLACE FUNCTION marquee.booking_result(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT b.id, b.reference, b.total_amount,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, clock_timestamp()),
           marquee.booking_status_at(b.status, b.expires_at, clock_timestamp()), b.expires_at
      FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = p_booking_id
$$;

-- As in 0006, plus: a walk-in's missing phone equals a missing phone (NULL, '' or blanks); a retried
-- reservation is returned as it is; one whose time is up gives MQ023, a cancelled booking MQ005.
CREATE OR REPLACE FUNCTION marquee.retried_booking(p_key uuid, p_event_id bigint, p_quantity integer, p_phone text,
                                                   p_payment_method text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    r record;
BEGIN
    SELECT b.id, b.sold_by, b.event_id, b.quantity, b.payment_method, b.status, b.expires_at, u.phone INTO r
      FROM marquee.bookings b LEFT JOIN marquee.users u ON u.id = b.user_id
     WHERE b.idempotency_key = p_key;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF r.sold_by <> session_user OR r.event_id IS DISTINCT FROM p_event_id OR r.quantity IS DISTINCT FROM p_quantity
       OR r.payment_method IS DISTINCT FROM p_payment_method
       OR r.phone IS DISTINCT FROM nullif(marquee.normalize_phone(coalesce(p_phone, '')), '') THEN
        RAISE EXCEPTION 'this idempotency key was already used for another request' USING ERRCODE = 'MQ012';
    END IF;
    IF r.status = 'cancelled' THEN
        RAISE EXCEPTION 'booking % was cancelled', r.id USING ERRCODE = 'MQ005';
    END IF;
    IF marquee.booking_status_at(r.status, r.expires_at, clock_timestamp()) = 'expired' THEN
        RAISE EXCEPTION 'reservation % has expired', r.id USING ERRCODE = 'MQ023';
    END IF;
    RETURN r.id;
END;
$$;

-- The one booking function. p_reserve: a reservation (held until p_expires_at, or reservation_seconds
-- from now, never past the end of the desk's sale) rather than a paid sale. book_tickets decides it from
-- the caller's group; only the owner calls this directly (the demo season's reservations).
-- A missing phone (NULL, '' or blanks) is a walk-in: a sale with no customer row, the name kept on the
-- booking; a reservation always needs a valid phone (MQ004).
-- Sales may go on until late_sale_minutes after the start; reservations stop at the start (MQ002).
CREATE FUNCTION marquee.place_booking(
    p_event_id bigint,
    p_quantity integer,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text,
    p_reserve boolean,
    p_expires_at timestamptz DEFAULT NULL)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    -- Clock time: now() is the start of a transaction the caller may have opened long ago.
    v_now constant timestamptz := clock_timestamp();
    v_event marquee.events%ROWTYPE;
    v_limits marquee.booking_limits%ROWTYPE;
    v_group text;
    v_walk_in boolean;
    v_phone text;
    v_name text;
    v_user_id bigint;
    v_booking_id bigint;
    v_reference text;
    v_total numeric(12,2);
    v_codes text[];
    v_remaining integer;
    v_missing integer;
    v_event_status text;
    v_count integer;
    v_late interval;
    v_expires timestamptz;
    v_day text;
    v_swept boolean := false;
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
    v_walk_in := btrim(coalesce(p_customer_phone, '')) = '';
    IF v_walk_in AND coalesce(p_reserve, true) THEN
        RAISE EXCEPTION 'a reservation needs the customer''s phone' USING ERRCODE = 'MQ004';
    END IF;
    IF NOT v_walk_in AND NOT marquee.is_valid_phone(p_customer_phone) THEN
        RAISE EXCEPTION 'customer phone must have 6 to 20 digits' USING ERRCODE = 'MQ004';
    END IF;
    v_phone := CASE WHEN v_walk_in THEN NULL ELSE marquee.normalize_phone(p_customer_phone) END;
    v_late := CASE WHEN p_reserve THEN interval '0'
                   ELSE make_interval(mins => marquee.setting_integer('late_sale_minutes', 30)) END;

    -- A snapshot read, no lock: fail early and cheaply on what can already be seen.
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
    IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at + v_late <= v_now THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    IF p_quantity > v_event.max_tickets_per_booking THEN
        RAISE EXCEPTION 'at most % tickets per booking', v_event.max_tickets_per_booking USING ERRCODE = 'MQ003';
    END IF;
    v_remaining := v_event.capacity - v_event.tickets_sold
                   - marquee.live_reserved(v_event.id, v_event.tickets_reserved, v_event.next_expiry, v_now);
    IF v_remaining < p_quantity THEN
        RAISE EXCEPTION 'only % seats left', v_remaining USING ERRCODE = 'MQ001';
    END IF;

    v_total := CASE WHEN p_payment_method = 'complimentary' THEN 0 ELSE v_event.price * p_quantity END;
    IF p_reserve THEN
        -- Held for payment at the box office, which may take it until the end of its own sale.
        v_expires := least(coalesce(p_expires_at, v_now + make_interval(secs => marquee.setting_integer('reservation_seconds', 1200))),
                           v_event.starts_at + make_interval(mins => marquee.setting_integer('late_sale_minutes', 30)));
        IF v_expires <= v_now THEN
            RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
        END IF;
    END IF;

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
    -- A walk-in has no customer row: the name stays on the booking.
    IF NOT v_walk_in THEN
        INSERT INTO marquee.users AS u (name, phone, role) VALUES (v_name, v_phone, 'customer')
            ON CONFLICT (phone) DO NOTHING RETURNING u.id INTO v_user_id;
        IF v_user_id IS NULL THEN
            SELECT u.id INTO v_user_id FROM marquee.users u WHERE u.phone = v_phone;
        END IF;
    END IF;

    IF v_limits.tickets_per_customer_event IS NOT NULL AND v_user_id IS NOT NULL THEN
        INSERT INTO marquee.customer_event_claims AS c (user_id, event_id, claimed_at)
            VALUES (v_user_id, p_event_id, clock_timestamp())
            ON CONFLICT (user_id, event_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at;
        -- A new statement, a new snapshot: it sees the booking of whoever held the claim before us.
        SELECT coalesce(sum(b.quantity), 0) INTO v_count FROM marquee.bookings b
         WHERE b.user_id = v_user_id AND b.event_id = p_event_id
           AND (b.status = 'confirmed' OR (b.status = 'reserved' AND b.expires_at > v_now));
        IF v_count + p_quantity > v_limits.tickets_per_customer_event THEN
            RAISE EXCEPTION 'at most % tickets per customer for this event', v_limits.tickets_per_customer_event
                USING ERRCODE = 'MQ014';
        END IF;
    END IF;

    -- A kiosk login holds at most so many seats of an event in live reservations, whatever phones it gives.
    IF p_reserve AND v_group = 'marquee_kiosk' THEN
        INSERT INTO marquee.reservation_holds AS h (login, event_id, claimed_at)
            VALUES (session_user, p_event_id, clock_timestamp())
            ON CONFLICT (login, event_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at;
        -- A new snapshot again: the other session of this login committed before we got the row.
        SELECT coalesce(sum(b.quantity), 0) INTO v_count FROM marquee.bookings b
         WHERE b.sold_by = session_user AND b.event_id = p_event_id AND b.status = 'reserved'
           AND b.expires_at > clock_timestamp();
        IF v_count + p_quantity > marquee.kiosk_reservation_cap(v_event.capacity) THEN
            RAISE EXCEPTION 'this terminal may hold at most % seats of this event in reservations',
                marquee.kiosk_reservation_cap(v_event.capacity) USING ERRCODE = 'MQ020';
        END IF;
    END IF;

    LOOP
        v_reference := marquee.new_booking_reference();
        INSERT INTO marquee.bookings AS b (user_id, event_id, quantity, total_amount, payment_method, idempotency_key,
                                           reference, customer_name, status, expires_at, paid_at, paid_by)
            VALUES (v_user_id, p_event_id, p_quantity, v_total, p_payment_method, p_idempotency_key, v_reference, v_name,
                    CASE WHEN p_reserve THEN 'reserved' ELSE 'confirmed' END, v_expires,
                    CASE WHEN p_reserve THEN NULL ELSE v_now END, CASE WHEN p_reserve THEN NULL ELSE session_user END)
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
    v_day := marquee.venue_day(v_now);
    v_missing := p_quantity;
    v_codes := ARRAY[]::text[];
    WHILE v_missing > 0 LOOP
        WITH inserted AS (
            INSERT INTO marquee.tickets (booking_id, code)
            SELECT v_booking_id, marquee.new_ticket_code(v_day) FROM generate_series(1, v_missing)
            ON CONFLICT (code) DO NOTHING
            RETURNING tickets.code)
        SELECT v_missing - count(*), v_codes || coalesce(array_agg(inserted.code), ARRAY[]::text[])
          INTO v_missing, v_codes FROM inserted;
    END LOOP;

    -- 2. The contended part, last: one conditional update of the event's seat counts, covering sold and
    -- reserved seats. The row lock it takes is held only until this transaction commits.
    LOOP
        IF p_reserve THEN
            UPDATE marquee.events e
               SET tickets_reserved = e.tickets_reserved + p_quantity,
                   next_expiry = least(e.next_expiry, v_expires)
             WHERE e.id = p_event_id AND e.status = 'active' AND e.starts_at > v_now
               AND e.tickets_sold + e.tickets_reserved + p_quantity <= e.capacity
            RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now),
                      e.status INTO v_remaining, v_event_status;
        ELSE
            UPDATE marquee.events e
               SET tickets_sold = e.tickets_sold + p_quantity,
                   revenue = e.revenue + v_total,
                   bookings_count = e.bookings_count + 1
             WHERE e.id = p_event_id AND e.status = 'active' AND e.starts_at + v_late > v_now
               AND e.tickets_sold + e.tickets_reserved + p_quantity <= e.capacity
            RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now),
                      e.status INTO v_remaining, v_event_status;
        END IF;
        EXIT WHEN FOUND;

        -- Lost the race, or the event changed since the snapshot: tell which. The exception undoes everything above.
        SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
        IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at + v_late <= v_now THEN
            RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
        END IF;
        -- Reservations whose time is up still in the counter: release them (under the row we are about to
        -- update anyway) and try once more. Only here, never on a sale that found room.
        IF v_swept OR v_event.next_expiry IS NULL OR v_event.next_expiry > v_now THEN
            RAISE EXCEPTION 'only % seats left',
                v_event.capacity - v_event.tickets_sold
                - marquee.live_reserved(v_event.id, v_event.tickets_reserved, v_event.next_expiry, v_now)
                USING ERRCODE = 'MQ001';
        END IF;
        PERFORM marquee.release_expired_reservations(p_event_id, true);
        v_swept := true;
    END LOOP;

    -- Nothing after the UPDATE but the hint: the seat lock is held until commit, so every statement
    -- here would be paid by every terminal waiting for this event.
    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(p_event_id, v_remaining, v_event_status);
    END IF;
    RETURN QUERY SELECT v_booking_id, v_reference, v_total, v_codes, v_remaining,
                        CASE WHEN p_reserve THEN 'reserved' ELSE 'confirmed' END, v_expires;
END;
$$;

-- What terminals call. A kiosk's booking is a reservation; the box office's and an admin's is a sale.
CREATE OR REPLACE FUNCTION marquee.book_tickets(
    p_event_id bigint,
    p_quantity integer,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text DEFAULT 'cash')
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT * FROM marquee.place_booking(p_event_id, p_quantity, p_customer_name, p_customer_phone, p_idempotency_key,
                                        p_payment_method, marquee.session_group() IS NOT DISTINCT FROM 'marquee_kiosk')
$$;

-- ---------------------------------------------------------------------------------------------
-- 5. Paying a reservation at the box office.
--
-- At the reserved price (the booking's total), by cash or card. The event's row first, then the booking's
-- (the order of every path that takes both). A retry of the same payment — same login, same method — after
-- the answer was lost returns the paid booking again; anything else that is no longer a live reservation
-- is refused: MQ023 (its time is up, it was released, or it was already paid — by another desk, another
-- method, or it was a sale), MQ005 (no such reference, or cancelled), MQ002 (the desk's sale of the event
-- is over), MQ003 (a method other than cash or card).
CREATE FUNCTION marquee.pay_reservation(p_reference text, p_payment_method text)
RETURNS TABLE (booking_id bigint, reference text, event_id bigint, total_amount numeric, payment_method text,
               status text, paid_at timestamptz, remaining integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_reference constant text := marquee.normalize_booking_reference(p_reference);
    v_booking marquee.bookings%ROWTYPE;
    v_event marquee.events%ROWTYPE;
    v_remaining integer;
BEGIN
    IF coalesce(p_payment_method, '') NOT IN ('cash', 'card') THEN
        RAISE EXCEPTION 'a reservation is paid by cash or card' USING ERRCODE = 'MQ003';
    END IF;
    SELECT b.event_id INTO v_booking.event_id FROM marquee.bookings b WHERE b.reference = v_reference;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no booking %', v_reference USING ERRCODE = 'MQ005';
    END IF;
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = v_booking.event_id FOR NO KEY UPDATE;
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.reference = v_reference FOR UPDATE;

    IF v_booking.status = 'confirmed' AND v_booking.paid_by = session_user
       AND v_booking.payment_method = p_payment_method AND v_booking.expires_at IS NOT NULL THEN
        -- This very payment, asked again after its answer was lost.
        RETURN QUERY SELECT v_booking.id, v_booking.reference, v_booking.event_id, v_booking.total_amount,
                            v_booking.payment_method, v_booking.status, v_booking.paid_at,
                            v_event.capacity - v_event.tickets_sold
                            - marquee.live_reserved(v_event.id, v_event.tickets_reserved, v_event.next_expiry, v_now);
        RETURN;
    END IF;
    IF v_booking.status = 'cancelled' THEN
        RAISE EXCEPTION 'booking % was cancelled', v_reference USING ERRCODE = 'MQ005';
    END IF;
    IF v_booking.status <> 'reserved' OR v_booking.expires_at <= v_now THEN
        RAISE EXCEPTION 'booking % is not a live reservation (%)', v_reference,
            marquee.booking_status_at(v_booking.status, v_booking.expires_at, v_now) USING ERRCODE = 'MQ023';
    END IF;
    IF v_event.status <> 'active'
       OR v_event.starts_at + make_interval(mins => marquee.setting_integer('late_sale_minutes', 30)) <= v_now THEN
        RAISE EXCEPTION 'event % is not on sale', v_event.id USING ERRCODE = 'MQ002';
    END IF;

    UPDATE marquee.bookings b
       SET status = 'confirmed', payment_method = p_payment_method, paid_at = v_now, paid_by = session_user
     WHERE b.id = v_booking.id;
    UPDATE marquee.events e
       SET tickets_reserved = e.tickets_reserved - v_booking.quantity,
           tickets_sold = e.tickets_sold + v_booking.quantity,
           revenue = e.revenue + v_booking.total_amount,
           bookings_count = e.bookings_count + 1
     WHERE e.id = v_event.id
    RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now)
      INTO v_remaining;
    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(v_event.id, v_remaining, v_event.status);
    END IF;
    RETURN QUERY SELECT v_booking.id, v_booking.reference, v_booking.event_id, v_booking.total_amount,
                        p_payment_method, 'confirmed'::text, v_now, v_remaining;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.pay_reservation(text, text) TO marquee_box_office;

-- ---------------------------------------------------------------------------------------------
-- 6. Check-in refuses a reservation's tickets (MQ018): nobody paid for them.

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
    -- The row cancel_booking and pay_reservation lock FOR UPDATE.
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = v_ticket.booking_id FOR SHARE;
    SELECT * INTO v_ticket FROM marquee.tickets t WHERE t.code = v_code;
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = v_booking.event_id;
    IF v_booking.status = 'reserved' AND v_event.status <> 'cancelled' THEN
        RAISE EXCEPTION 'ticket % belongs to an unpaid reservation', v_code USING ERRCODE = 'MQ018';
    END IF;
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

-- ---------------------------------------------------------------------------------------------
-- 7. Find my booking says what the booking is: its status at this instant, when a reservation expires,
-- and whether the event was cancelled (a booking 'refund_due': refund at the box office).

DROP FUNCTION marquee.find_booking(text, text);
CREATE FUNCTION marquee.find_booking(p_phone text, p_reference text)
RETURNS TABLE (booking_id bigint, reference text, event_id bigint, event_title text, venue text, starts_at timestamptz,
               quantity integer, total_amount numeric, status text, payment_method text, booked_at timestamptz,
               customer_name text, ticket_codes text[], ticket_statuses text[], expires_at timestamptz,
               event_status text)
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
    SELECT b.id, b.reference, e.id, e.title, e.venue, e.starts_at, b.quantity, b.total_amount,
           marquee.booking_status_at(b.status, b.expires_at, clock_timestamp()),
           b.payment_method, b.booked_at, b.customer_name,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           (SELECT array_agg(t.status ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           b.expires_at, e.status
      FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = v_booking_id;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 8. Housekeeping releases expired reservations too, after ending stuck sessions (it must never wait
-- for a lock, and never fail its caller: see 0005).

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

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.book_tickets(bigint, integer, text, text, uuid, text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.event_availability(bigint[]) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.find_booking(text, text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.housekeeping() TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.pay_reservation(text, text) TO marquee_box_office;
