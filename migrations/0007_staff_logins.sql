-- Staff and terminal logins: connection budgets, names that cannot be mistaken for keywords, and
-- functions that touch only what they may.

-- ---------------------------------------------------------------------------------------------
-- 1. Connections are budgeted.
--
-- What one Marquee terminal opens, counted in the code (ui/common/terminalsession.cpp, ui/shell):
--   the listener (from the start), a read worker and a write worker (each on first use)   3
--   the sign-in check: opened and closed before the three, but the server may still count
--   its backend for a moment; the kiosk's staff-exit check connects as the *staff* login     1
-- So every login may hold 4. A login cannot raise its own CONNECTION LIMIT (that needs CREATEROLE).
-- This table is the one place that number lives: a later change of the terminal updates it in a
-- migration and calls marquee.apply_connection_limits() to recompute every existing login.
CREATE TABLE marquee.terminal_connections (
    group_name  text PRIMARY KEY CHECK (group_name IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk')),
    connections integer NOT NULL CHECK (connections BETWEEN 1 AND 100)
);
INSERT INTO marquee.terminal_connections (group_name, connections) VALUES
    ('marquee_kiosk', 4), ('marquee_box_office', 4), ('marquee_admin', 4);
GRANT SELECT ON marquee.terminal_connections TO marquee_admin;

-- The group a login may be managed as: it exists, is no superuser, has neither CREATEROLE, BYPASSRLS
-- nor REPLICATION, and is directly a member of exactly one Marquee group. NULL for anything else:
-- no staff function touches such a role, whatever staff_logins says.
CREATE FUNCTION marquee.manageable_group(p_login text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT min(g.rolname)::text
      FROM pg_roles r
      JOIN pg_auth_members m ON m.member = r.oid
      JOIN pg_roles g ON g.oid = m.roleid AND g.rolname IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk')
     WHERE r.rolname = p_login AND NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication
    HAVING count(*) = 1
$$;

-- Recomputes the CONNECTION LIMIT of every login in staff_logins from terminal_connections.
-- Owner only (a migration calls it). Returns how many logins it set.
CREATE FUNCTION marquee.apply_connection_limits() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    FOR r IN SELECT s.login, c.connections
               FROM marquee.staff_logins s
               JOIN marquee.terminal_connections c ON c.group_name = marquee.manageable_group(s.login)
              ORDER BY s.login LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', r.login, r.connections);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

-- What the budget may hand out: max_connections less the superusers' reserve and the owner's.
CREATE FUNCTION marquee.connection_budget(OUT budget integer, OUT promised integer)
LANGUAGE sql STABLE AS $$
    SELECT current_setting('max_connections')::integer - current_setting('superuser_reserved_connections')::integer
               - marquee.setting_integer('connection_reserve', 5),
           coalesce((SELECT sum(c.connections)::integer FROM marquee.staff_logins s
                       JOIN marquee.terminal_connections c ON c.group_name = s.group_name), 0)
$$;

-- ---------------------------------------------------------------------------------------------
-- 2. Login names that are not keywords.
-- CREATE ROLE "current_user" works (quoted), and then every GRANT ... TO current_user means somebody
-- else; "all", "replication", "sameuser" ... mean something else in pg_hba.conf. Reserved SQL keywords
-- are refused too: "user" and "select" are names nobody should have to quote.
CREATE FUNCTION marquee.is_reserved_login_name(p_login text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_login IN ('current_user', 'session_user', 'current_role', 'user', 'all', 'public', 'none',
                       'replication', 'sameuser', 'samerole', 'samegroup', 'postgres', 'pg_database_owner')
        OR p_login LIKE 'pg\_%' OR p_login LIKE 'marquee\_%'
        OR EXISTS (SELECT 1 FROM pg_get_keywords() k WHERE k.word = p_login AND k.catcode IN ('R', 'T', 'C'))
$$;

CREATE OR REPLACE FUNCTION marquee.create_staff_login(p_login text, p_password text, p_group text, p_full_name text DEFAULT '')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_connections integer;
    v_budget record;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,40}$' OR marquee.is_reserved_login_name(p_login) THEN
        RAISE EXCEPTION 'a login name is 3 to 41 lower-case letters, digits or _, starting with a letter, and no reserved word'
            USING ERRCODE = 'MQ010';
    END IF;
    IF p_group IS NULL OR p_group NOT IN ('marquee_admin', 'marquee_box_office', 'marquee_kiosk') THEN
        RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = 'MQ010';
    END IF;
    PERFORM marquee.check_staff_password(p_password);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        RAISE EXCEPTION 'login % already exists', p_login USING ERRCODE = 'MQ010';
    END IF;
    IF NOT marquee.is_clean_text(p_full_name) OR char_length(btrim(coalesce(p_full_name, ''))) > 200 THEN
        RAISE EXCEPTION 'a full name has at most 200 characters and no hidden characters' USING ERRCODE = 'MQ010';
    END IF;
    -- Admins keep a way in when every kiosk has used every slot: all logins' limits together stay
    -- within max_connections less the reserves.
    SELECT c.connections INTO v_connections FROM marquee.terminal_connections c WHERE c.group_name = p_group;
    SELECT * INTO v_budget FROM marquee.connection_budget();
    IF v_budget.promised + v_connections > v_budget.budget THEN
        RAISE EXCEPTION 'max_connections leaves room for % more connections; a % login needs %',
            greatest(v_budget.budget - v_budget.promised, 0), p_group, v_connections
            USING ERRCODE = 'configuration_limit_exceeded';
    END IF;
    PERFORM set_config('password_encryption', 'scram-sha-256', true);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION '
                   'CONNECTION LIMIT %s PASSWORD %L IN ROLE %I', p_login, v_connections, p_password, p_group);
    INSERT INTO marquee.staff_logins (login, group_name, full_name)
        VALUES (p_login, p_group, btrim(coalesce(p_full_name, '')));
    -- Created here, in the transaction that creates the login: they commit (or vanish) together.
    PERFORM marquee.create_lookup_counters((SELECT r.oid FROM pg_roles r WHERE r.rolname = p_login));
END;
$$;

-- A staff function may touch a login only if it made it (staff_logins), the role is still safe to
-- manage, and, for an admin login, only the schema owner asks: otherwise one admin could reset
-- another's password and sign in as them.
CREATE FUNCTION marquee.check_may_manage(p_login text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_group text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM marquee.staff_logins s WHERE s.login = p_login) THEN
        RAISE EXCEPTION 'no staff login %', p_login USING ERRCODE = 'MQ011';
    END IF;
    v_group := marquee.manageable_group(p_login);
    IF v_group IS NULL THEN
        RAISE EXCEPTION 'login % is not a plain member of one Marquee group; only the database administrator may change it', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_group = 'marquee_admin' AND marquee.session_group() IS DISTINCT FROM 'owner' THEN
        RAISE EXCEPTION 'only the schema owner may change an admin login' USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION marquee.set_staff_login_enabled(p_login text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    PERFORM marquee.check_may_manage(p_login);
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

CREATE OR REPLACE FUNCTION marquee.reset_staff_password(p_login text, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
BEGIN
    PERFORM marquee.check_may_manage(p_login);
    PERFORM marquee.check_staff_password(p_password);
    PERFORM set_config('password_encryption', 'scram-sha-256', true);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    UPDATE marquee.staff_logins s SET updated_at = now() WHERE s.login = p_login;
END;
$$;

-- A login a database administrator made by hand (CREATE ROLE … IN ROLE marquee_kiosk) is taken under
-- Marquee's management: listed in staff_logins, given its own look-up counters and its connection
-- limit. Owner only: the counters must be created where they commit (see 0006).
CREATE FUNCTION marquee.adopt_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_group constant text := marquee.manageable_group(p_login);
BEGIN
    IF v_group IS NULL THEN
        RAISE EXCEPTION 'login % is not a plain member of one Marquee group', p_login USING ERRCODE = 'MQ011';
    END IF;
    INSERT INTO marquee.staff_logins (login, group_name) VALUES (p_login, v_group)
        ON CONFLICT (login) DO UPDATE SET group_name = EXCLUDED.group_name;
    PERFORM marquee.create_lookup_counters((SELECT r.oid FROM pg_roles r WHERE r.rolname = p_login));
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_login,
                   (SELECT c.connections FROM marquee.terminal_connections c WHERE c.group_name = v_group));
END;
$$;

-- Logins that exist already: their counters and their limits.
DO $$
DECLARE
    r record;
    v_budget record;
BEGIN
    FOR r IN SELECT s.login, rl.oid FROM marquee.staff_logins s JOIN pg_roles rl ON rl.rolname = s.login LOOP
        PERFORM marquee.create_lookup_counters(r.oid);
    END LOOP;
    PERFORM marquee.apply_connection_limits();
    SELECT * INTO v_budget FROM marquee.connection_budget();
    IF v_budget.promised > v_budget.budget THEN
        RAISE WARNING 'the staff logins may open % connections together, max_connections leaves room for %: raise max_connections',
            v_budget.promised, v_budget.budget;
    END IF;
END;
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA marquee FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA marquee FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marquee.create_staff_login(text, text, text, text) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.set_staff_login_enabled(text, boolean) TO marquee_admin;
GRANT EXECUTE ON FUNCTION marquee.reset_staff_password(text, text) TO marquee_admin;
