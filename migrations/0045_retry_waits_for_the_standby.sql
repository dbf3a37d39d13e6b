-- A retried sale is acknowledged only once the standby has it (issue #16 §4).
--
-- With a synchronous standby a sale's COMMIT returns only when the standby has flushed it. But a commit whose
-- wait for the standby is cut short (its backend ended by housekeeping's stuck-lock rule or by a DBA, the
-- terminal's connection lost) is still committed on the primary, and visible there once the backend is gone. The
-- terminal does not know the outcome, so it retries with the sale's key — on the same primary, which is still
-- alive. The retry finds the booking and answers with it; a transaction that wrote nothing has no transaction
-- id, writes no commit record and so waits for no standby: the terminal was told "sold" for a sale the standby
-- might not have yet, and a failover in that instant would lose it (bench_failover_smoke saw this about once in
-- four runs under heavy load).
--
-- So a retry that finds its booking takes a transaction id: its commit is then a commit record like any sale's,
-- written after the booking's, and the synchronous standby acknowledges both or neither. A retry is rare; the
-- cost is one commit record.

CREATE OR REPLACE FUNCTION marquee.retried_order(p_key uuid, p_event_id bigint, p_lines jsonb, p_quantity integer, p_phone text,
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
    -- See the header: the answer waits for the standby like the sale itself.
    PERFORM pg_current_xact_id();
    RETURN r.id;
END;
$$;
