-- The sales report (0036) by desk and by ticket type, now that shifts (0030) and ticket types (0021) exist:
-- a sale's desk is its shift's (NULL: sold outside a shift, e.g. by an admin), its ticket type the type of its
-- tickets ("Adult + Child" when one booking holds several, so each booking's amount stays whole and exact).
CREATE OR REPLACE FUNCTION marquee.sales_report(p_from timestamptz, p_until timestamptz)
RETURNS TABLE (day date, desk text, staff text, payment_method text, ticket_type text,
               bookings integer, tickets integer, amount numeric)
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT (b.paid_at AT TIME ZONE (SELECT v.time_zone FROM marquee.venue_settings() v))::date,
           s.desk, b.paid_by, b.payment_method,
           (SELECT string_agg(DISTINCT tt.name, ' + ' ORDER BY tt.name)
              FROM marquee.tickets t JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id
             WHERE t.booking_id = b.id),
           count(*)::integer, sum(b.quantity)::integer, sum(b.total_amount)
      FROM marquee.bookings b
      LEFT JOIN marquee.shifts s ON s.id = b.shift_id
     WHERE b.paid_at >= p_from AND b.paid_at < p_until
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 1, 2 NULLS FIRST, 3, 4, 5
$$;
