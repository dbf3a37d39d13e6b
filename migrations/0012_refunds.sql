-- Cancelled events void their tickets and list what must be paid back; a cancelled booking records its
-- refund the same way (issue #11).
--
--   MQ024 no refund is due: no such refund, or it has already been given
--
-- A refund is owed for a paid booking (cash or card, more than 0): nothing for a complimentary booking or
-- an unpaid reservation. It is recorded as due where the booking stops counting, in the same transaction:
-- by cancel_booking, and by the cancellation of its event however that arrives (the admin view, or
-- `UPDATE marquee.events SET status = 'cancelled'` from psql: a trigger). Staff mark it given (how, by
-- whom, when) with mark_refunded; nobody writes the table otherwise. Never more than was paid: one refund
-- per booking, of at most its total, checked by a trigger whoever writes the row.

CREATE TABLE marquee.refunds (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id      bigint NOT NULL REFERENCES marquee.bookings (id),
    event_id        bigint NOT NULL REFERENCES marquee.events (id),
    reason          text NOT NULL,
    amount          numeric(12,2) NOT NULL,
    paid_method     text NOT NULL,                -- how the customer paid
    due_since       timestamptz NOT NULL DEFAULT now(),
    recorded_by     text NOT NULL DEFAULT session_user,
    refunded_at     timestamptz,
    refunded_by     text,
    refund_method   text,                          -- how it was given back
    note            text NOT NULL DEFAULT '',
    CONSTRAINT refunds_one_per_booking UNIQUE (booking_id),
    CONSTRAINT refunds_reason_valid CHECK (reason IN ('event_cancelled', 'booking_cancelled')),
    CONSTRAINT refunds_amount_positive CHECK (amount > 0),
    CONSTRAINT refunds_paid_method_valid CHECK (paid_method IN ('cash', 'card')),
    CONSTRAINT refunds_refund_method_valid CHECK (refund_method IN ('cash', 'card', 'transfer')),
    CONSTRAINT refunds_given_complete CHECK ((refunded_at IS NULL) = (refunded_by IS NULL)
                                             AND (refunded_at IS NULL) = (refund_method IS NULL)),
    CONSTRAINT refunds_note_length CHECK (char_length(note) <= 500),
    CONSTRAINT refunds_note_clean CHECK (marquee.is_clean_text(note))
);
CREATE INDEX refunds_due ON marquee.refunds (due_since, id) WHERE refunded_at IS NULL;
CREATE INDEX refunds_event ON marquee.refunds (event_id, id);
CREATE TRIGGER refunds_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.refunds
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');

-- Never more than was paid, for whoever writes the row (the owner included).
CREATE FUNCTION marquee.check_refund_within_payment() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_booking marquee.bookings%ROWTYPE;
BEGIN
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = NEW.booking_id;
    IF v_booking.paid_at IS NULL OR v_booking.payment_method NOT IN ('cash', 'card')
       OR NEW.amount > v_booking.total_amount OR NEW.event_id <> v_booking.event_id THEN
        RAISE EXCEPTION 'new row for relation "refunds" violates check constraint "refunds_within_payment"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_within_payment',
                  SCHEMA = 'marquee', TABLE = 'refunds', COLUMN = 'amount';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER refunds_within_payment BEFORE INSERT OR UPDATE OF booking_id, event_id, amount ON marquee.refunds
    FOR EACH ROW EXECUTE FUNCTION marquee.check_refund_within_payment();

-- Staff read them: admins list every refund, the desk sees a booking's when a customer comes for it.
-- Kiosks do not.
GRANT SELECT ON marquee.refunds TO marquee_box_office;

-- ---------------------------------------------------------------------------------------------
-- The cancellation of an event wins over everything else. Before the row changes (the event's row is
-- then held, so no booking of it can commit meanwhile and a booking waiting for it finds the event not
-- on sale): its confirmed bookings, checked-in ones too, become refund_due with their refunds recorded;
-- its reservations are released; its tickets are cancelled; and the statistics that count confirmed
-- bookings and live reservations drop to 0. A cancelled event stays cancelled.
CREATE FUNCTION marquee.void_cancelled_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF OLD.status = 'cancelled' THEN
        RAISE EXCEPTION 'new row for relation "events" violates check constraint "events_cancellation_final"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'events_cancellation_final',
                  SCHEMA = 'marquee', TABLE = 'events', COLUMN = 'status';
    END IF;
    UPDATE marquee.bookings b SET status = 'refund_due' WHERE b.event_id = NEW.id AND b.status = 'confirmed';
    INSERT INTO marquee.refunds (booking_id, event_id, reason, amount, paid_method)
    SELECT b.id, b.event_id, 'event_cancelled', b.total_amount, b.payment_method
      FROM marquee.bookings b
     WHERE b.event_id = NEW.id AND b.status = 'refund_due' AND b.total_amount > 0
       AND b.payment_method IN ('cash', 'card')
       AND NOT EXISTS (SELECT 1 FROM marquee.refunds r WHERE r.booking_id = b.id);
    UPDATE marquee.bookings b SET status = 'cancelled' WHERE b.event_id = NEW.id AND b.status = 'reserved';
    UPDATE marquee.tickets t SET status = 'cancelled'
      FROM marquee.bookings b WHERE b.event_id = NEW.id AND t.booking_id = b.id AND t.status = 'active';
    NEW.tickets_sold := 0;
    NEW.revenue := 0;
    NEW.bookings_count := 0;
    NEW.tickets_reserved := 0;
    NEW.next_expiry := NULL;
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_cancelled BEFORE UPDATE OF status ON marquee.events
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status AND (OLD.status = 'cancelled' OR NEW.status = 'cancelled'))
    EXECUTE FUNCTION marquee.void_cancelled_event();

-- Events cancelled before this migration: their bookings get the same treatment now. (The trigger fires
-- only on a change of status, so this does it by hand, with the same statements.)
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT e.id FROM marquee.events e WHERE e.status = 'cancelled' LOOP
        UPDATE marquee.bookings b SET status = 'refund_due' WHERE b.event_id = r.id AND b.status = 'confirmed';
        INSERT INTO marquee.refunds (booking_id, event_id, reason, amount, paid_method)
        SELECT b.id, b.event_id, 'event_cancelled', b.total_amount, b.payment_method
          FROM marquee.bookings b
         WHERE b.event_id = r.id AND b.status = 'refund_due' AND b.total_amount > 0 AND b.payment_method IN ('cash', 'card')
           AND NOT EXISTS (SELECT 1 FROM marquee.refunds x WHERE x.booking_id = b.id);
        UPDATE marquee.tickets t SET status = 'cancelled'
          FROM marquee.bookings b WHERE b.event_id = r.id AND t.booking_id = b.id AND t.status = 'active';
        UPDATE marquee.events e SET tickets_sold = 0, revenue = 0, bookings_count = 0, tickets_reserved = 0, next_expiry = NULL
         WHERE e.id = r.id;
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Cancelling a booking: a confirmed one (sold or paid) is cancelled with its refund recorded as due, the
-- amount and method to give back in the answer (NULL: nothing to give back, e.g. complimentary); a
-- reservation is released (nothing was paid). The event's row first, then the booking's.
-- Result columns appended to 0006's (their positions stay): refund_id, refund_amount, refund_method.
DROP FUNCTION marquee.cancel_booking(bigint);
CREATE FUNCTION marquee.cancel_booking(p_booking_id bigint)
RETURNS TABLE (booking_id bigint, event_id bigint, released integer, remaining integer,
               refund_id bigint, refund_amount numeric, refund_method text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_now constant timestamptz := clock_timestamp();
    v_booking marquee.bookings%ROWTYPE;
    v_event_id bigint;
    v_starts_at timestamptz;
    v_remaining integer;
    v_status text;
    v_refund marquee.refunds%ROWTYPE;
BEGIN
    SELECT b.event_id INTO v_event_id FROM marquee.bookings b WHERE b.id = p_booking_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'booking % not found or already cancelled', p_booking_id USING ERRCODE = 'MQ005';
    END IF;
    SELECT e.starts_at INTO v_starts_at FROM marquee.events e WHERE e.id = v_event_id FOR NO KEY UPDATE;
    SELECT * INTO v_booking FROM marquee.bookings b WHERE b.id = p_booking_id FOR UPDATE;
    IF v_booking.status NOT IN ('confirmed', 'reserved') THEN
        RAISE EXCEPTION 'booking % not found or already cancelled', p_booking_id USING ERRCODE = 'MQ005';
    END IF;
    IF v_starts_at <= v_now AND marquee.session_group() NOT IN ('owner', 'marquee_admin') THEN
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

    IF v_booking.status = 'reserved' THEN
        UPDATE marquee.events e SET tickets_reserved = e.tickets_reserved - v_booking.quantity
         WHERE e.id = v_booking.event_id
        RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now), e.status
          INTO v_remaining, v_status;
    ELSE
        UPDATE marquee.events e
           SET tickets_sold = e.tickets_sold - v_booking.quantity,
               revenue = e.revenue - v_booking.total_amount,
               bookings_count = e.bookings_count - 1
         WHERE e.id = v_booking.event_id
        RETURNING e.capacity - e.tickets_sold - marquee.live_reserved(e.id, e.tickets_reserved, e.next_expiry, v_now), e.status
          INTO v_remaining, v_status;
        IF v_booking.total_amount > 0 AND v_booking.payment_method IN ('cash', 'card') THEN
            INSERT INTO marquee.refunds (booking_id, event_id, reason, amount, paid_method)
                VALUES (v_booking.id, v_booking.event_id, 'booking_cancelled', v_booking.total_amount, v_booking.payment_method)
            RETURNING * INTO v_refund;
        END IF;
    END IF;

    IF NOT marquee.defer_notify() THEN
        PERFORM marquee.notify_availability(v_booking.event_id, v_remaining, v_status);
    END IF;
    RETURN QUERY SELECT v_booking.id, v_booking.event_id, v_booking.quantity, v_remaining,
                        v_refund.id, v_refund.amount, v_refund.paid_method;
END;
$$;

-- Staff mark a refund given: how (cash, card, transfer), by whom (this login), when (now), with an
-- optional note. The same call again by the same login with the same method (a retry after a lost
-- answer) returns it unchanged; given already otherwise, or no such refund: MQ024. MQ003 an unknown
-- method; 23514 refunds_note_length / refunds_note_clean a note too long or with hidden characters.
CREATE FUNCTION marquee.mark_refunded(p_refund_id bigint, p_refund_method text, p_note text DEFAULT '')
RETURNS TABLE (refund_id bigint, booking_id bigint, amount numeric, refund_method text, refunded_at timestamptz,
               refunded_by text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_refund marquee.refunds%ROWTYPE;
BEGIN
    IF coalesce(p_refund_method, '') NOT IN ('cash', 'card', 'transfer') THEN
        RAISE EXCEPTION 'a refund is given by cash, card or transfer' USING ERRCODE = 'MQ003';
    END IF;
    SELECT * INTO v_refund FROM marquee.refunds r WHERE r.id = p_refund_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no refund %', p_refund_id USING ERRCODE = 'MQ024';
    END IF;
    IF v_refund.refunded_at IS NOT NULL THEN
        IF v_refund.refunded_by = session_user AND v_refund.refund_method = p_refund_method THEN
            RETURN QUERY SELECT v_refund.id, v_refund.booking_id, v_refund.amount, v_refund.refund_method,
                                v_refund.refunded_at, v_refund.refunded_by;
            RETURN;
        END IF;
        RAISE EXCEPTION 'refund % was already given', p_refund_id USING ERRCODE = 'MQ024';
    END IF;
    RETURN QUERY
        UPDATE marquee.refunds r
           SET refunded_at = clock_timestamp(), refunded_by = session_user, refund_method = p_refund_method,
               note = btrim(coalesce(p_note, ''))
         WHERE r.id = p_refund_id
        RETURNING r.id, r.booking_id, r.amount, r.refund_method, r.refunded_at, r.refunded_by;
END;
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA marquee FROM PUBLIC;
GRANT SELECT ON marquee.refunds TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.cancel_booking(bigint) TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.mark_refunded(bigint, text, text) TO marquee_box_office;
