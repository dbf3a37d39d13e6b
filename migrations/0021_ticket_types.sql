-- Ticket types (issue #14 §1): adult, child, concession, member… each event sells one or more types, each with
-- its own price and, if it has one, its own quota. An event always has at least one type; every event so far
-- gets one ("Standard") at today's price, and book_tickets stays the one-type shortcut (it sells the event's
-- first type: lowest sort order). The event's price is that first type's price: changing the event's price in
-- the admin form changes it too, so the form that exists keeps meaning what it says.
--
--   MQ021 the ticket type is not available to this request (inactive, of another event, not of the seat's
--         category, or box-office only and asked for by a kiosk)
--   MQ025 not enough tickets of this type left (its quota)
--
-- Quotas and the race. A type with a quota keeps `taken`: its tickets not cancelled (sold, reserved, used).
-- A booking raises it by a conditional UPDATE (taken + n <= quota), the same pattern that protects capacity,
-- and the CHECK (taken <= quota) is the last word; a ticket that is cancelled (a cancelled booking, an expired
-- reservation, a cancelled event) lowers it by a trigger. A type without a quota keeps no counter: its row is
-- never written by a sale, so bookings of different seats of one type never queue on it. When an admin sets a
-- quota, `taken` is counted from the tickets at that moment (BEFORE UPDATE).
-- Lock order: a general-admission booking takes the event's row, then the types'; a seated one the seats',
-- then the types' (0022); a cancellation the event's, the booking's, the seats', then the types'. Never the
-- other way round, so none of them deadlock.

CREATE TABLE marquee.ticket_types (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         bigint NOT NULL REFERENCES marquee.events (id) ON DELETE CASCADE,
    name             text NOT NULL,
    price            numeric(10,2) NOT NULL,
    quota            integer,            -- NULL: no limit of its own (the event's capacity still holds)
    seat_category    text,               -- seated events: the plan's category it sells; NULL: any seat
    sort_order       integer NOT NULL DEFAULT 0,
    active           boolean NOT NULL DEFAULT true,
    box_office_only  boolean NOT NULL DEFAULT false,   -- concessions where staff check ID: never at a kiosk
    taken            integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ticket_types_name_not_empty CHECK (btrim(name) <> ''),
    CONSTRAINT ticket_types_name_length CHECK (char_length(name) <= 100),
    CONSTRAINT ticket_types_name_clean CHECK (marquee.is_clean_text(name)),
    CONSTRAINT ticket_types_name_unique UNIQUE (event_id, name),
    CONSTRAINT ticket_types_price_not_negative CHECK (price >= 0),
    CONSTRAINT ticket_types_quota_not_negative CHECK (quota >= 0),
    CONSTRAINT ticket_types_category_length CHECK (char_length(seat_category) <= 200),
    CONSTRAINT ticket_types_taken_within_quota CHECK (taken >= 0 AND (quota IS NULL OR taken <= quota))
);
CREATE INDEX ticket_types_event ON marquee.ticket_types (event_id, sort_order, id);

CREATE TRIGGER ticket_types_touch BEFORE UPDATE ON marquee.ticket_types
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER ticket_types_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.ticket_types
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');

-- What each ticket is: its type and the price it was sold at (0 when complimentary); a seat for seated events
-- (0022). No foreign key to the type: checking it would lock the type's row on every sale (see above); types
-- are never deleted (nobody may), only made inactive.
ALTER TABLE marquee.tickets
    ADD COLUMN ticket_type_id bigint,
    ADD COLUMN price numeric(10,2),
    ADD CONSTRAINT tickets_price_not_negative CHECK (price >= 0);
CREATE INDEX tickets_ticket_type ON marquee.tickets (ticket_type_id) WHERE status <> 'cancelled';

-- The order as it was asked for, in a canonical form (0022): a retry with the same key must ask for the same
-- lines, compared as a set.
ALTER TABLE marquee.bookings ADD COLUMN order_lines jsonb;

-- Every event so far: one type at today's price, and its tickets are of that type at what was paid.
INSERT INTO marquee.ticket_types (event_id, name, price, sort_order)
SELECT e.id, 'Standard', e.price, 0 FROM marquee.events e ORDER BY e.id;
UPDATE marquee.tickets t
   SET ticket_type_id = tt.id,
       price = CASE WHEN b.payment_method = 'complimentary' THEN 0 ELSE round(b.total_amount / b.quantity, 2) END
  FROM marquee.bookings b, marquee.ticket_types tt
 WHERE b.id = t.booking_id AND tt.event_id = b.event_id;

-- A new event gets its first type from its price; the price follows the event's (the shortcut's) price.
CREATE FUNCTION marquee.events_first_ticket_type() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO marquee.ticket_types (event_id, name, price, sort_order) VALUES (NEW.id, 'Standard', NEW.price, 0);
    ELSE
        UPDATE marquee.ticket_types t SET price = NEW.price
         WHERE t.id = (SELECT x.id FROM marquee.ticket_types x WHERE x.event_id = NEW.id
                        ORDER BY x.sort_order, x.id LIMIT 1)
           AND t.price IS DISTINCT FROM NEW.price;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_first_ticket_type AFTER INSERT ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.events_first_ticket_type();
CREATE TRIGGER events_price_to_ticket_type AFTER UPDATE OF price ON marquee.events
    FOR EACH ROW WHEN (OLD.price IS DISTINCT FROM NEW.price)
    EXECUTE FUNCTION marquee.events_first_ticket_type();

-- A quota set (or changed) counts what is already taken; a type moved to another event is not a thing.
CREATE FUNCTION marquee.ticket_types_count_taken() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.event_id IS DISTINCT FROM OLD.event_id THEN
        RAISE EXCEPTION 'new row for relation "ticket_types" violates check constraint "ticket_types_event_fixed"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ticket_types_event_fixed', SCHEMA = 'marquee',
                  TABLE = 'ticket_types';
    END IF;
    IF NEW.quota IS NULL THEN
        NEW.taken := 0;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.taken := 0;
    ELSIF OLD.quota IS NULL THEN
        SELECT count(*) INTO NEW.taken FROM marquee.tickets t WHERE t.ticket_type_id = NEW.id AND t.status <> 'cancelled';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER ticket_types_count_taken BEFORE INSERT OR UPDATE OF quota, event_id ON marquee.ticket_types
    FOR EACH ROW EXECUTE FUNCTION marquee.ticket_types_count_taken();

-- At least one active type per event: the last one cannot be made inactive.
CREATE FUNCTION marquee.ticket_types_keep_one_active() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM marquee.ticket_types t WHERE t.event_id = NEW.event_id AND t.active) THEN
        RAISE EXCEPTION 'new row for relation "ticket_types" violates check constraint "ticket_types_one_active"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ticket_types_one_active', SCHEMA = 'marquee',
                  TABLE = 'ticket_types', COLUMN = 'active';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_types_keep_one_active AFTER UPDATE OF active ON marquee.ticket_types
    FOR EACH ROW WHEN (OLD.active AND NOT NEW.active)
    EXECUTE FUNCTION marquee.ticket_types_keep_one_active();

-- A cancelled ticket gives its place in its type's quota back.
CREATE FUNCTION marquee.tickets_release_quota() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    UPDATE marquee.ticket_types t SET taken = t.taken - 1
     WHERE t.id = NEW.ticket_type_id AND t.quota IS NOT NULL AND t.taken > 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tickets_release_quota AFTER UPDATE OF status ON marquee.tickets
    FOR EACH ROW WHEN (OLD.status <> 'cancelled' AND NEW.status = 'cancelled' AND NEW.ticket_type_id IS NOT NULL)
    EXECUTE FUNCTION marquee.tickets_release_quota();

-- An event's types as terminals list them: every group reads its event's types (the kiosk shows the ones it
-- may sell; the desk all active ones). Admins create and edit them in the event's form; nobody deletes one.
REVOKE ALL ON marquee.ticket_types FROM PUBLIC;
GRANT SELECT ON marquee.ticket_types TO marquee_kiosk;
GRANT INSERT (event_id, name, price, quota, seat_category, sort_order, active, box_office_only),
      UPDATE (name, price, quota, seat_category, sort_order, active, box_office_only)
   ON marquee.ticket_types TO marquee_admin;
REVOKE ALL ON FUNCTION marquee.events_first_ticket_type() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.ticket_types_count_taken() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.ticket_types_keep_one_active() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.tickets_release_quota() FROM PUBLIC;
