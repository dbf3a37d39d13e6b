-- Seated events and the seat contract (issue #14 §2–§3): every terminal and tool asks the database the same
-- questions, and the database alone decides who gets a seat.
--
--   MQ016 a seat is not available to this request (sold, blocked, held by another token or another login, not in
--         the event's plan, or the event is not seated / an order names seats for an unseated event)
--   MQ021 / MQ025 ticket types (0021)
--
-- An event is seated when events.seating_plan_id names a plan. Its seats are then rows of marquee.event_seats,
-- one per seat of the plan, and its capacity is the number of them that are not blocked. A seat row is
-- free, held (by a hold token until held_until), booked (by a ticket; a reservation's until reserved_until) or
-- blocked (a house hold, set by admins). A hold whose time is up, or a reservation whose time is up, is free at
-- that instant — every read and every take says so — before anything sweeps it.
--
-- Why seats are rows, and where the statistics go. Booking a seat is a conditional UPDATE of that seat's row:
-- two sales of different seats never wait for each other. The event's row, which keeps sold, reserved, revenue
-- and the bookings count, is not touched on that path: a seated booking appends one line to event_tallies
-- (an INSERT; inserts never queue on a row). Whoever next updates the event's row for its own reasons (a
-- payment, a cancellation, a sweep) and housekeeping on every terminal's heartbeat fold the pending lines into
-- the row (a BEFORE UPDATE trigger), under the row lock they take anyway; the public listing adds the pending
-- lines itself, so what terminals see is exact at once, and the row is exact from the next fold on.
-- The same cancellation rule as for general admission holds: cancelling a seated event locks its seats first
-- (events_absorb_tallies), so a seated booking either commits before and is refunded with the rest, or waits and
-- then finds the event not on sale.
--
-- Hold tokens. A hold token (a uuid the terminal draws) belongs to the login that first used it and to one
-- event. Its seats are held together until one instant; holding again with it, or extend_hold, moves that
-- instant, within the caps: at most 900 seconds per call for kiosk and box-office logins (3600 for admins), and a
-- token lives at most 30 minutes from its first use, twice that for a kiosk that says it is in its
-- accessibility mode (the session setting marquee.accessible_kiosk = on when it first uses the token: a hostile
-- kiosk can claim it, and then still holds at most an hour). A kiosk login's live held seats count with its live
-- reservations against the same cap (kiosk_reservation_cap, MQ020).
--
-- Announcements. A change of seat states sends a small hint on channel marquee_seats: {"event_id": n,
-- "seats": [seat_guid, …]} (the list left out when it would not fit: re-read them all). As for availability,
-- Marquee's own terminals announce after their commit (marquee.notify_after_commit): announce_availability then
-- also sends {"event_id": n} for a seated event, and terminals re-read its seat_map. A hint is only a hint.
--
-- Lock order: event_seats rows in seat order, then ticket types; the event's row only on the paths that had it
-- first (payment, cancellation, sweep, blocking seats), which take seats after it.

-- ---------------------------------------------------------------------------------------------
-- 1. Tables.

ALTER TABLE marquee.events ADD COLUMN seating_plan_id bigint REFERENCES marquee.seating_plans (id);
CREATE INDEX events_seating_plan ON marquee.events (seating_plan_id) WHERE seating_plan_id IS NOT NULL;

ALTER TABLE marquee.tickets ADD COLUMN seat_id bigint REFERENCES marquee.seating_seats (id);

CREATE TABLE marquee.event_seats (
    event_id        bigint NOT NULL REFERENCES marquee.events (id) ON DELETE CASCADE,
    seat_id         bigint NOT NULL REFERENCES marquee.seating_seats (id) ON DELETE CASCADE,
    state           text NOT NULL DEFAULT 'free',
    hold_token      uuid,
    held_until      timestamptz,
    booking_id      bigint,
    ticket_id       bigint,
    reserved_until  timestamptz,
    PRIMARY KEY (event_id, seat_id),
    CONSTRAINT event_seats_state_valid CHECK (state IN ('free', 'held', 'booked', 'blocked')),
    CONSTRAINT event_seats_held_whole CHECK ((state = 'held') = (hold_token IS NOT NULL AND held_until IS NOT NULL)),
    CONSTRAINT event_seats_booked_whole CHECK ((state = 'booked') = (booking_id IS NOT NULL AND ticket_id IS NOT NULL)),
    CONSTRAINT event_seats_reserved_booked CHECK (reserved_until IS NULL OR state = 'booked')
) WITH (fillfactor = 80);   -- room for HOT updates: a seat's row changes state in place
CREATE INDEX event_seats_hold_token ON marquee.event_seats (hold_token) WHERE hold_token IS NOT NULL;
CREATE INDEX event_seats_ticket ON marquee.event_seats (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX event_seats_booking ON marquee.event_seats (booking_id) WHERE booking_id IS NOT NULL;

CREATE TABLE marquee.seat_holds (
    hold_token  uuid PRIMARY KEY,
    login       text NOT NULL,
    event_id    bigint NOT NULL,
    created_at  timestamptz NOT NULL,
    life_ends   timestamptz NOT NULL,   -- no hold of this token lasts beyond it
    ends_at     timestamptz NOT NULL    -- when its seats' hold ends now
);
CREATE INDEX seat_holds_login ON marquee.seat_holds (login, event_id);

-- Pending statistics of seated events (see above). No foreign key: checking it would lock the event's row.
CREATE TABLE marquee.event_tallies (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint NOT NULL,
    sold        integer NOT NULL DEFAULT 0,
    reserved    integer NOT NULL DEFAULT 0,
    revenue     numeric(12,2) NOT NULL DEFAULT 0,
    bookings    integer NOT NULL DEFAULT 0,
    expires_at  timestamptz
);
CREATE INDEX event_tallies_event ON marquee.event_tallies (event_id);


-- ---------------------------------------------------------------------------------------------
-- 2. Making an event seated; house holds.

-- A plan given or changed: the capacity becomes its number of seats (none blocked yet). An event with tickets
-- keeps its plan (its seats are sold).
CREATE FUNCTION marquee.events_take_plan() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seating_plan_id IS NOT DISTINCT FROM NEW.seating_plan_id THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM marquee.bookings b JOIN marquee.tickets t ON t.booking_id = b.id
                                     WHERE b.event_id = NEW.id AND t.status <> 'cancelled') THEN
        RAISE EXCEPTION 'new row for relation "events" violates check constraint "events_seating_fixed"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'events_seating_fixed', SCHEMA = 'marquee',
                  TABLE = 'events', COLUMN = 'seating_plan_id';
    END IF;
    IF NEW.seating_plan_id IS NOT NULL THEN
        NEW.capacity := (SELECT count(*) FROM marquee.seating_seats s WHERE s.plan_id = NEW.seating_plan_id);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_take_plan BEFORE INSERT OR UPDATE OF seating_plan_id ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.events_take_plan();
-- A seated event's capacity is its seats': only blocking and unblocking seats change it.
CREATE FUNCTION marquee.events_seated_capacity() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF current_setting('marquee.changing_house_holds', true) IS DISTINCT FROM 'on' THEN
        RAISE EXCEPTION 'new row for relation "events" violates check constraint "events_seated_capacity"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'events_seated_capacity', SCHEMA = 'marquee',
                  TABLE = 'events', COLUMN = 'capacity';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_seated_capacity BEFORE UPDATE OF capacity ON marquee.events
    FOR EACH ROW WHEN (NEW.seating_plan_id IS NOT NULL AND OLD.seating_plan_id IS NOT DISTINCT FROM NEW.seating_plan_id
                       AND NEW.capacity IS DISTINCT FROM OLD.capacity)
    EXECUTE FUNCTION marquee.events_seated_capacity();

CREATE FUNCTION marquee.events_seat_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    DELETE FROM marquee.event_seats es WHERE es.event_id = NEW.id;
    IF NEW.seating_plan_id IS NOT NULL THEN
        INSERT INTO marquee.event_seats (event_id, seat_id)
        SELECT NEW.id, s.id FROM marquee.seating_seats s WHERE s.plan_id = NEW.seating_plan_id ORDER BY s.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_seat_rows_insert AFTER INSERT ON marquee.events
    FOR EACH ROW WHEN (NEW.seating_plan_id IS NOT NULL)
    EXECUTE FUNCTION marquee.events_seat_rows();
CREATE TRIGGER events_seat_rows_update AFTER UPDATE OF seating_plan_id ON marquee.events
    FOR EACH ROW WHEN (OLD.seating_plan_id IS DISTINCT FROM NEW.seating_plan_id)
    EXECUTE FUNCTION marquee.events_seat_rows();

-- The seats an event's plan has, by guid: their ids, or MQ016 naming the first that is not in it.
CREATE FUNCTION marquee.event_seat_ids(p_plan_id bigint, p_seat_guids text[]) RETURNS bigint[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_ids bigint[];
    v_missing text;
BEGIN
    IF p_plan_id IS NULL THEN
        RAISE EXCEPTION 'this event has no seats' USING ERRCODE = 'MQ016';
    END IF;
    IF coalesce(cardinality(p_seat_guids), 0) = 0 OR array_position(p_seat_guids, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'name at least one seat' USING ERRCODE = 'MQ003';
    END IF;
    IF (SELECT count(DISTINCT g) FROM unnest(p_seat_guids) g) <> cardinality(p_seat_guids) THEN
        RAISE EXCEPTION 'a seat is named twice' USING ERRCODE = 'MQ003';
    END IF;
    SELECT g INTO v_missing FROM unnest(p_seat_guids) g
     WHERE NOT EXISTS (SELECT 1 FROM marquee.seating_seats s WHERE s.plan_id = p_plan_id AND s.seat_guid = g) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'seat % is not in this event''s plan', v_missing USING ERRCODE = 'MQ016';
    END IF;
    SELECT array_agg(s.id ORDER BY s.id) INTO v_ids FROM marquee.seating_seats s
     WHERE s.plan_id = p_plan_id AND s.seat_guid = ANY (p_seat_guids);
    RETURN v_ids;
END;
$$;

CREATE FUNCTION marquee.notify_seats(p_event_id bigint, p_seat_guids text[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_payload text := json_build_object('event_id', p_event_id, 'seats', coalesce(p_seat_guids, ARRAY[]::text[]))::text;
BEGIN
    IF p_seat_guids IS NULL OR octet_length(v_payload) > 7000 THEN
        v_payload := json_build_object('event_id', p_event_id)::text;
    END IF;
    PERFORM pg_notify('marquee_seats', v_payload);
END;
$$;

-- House holds: an admin blocks seats for an event (the production, the sound desk), or unblocks them to sell
-- them; the capacity follows. Only a seat that is free (or whose hold or reservation ran out) can be blocked;
-- only a blocked one unblocked (MQ016 otherwise). Returns the event's capacity.
CREATE FUNCTION marquee.set_house_holds(p_event_id bigint, p_seat_guids text[], p_blocked boolean) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_event marquee.events%ROWTYPE;
    v_ids bigint[];
    v_count integer;
    v_capacity integer;
BEGIN
    IF p_blocked IS NULL THEN
        RAISE EXCEPTION 'say whether the seats are blocked' USING ERRCODE = 'MQ003';
    END IF;
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no event %', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    v_ids := marquee.event_seat_ids(v_event.seating_plan_id, p_seat_guids);
    PERFORM 1 FROM marquee.event_seats es WHERE es.event_id = p_event_id AND es.seat_id = ANY (v_ids)
      ORDER BY es.seat_id FOR UPDATE;
    IF p_blocked THEN
        UPDATE marquee.event_seats es
           SET state = 'blocked', hold_token = NULL, held_until = NULL, booking_id = NULL, ticket_id = NULL,
               reserved_until = NULL
         WHERE es.event_id = p_event_id AND es.seat_id = ANY (v_ids)
           AND (es.state = 'free' OR (es.state = 'held' AND es.held_until <= v_now)
                OR (es.state = 'booked' AND es.reserved_until <= v_now));
    ELSE
        UPDATE marquee.event_seats es SET state = 'free'
         WHERE es.event_id = p_event_id AND es.seat_id = ANY (v_ids) AND es.state = 'blocked';
    END IF;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count < cardinality(v_ids) THEN
        RAISE EXCEPTION 'a seat is not %', CASE WHEN p_blocked THEN 'free' ELSE 'blocked' END USING ERRCODE = 'MQ016';
    END IF;
    PERFORM set_config('marquee.changing_house_holds', 'on', true);
    UPDATE marquee.events e
       SET capacity = e.capacity + CASE WHEN p_blocked THEN -v_count ELSE v_count END
     WHERE e.id = p_event_id
    RETURNING e.capacity INTO v_capacity;
    PERFORM set_config('marquee.changing_house_holds', 'off', true);
    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_seats(p_event_id, p_seat_guids);
    END IF;
    RETURN v_capacity;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. The statistics of seated events: pending tallies, folded into the event's row.

-- Folds the pending tallies into the row being updated. Runs first of the BEFORE UPDATE triggers (by name), so
-- a cancellation's void (events_cancelled) sees the whole figures; a cancellation of a seated event also locks
-- its seats first (see the header).
CREATE FUNCTION marquee.events_absorb_tallies() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v record;
BEGIN
    IF NEW.status = 'cancelled' AND OLD.status IS DISTINCT FROM 'cancelled' THEN
        PERFORM 1 FROM marquee.event_seats es WHERE es.event_id = NEW.id ORDER BY es.seat_id FOR UPDATE;
    END IF;
    WITH gone AS (
        DELETE FROM marquee.event_tallies t WHERE t.event_id = NEW.id
        RETURNING t.sold, t.reserved, t.revenue, t.bookings, t.expires_at)
    SELECT count(*) AS n, coalesce(sum(g.sold), 0)::integer AS sold, coalesce(sum(g.reserved), 0)::integer AS reserved,
           coalesce(sum(g.revenue), 0) AS revenue, coalesce(sum(g.bookings), 0)::integer AS bookings,
           min(g.expires_at) AS next_expiry
      INTO v FROM gone g;
    IF v.n > 0 THEN
        NEW.tickets_sold := NEW.tickets_sold + v.sold;
        NEW.tickets_reserved := NEW.tickets_reserved + v.reserved;
        NEW.revenue := NEW.revenue + v.revenue;
        NEW.bookings_count := NEW.bookings_count + v.bookings;
        NEW.next_expiry := least(NEW.next_expiry, v.next_expiry);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_absorb_tallies BEFORE UPDATE ON marquee.events
    FOR EACH ROW WHEN (NEW.seating_plan_id IS NOT NULL)
    EXECUTE FUNCTION marquee.events_absorb_tallies();

-- Folds every seated event's pending tallies whose row nobody holds right now (never waits). Returns how many
-- events it folded.
CREATE FUNCTION marquee.fold_event_tallies() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    FOR r IN SELECT DISTINCT t.event_id FROM marquee.event_tallies t ORDER BY t.event_id LIMIT 100 LOOP
        PERFORM 1 FROM marquee.events e WHERE e.id = r.event_id FOR NO KEY UPDATE SKIP LOCKED;
        IF FOUND THEN
            UPDATE marquee.events e SET tickets_sold = e.tickets_sold WHERE e.id = r.event_id;
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END;
$$;

-- Housekeeping (0011) calls this on every heartbeat: fold first, then release what expired.
CREATE OR REPLACE FUNCTION marquee.release_all_expired_reservations() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    v_seats integer;
    v_total integer := 0;
BEGIN
    PERFORM marquee.fold_event_tallies();
    FOR r IN SELECT e.id FROM marquee.events e WHERE e.next_expiry <= clock_timestamp()
              ORDER BY e.next_expiry LIMIT 100 LOOP
        v_seats := marquee.release_expired_reservations(r.id, false);
        IF v_seats > 0 THEN
            v_total := v_total + v_seats;
            PERFORM marquee.notify_availability(e.id, e.capacity - e.tickets_sold - e.tickets_reserved, e.status)
               FROM marquee.events e WHERE e.id = r.id;
            IF EXISTS (SELECT 1 FROM marquee.events e WHERE e.id = r.id AND e.seating_plan_id IS NOT NULL) THEN
                PERFORM marquee.notify_seats(r.id, NULL);
            END IF;
        END IF;
    END LOOP;
    RETURN v_total;
END;
$$;

-- What terminals read, now with the pending tallies and whether the event is seated (appended).
CREATE OR REPLACE VIEW marquee.event_listing WITH (security_barrier) AS
    SELECT e.id, e.title, e.description, e.venue, e.starts_at, e.price, e.capacity,
           e.capacity - e.tickets_sold - p.sold - r.reserved AS remaining, e.status, e.max_tickets_per_booking,
           e.tickets_sold + p.sold AS sold, r.reserved, e.seating_plan_id
      FROM marquee.events e
      CROSS JOIN LATERAL (
          SELECT coalesce(sum(t.sold), 0)::integer AS sold, coalesce(sum(t.reserved), 0)::integer AS reserved,
                 min(t.expires_at) AS next_expiry
            FROM marquee.event_tallies t WHERE t.event_id = e.id) p
      CROSS JOIN LATERAL (
          -- marquee.live_reserved(), written out, with the pending reservations in the counter and their expiry
          -- in the bound: the view's owner reads bookings, the kiosk could not.
          SELECT CASE WHEN e.tickets_reserved + p.reserved = 0
                           OR coalesce(least(e.next_expiry, p.next_expiry), 'infinity') > now()
                      THEN e.tickets_reserved + p.reserved
                      ELSE e.tickets_reserved + p.reserved
                           - coalesce((SELECT sum(b.quantity)::integer FROM marquee.bookings b
                                        WHERE b.event_id = e.id AND b.status = 'reserved'
                                          AND b.expires_at <= now()), 0)
                 END AS reserved) r;

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
    FOR r IN SELECT l.id, l.remaining, l.status, l.seating_plan_id FROM marquee.event_listing l
              WHERE l.id = ANY (p_event_ids) ORDER BY l.id LOOP
        PERFORM marquee.notify_availability(r.id, r.remaining, r.status);
        IF r.seating_plan_id IS NOT NULL THEN
            PERFORM marquee.notify_seats(r.id, NULL);
        END IF;
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

-- A booking's answer (0011's), with the event's remaining seats from the listing: a seated event's pending tallies
-- count at once.
CREATE OR REPLACE FUNCTION marquee.booking_result(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT b.id, b.reference, b.total_amount,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           l.remaining,
           marquee.booking_status_at(b.status, b.expires_at, clock_timestamp()), b.expires_at
      FROM marquee.bookings b JOIN marquee.event_listing l ON l.id = b.event_id
     WHERE b.id = p_booking_id
$$;

-- ---------------------------------------------------------------------------------------------
-- 4. Seats follow their tickets: a cancelled ticket frees its seat; a paid reservation's seats stop expiring.

CREATE FUNCTION marquee.tickets_free_seat() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    UPDATE marquee.event_seats es
       SET state = 'free', booking_id = NULL, ticket_id = NULL, reserved_until = NULL
     WHERE es.ticket_id = NEW.id AND es.state = 'booked';
    RETURN NULL;
END;
$$;
CREATE TRIGGER tickets_free_seat AFTER UPDATE OF status ON marquee.tickets
    FOR EACH ROW WHEN (OLD.status <> 'cancelled' AND NEW.status = 'cancelled' AND NEW.seat_id IS NOT NULL)
    EXECUTE FUNCTION marquee.tickets_free_seat();

-- pay_reservation (0011) confirms the booking under its lock after checking its time; a seat whose reservation
-- ran out may have been taken by then (its row said free): then the payment fails (MQ023), nothing changes.
CREATE FUNCTION marquee.bookings_keep_seats() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_seats integer;
    v_kept integer;
BEGIN
    SELECT count(*) INTO v_seats FROM marquee.tickets t WHERE t.booking_id = NEW.id AND t.seat_id IS NOT NULL
       AND t.status <> 'cancelled';
    IF v_seats = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE marquee.event_seats es SET reserved_until = NULL
     WHERE es.booking_id = NEW.id AND es.state = 'booked';
    GET DIAGNOSTICS v_kept = ROW_COUNT;
    IF v_kept < v_seats THEN
        RAISE EXCEPTION 'booking % is not a live reservation (expired)', NEW.reference USING ERRCODE = 'MQ023';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER bookings_keep_seats AFTER UPDATE OF status ON marquee.bookings
    FOR EACH ROW WHEN (OLD.status = 'reserved' AND NEW.status = 'confirmed')
    EXECUTE FUNCTION marquee.bookings_keep_seats();

-- ---------------------------------------------------------------------------------------------
-- 5. Reading the seats.

CREATE FUNCTION marquee.seat_state_at(p_state text, p_held_until timestamptz, p_reserved_until timestamptz,
                                      p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_state = 'blocked' THEN 'blocked'
        WHEN p_state = 'held' AND p_held_until > p_at THEN 'held'
        WHEN p_state = 'booked' AND (p_reserved_until IS NULL OR p_reserved_until > p_at) THEN 'sold'
        ELSE 'free'
    END
$$;

CREATE FUNCTION marquee.seat_map(p_event_id bigint)
RETURNS TABLE (seat_guid text, zone text, row_label text, seat_number text, category text, x integer, y integer,
               state text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT s.seat_guid, z.name, coalesce(r.row_label, r.row_number), s.seat_number, s.category,
           round(s.plan_x)::integer, round(s.plan_y)::integer,
           marquee.seat_state_at(es.state, es.held_until, es.reserved_until, clock_timestamp())
      FROM marquee.event_seats es
      JOIN marquee.seating_seats s ON s.id = es.seat_id
      JOIN marquee.seating_rows r ON r.id = s.row_id
      JOIN marquee.seating_zones z ON z.id = r.zone_id
     WHERE es.event_id = p_event_id
     ORDER BY z.zone_order, r.row_order, s.seat_order
$$;

-- ---------------------------------------------------------------------------------------------
-- 6. Holds.

-- The longest a call may hold for this login (seconds), and a token's life.
CREATE FUNCTION marquee.hold_seconds_allowed(p_seconds integer) RETURNS integer
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF p_seconds IS NULL OR p_seconds <= 0 THEN
        RAISE EXCEPTION 'a hold lasts at least one second' USING ERRCODE = 'MQ003';
    END IF;
    IF marquee.session_group() IN ('marquee_kiosk', 'marquee_box_office') THEN
        RETURN least(p_seconds, 900);
    END IF;
    RETURN least(p_seconds, 3600);
END;
$$;

-- Takes (or finds) this login's token for this event, locked; MQ016 when it is another login's or another event's.
CREATE FUNCTION marquee.claim_hold_token(p_hold_token uuid, p_event_id bigint, p_now timestamptz)
RETURNS marquee.seat_holds
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_hold marquee.seat_holds%ROWTYPE;
    v_minutes integer := 30;
BEGIN
    IF p_hold_token IS NULL THEN
        RAISE EXCEPTION 'a hold token is required' USING ERRCODE = 'MQ003';
    END IF;
    IF marquee.session_group() = 'marquee_kiosk'
       AND coalesce(current_setting('marquee.accessible_kiosk', true), '') IN ('on', 'true', '1') THEN
        v_minutes := v_minutes * 2;
    END IF;
    INSERT INTO marquee.seat_holds (hold_token, login, event_id, created_at, life_ends, ends_at)
    VALUES (p_hold_token, session_user, p_event_id, p_now, p_now + make_interval(mins => v_minutes), p_now)
    ON CONFLICT (hold_token) DO NOTHING;
    SELECT * INTO v_hold FROM marquee.seat_holds h WHERE h.hold_token = p_hold_token FOR UPDATE;
    IF v_hold.login <> session_user OR (p_event_id IS NOT NULL AND v_hold.event_id <> p_event_id) THEN
        RAISE EXCEPTION 'this hold belongs to another terminal' USING ERRCODE = 'MQ016';
    END IF;
    RETURN v_hold;
END;
$$;

-- Seats a kiosk login holds or reserves for an event right now, leaving out the seats given (about to be
-- held again or booked by this request).
CREATE FUNCTION marquee.kiosk_seats_in_use(p_event_id bigint, p_except bigint[]) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT (SELECT count(*)::integer FROM marquee.event_seats es JOIN marquee.seat_holds h ON h.hold_token = es.hold_token
             WHERE h.login = session_user AND h.event_id = p_event_id AND es.event_id = p_event_id
               AND es.state = 'held' AND es.held_until > clock_timestamp()
               AND es.seat_id <> ALL (coalesce(p_except, '{}')))
         + (SELECT coalesce(sum(b.quantity), 0)::integer FROM marquee.bookings b
             WHERE b.sold_by = session_user AND b.event_id = p_event_id AND b.status = 'reserved'
               AND b.expires_at > clock_timestamp())
$$;

-- The kiosk cap, taken under the login's per-event row (0011's reservation_holds) so two sessions of one login
-- count each other exactly.
CREATE FUNCTION marquee.check_kiosk_cap(p_event marquee.events, p_except bigint[], p_adding integer) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF marquee.session_group() IS DISTINCT FROM 'marquee_kiosk' THEN
        RETURN;
    END IF;
    INSERT INTO marquee.reservation_holds AS h (login, event_id, claimed_at)
        VALUES (session_user, p_event.id, clock_timestamp())
        ON CONFLICT (login, event_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at;
    IF marquee.kiosk_seats_in_use(p_event.id, p_except) + p_adding > marquee.kiosk_reservation_cap(p_event.capacity) THEN
        RAISE EXCEPTION 'this terminal may hold at most % seats of this event',
            marquee.kiosk_reservation_cap(p_event.capacity) USING ERRCODE = 'MQ020';
    END IF;
END;
$$;

-- Holds these seats (ids of the event's plan) with the token, all or none; moves the token's end. The seats'
-- guids only for the hint.
CREATE FUNCTION marquee.hold_event_seats(p_event_id bigint, p_seat_ids bigint[], p_seat_guids text[],
                                         p_hold_token uuid, p_seconds integer) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_seconds constant integer := marquee.hold_seconds_allowed(p_seconds);
    v_event marquee.events%ROWTYPE;
    v_hold marquee.seat_holds%ROWTYPE;
    v_until timestamptz;
    v_count integer;
    v_late interval;
BEGIN
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
    v_late := CASE WHEN marquee.session_group() = 'marquee_kiosk' THEN interval '0'
                   ELSE make_interval(mins => marquee.setting_integer('late_sale_minutes', 30)) END;
    IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at + v_late <= v_now THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    v_hold := marquee.claim_hold_token(p_hold_token, p_event_id, v_now);
    v_until := least(v_now + make_interval(secs => v_seconds), v_hold.life_ends);
    IF v_until <= v_now THEN
        RAISE EXCEPTION 'this hold''s time is up' USING ERRCODE = 'MQ016';
    END IF;
    -- One customer's seats: no more than one booking may take.
    SELECT count(*) INTO v_count FROM marquee.event_seats es
     WHERE es.hold_token = p_hold_token AND es.event_id = p_event_id AND es.state = 'held' AND es.held_until > v_now
       AND es.seat_id <> ALL (p_seat_ids);
    IF v_count + cardinality(p_seat_ids) > v_event.max_tickets_per_booking THEN
        RAISE EXCEPTION 'at most % seats per booking', v_event.max_tickets_per_booking USING ERRCODE = 'MQ003';
    END IF;
    PERFORM marquee.check_kiosk_cap(v_event, p_seat_ids, cardinality(p_seat_ids));

    -- In seat order, so two holds of overlapping seats queue instead of deadlocking.
    PERFORM 1 FROM marquee.event_seats es WHERE es.event_id = p_event_id AND es.seat_id = ANY (p_seat_ids)
      ORDER BY es.seat_id FOR UPDATE;
    UPDATE marquee.event_seats es
       SET state = 'held', hold_token = p_hold_token, held_until = v_until, booking_id = NULL, ticket_id = NULL,
           reserved_until = NULL
     WHERE es.event_id = p_event_id AND es.seat_id = ANY (p_seat_ids)
       AND (es.state = 'free'
            OR (es.state = 'held' AND (es.held_until <= v_now OR es.hold_token = p_hold_token))
            OR (es.state = 'booked' AND es.reserved_until <= v_now));
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count < cardinality(p_seat_ids) THEN
        RAISE EXCEPTION 'a seat is not available' USING ERRCODE = 'MQ016';
    END IF;
    -- The token's other seats move with it.
    UPDATE marquee.event_seats es SET held_until = v_until
     WHERE es.hold_token = p_hold_token AND es.event_id = p_event_id AND es.state = 'held' AND es.held_until > v_now
       AND es.seat_id <> ALL (p_seat_ids);
    UPDATE marquee.seat_holds h SET ends_at = v_until WHERE h.hold_token = p_hold_token;
    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_seats(p_event_id, p_seat_guids);
    END IF;
    RETURN v_until;
END;
$$;

CREATE FUNCTION marquee.hold_seats(p_event_id bigint, p_seat_guids text[], p_hold_token uuid,
                                   p_seconds integer DEFAULT 600) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_plan bigint;
BEGIN
    SELECT e.seating_plan_id INTO v_plan FROM marquee.events e WHERE e.id = p_event_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    RETURN marquee.hold_event_seats(p_event_id, marquee.event_seat_ids(v_plan, p_seat_guids), p_seat_guids,
                                    p_hold_token, p_seconds);
END;
$$;

CREATE FUNCTION marquee.extend_hold(p_hold_token uuid, p_seconds integer) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_seconds constant integer := marquee.hold_seconds_allowed(p_seconds);
    v_hold marquee.seat_holds%ROWTYPE;
    v_until timestamptz;
    v_count integer;
BEGIN
    IF p_hold_token IS NULL THEN
        RAISE EXCEPTION 'a hold token is required' USING ERRCODE = 'MQ003';
    END IF;
    SELECT * INTO v_hold FROM marquee.seat_holds h WHERE h.hold_token = p_hold_token FOR UPDATE;
    IF NOT FOUND OR v_hold.login <> session_user THEN
        RAISE EXCEPTION 'no such hold at this terminal' USING ERRCODE = 'MQ016';
    END IF;
    v_until := least(v_now + make_interval(secs => v_seconds), v_hold.life_ends);
    UPDATE marquee.event_seats es SET held_until = greatest(es.held_until, v_until)
     WHERE es.hold_token = p_hold_token AND es.event_id = v_hold.event_id AND es.state = 'held' AND es.held_until > v_now;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count = 0 OR v_until <= v_now THEN
        RAISE EXCEPTION 'this hold''s time is up' USING ERRCODE = 'MQ016';
    END IF;
    SELECT max(es.held_until) INTO v_until FROM marquee.event_seats es
     WHERE es.hold_token = p_hold_token AND es.event_id = v_hold.event_id AND es.state = 'held';
    UPDATE marquee.seat_holds h SET ends_at = v_until WHERE h.hold_token = p_hold_token;
    RETURN v_until;
END;
$$;

CREATE FUNCTION marquee.release_hold(p_hold_token uuid) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_hold marquee.seat_holds%ROWTYPE;
    v_guids text[];
BEGIN
    IF p_hold_token IS NULL THEN
        RAISE EXCEPTION 'a hold token is required' USING ERRCODE = 'MQ003';
    END IF;
    SELECT * INTO v_hold FROM marquee.seat_holds h WHERE h.hold_token = p_hold_token FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;   -- nothing held: releasing is done
    END IF;
    IF v_hold.login <> session_user THEN
        RAISE EXCEPTION 'this hold belongs to another terminal' USING ERRCODE = 'MQ016';
    END IF;
    WITH freed AS (
        UPDATE marquee.event_seats es SET state = 'free', hold_token = NULL, held_until = NULL
         WHERE es.hold_token = p_hold_token AND es.event_id = v_hold.event_id AND es.state = 'held'
        RETURNING es.seat_id)
    SELECT array_agg(s.seat_guid) INTO v_guids FROM freed f JOIN marquee.seating_seats s ON s.id = f.seat_id;
    UPDATE marquee.seat_holds h SET ends_at = least(h.ends_at, clock_timestamp()) WHERE h.hold_token = p_hold_token;
    IF v_guids IS NOT NULL AND NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_seats(v_hold.event_id, v_guids);
    END IF;
END;
$$;

-- Best available: p_quantity adjacent seats of the category (any, when NULL) in one row — consecutive along the
-- row, no gap wider than 1.5 × the row's usual spacing between neighbours (an aisle). Among the blocks that
-- exist: first those that leave no single free seat of the category stranded between the block and a taken seat,
-- an aisle or the row's end; then the row nearest the plan's top (pretix's plans have the stage there; the
-- format has no stage direction); then the block nearest the row's middle; then the lower seat position.
-- Wheelchair spaces and companion seats are left for the people who need them: chosen by hand only. A block
-- another terminal takes first is looked for again (a few times); MQ001 when there is none.
CREATE FUNCTION marquee.best_seat_block(p_event_id bigint, p_plan_id bigint, p_category text, p_quantity integer)
RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    WITH seats AS (
        SELECT s.id, s.row_id, s.row_position, s.x, s.y, s.plan_y, r.usual_spacing,
               marquee.seat_state_at(es.state, es.held_until, es.reserved_until, clock_timestamp()) = 'free'
                   AND NOT s.wheelchair AND NOT s.companion
                   AND (p_category IS NULL OR s.category = p_category) AS usable
          FROM marquee.seating_seats s
          JOIN marquee.seating_rows r ON r.id = s.row_id
          JOIN marquee.event_seats es ON es.event_id = p_event_id AND es.seat_id = s.id
         WHERE s.plan_id = p_plan_id
    ), walked AS (
        SELECT seats.*,
               lag(seats.usable) OVER w AS prev_usable,
               sqrt(power(seats.x - lag(seats.x) OVER w, 2) + power(seats.y - lag(seats.y) OVER w, 2)) AS gap,
               max(seats.row_position) OVER (PARTITION BY seats.row_id) AS row_seats,
               avg(seats.plan_y) OVER (PARTITION BY seats.row_id) AS row_y
          FROM seats
        WINDOW w AS (PARTITION BY seats.row_id ORDER BY seats.row_position)
    ), starts AS (
        SELECT walked.*,
               (prev_usable IS NOT TRUE OR (usual_spacing > 0 AND gap > 1.5 * usual_spacing)) AS starts_run
          FROM walked WHERE usable
    ), runs AS (
        SELECT starts.*, sum(starts_run::integer) OVER (PARTITION BY row_id ORDER BY row_position) AS run
          FROM starts
    ), placed AS (
        SELECT runs.*,
               row_number() OVER (PARTITION BY row_id, run ORDER BY row_position) - 1 AS idx,
               count(*) OVER (PARTITION BY row_id, run) AS run_length,
               array_agg(id) OVER (PARTITION BY row_id, run ORDER BY row_position
                                   ROWS BETWEEN CURRENT ROW AND p_quantity - 1 FOLLOWING) AS block
          FROM runs
    )
    SELECT p.block FROM placed p
     WHERE p.idx + p_quantity <= p.run_length
     ORDER BY (p.idx = 1 OR p.run_length - p.idx - p_quantity = 1),
              p.row_y,
              abs((p.row_position + (p_quantity - 1) / 2.0) - (1 + p.row_seats) / 2.0),
              p.row_position
     LIMIT 1
$$;

CREATE FUNCTION marquee.hold_best_available(p_event_id bigint, p_category text, p_quantity integer, p_hold_token uuid,
                                            p_seconds integer DEFAULT 600) RETURNS text[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_event marquee.events%ROWTYPE;
    v_block bigint[];
    v_guids text[];
    v_tries integer := 0;
BEGIN
    SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    IF v_event.seating_plan_id IS NULL THEN
        RAISE EXCEPTION 'this event has no seats' USING ERRCODE = 'MQ016';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 OR p_quantity > v_event.max_tickets_per_booking THEN
        RAISE EXCEPTION 'between 1 and % seats', v_event.max_tickets_per_booking USING ERRCODE = 'MQ003';
    END IF;
    IF EXISTS (SELECT 1 FROM marquee.seat_holds h WHERE h.hold_token = p_hold_token
                                                   AND (h.login <> session_user OR h.event_id <> p_event_id)) THEN
        RAISE EXCEPTION 'this hold belongs to another terminal' USING ERRCODE = 'MQ016';
    END IF;
    LOOP
        v_block := marquee.best_seat_block(p_event_id, v_event.seating_plan_id, nullif(btrim(p_category), ''),
                                           p_quantity);
        IF v_block IS NULL THEN
            RAISE EXCEPTION 'no % adjacent seats left', p_quantity USING ERRCODE = 'MQ001';
        END IF;
        SELECT array_agg(s.seat_guid ORDER BY s.row_position) INTO v_guids
          FROM marquee.seating_seats s WHERE s.id = ANY (v_block);
        BEGIN
            PERFORM marquee.hold_event_seats(p_event_id, v_block, v_guids, p_hold_token, p_seconds);
            RETURN v_guids;
        EXCEPTION WHEN SQLSTATE 'MQ016' THEN
            -- Another terminal took one of them between our look and our hold: look again.
            v_tries := v_tries + 1;
            IF v_tries >= 5 THEN
                RAISE;
            END IF;
        END;
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 7. Orders: several types, general admission or seats, in one call.

-- An order's lines in one canonical form (a retry is compared with it as a set): general admission merged per
-- type and sorted by type; seats sorted by guid, the type as asked (NULL: the category's default). Refuses what
-- is not an order (MQ003).
CREATE FUNCTION marquee.canonical_order_lines(p_lines jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_line jsonb;
    v_ga jsonb := '{}';
    v_seats text[] := ARRAY[]::text[];
    v_seat_lines jsonb := '[]';
    v_type bigint;
    v_quantity integer;
    v_key text;
BEGIN
    IF jsonb_typeof(p_lines) IS DISTINCT FROM 'array' OR jsonb_array_length(p_lines) = 0 THEN
        RAISE EXCEPTION 'an order is a list of lines' USING ERRCODE = 'MQ003';
    END IF;
    FOR v_line IN SELECT l FROM jsonb_array_elements(p_lines) l LOOP
        IF jsonb_typeof(v_line) IS DISTINCT FROM 'object' THEN
            RAISE EXCEPTION 'an order line is an object' USING ERRCODE = 'MQ003';
        END IF;
        SELECT k INTO v_key FROM jsonb_object_keys(v_line) k WHERE k NOT IN ('ticket_type', 'quantity', 'seat') LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'an order line has no "%"', v_key USING ERRCODE = 'MQ003';
        END IF;
        IF jsonb_exists(v_line, 'ticket_type') AND jsonb_typeof(v_line -> 'ticket_type') <> 'null'
           AND (jsonb_typeof(v_line -> 'ticket_type') <> 'number' OR (v_line ->> 'ticket_type') !~ '^[0-9]{1,18}$') THEN
            RAISE EXCEPTION 'a ticket type is a number' USING ERRCODE = 'MQ003';
        END IF;
        v_type := (v_line ->> 'ticket_type')::bigint;
        IF jsonb_exists(v_line, 'seat') THEN
            IF jsonb_exists(v_line, 'quantity') OR jsonb_typeof(v_line -> 'seat') <> 'string'
               OR btrim(v_line ->> 'seat') = '' THEN
                RAISE EXCEPTION 'a seat line names one seat' USING ERRCODE = 'MQ003';
            END IF;
            IF (v_line ->> 'seat') = ANY (v_seats) THEN
                RAISE EXCEPTION 'seat % is named twice', v_line ->> 'seat' USING ERRCODE = 'MQ003';
            END IF;
            v_seats := v_seats || (v_line ->> 'seat');
            v_seat_lines := v_seat_lines || jsonb_build_array(jsonb_build_object('seat', v_line ->> 'seat',
                                                                                  'ticket_type', v_type));
        ELSE
            IF v_type IS NULL OR jsonb_typeof(v_line -> 'quantity') IS DISTINCT FROM 'number'
               OR (v_line ->> 'quantity') !~ '^[0-9]{1,6}$' THEN
                RAISE EXCEPTION 'a line is {"ticket_type": id, "quantity": n} or {"seat": guid}' USING ERRCODE = 'MQ003';
            END IF;
            v_quantity := (v_line ->> 'quantity')::integer;
            IF v_quantity <= 0 THEN
                RAISE EXCEPTION 'quantity must be at least 1' USING ERRCODE = 'MQ003';
            END IF;
            v_ga := jsonb_set(v_ga, ARRAY[v_type::text], to_jsonb(coalesce((v_ga ->> v_type::text)::integer, 0) + v_quantity));
        END IF;
    END LOOP;
    IF v_ga <> '{}' AND cardinality(v_seats) > 0 THEN
        RAISE EXCEPTION 'an order is seats or general admission, not both' USING ERRCODE = 'MQ003';
    END IF;
    IF cardinality(v_seats) > 0 THEN
        RETURN (SELECT jsonb_agg(l ORDER BY l ->> 'seat') FROM jsonb_array_elements(v_seat_lines) l);
    END IF;
    RETURN (SELECT jsonb_agg(jsonb_build_object('ticket_type', k::bigint, 'quantity', v::integer) ORDER BY k::bigint)
              FROM jsonb_each_text(v_ga) AS t(k, v));
END;
$$;

-- A retry of a committed order: as 0011's retried_booking, and the lines must be the same set.
CREATE FUNCTION marquee.retried_order(p_key uuid, p_event_id bigint, p_lines jsonb, p_quantity integer, p_phone text,
                                      p_payment_method text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    r record;
BEGIN
    SELECT b.id, b.sold_by, b.event_id, b.quantity, b.payment_method, b.status, b.expires_at, b.order_lines, u.phone
      INTO r
      FROM marquee.bookings b LEFT JOIN marquee.users u ON u.id = b.user_id
     WHERE b.idempotency_key = p_key;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF r.sold_by <> session_user OR r.event_id IS DISTINCT FROM p_event_id OR r.quantity IS DISTINCT FROM p_quantity
       OR (r.order_lines IS NOT NULL AND r.order_lines IS DISTINCT FROM p_lines)
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

-- Whether this login may sell this type of this event (for a seat: of its category).
CREATE FUNCTION marquee.ticket_type_sellable(p_type marquee.ticket_types, p_event_id bigint, p_category text)
RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_type.id IS NOT NULL AND p_type.event_id = p_event_id AND p_type.active
       AND (p_category IS NULL OR p_type.seat_category IS NULL OR p_type.seat_category = p_category)
       AND NOT (p_type.box_office_only AND marquee.session_group() IS NOT DISTINCT FROM 'marquee_kiosk')
$$;

-- The one order function (0011's place_booking grew into it). p_lines canonical (canonical_order_lines).
CREATE FUNCTION marquee.place_order(
    p_event_id bigint,
    p_lines jsonb,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text,
    p_reserve boolean,
    p_hold_token uuid DEFAULT NULL,
    p_expires_at timestamptz DEFAULT NULL)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_event marquee.events%ROWTYPE;
    v_limits marquee.booking_limits%ROWTYPE;
    v_type marquee.ticket_types%ROWTYPE;
    v_group text;
    v_walk_in boolean;
    v_phone text;
    v_name text;
    v_user_id bigint;
    v_booking_id bigint;
    v_reference text;
    v_total numeric(12,2) := 0;
    v_codes text[] := ARRAY[]::text[];
    v_code text;
    v_remaining integer;
    v_event_status text;
    v_count integer;
    v_late interval;
    v_expires timestamptz;
    v_day text;
    v_swept boolean := false;
    v_seated boolean;
    v_quantity integer;
    v_line jsonb;
    v_seat record;
    -- What each ticket will be: its type, price and seat (NULL for general admission).
    v_item_types bigint[] := ARRAY[]::bigint[];
    v_item_prices numeric[] := ARRAY[]::numeric[];
    v_item_seats bigint[] := ARRAY[]::bigint[];
    v_seat_guids text[] := ARRAY[]::text[];
    v_quota record;
    v_i integer;
    v_owner text;
BEGIN
    -- 1. Everything that needs no lock comes first.
    IF p_idempotency_key IS NULL THEN
        RAISE EXCEPTION 'an idempotency key is required' USING ERRCODE = 'MQ003';
    END IF;
    IF coalesce(p_payment_method, '') NOT IN ('cash', 'card', 'complimentary') THEN
        RAISE EXCEPTION 'unknown payment method' USING ERRCODE = 'MQ003';
    END IF;
    v_seated := jsonb_exists(p_lines -> 0, 'seat');
    v_quantity := CASE WHEN v_seated THEN jsonb_array_length(p_lines)
                       ELSE (SELECT sum((l ->> 'quantity')::integer)::integer FROM jsonb_array_elements(p_lines) l) END;

    v_booking_id := marquee.retried_order(p_idempotency_key, p_event_id, p_lines, v_quantity, p_customer_phone,
                                          p_payment_method);
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
    IF v_seated <> (v_event.seating_plan_id IS NOT NULL) THEN
        RAISE EXCEPTION '%', CASE WHEN v_seated THEN 'this event has no seats' ELSE 'this event is seated: choose seats' END
            USING ERRCODE = 'MQ016';
    END IF;
    IF v_quantity > v_event.max_tickets_per_booking THEN
        RAISE EXCEPTION 'at most % tickets per booking', v_event.max_tickets_per_booking USING ERRCODE = 'MQ003';
    END IF;
    IF NOT v_seated THEN
        SELECT l.remaining INTO v_remaining FROM marquee.event_listing l WHERE l.id = p_event_id;
        IF v_remaining < v_quantity THEN
            RAISE EXCEPTION 'only % seats left', v_remaining USING ERRCODE = 'MQ001';
        END IF;
    END IF;
    IF p_hold_token IS NOT NULL THEN
        SELECT h.login INTO v_owner FROM marquee.seat_holds h WHERE h.hold_token = p_hold_token;
        IF FOUND AND v_owner <> session_user THEN
            RAISE EXCEPTION 'this hold belongs to another terminal' USING ERRCODE = 'MQ016';
        END IF;
    END IF;

    -- What each ticket is, and the total.
    IF v_seated THEN
        FOR v_line IN SELECT l FROM jsonb_array_elements(p_lines) l LOOP
            SELECT s.id, s.category INTO v_seat FROM marquee.seating_seats s
             WHERE s.plan_id = v_event.seating_plan_id AND s.seat_guid = v_line ->> 'seat';
            IF NOT FOUND THEN
                RAISE EXCEPTION 'seat % is not in this event''s plan', v_line ->> 'seat' USING ERRCODE = 'MQ016';
            END IF;
            IF v_line ->> 'ticket_type' IS NULL THEN
                -- The category's own types before those for any seat, then the sort order; one this login may sell.
                SELECT t.* INTO v_type FROM marquee.ticket_types t
                 WHERE t.event_id = p_event_id AND t.active
                   AND (t.seat_category = v_seat.category OR t.seat_category IS NULL)
                   AND NOT (t.box_office_only AND marquee.session_group() IS NOT DISTINCT FROM 'marquee_kiosk')
                 ORDER BY (t.seat_category IS NULL), t.sort_order, t.id LIMIT 1;
            ELSE
                SELECT t.* INTO v_type FROM marquee.ticket_types t WHERE t.id = (v_line ->> 'ticket_type')::bigint;
            END IF;
            IF NOT coalesce(marquee.ticket_type_sellable(v_type, p_event_id, v_seat.category), false) THEN
                RAISE EXCEPTION 'no ticket type for seat % here', v_line ->> 'seat' USING ERRCODE = 'MQ021';
            END IF;
            v_item_types := v_item_types || v_type.id;
            v_item_prices := v_item_prices || CASE WHEN p_payment_method = 'complimentary' THEN 0 ELSE v_type.price END;
            v_item_seats := v_item_seats || v_seat.id;
            v_seat_guids := v_seat_guids || (v_line ->> 'seat');
        END LOOP;
    ELSE
        FOR v_line IN SELECT l FROM jsonb_array_elements(p_lines) l LOOP
            SELECT t.* INTO v_type FROM marquee.ticket_types t WHERE t.id = (v_line ->> 'ticket_type')::bigint;
            IF NOT coalesce(marquee.ticket_type_sellable(v_type, p_event_id, NULL), false) THEN
                RAISE EXCEPTION 'ticket type % is not available here', v_line ->> 'ticket_type' USING ERRCODE = 'MQ021';
            END IF;
            FOR v_i IN 1 .. (v_line ->> 'quantity')::integer LOOP
                v_item_types := v_item_types || v_type.id;
                v_item_prices := v_item_prices || CASE WHEN p_payment_method = 'complimentary' THEN 0 ELSE v_type.price END;
                v_item_seats := v_item_seats || NULL::bigint;
            END LOOP;
        END LOOP;
    END IF;
    SELECT coalesce(sum(p), 0) INTO v_total FROM unnest(v_item_prices) p;

    IF p_reserve THEN
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
        SELECT coalesce(sum(b.quantity), 0) INTO v_count FROM marquee.bookings b
         WHERE b.user_id = v_user_id AND b.event_id = p_event_id
           AND (b.status = 'confirmed' OR (b.status = 'reserved' AND b.expires_at > v_now));
        IF v_count + v_quantity > v_limits.tickets_per_customer_event THEN
            RAISE EXCEPTION 'at most % tickets per customer for this event', v_limits.tickets_per_customer_event
                USING ERRCODE = 'MQ014';
        END IF;
    END IF;

    -- A kiosk login holds at most so many seats of an event in live reservations (and, seated, holds).
    IF p_reserve AND v_group = 'marquee_kiosk' THEN
        PERFORM marquee.check_kiosk_cap(v_event, CASE WHEN v_seated THEN v_item_seats END, v_quantity);
    END IF;

    LOOP
        v_reference := marquee.new_booking_reference();
        INSERT INTO marquee.bookings AS b (user_id, event_id, quantity, total_amount, payment_method, idempotency_key,
                                           reference, customer_name, status, expires_at, paid_at, paid_by, order_lines)
            VALUES (v_user_id, p_event_id, v_quantity, v_total, p_payment_method, p_idempotency_key, v_reference, v_name,
                    CASE WHEN p_reserve THEN 'reserved' ELSE 'confirmed' END, v_expires,
                    CASE WHEN p_reserve THEN NULL ELSE v_now END, CASE WHEN p_reserve THEN NULL ELSE session_user END,
                    p_lines)
            ON CONFLICT DO NOTHING
            RETURNING b.id INTO v_booking_id;
        EXIT WHEN v_booking_id IS NOT NULL;
        v_booking_id := marquee.retried_order(p_idempotency_key, p_event_id, p_lines, v_quantity, p_customer_phone,
                                              p_payment_method);
        IF v_booking_id IS NOT NULL THEN
            RETURN QUERY SELECT * FROM marquee.booking_result(v_booking_id);
            RETURN;
        END IF;
    END LOOP;

    -- Codes are random; a clash with an existing code is astronomically rare but simply drawn again.
    v_day := marquee.venue_day(v_now);
    FOR v_i IN 1 .. cardinality(v_item_types) LOOP
        LOOP
            INSERT INTO marquee.tickets (booking_id, code, ticket_type_id, price, seat_id)
            VALUES (v_booking_id, marquee.new_ticket_code(v_day), v_item_types[v_i], v_item_prices[v_i], v_item_seats[v_i])
            ON CONFLICT (code) DO NOTHING
            RETURNING tickets.code INTO v_code;
            EXIT WHEN v_code IS NOT NULL;
        END LOOP;
        v_codes := v_codes || v_code;
        v_code := NULL;
    END LOOP;

    -- 2. The contended part, last.
    IF v_seated THEN
        -- Each seat's own row, in seat order (overlapping orders queue, never deadlock): free, or held by this
        -- order's token, or held or reserved by someone whose time is up.
        PERFORM 1 FROM marquee.event_seats es WHERE es.event_id = p_event_id AND es.seat_id = ANY (v_item_seats)
          ORDER BY es.seat_id FOR UPDATE;
        UPDATE marquee.event_seats es
           SET state = 'booked', booking_id = v_booking_id, ticket_id = t.id, hold_token = NULL, held_until = NULL,
               reserved_until = v_expires
          FROM marquee.tickets t
         WHERE t.booking_id = v_booking_id AND es.event_id = p_event_id AND es.seat_id = t.seat_id
           AND (es.state = 'free'
                OR (es.state = 'held' AND (es.held_until <= v_now OR (p_hold_token IS NOT NULL AND es.hold_token = p_hold_token)))
                OR (es.state = 'booked' AND es.reserved_until <= v_now));
        GET DIAGNOSTICS v_count = ROW_COUNT;
        IF v_count < v_quantity THEN
            RAISE EXCEPTION 'a seat is not available' USING ERRCODE = 'MQ016';
        END IF;
        -- The event was cancelled or closed meanwhile (a cancellation locks the seats first: see the header).
        -- A new statement, a new snapshot.
        SELECT e.status INTO v_event_status FROM marquee.events e WHERE e.id = p_event_id;
        IF v_event_status <> 'active' OR v_event.starts_at + v_late <= clock_timestamp() THEN
            RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
        END IF;
    ELSE
        LOOP
            IF p_reserve THEN
                UPDATE marquee.events e
                   SET tickets_reserved = e.tickets_reserved + v_quantity,
                       next_expiry = least(e.next_expiry, v_expires)
                 WHERE e.id = p_event_id AND e.status = 'active' AND e.starts_at > v_now
                   AND e.tickets_sold + e.tickets_reserved + v_quantity <= e.capacity
                RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now),
                          e.status INTO v_remaining, v_event_status;
            ELSE
                UPDATE marquee.events e
                   SET tickets_sold = e.tickets_sold + v_quantity,
                       revenue = e.revenue + v_total,
                       bookings_count = e.bookings_count + 1
                 WHERE e.id = p_event_id AND e.status = 'active' AND e.starts_at + v_late > v_now
                   AND e.tickets_sold + e.tickets_reserved + v_quantity <= e.capacity
                RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now),
                          e.status INTO v_remaining, v_event_status;
            END IF;
            EXIT WHEN FOUND;
            SELECT * INTO v_event FROM marquee.events e WHERE e.id = p_event_id;
            IF NOT FOUND OR v_event.status <> 'active' OR v_event.starts_at + v_late <= v_now THEN
                RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
            END IF;
            IF v_swept OR v_event.next_expiry IS NULL OR v_event.next_expiry > v_now THEN
                RAISE EXCEPTION 'only % seats left',
                    v_event.capacity - v_event.tickets_sold
                    - marquee.live_reserved(v_event.id, v_event.tickets_reserved, v_event.next_expiry, v_now)
                    USING ERRCODE = 'MQ001';
            END IF;
            PERFORM marquee.release_expired_reservations(p_event_id, true);
            v_swept := true;
        END LOOP;
    END IF;

    -- Quotas, after the seats or the event's row (the lock order of every path). A type without one is never
    -- written. Reservations whose time is up may still hold places: released once (never waiting for the event's
    -- row: a seated order must not queue on it), then asked again.
    FOR v_quota IN SELECT x.type_id, count(*)::integer AS n FROM unnest(v_item_types) AS x(type_id)
                    GROUP BY x.type_id ORDER BY x.type_id LOOP
        UPDATE marquee.ticket_types t SET taken = t.taken + v_quota.n
         WHERE t.id = v_quota.type_id AND t.quota IS NOT NULL AND t.taken + v_quota.n <= t.quota;
        IF NOT FOUND AND EXISTS (SELECT 1 FROM marquee.ticket_types t WHERE t.id = v_quota.type_id AND t.quota IS NOT NULL) THEN
            PERFORM marquee.release_expired_reservations(p_event_id, false);
            UPDATE marquee.ticket_types t SET taken = t.taken + v_quota.n
             WHERE t.id = v_quota.type_id AND t.quota IS NOT NULL AND t.taken + v_quota.n <= t.quota;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'not enough tickets of type % left', v_quota.type_id USING ERRCODE = 'MQ025';
            END IF;
        END IF;
    END LOOP;

    IF v_seated THEN
        INSERT INTO marquee.event_tallies (event_id, sold, reserved, revenue, bookings, expires_at)
        VALUES (p_event_id, CASE WHEN p_reserve THEN 0 ELSE v_quantity END, CASE WHEN p_reserve THEN v_quantity ELSE 0 END,
                CASE WHEN p_reserve THEN 0 ELSE v_total END, CASE WHEN p_reserve THEN 0 ELSE 1 END, v_expires);
        SELECT l.remaining, l.status INTO v_remaining, v_event_status FROM marquee.event_listing l WHERE l.id = p_event_id;
        IF NOT marquee.defer_notify() THEN
            PERFORM marquee.notify_availability(p_event_id, v_remaining, v_event_status);
            PERFORM marquee.notify_seats(p_event_id, v_seat_guids);
        END IF;
    ELSIF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(p_event_id, v_remaining, v_event_status);
    END IF;
    RETURN QUERY SELECT v_booking_id, v_reference, v_total, v_codes, v_remaining,
                        CASE WHEN p_reserve THEN 'reserved' ELSE 'confirmed' END, v_expires;
END;
$$;

-- 0011's place_booking, now the one-type shortcut of place_order: the event's first type (lowest sort order).
-- On a seated event it sells the best available block of that many adjacent seats of the type's category (any
-- seat when the type has none), as hold_best_available chooses them, so a terminal that only knows quantities
-- still sells seats, each ticket naming its seat. A block taken meanwhile is looked for again (a few times). A
-- retry with the same key is answered with the booking it made (its lines as stored), whichever seats those were.
CREATE OR REPLACE FUNCTION marquee.place_booking(
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
    v_type marquee.ticket_types%ROWTYPE;
    v_plan bigint;
    v_lines jsonb;
    v_block bigint[];
    v_tries integer := 0;
BEGIN
    IF p_idempotency_key IS NULL THEN
        RAISE EXCEPTION 'an idempotency key is required' USING ERRCODE = 'MQ003';
    END IF;
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        RAISE EXCEPTION 'quantity must be at least 1' USING ERRCODE = 'MQ003';
    END IF;
    SELECT t.* INTO v_type FROM marquee.ticket_types t WHERE t.event_id = p_event_id
     ORDER BY t.sort_order, t.id LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'event % is not on sale', p_event_id USING ERRCODE = 'MQ002';
    END IF;
    SELECT e.seating_plan_id INTO v_plan FROM marquee.events e WHERE e.id = p_event_id;
    IF v_plan IS NULL THEN
        RETURN QUERY SELECT * FROM marquee.place_order(p_event_id,
            jsonb_build_array(jsonb_build_object('ticket_type', v_type.id, 'quantity', p_quantity)),
            p_customer_name, p_customer_phone, p_idempotency_key, p_payment_method, p_reserve, NULL, p_expires_at);
        RETURN;
    END IF;
    -- Seated. A booking this key already made is the answer (place_order compares everything else).
    SELECT b.order_lines INTO v_lines FROM marquee.bookings b
     WHERE b.idempotency_key = p_idempotency_key AND b.order_lines IS NOT NULL;
    IF FOUND THEN
        RETURN QUERY SELECT * FROM marquee.place_order(p_event_id, v_lines, p_customer_name, p_customer_phone,
            p_idempotency_key, p_payment_method, p_reserve, NULL, p_expires_at);
        RETURN;
    END IF;
    LOOP
        v_block := marquee.best_seat_block(p_event_id, v_plan, v_type.seat_category, p_quantity);
        IF v_block IS NULL THEN
            RAISE EXCEPTION 'no % adjacent seats left', p_quantity USING ERRCODE = 'MQ001';
        END IF;
        SELECT jsonb_agg(jsonb_build_object('seat', s.seat_guid, 'ticket_type', v_type.id) ORDER BY s.seat_guid)
          INTO v_lines FROM marquee.seating_seats s WHERE s.id = ANY (v_block);
        BEGIN
            RETURN QUERY SELECT * FROM marquee.place_order(p_event_id, v_lines, p_customer_name, p_customer_phone,
                p_idempotency_key, p_payment_method, p_reserve, NULL, p_expires_at);
            RETURN;
        EXCEPTION WHEN SQLSTATE 'MQ016' THEN
            -- Another terminal took one of them between our look and our update: look again.
            v_tries := v_tries + 1;
            IF v_tries >= 3 THEN
                RAISE;
            END IF;
        END;
    END LOOP;
END;
$$;

-- What terminals call for an order. A kiosk's order is a reservation; the box office's and an admin's a sale.
CREATE FUNCTION marquee.book_order(
    p_event_id bigint,
    p_lines jsonb,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text DEFAULT 'cash',
    p_hold_token uuid DEFAULT NULL)
RETURNS TABLE (booking_id bigint, reference text, total_amount numeric, ticket_codes text[], remaining integer,
               status text, expires_at timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT * FROM marquee.place_order(p_event_id, marquee.canonical_order_lines(p_lines), p_customer_name,
                                      p_customer_phone, p_idempotency_key, p_payment_method,
                                      marquee.session_group() IS NOT DISTINCT FROM 'marquee_kiosk', p_hold_token)
$$;

-- ---------------------------------------------------------------------------------------------
-- 8. Rights.

REVOKE ALL ON marquee.event_seats, marquee.seat_holds, marquee.event_tallies FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.seat_map(bigint) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.hold_seats(bigint, text[], uuid, integer) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.extend_hold(uuid, integer) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.hold_best_available(bigint, text, integer, uuid, integer) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.release_hold(uuid) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.book_order(bigint, jsonb, text, text, uuid, text, uuid) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.set_house_holds(bigint, text[], boolean) TO marquee_admin;
-- 0011's grants again (REVOKE above took everything from PUBLIC; named grants stay, these are for safety).
GRANT EXECUTE ON FUNCTION marquee.book_tickets(bigint, integer, text, text, uuid, text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.event_availability(bigint[]) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.announce_availability(bigint[]) TO marquee_kiosk;
GRANT INSERT (seating_plan_id), UPDATE (seating_plan_id) ON marquee.events TO marquee_admin;
