-- Reprints are recorded (issue #11): a desk that prints a booking's tickets again says so here, and the
-- audit log keeps who did it and when (the UPDATE of the booking's reprint count, with the login as its
-- actor). The count lets the ticket say REPRINT (and which). Box office and admin only.

ALTER TABLE marquee.bookings
    ADD COLUMN reprint_count integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT bookings_reprint_count_not_negative CHECK (reprint_count >= 0);

-- Returns the booking's reprint count after this one (1 for the first reprint). MQ005 no such booking.
CREATE FUNCTION marquee.record_reprint(p_booking_id bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE marquee.bookings b SET reprint_count = b.reprint_count + 1 WHERE b.id = p_booking_id
    RETURNING b.reprint_count INTO v_count;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'booking % not found', p_booking_id USING ERRCODE = 'MQ005';
    END IF;
    RETURN v_count;
END;
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.record_reprint(bigint) TO marquee_box_office;
