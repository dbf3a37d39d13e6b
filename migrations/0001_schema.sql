-- Marquee schema: the four tables every terminal and tool agrees on.
-- Money is numeric (exact), time is timestamptz, and updated_at belongs to the database.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA IF NOT EXISTS marquee;

CREATE FUNCTION marquee.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- People who hold tickets. Staff sign in with their own database logins (see 0003);
-- a row here is the person a booking belongs to, found again by phone.
CREATE TABLE marquee.users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    phone       text NOT NULL,
    role        text NOT NULL DEFAULT 'customer',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_name_not_empty CHECK (btrim(name) <> ''),
    CONSTRAINT users_name_length CHECK (char_length(name) <= 100),
    -- Stored normalised: optional leading +, then 6 to 20 digits (spaces and dashes are removed on the way in).
    CONSTRAINT users_phone_format CHECK (phone ~ '^\+?[0-9]{6,20}$'),
    CONSTRAINT users_role_valid CHECK (role IN ('customer', 'box_office', 'admin')),
    CONSTRAINT users_phone_unique UNIQUE (phone)
);

CREATE TABLE marquee.events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text NOT NULL,
    description     text NOT NULL DEFAULT '',
    venue           text NOT NULL,
    starts_at       timestamptz NOT NULL,
    capacity        integer NOT NULL,
    price           numeric(10,2) NOT NULL,
    status          text NOT NULL DEFAULT 'active',
    max_tickets_per_booking integer NOT NULL DEFAULT 10,
    -- Statistics kept by the database from confirmed bookings only (book_tickets / cancel_booking).
    tickets_sold    integer NOT NULL DEFAULT 0,
    revenue         numeric(12,2) NOT NULL DEFAULT 0,
    bookings_count  integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_title_not_empty CHECK (btrim(title) <> ''),
    CONSTRAINT events_title_length CHECK (char_length(title) <= 200),
    CONSTRAINT events_venue_not_empty CHECK (btrim(venue) <> ''),
    CONSTRAINT events_venue_length CHECK (char_length(venue) <= 200),
    CONSTRAINT events_description_length CHECK (char_length(description) <= 5000),
    CONSTRAINT events_capacity_positive CHECK (capacity > 0),
    CONSTRAINT events_price_not_negative CHECK (price >= 0),
    CONSTRAINT events_status_valid CHECK (status IN ('active', 'cancelled', 'completed')),
    CONSTRAINT events_max_per_booking_positive CHECK (max_tickets_per_booking > 0),
    CONSTRAINT events_sold_within_capacity CHECK (tickets_sold >= 0 AND tickets_sold <= capacity),
    CONSTRAINT events_revenue_not_negative CHECK (revenue >= 0),
    CONSTRAINT events_bookings_not_negative CHECK (bookings_count >= 0)
);

CREATE TABLE marquee.bookings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         bigint NOT NULL REFERENCES marquee.users (id),
    -- Deferred on purpose: checked at commit, after book_tickets already holds the event row.
    -- An immediate check would take a KEY SHARE lock on the hottest row of the database
    -- before the seat update, turning every concurrent booking into a multixact on that row.
    event_id        bigint NOT NULL REFERENCES marquee.events (id) DEFERRABLE INITIALLY DEFERRED,
    quantity        integer NOT NULL,
    total_amount    numeric(12,2) NOT NULL,
    status          text NOT NULL DEFAULT 'confirmed',
    payment_method  text NOT NULL DEFAULT 'cash',
    idempotency_key uuid NOT NULL,
    sold_by         text NOT NULL DEFAULT session_user,
    booked_at       timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT bookings_quantity_positive CHECK (quantity > 0),
    CONSTRAINT bookings_total_not_negative CHECK (total_amount >= 0),
    CONSTRAINT bookings_status_valid CHECK (status IN ('confirmed', 'cancelled')),
    CONSTRAINT bookings_payment_method_valid CHECK (payment_method IN ('cash', 'card', 'complimentary')),
    CONSTRAINT bookings_idempotency_key_unique UNIQUE (idempotency_key)
);

CREATE TABLE marquee.tickets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id  bigint NOT NULL REFERENCES marquee.bookings (id),
    code        text NOT NULL,
    status      text NOT NULL DEFAULT 'active',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tickets_code_format CHECK (code ~ '^TKT-[0-9]{8}-[A-Z0-9]{8}$'),
    CONSTRAINT tickets_status_valid CHECK (status IN ('active', 'cancelled', 'used')),
    CONSTRAINT tickets_code_unique UNIQUE (code)
);

CREATE TRIGGER users_touch BEFORE UPDATE ON marquee.users
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER events_touch BEFORE UPDATE ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER bookings_touch BEFORE UPDATE ON marquee.bookings
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER tickets_touch BEFORE UPDATE ON marquee.tickets
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();

-- A new event must start in the future; past events may only be recorded as completed history.
CREATE FUNCTION marquee.check_new_event_starts_in_future() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.starts_at <= now() AND NEW.status <> 'completed' THEN
        RAISE EXCEPTION 'new row for relation "events" violates check constraint "events_starts_in_future"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'events_starts_in_future',
                  SCHEMA = 'marquee', TABLE = 'events', COLUMN = 'starts_at';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_starts_in_future BEFORE INSERT ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.check_new_event_starts_in_future();

-- Partial-match search on title and venue ("jazz", "hall") without a sequential scan.
CREATE INDEX events_title_trgm ON marquee.events USING gin (title gin_trgm_ops);
CREATE INDEX events_venue_trgm ON marquee.events USING gin (venue gin_trgm_ops);
CREATE INDEX events_starts_at ON marquee.events (starts_at, id);
CREATE INDEX events_status_starts_at ON marquee.events (status, starts_at);
CREATE INDEX bookings_event ON marquee.bookings (event_id, booked_at);
CREATE INDEX bookings_user ON marquee.bookings (user_id, booked_at);
CREATE INDEX tickets_booking ON marquee.tickets (booking_id);
CREATE INDEX users_name_trgm ON marquee.users USING gin (name gin_trgm_ops);
