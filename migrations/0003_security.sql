-- The database is the trust boundary: every terminal's login can be used from psql, so who may do
-- what is decided here, by group roles, grants, row-level security and SECURITY DEFINER functions.
--
--   marquee_kiosk       customers at self-service terminals: the public listing, booking, find-my-booking
--   marquee_box_office  staff at the desk: the kiosk's rights, plus bookings, tickets, customers, cancel, check-in
--   marquee_admin       the box office's rights, plus events, staff logins and the audit log (read only)
--
-- Each person or terminal signs in with its own LOGIN role that is a member of exactly one group.
-- The groups nest (kiosk in box office in admin) so that "all of the kiosk's rights" is literally true.

DO $$
DECLARE
    g text;
    r pg_catalog.pg_roles%ROWTYPE;
BEGIN
    FOREACH g IN ARRAY ARRAY['marquee_kiosk', 'marquee_box_office', 'marquee_admin'] LOOP
        SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = g;
        IF NOT FOUND THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION', g);
        ELSIF r.rolsuper OR r.rolbypassrls OR r.rolreplication THEN
            -- Roles are cluster-wide: another database of this cluster created it already. Only a
            -- superuser may take these attributes away, and a group that has them would undo every rule below.
            RAISE EXCEPTION 'role % is a superuser or bypasses row-level security; a superuser must fix it first', g
                USING ERRCODE = 'insufficient_privilege';
        ELSIF r.rolcanlogin OR r.rolcreaterole OR r.rolcreatedb THEN
            -- A CREATEROLE owner may change these (but not SUPERUSER, BYPASSRLS or REPLICATION, even to "NO").
            EXECUTE format('ALTER ROLE %I NOLOGIN NOCREATEDB NOCREATEROLE', g);
        END IF;
    END LOOP;
END;
$$;

GRANT marquee_kiosk TO marquee_box_office;
GRANT marquee_box_office TO marquee_admin;

-- Nothing for anyone by default.
REVOKE ALL ON SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
-- Functions are executable by PUBLIC by default. A per-schema ALTER DEFAULT PRIVILEGES can only add to
-- the global default, never take away from it, so the revoke must be the owner's global one: every
-- function this owner creates from now on (later migrations included) starts closed.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
GRANT USAGE ON SCHEMA marquee TO marquee_kiosk;

-- PostgreSQL 15 no longer lets PUBLIC create objects in schema public, but a cluster upgraded from an
-- older version keeps the old grant. A login that can create there could plant look-alike functions.
DO $$
BEGIN
    IF has_schema_privilege('public', 'public', 'CREATE') THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    END IF;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Audit log: who (the login, session_user, even inside definer functions), when, what, before and after.

CREATE TABLE marquee.audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL DEFAULT session_user,
    table_name  text NOT NULL,
    row_id      text NOT NULL,
    action      text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    old_values  jsonb,
    new_values  jsonb
);
CREATE INDEX audit_log_time ON marquee.audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_table_time ON marquee.audit_log (table_name, occurred_at DESC);
CREATE INDEX audit_log_actor_time ON marquee.audit_log (actor, occurred_at DESC);

CREATE FUNCTION marquee.write_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_old jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    v_new jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
    INSERT INTO marquee.audit_log (table_name, row_id, action, old_values, new_values)
    VALUES (TG_TABLE_NAME, coalesce(v_new, v_old) ->> TG_ARGV[0], TG_OP, v_old, v_new);
    RETURN NULL;
END;
$$;

-- Nobody, the owner included, rewrites history. (Grants already refuse every other role.)
CREATE FUNCTION marquee.refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON marquee.audit_log
    FOR EACH ROW EXECUTE FUNCTION marquee.refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON marquee.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION marquee.refuse_audit_change();

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.users
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');
CREATE TRIGGER bookings_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.bookings
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');
CREATE TRIGGER tickets_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.tickets
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');
CREATE TRIGGER events_audit_insert_delete AFTER INSERT OR DELETE ON marquee.events
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');
-- The statistics columns change with every booking and cancellation; those are audited as bookings.
-- Auditing them here too would put a second insert inside the seat lock of every sale.
CREATE TRIGGER events_audit_update AFTER UPDATE ON marquee.events
    FOR EACH ROW
    WHEN ((OLD.title, OLD.description, OLD.venue, OLD.starts_at, OLD.capacity, OLD.price, OLD.status, OLD.max_tickets_per_booking)
          IS DISTINCT FROM
          (NEW.title, NEW.description, NEW.venue, NEW.starts_at, NEW.capacity, NEW.price, NEW.status, NEW.max_tickets_per_booking))
    EXECUTE FUNCTION marquee.write_audit('id');

-- ---------------------------------------------------------------------------------------------
-- Events: a public listing for everyone; the table with revenue and counts for admins only.

-- Owned by the schema owner, so reading it needs no right on marquee.events.
CREATE VIEW marquee.event_listing WITH (security_barrier) AS
    SELECT e.id, e.title, e.description, e.venue, e.starts_at, e.price, e.capacity,
           e.capacity - e.tickets_sold AS remaining, e.status, e.max_tickets_per_booking
      FROM marquee.events e;

GRANT SELECT ON marquee.event_listing TO marquee_kiosk;
GRANT SELECT ON marquee.events TO marquee_admin;
-- No DELETE: events are cancelled, never deleted. Statistics columns are the database's own.
GRANT INSERT (title, description, venue, starts_at, capacity, price, status, max_tickets_per_booking)
    ON marquee.events TO marquee_admin;
GRANT UPDATE (title, description, venue, starts_at, capacity, price, status, max_tickets_per_booking)
    ON marquee.events TO marquee_admin;

-- ---------------------------------------------------------------------------------------------
-- Customers, bookings, tickets: the box office reads them; changes go through functions.

CREATE FUNCTION marquee.users_normalize() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.phone := marquee.normalize_phone(NEW.phone);
    NEW.name := btrim(NEW.name);
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_normalize BEFORE INSERT OR UPDATE OF name, phone ON marquee.users
    FOR EACH ROW EXECUTE FUNCTION marquee.users_normalize();

GRANT SELECT ON marquee.bookings, marquee.tickets TO marquee_box_office;
GRANT SELECT ON marquee.users TO marquee_box_office;
GRANT INSERT (name, phone) ON marquee.users TO marquee_box_office;
GRANT INSERT (name, phone, role), UPDATE (name, phone, role) ON marquee.users TO marquee_admin;

-- The box office sees and creates customers only; staff records are for admins.
ALTER TABLE marquee.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_box_office_read ON marquee.users FOR SELECT TO marquee_box_office
    USING (role = 'customer');
CREATE POLICY users_box_office_create ON marquee.users FOR INSERT TO marquee_box_office
    WITH CHECK (role = 'customer');
CREATE POLICY users_admin_all ON marquee.users FOR ALL TO marquee_admin
    USING (true) WITH CHECK (true);

GRANT SELECT ON marquee.audit_log TO marquee_admin;

-- ---------------------------------------------------------------------------------------------
-- Functions each group may call. Everything else in the schema is closed to them.

GRANT EXECUTE ON FUNCTION marquee.book_tickets(bigint, integer, text, text, uuid, text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.event_availability(bigint[]) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.announce_availability(bigint[]) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.normalize_phone(text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.is_valid_phone(text) TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.cancel_booking(bigint) TO marquee_box_office;

-- Free tickets are the box office's decision. book_tickets is open to kiosks and takes the payment
-- method as an argument, so without this anyone with a kiosk login could book complimentary seats from psql.
-- It runs before the seat lock (the booking row is inserted first) and only for complimentary bookings.
CREATE FUNCTION marquee.check_complimentary_allowed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'marquee_box_office', 'USAGE')
            OR pg_has_role(session_user, (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'marquee'), 'USAGE')) THEN
        RAISE EXCEPTION 'only the box office may issue complimentary tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER bookings_complimentary_allowed BEFORE INSERT OR UPDATE OF payment_method ON marquee.bookings
    FOR EACH ROW WHEN (NEW.payment_method = 'complimentary')
    EXECUTE FUNCTION marquee.check_complimentary_allowed();

-- Find my booking: a customer at a kiosk proves it is theirs with the phone and the booking reference.
-- Booking references are sequential numbers, so with one known phone a kiosk login could walk through
-- them from psql and collect that person's ticket codes. Every miss therefore costs half a second, which
-- no transaction can roll back. (It slows the walk down; a reference that cannot be guessed would end it.)
CREATE FUNCTION marquee.find_booking(p_phone text, p_booking_id bigint)
RETURNS TABLE (booking_id bigint, event_id bigint, event_title text, venue text, starts_at timestamptz,
               quantity integer, total_amount numeric, status text, payment_method text, booked_at timestamptz,
               customer_name text, ticket_codes text[], ticket_statuses text[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT b.id, e.id, e.title, e.venue, e.starts_at, b.quantity, b.total_amount, b.status, b.payment_method,
           b.booked_at, u.name,
           (SELECT array_agg(t.code ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id),
           (SELECT array_agg(t.status ORDER BY t.id) FROM marquee.tickets t WHERE t.booking_id = b.id)
      FROM marquee.bookings b
      JOIN marquee.users u ON u.id = b.user_id
      JOIN marquee.events e ON e.id = b.event_id
     WHERE b.id = p_booking_id
       AND marquee.is_valid_phone(p_phone)
       AND u.phone = marquee.normalize_phone(p_phone);
    IF NOT FOUND THEN
        PERFORM pg_sleep(0.5);
    END IF;
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.find_booking(text, bigint) TO marquee_kiosk;

-- Check-in at the door: a ticket is used once. MQ006 unknown code, MQ007 already used, MQ008 cancelled.
CREATE FUNCTION marquee.check_in_ticket(p_code text)
RETURNS TABLE (ticket_id bigint, code text, booking_id bigint, event_id bigint, event_title text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_code text := upper(btrim(coalesce(p_code, '')));
    v_status text;
BEGIN
    RETURN QUERY
        UPDATE marquee.tickets t SET status = 'used'
          FROM marquee.bookings b, marquee.events e
         WHERE t.code = v_code AND t.status = 'active' AND b.id = t.booking_id AND e.id = b.event_id
        RETURNING t.id, t.code, b.id, e.id, e.title;
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT t.status INTO v_status FROM marquee.tickets t WHERE t.code = v_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ticket with code %', v_code USING ERRCODE = 'MQ006';
    ELSIF v_status = 'used' THEN
        RAISE EXCEPTION 'ticket % was already used', v_code USING ERRCODE = 'MQ007';
    END IF;
    RAISE EXCEPTION 'ticket % is cancelled', v_code USING ERRCODE = 'MQ008';
END;
$$;
GRANT EXECUTE ON FUNCTION marquee.check_in_ticket(text) TO marquee_box_office;

-- ---------------------------------------------------------------------------------------------
-- Staff and terminal logins, managed by admins through definer functions. The app's own logins
-- never hold CREATEROLE; these functions run as the schema owner, which does, and they only ever
-- touch roles that they created themselves (listed in staff_logins).
--   MQ010 invalid login name, group or password      MQ011 no such staff login

CREATE TABLE marquee.staff_logins (
    login       text PRIMARY KEY,
    group_name  text NOT NULL CHECK (group_name IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk')),
    full_name   text NOT NULL DEFAULT '' CHECK (char_length(full_name) <= 200),
    enabled     boolean NOT NULL DEFAULT true,
    created_by  text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER staff_logins_touch BEFORE UPDATE ON marquee.staff_logins
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER staff_logins_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.staff_logins
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('login');
GRANT SELECT ON marquee.staff_logins TO marquee_admin;

CREATE FUNCTION marquee.check_staff_password(p_password text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_password IS NULL OR char_length(p_password) < 8 OR char_length(p_password) > 200 THEN
        RAISE EXCEPTION 'a password needs 8 to 200 characters' USING ERRCODE = 'MQ010';
    END IF;
END;
$$;

CREATE FUNCTION marquee.create_staff_login(p_login text, p_password text, p_group text, p_full_name text DEFAULT '')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,40}$' OR p_login LIKE 'pg\_%' OR p_login LIKE 'marquee\_%' THEN
        RAISE EXCEPTION 'a login name is 3 to 41 lower-case letters, digits or _, starting with a letter'
            USING ERRCODE = 'MQ010';
    END IF;
    IF p_group IS NULL OR p_group NOT IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk') THEN
        RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = 'MQ010';
    END IF;
    PERFORM marquee.check_staff_password(p_password);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        RAISE EXCEPTION 'login % already exists', p_login USING ERRCODE = 'MQ010';
    END IF;
    PERFORM set_config('password_encryption', 'scram-sha-256', true);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION '
                   'PASSWORD %L IN ROLE %I', p_login, p_password, p_group);
    INSERT INTO marquee.staff_logins (login, group_name, full_name)
        VALUES (p_login, p_group, btrim(coalesce(p_full_name, '')));
END;
$$;

CREATE FUNCTION marquee.set_staff_login_enabled(p_login text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM marquee.staff_logins s WHERE s.login = p_login) THEN
        RAISE EXCEPTION 'no staff login %', p_login USING ERRCODE = 'MQ011';
    END IF;
    IF p_enabled IS NULL THEN
        RAISE EXCEPTION 'enabled must be true or false' USING ERRCODE = 'MQ010';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE marquee.staff_logins s SET enabled = p_enabled WHERE s.login = p_login;
    -- NOLOGIN only stops new connections. A terminal left signed in with a disabled login is ended too,
    -- where the owner may signal other sessions (superuser, or a member of pg_signal_backend).
    IF NOT p_enabled THEN
        BEGIN
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
             WHERE a.usename = p_login AND a.pid <> pg_backend_pid();
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'login % is disabled; its open sessions end when they disconnect', p_login;
        END;
    END IF;
END;
$$;

CREATE FUNCTION marquee.reset_staff_password(p_login text, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM marquee.staff_logins s WHERE s.login = p_login) THEN
        RAISE EXCEPTION 'no staff login %', p_login USING ERRCODE = 'MQ011';
    END IF;
    PERFORM marquee.check_staff_password(p_password);
    PERFORM set_config('password_encryption', 'scram-sha-256', true);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    UPDATE marquee.staff_logins s SET updated_at = now() WHERE s.login = p_login;
END;
$$;

REVOKE ALL ON FUNCTION marquee.create_staff_login(text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.set_staff_login_enabled(text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.reset_staff_password(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.check_staff_password(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.find_booking(text, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.check_in_ticket(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.write_audit() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.refuse_audit_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.users_normalize() FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.check_complimentary_allowed() FROM PUBLIC;
-- And anything above this line that the list missed.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.create_staff_login(text, text, text, text) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.set_staff_login_enabled(text, boolean) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.reset_staff_password(text, text) TO marquee_admin;
