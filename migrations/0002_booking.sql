-- The booking transaction, made entirely inside the database in one round trip.
--
-- Errors carry their own SQLSTATE so every terminal can say exactly what happened in the user's language:
--   MQ001 not enough seats left            MQ002 event not on sale (cancelled, completed, started, unknown)
--   MQ003 invalid quantity                 MQ004 invalid customer (name, phone)
--   MQ005 booking not found or already cancelled  MQ009 booking has checked-in tickets (cannot be cancelled)

-- Spaces and dashes are for people; the stored phone is '+'? followed by digits.
CREATE FUNCTION marquee.normalize_phone(p_phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_phone IS NULL THEN NULL
                ELSE regexp_replace(btrim(p_phone), '[ -]', '', 'g') END
$$;

CREATE FUNCTION marquee.is_valid_phone(p_phone text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_phone IS NOT NULL
       AND char_length(p_phone) <= 64
       AND btrim(p_phone) ~ '^\+?[0-9 -]+$'
       AND marquee.normalize_phone(p_phone) ~ '^\+?[0-9]{6,20}$'
$$;

-- 8 characters from A-Z and 0-9 drawn from the server's cryptographic random source (gen_random_uuid).
-- Unguessable and never sequential; rejection sampling keeps every character equally likely.
CREATE FUNCTION marquee.new_ticket_code() RETURNS text
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
    RETURN 'TKT-' || to_char(now(), 'YYYYMMDD') || '-' || v_code;
END;
$$;

-- The availability hint sent to every listening terminal. The payload is small and only a hint:
-- listeners re-read the numbers from event_availability().
CREATE FUNCTION marquee.notify_availability(p_event_id bigint, p_remaining integer, p_status text) RETURNS void
LANGUAGE sql AS $$
    SELECT pg_notify('marquee_availability',
                     json_build_object('event_id', p_event_id, 'remaining', p_remaining, 'status', p_status)::text)
$$;

-- Sends the hint for events after a commit, from the committed rows. Marquee's own booking terminals
-- call it right after book_tickets committed (see defer_notify below), so the notification's commit
-- lock is never held together with a booking's commit. Its own commit need not wait for the disk:
-- a lost hint is harmless, listeners reconcile.
CREATE FUNCTION marquee.announce_availability(p_event_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    FOR r IN SELECT e.id, e.capacity - e.tickets_sold AS remaining, e.status
               FROM marquee.events e WHERE e.id = ANY (p_event_ids) ORDER BY e.id LOOP
        PERFORM marquee.notify_availability(r.id, r.remaining, r.status);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

-- Whether this session promised to announce availability itself right after its commit.
-- Any other session (psql, a script, another tool) gets the NOTIFY inside its own transaction,
-- so every committed change is announced whoever makes it.
CREATE FUNCTION marquee.defer_notify() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('marquee.notify_after_commit', true), '') IN ('on', 'true', '1')
$$;

CREATE FUNCTION marquee.book_tickets(
    p_event_id bigint,
    p_quantity integer,
    p_customer_name text,
    p_customer_phone text,
    p_idempotency_key uuid,
    p_payment_method text DEFAULT 'cash')
RETURNS TABLE (booking_id bigint, total_amount numeric, ticket_codes text[], remaining integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_event marquee.events%ROWTYPE;
    v_phone text;
    v_name text;
    v_user_id bigint;
    v_booking_id bigint;
    v_total numeric(12,2);
    v_codes text[];
    v_remaining integer;
    v_missing integer;
    v_status text;
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
    SELECT b.id INTO v_booking_id FROM marquee.bookings b WHERE b.idempotency_key = p_idempotency_key;
    IF FOUND THEN
        RETURN QUERY SELECT * FROM marquee.booking_result(v_booking_id);
        RETURN;
    END IF;

    v_name := btrim(coalesce(p_customer_name, ''));
    IF v_name = '' OR char_length(v_name) > 100 THEN
        RAISE EXCEPTION 'customer name is empty or too long' USING ERRCODE = 'MQ004';
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

    -- Find the customer by phone, or create them. DO NOTHING takes no row lock on an existing customer.
    INSERT INTO marquee.users AS u (name, phone, role) VALUES (v_name, v_phone, 'customer')
        ON CONFLICT (phone) DO NOTHING RETURNING u.id INTO v_user_id;
    IF v_user_id IS NULL THEN
        SELECT u.id INTO v_user_id FROM marquee.users u WHERE u.phone = v_phone;
    END IF;

    INSERT INTO marquee.bookings AS b (user_id, event_id, quantity, total_amount, payment_method, idempotency_key)
        VALUES (v_user_id, p_event_id, p_quantity, v_total, p_payment_method, p_idempotency_key)
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING b.id INTO v_booking_id;
    IF v_booking_id IS NULL THEN
        -- The same key committed concurrently (ON CONFLICT waited for it): that booking is the answer.
        SELECT b.id INTO v_booking_id FROM marquee.bookings b WHERE b.idempotency_key = p_idempotency_key;
        RETURN QUERY SELECT * FROM marquee.booking_result(v_booking_id);
        RETURN;
    END IF;

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
    RETURN QUERY SELECT v_booking_id, v_total, v_codes, v_remaining;
END;
$$;

-- What book_tickets returns for a booking that already exists (an idempotent retry).
CREATE FUNCTION marquee.booking_result(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, total_amount numeric, ticket_codes text[], remaining integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT b.id, b.total_amount,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           e.capacity - e.tickets_sold
      FROM marquee.bookings b JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = p_booking_id
$$;

CREATE FUNCTION marquee.cancel_booking(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, event_id bigint, released integer, remaining integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_booking marquee.bookings%ROWTYPE;
    v_remaining integer;
    v_status text;
BEGIN
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = p_booking_id FOR UPDATE;
    IF NOT FOUND OR v_booking.status <> 'confirmed' THEN
        RAISE EXCEPTION 'booking % not found or already cancelled', p_booking_id USING ERRCODE = 'MQ005';
    END IF;
    -- Someone already came in on this booking: its seats were used, they cannot go back on sale.
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

CREATE FUNCTION marquee.event_availability(p_event_ids bigint[] DEFAULT NULL)
RETURNS TABLE (event_id bigint, capacity integer, sold integer, remaining integer, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT e.id, e.capacity, e.tickets_sold, e.capacity - e.tickets_sold, e.status
      FROM marquee.events e
     WHERE (p_event_ids IS NULL AND e.status = 'active')
        OR e.id = ANY (p_event_ids)
     ORDER BY e.id
$$;

-- Event edits (capacity, status, time, price) and new events are announced inside their transaction:
-- they are rare, and the statistics-only updates made by bookings are filtered out by WHEN.
CREATE FUNCTION marquee.events_announce_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    PERFORM marquee.notify_availability(NEW.id, NEW.capacity - NEW.tickets_sold, NEW.status);
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_announce_insert AFTER INSERT ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.events_announce_change();
CREATE TRIGGER events_announce_update AFTER UPDATE ON marquee.events
    FOR EACH ROW
    WHEN (OLD.capacity IS DISTINCT FROM NEW.capacity OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.price IS DISTINCT FROM NEW.price
          OR OLD.title IS DISTINCT FROM NEW.title OR OLD.venue IS DISTINCT FROM NEW.venue)
    EXECUTE FUNCTION marquee.events_announce_change();
