-- Shifts and cash-up at the box office (issue #15 §1); the desk's gap-free receipt numbers (§2).
--
--   MQ017 a cash sale (or a cash payment of a reservation, or a cash refund) by a box-office login that has
--         no open shift
--   MQ030 this login already has an open shift
--   MQ031 no open shift (to close, to open the drawer in), or the shift is already closed
--   MQ032 a float or counted cash that is not an amount of money (missing, negative, more than 2 decimals)
--
-- A box-office login opens a shift with its opening float before its first cash sale, and closes it by
-- entering the cash it counted. Whatever it sells, collects (paid reservations) and pays back while the
-- shift is open belongs to that shift: the booking's shift_id is set where the booking is paid, the
-- refund's where it is given back (and where it was recorded). Both are set by triggers here, so every path
-- that pays (book_tickets, pay_reservation, mark_refunded, and any later function) is covered without
-- rewriting those functions, and a hostile terminal cannot attach its sale to someone else's shift.
-- Card sales outside a shift are allowed: shift_id NULL, reported as "no shift". Admins and the owner sell
-- without a shift (they are not a desk's till).
--
-- The figures at close (close_shift's contract):
--   cash_sales / card_sales  what the shift took for sales: the totals of the bookings it sold or collected,
--                            cancelled later or not (a later cancellation's refund counts where it is paid out)
--   cash_refunds / card_refunds  refunds the shift paid out (mark_refunded), by how they were given
--                            (a transfer leaves no till and counts in neither)
--   expected_cash = opening_float + cash_sales - cash_refunds;  variance = counted_cash - expected_cash
--   bookings, tickets        the shift's sales, complimentary ones included (at 0)
-- Closing is final; the figures are stored on the shift as they were at close.

-- ---------------------------------------------------------------------------------------------
-- 1. Shifts.

CREATE TABLE marquee.shifts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login           text NOT NULL DEFAULT session_user,
    desk            text NOT NULL,
    opening_float   numeric(12,2) NOT NULL,
    opened_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    closed_at       timestamptz,
    closed_by       text,
    force_closed    boolean NOT NULL DEFAULT false,
    counted_cash    numeric(12,2),
    cash_sales      numeric(12,2),
    card_sales      numeric(12,2),
    cash_refunds    numeric(12,2),
    card_refunds    numeric(12,2),
    expected_cash   numeric(12,2),
    variance        numeric(12,2),
    bookings        integer,
    tickets         integer,
    CONSTRAINT shifts_float_not_negative CHECK (opening_float >= 0),
    CONSTRAINT shifts_counted_not_negative CHECK (counted_cash >= 0),
    CONSTRAINT shifts_desk_valid CHECK (char_length(desk) BETWEEN 1 AND 60 AND marquee.is_clean_text(desk)),
    CONSTRAINT shifts_closed_complete CHECK ((closed_at IS NULL) = (closed_by IS NULL)
                                             AND (closed_at IS NULL) = (expected_cash IS NULL)),
    CONSTRAINT shifts_counted_when_closed CHECK (closed_at IS NOT NULL OR counted_cash IS NULL),
    CONSTRAINT shifts_counted_unless_forced CHECK (closed_at IS NULL OR force_closed OR counted_cash IS NOT NULL)
);
-- A login has at most one open shift.
CREATE UNIQUE INDEX shifts_one_open_per_login ON marquee.shifts (login) WHERE closed_at IS NULL;
CREATE INDEX shifts_opened ON marquee.shifts (opened_at, id);
CREATE TRIGGER shifts_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.shifts
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');

-- Closing is final, for whoever writes the row (the owner included): a closed shift never changes, and no
-- shift is ever deleted.
CREATE FUNCTION marquee.keep_closed_shifts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'shift % is closed', OLD.id USING ERRCODE = 'MQ031';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER shifts_closed_final BEFORE UPDATE OR DELETE ON marquee.shifts
    FOR EACH ROW EXECUTE FUNCTION marquee.keep_closed_shifts();

-- The gap-free receipt numbers, one series per desk. A number is drawn in the transaction that pays, so a
-- payment that rolls back gives its number back; the desk's row lock serialises only that desk's payments.
CREATE TABLE marquee.desk_receipts (
    desk        text PRIMARY KEY,
    last_number integer NOT NULL DEFAULT 0 CHECK (last_number >= 0)
);

ALTER TABLE marquee.bookings
    ADD COLUMN shift_id bigint REFERENCES marquee.shifts (id),
    ADD COLUMN receipt_desk text,
    ADD COLUMN receipt_number integer,
    ADD CONSTRAINT bookings_receipt_complete CHECK ((receipt_desk IS NULL) = (receipt_number IS NULL));
CREATE INDEX bookings_shift ON marquee.bookings (shift_id) WHERE shift_id IS NOT NULL;
CREATE UNIQUE INDEX bookings_receipt ON marquee.bookings (receipt_desk, receipt_number) WHERE receipt_desk IS NOT NULL;

ALTER TABLE marquee.refunds
    ADD COLUMN shift_id bigint REFERENCES marquee.shifts (id),          -- the shift that paid it out
    ADD COLUMN recorded_shift_id bigint REFERENCES marquee.shifts (id); -- the shift that cancelled the booking
CREATE INDEX refunds_shift ON marquee.refunds (shift_id) WHERE shift_id IS NOT NULL;

-- The open shift of this login, if any.
CREATE FUNCTION marquee.open_shift_id() RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT s.id FROM marquee.shifts s WHERE s.login = session_user AND s.closed_at IS NULL
$$;

-- An amount of money a person typed: present, not negative, at most 2 decimals, within numeric(12,2).
CREATE FUNCTION marquee.check_cash_amount(p_amount numeric, p_what text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_amount IS NULL OR p_amount < 0 OR p_amount <> round(p_amount, 2) OR p_amount >= 10000000000 THEN
        RAISE EXCEPTION '% must be an amount of money of at least 0 with at most 2 decimals', p_what
            USING ERRCODE = 'MQ032';
    END IF;
    RETURN p_amount;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- 2. Payments and refunds belong to the shift open where they happen.

-- Where a booking is paid (a desk's sale, a reservation collected): the open shift of the login that takes
-- the money, and the next receipt number of that shift's desk. A box-office login taking cash without an open
-- shift is refused: MQ017. Kiosk reservations are unpaid and untouched; the owner's demo season and sales outside
-- a shift (card, admins) take no number: a desk's series is its shifts' sales, so unrelated sales never queue on
-- one desk's counter.
--
-- The shift row is read FOR KEY SHARE: a close (FOR UPDATE) waits for the sales already under way and a sale
-- that comes after the close sees it closed, so no sale slips into a shift whose figures are already taken.
-- Lock order: a desk's sale takes its desk counter before the event row, pay_reservation after it; two terminals
-- of one login in one shift paying a reservation and selling the same event at the same instant may deadlock,
-- which PostgreSQL breaks (40P01): the loser is retried with its own key and answers once.
CREATE FUNCTION marquee.bookings_paid_in_shift() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_shift marquee.shifts%ROWTYPE;
    v_group text;
BEGIN
    IF NEW.paid_at IS NULL OR (TG_OP = 'UPDATE' AND OLD.paid_at IS NOT NULL) THEN
        RETURN NEW;
    END IF;
    v_group := marquee.session_group();
    IF v_group IS NOT DISTINCT FROM 'owner' THEN
        RETURN NEW;
    END IF;
    SELECT * INTO v_shift FROM marquee.shifts s WHERE s.login = session_user AND s.closed_at IS NULL FOR KEY SHARE;
    IF NOT FOUND THEN
        NEW.shift_id := NULL;
        IF NEW.payment_method = 'cash' AND v_group = 'marquee_box_office' THEN
            RAISE EXCEPTION 'open a shift with its float before the first cash sale' USING ERRCODE = 'MQ017';
        END IF;
        RETURN NEW;
    END IF;
    NEW.shift_id := v_shift.id;
    INSERT INTO marquee.desk_receipts AS r (desk, last_number) VALUES (v_shift.desk, 1)
        ON CONFLICT (desk) DO UPDATE SET last_number = r.last_number + 1
        RETURNING r.last_number INTO NEW.receipt_number;
    NEW.receipt_desk := v_shift.desk;
    RETURN NEW;
END;
$$;
CREATE TRIGGER bookings_paid_in_shift BEFORE INSERT OR UPDATE OF paid_at ON marquee.bookings
    FOR EACH ROW EXECUTE FUNCTION marquee.bookings_paid_in_shift();

-- Where a refund is recorded (a cancellation) and where it is given back (mark_refunded): the open shift of
-- the login doing it. A box-office login giving cash back without an open shift is refused: MQ017 (cash
-- leaves a till only through a shift).
CREATE FUNCTION marquee.refunds_in_shift() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_shift bigint;
BEGIN
    IF marquee.session_group() IS NOT DISTINCT FROM 'owner' THEN
        RETURN NEW;
    END IF;
    SELECT s.id INTO v_shift FROM marquee.shifts s WHERE s.login = session_user AND s.closed_at IS NULL FOR KEY SHARE;
    IF TG_OP = 'INSERT' THEN
        NEW.recorded_shift_id := v_shift;
        NEW.shift_id := NULL;
        RETURN NEW;
    END IF;
    IF NEW.refunded_at IS NOT NULL AND OLD.refunded_at IS NULL THEN
        IF v_shift IS NULL AND NEW.refund_method = 'cash' AND marquee.session_group() = 'marquee_box_office' THEN
            RAISE EXCEPTION 'open a shift before giving cash back' USING ERRCODE = 'MQ017';
        END IF;
        NEW.shift_id := v_shift;
    ELSE
        NEW.shift_id := OLD.shift_id;
        NEW.recorded_shift_id := OLD.recorded_shift_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER refunds_in_shift BEFORE INSERT OR UPDATE ON marquee.refunds
    FOR EACH ROW EXECUTE FUNCTION marquee.refunds_in_shift();

-- A shift's figures as they stand (see the head of this file).
CREATE FUNCTION marquee.shift_figures(p_shift_id bigint,
    OUT cash_sales numeric, OUT card_sales numeric, OUT cash_refunds numeric, OUT card_refunds numeric,
    OUT bookings integer, OUT tickets integer)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(b.total_amount) FILTER (WHERE b.payment_method = 'cash'), 0)::numeric(12,2),
           coalesce(sum(b.total_amount) FILTER (WHERE b.payment_method = 'card'), 0)::numeric(12,2),
           (SELECT coalesce(sum(r.amount) FILTER (WHERE r.refund_method = 'cash'), 0)::numeric(12,2)
              FROM marquee.refunds r WHERE r.shift_id = p_shift_id),
           (SELECT coalesce(sum(r.amount) FILTER (WHERE r.refund_method = 'card'), 0)::numeric(12,2)
              FROM marquee.refunds r WHERE r.shift_id = p_shift_id),
           count(b.id)::integer,
           coalesce(sum(b.quantity), 0)::integer
      FROM marquee.bookings b WHERE b.shift_id = p_shift_id
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. What the desk calls.

-- Opens this login's shift with its float; the desk defaults to the terminal's name (its login), so a
-- shared desk login and per-person logins both work. MQ030 one is open already, MQ032 a bad float,
-- 23514 shifts_desk_valid a desk name that is empty, too long or has hidden characters.
CREATE FUNCTION marquee.open_shift(p_float numeric, p_desk text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM marquee.check_cash_amount(p_float, 'the opening float');
    IF marquee.open_shift_id() IS NOT NULL THEN
        RAISE EXCEPTION 'this login already has an open shift' USING ERRCODE = 'MQ030';
    END IF;
    INSERT INTO marquee.shifts (login, desk, opening_float)
        VALUES (session_user, coalesce(nullif(btrim(p_desk), ''), session_user), p_float)
        ON CONFLICT DO NOTHING
        RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        -- Another session of this login opened one at the same instant.
        RAISE EXCEPTION 'this login already has an open shift' USING ERRCODE = 'MQ030';
    END IF;
    RETURN v_id;
END;
$$;

-- The shift that is closed now, with its figures stored. p_counted NULL only when an admin forces it.
CREATE FUNCTION marquee.finish_shift(p_shift_id bigint, p_counted numeric, p_forced boolean)
RETURNS TABLE (shift_id bigint, opening_float numeric, cash_sales numeric, card_sales numeric, cash_refunds numeric,
               card_refunds numeric, expected_cash numeric, counted_cash numeric, variance numeric, bookings integer,
               tickets integer)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_shift marquee.shifts%ROWTYPE;
    f record;
BEGIN
    SELECT * INTO v_shift FROM marquee.shifts s WHERE s.id = p_shift_id FOR UPDATE;
    IF NOT FOUND OR v_shift.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'shift % is not open', p_shift_id USING ERRCODE = 'MQ031';
    END IF;
    -- Sales of this shift still committing are waited for: they hold their booking rows, not this one, but
    -- their trigger read the shift before us; a sale that starts after this lock finds the shift closed.
    SELECT * INTO f FROM marquee.shift_figures(p_shift_id);
    RETURN QUERY
        UPDATE marquee.shifts s
           SET closed_at = clock_timestamp(), closed_by = session_user, force_closed = p_forced,
               counted_cash = p_counted, cash_sales = f.cash_sales, card_sales = f.card_sales,
               cash_refunds = f.cash_refunds, card_refunds = f.card_refunds,
               expected_cash = s.opening_float + f.cash_sales - f.cash_refunds,
               variance = p_counted - (s.opening_float + f.cash_sales - f.cash_refunds),
               bookings = f.bookings, tickets = f.tickets
         WHERE s.id = p_shift_id
        RETURNING s.id, s.opening_float, s.cash_sales, s.card_sales, s.cash_refunds, s.card_refunds, s.expected_cash,
                  s.counted_cash, s.variance, s.bookings, s.tickets;
END;
$$;

-- Closes this login's open shift with the cash counted in the drawer (a blind count: the desk asks for it
-- before it shows what was expected). MQ031 no open shift, MQ032 a bad amount.
CREATE FUNCTION marquee.close_shift(p_counted_cash numeric)
RETURNS TABLE (shift_id bigint, opening_float numeric, cash_sales numeric, card_sales numeric, cash_refunds numeric,
               card_refunds numeric, expected_cash numeric, counted_cash numeric, variance numeric, bookings integer,
               tickets integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM marquee.check_cash_amount(p_counted_cash, 'the counted cash');
    v_id := marquee.open_shift_id();
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'this login has no open shift' USING ERRCODE = 'MQ031';
    END IF;
    RETURN QUERY SELECT * FROM marquee.finish_shift(v_id, p_counted_cash, false);
END;
$$;

-- An admin closes a shift someone forgot (recorded as forced, by whom, when; the count if one was made).
CREATE FUNCTION marquee.force_close_shift(p_shift_id bigint, p_counted_cash numeric DEFAULT NULL)
RETURNS TABLE (shift_id bigint, opening_float numeric, cash_sales numeric, card_sales numeric, cash_refunds numeric,
               card_refunds numeric, expected_cash numeric, counted_cash numeric, variance numeric, bookings integer,
               tickets integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF marquee.session_group() NOT IN ('owner', 'marquee_admin') THEN
        RAISE EXCEPTION 'only an administrator may close another login''s shift' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_counted_cash IS NOT NULL THEN
        PERFORM marquee.check_cash_amount(p_counted_cash, 'the counted cash');
    END IF;
    RETURN QUERY SELECT * FROM marquee.finish_shift(p_shift_id, p_counted_cash, true);
END;
$$;

-- This login's open shift as the desk shows it (open since, sales so far); no row when none is open.
-- Deliberately without the expected cash: the count at close is blind.
CREATE FUNCTION marquee.current_shift()
RETURNS TABLE (shift_id bigint, desk text, opened_at timestamptz, opening_float numeric, cash_sales numeric,
               card_sales numeric, bookings integer, tickets integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT s.id, s.desk, s.opened_at, s.opening_float, f.cash_sales, f.card_sales, f.bookings, f.tickets
      FROM marquee.shifts s, marquee.shift_figures(s.id) f
     WHERE s.login = session_user AND s.closed_at IS NULL
$$;

-- The drawer opened without a sale ("no sale"): recorded with who, when and in which shift. A box-office
-- login needs an open shift for it (MQ031). Answers the record's id.
CREATE TABLE marquee.drawer_openings (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login       text NOT NULL DEFAULT session_user,
    shift_id    bigint REFERENCES marquee.shifts (id),
    opened_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TRIGGER drawer_openings_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.drawer_openings
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');

CREATE FUNCTION marquee.record_no_sale() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_shift constant bigint := marquee.open_shift_id();
    v_id bigint;
BEGIN
    IF v_shift IS NULL AND marquee.session_group() = 'marquee_box_office' THEN
        RAISE EXCEPTION 'this login has no open shift' USING ERRCODE = 'MQ031';
    END IF;
    INSERT INTO marquee.drawer_openings (login, shift_id) VALUES (session_user, v_shift) RETURNING id INTO v_id;
    RETURN v_id;
END;
$$;

-- Every shift with its figures (live for an open one). Admins read it through list_shifts.
CREATE VIEW marquee.shift_report WITH (security_barrier) AS
    SELECT s.id AS shift_id, s.login, s.desk, s.opened_at, s.closed_at, s.closed_by, s.force_closed, s.opening_float,
           coalesce(s.cash_sales, f.cash_sales) AS cash_sales, coalesce(s.card_sales, f.card_sales) AS card_sales,
           coalesce(s.cash_refunds, f.cash_refunds) AS cash_refunds,
           coalesce(s.card_refunds, f.card_refunds) AS card_refunds,
           coalesce(s.expected_cash, s.opening_float + f.cash_sales - f.cash_refunds) AS expected_cash,
           s.counted_cash, s.variance,
           coalesce(s.bookings, f.bookings) AS bookings, coalesce(s.tickets, f.tickets) AS tickets,
           (SELECT count(*)::integer FROM marquee.drawer_openings d WHERE d.shift_id = s.id) AS no_sales
      FROM marquee.shifts s CROSS JOIN LATERAL marquee.shift_figures(s.id) f;

-- Admins list shifts by desk, staff login and the venue's day they opened (each NULL: all), newest first.
CREATE FUNCTION marquee.list_shifts(p_desk text DEFAULT NULL, p_login text DEFAULT NULL, p_day date DEFAULT NULL,
                                    p_limit integer DEFAULT 500)
RETURNS SETOF marquee.shift_report
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF marquee.session_group() NOT IN ('owner', 'marquee_admin') THEN
        RAISE EXCEPTION 'only an administrator lists shifts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT * FROM marquee.shift_report r
         WHERE (p_desk IS NULL OR r.desk = p_desk) AND (p_login IS NULL OR r.login = p_login)
           AND (p_day IS NULL
                OR (r.opened_at AT TIME ZONE marquee.setting_text('venue_time_zone', 'UTC'))::date = p_day)
         ORDER BY r.opened_at DESC, r.shift_id DESC
         LIMIT greatest(1, least(coalesce(p_limit, 500), 5000));
END;
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.open_shift(numeric, text) TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.close_shift(numeric) TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.current_shift() TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.record_no_sale() TO marquee_box_office;
GRANT EXECUTE ON FUNCTION marquee.force_close_shift(bigint, numeric) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.list_shifts(text, text, date, integer) TO marquee_admin;
GRANT SELECT ON marquee.shifts, marquee.drawer_openings TO marquee_admin;
