-- Reports for admins (issue #15 §4): sales for a chosen period, and attendance per event and entrance.
--
-- sales_report answers one row per venue day, desk, staff login, payment method and ticket type, so the admin
-- view groups by any of them without asking again. A sale counts on the day it was paid (a desk sale when it was
-- made, a kiosk's reservation when the box office took the money), by the login that took the money, also when it
-- was cancelled later: the money given back is reported apart, as refunds, on the day they were given.
-- Complimentary tickets count as tickets at 0.
--
-- Not on this branch: shifts (the desk a sale belongs to, issue #15 §1) and ticket types (issue #14). Their
-- columns are here already and answer NULL ("no shift", "admission") until those migrations replace this
-- function with one that fills them.

CREATE FUNCTION marquee.sales_report(p_from timestamptz, p_until timestamptz)
RETURNS TABLE (day date, desk text, staff text, payment_method text, ticket_type text,
               bookings integer, tickets integer, amount numeric)
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT (b.paid_at AT TIME ZONE (SELECT v.time_zone FROM marquee.venue_settings() v))::date,
           NULL::text, b.paid_by, b.payment_method, NULL::text,
           count(*)::integer, sum(b.quantity)::integer, sum(b.total_amount)
      FROM marquee.bookings b
     WHERE b.paid_at >= p_from AND b.paid_at < p_until
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 1, 3, 4
$$;

-- Refunds given in the period, by venue day, login and how they were given.
CREATE FUNCTION marquee.refunds_report(p_from timestamptz, p_until timestamptz)
RETURNS TABLE (day date, staff text, refund_method text, refunds integer, amount numeric)
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT (r.refunded_at AT TIME ZONE (SELECT v.time_zone FROM marquee.venue_settings() v))::date,
           r.refunded_by, r.refund_method, count(*)::integer, sum(r.amount)
      FROM marquee.refunds r
     WHERE r.refunded_at >= p_from AND r.refunded_at < p_until
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
$$;

-- After the event: per event starting in the period and per entrance, first entries and who was inside at the
-- last count, beside the tickets sold. An event nobody came to has one row with a NULL entrance and zeros.
CREATE FUNCTION marquee.attendance_report(p_from timestamptz, p_until timestamptz)
RETURNS TABLE (event_id bigint, title text, starts_at timestamptz, status text, tickets_sold integer,
               entrance text, checked_in integer, inside integer)
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT e.id, e.title, e.starts_at, e.status, e.tickets_sold, a.entrance, coalesce(a.checked_in, 0), coalesce(a.inside, 0)
      FROM marquee.events e
      LEFT JOIN LATERAL marquee.event_attendance(e.id) a ON true
     WHERE e.starts_at >= p_from AND e.starts_at < p_until
     ORDER BY e.starts_at, e.id, a.entrance NULLS FIRST
$$;

REVOKE ALL ON FUNCTION marquee.sales_report(timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.refunds_report(timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.attendance_report(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.sales_report(timestamptz, timestamptz) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.refunds_report(timestamptz, timestamptz) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.attendance_report(timestamptz, timestamptz) TO marquee_admin;
