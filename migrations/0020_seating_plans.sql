-- Seating plans (issue #14 §2): a venue's plan in pretix's published seating-plan format, kept as tables so the
-- database can answer seat questions itself (the seat contract of §3 builds on these), and written back to the
-- format on request (marquee.seating_plan_document). A plan is reused by many events; each event's seat states
-- live elsewhere (§3).
--
-- What the format says is kept column by column, so nothing of a file's meaning is lost: both of its forms
-- ('current' and 'older', see ../shared/seating-plan-format.md), row labels, seat labels, uuids, start
-- directions, radii; areas (stage, bar, captions) as the file gives them, for drawing and export. What the format
-- lacks is Marquee's own: wheelchair spaces, companion seats and restricted view per seat, and each row's
-- geometry for "adjacent": the seats' order along the row and the row's usual spacing.
--
-- Who may do what: every group reads plans (the seat map is public); admins import them (create_seating_plan),
-- rename and delete them, and mark seats' accessibility. Nothing else changes a plan's geometry.

CREATE TABLE marquee.seating_plans (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    form        text NOT NULL DEFAULT 'current',
    -- The plan's size in its own pixels (the format's "size"; required in the current form).
    width       integer,
    height      integer,
    created_by  text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT seating_plans_name_not_empty CHECK (btrim(name) <> ''),
    CONSTRAINT seating_plans_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT seating_plans_name_clean CHECK (marquee.is_clean_text(name)),
    CONSTRAINT seating_plans_form_valid CHECK (form IN ('current', 'older')),
    CONSTRAINT seating_plans_size_whole CHECK ((width IS NULL) = (height IS NULL)),
    CONSTRAINT seating_plans_current_has_size CHECK (form <> 'current' OR width IS NOT NULL)
);

-- A category of seats ("Stalls"): what ticket types will be mapped to. Seats name it.
CREATE TABLE marquee.seating_categories (
    plan_id     bigint NOT NULL REFERENCES marquee.seating_plans (id) ON DELETE CASCADE,
    name        text NOT NULL,
    color       text,
    sort_order  integer NOT NULL,
    PRIMARY KEY (plan_id, name),
    CONSTRAINT seating_categories_order_unique UNIQUE (plan_id, sort_order),
    CONSTRAINT seating_categories_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT seating_categories_name_clean CHECK (marquee.is_clean_text(name)),
    CONSTRAINT seating_categories_color_length CHECK (char_length(color) <= 200)
);

CREATE TABLE marquee.seating_zones (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES marquee.seating_plans (id) ON DELETE CASCADE,
    zone_order      integer NOT NULL,
    name            text,
    pretix_zone_id  text,            -- the format's zone_id (current form)
    uuid            text,            -- current form
    displayed       boolean,         -- older form
    x               double precision NOT NULL,
    y               double precision NOT NULL,
    -- The zone's areas as the file gives them (a JSON array), or NULL when it has none.
    areas           jsonb,
    CONSTRAINT seating_zones_order_unique UNIQUE (plan_id, zone_order),
    CONSTRAINT seating_zones_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT seating_zones_name_clean CHECK (marquee.is_clean_text(name)),
    CONSTRAINT seating_zones_areas_array CHECK (areas IS NULL OR jsonb_typeof(areas) = 'array')
);

CREATE TABLE marquee.seating_rows (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id              bigint NOT NULL REFERENCES marquee.seating_plans (id) ON DELETE CASCADE,
    zone_id              bigint NOT NULL REFERENCES marquee.seating_zones (id) ON DELETE CASCADE,
    row_order            integer NOT NULL,
    row_number           text NOT NULL,
    row_label            text,       -- how the row is named in text, when it differs from row_number
    seat_label           text,       -- how its seats are named in text; %s is the seat number
    row_number_position  text,
    uuid                 text,
    x                    double precision,   -- NULL: the file gives the row no position (0, 0)
    y                    double precision,
    seats_spacing        integer,    -- older form, as the file says
    number_of_seats      integer,    -- older form, as the file says
    -- Marquee's: the median distance between neighbouring seats in row_position order (NULL for a row of one
    -- seat). A gap wider than 1.5 × this between two neighbours is an aisle: they are not adjacent.
    usual_spacing        double precision,
    CONSTRAINT seating_rows_order_unique UNIQUE (zone_id, row_order),
    CONSTRAINT seating_rows_number_length CHECK (char_length(row_number) <= 200 AND char_length(row_label) <= 200
                                                 AND char_length(seat_label) <= 200),
    CONSTRAINT seating_rows_text_clean CHECK (marquee.is_clean_text(row_number) AND marquee.is_clean_text(row_label)
                                              AND marquee.is_clean_text(seat_label)),
    CONSTRAINT seating_rows_number_position_valid CHECK (row_number_position IN ('start', 'end', 'both')),
    CONSTRAINT seating_rows_position_whole CHECK ((x IS NULL) = (y IS NULL)),
    CONSTRAINT seating_rows_spacing_positive CHECK (usual_spacing >= 0)
);

CREATE TABLE marquee.seating_seats (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id          bigint NOT NULL REFERENCES marquee.seating_plans (id) ON DELETE CASCADE,
    row_id           bigint NOT NULL REFERENCES marquee.seating_rows (id) ON DELETE CASCADE,
    seat_order       integer NOT NULL,   -- its place in the file's list of the row's seats (1, 2, …)
    -- Its place along the row on the floor (1 at the left or top end): the file's order need not be it (odd
    -- and even numbers from the middle are common). Seats are neighbours when their row_position differs by one.
    row_position     integer NOT NULL,
    seat_guid        text NOT NULL,
    seat_number      text NOT NULL,
    category         text NOT NULL,
    uuid             text,
    start_direction  text,
    radius           integer,
    x                double precision NOT NULL,   -- relative to its row, as the file says
    y                double precision NOT NULL,
    -- Its place on the plan: zone + row + seat.
    plan_x           double precision NOT NULL,
    plan_y           double precision NOT NULL,
    -- Marquee's own, not in the format; edited by admins.
    wheelchair       boolean NOT NULL DEFAULT false,
    companion        boolean NOT NULL DEFAULT false,
    restricted_view  boolean NOT NULL DEFAULT false,
    CONSTRAINT seating_seats_guid_unique UNIQUE (plan_id, seat_guid),
    CONSTRAINT seating_seats_order_unique UNIQUE (row_id, seat_order),
    CONSTRAINT seating_seats_row_position_unique UNIQUE (row_id, row_position),
    CONSTRAINT seating_seats_category_known FOREIGN KEY (plan_id, category)
        REFERENCES marquee.seating_categories (plan_id, name) ON UPDATE CASCADE,
    CONSTRAINT seating_seats_text_length CHECK (char_length(seat_guid) <= 200 AND char_length(seat_number) <= 200
                                                AND char_length(start_direction) <= 200),
    CONSTRAINT seating_seats_number_clean CHECK (marquee.is_clean_text(seat_number))
);

CREATE TRIGGER seating_plans_touch BEFORE UPDATE ON marquee.seating_plans
    FOR EACH ROW EXECUTE FUNCTION marquee.touch_updated_at();
CREATE TRIGGER seating_plans_audit AFTER INSERT OR UPDATE OR DELETE ON marquee.seating_plans
    FOR EACH ROW EXECUTE FUNCTION marquee.write_audit('id');
-- A seat's accessibility marks are a venue's promise to people who need them: each change is audited.
CREATE TRIGGER seating_seats_audit_marks AFTER UPDATE ON marquee.seating_seats
    FOR EACH ROW
    WHEN ((OLD.wheelchair, OLD.companion, OLD.restricted_view) IS DISTINCT FROM
          (NEW.wheelchair, NEW.companion, NEW.restricted_view))
    EXECUTE FUNCTION marquee.write_audit('id');

-- ---------------------------------------------------------------------------------------------
-- Import: one call stores a whole plan, or nothing of it.
--
-- p_document is the plan in pretix's format (either form). Marquee's client reads a file against the schema
-- first and says in one sentence what is wrong; this function checks again what a hand-made call from psql
-- could get wrong in the tables: every object has only its form's properties, required ones are there, each
-- seat's category exists (a foreign key), seat_guid is unique in the plan. Text that people read is clean
-- (the CHECKs). A refusal is a check_violation naming seating_plan_document (or a constraint) and stores
-- nothing. p_wheelchair, p_companion and p_restricted_view mark seats by seat_guid.
--
-- The form: 'older' when the document has no size or uses a property only the older form has; otherwise
-- 'current' (a document both forms accept means the same in either).

CREATE FUNCTION marquee.refuse_seating_document(p_where text, p_what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%: %', p_where, p_what
        USING ERRCODE = 'check_violation', CONSTRAINT = 'seating_plan_document', SCHEMA = 'marquee';
END;
$$;

CREATE FUNCTION marquee.check_seating_keys(p_object jsonb, p_where text, p_allowed text[], p_required text[])
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_key text;
BEGIN
    IF jsonb_typeof(p_object) IS DISTINCT FROM 'object' THEN
        PERFORM marquee.refuse_seating_document(p_where, 'must be an object');
    END IF;
    SELECT k INTO v_key FROM jsonb_object_keys(p_object) k WHERE k <> ALL (p_allowed) ORDER BY k LIMIT 1;
    IF FOUND THEN
        PERFORM marquee.refuse_seating_document(p_where, format('"%s" is not part of the format here', v_key));
    END IF;
    SELECT k INTO v_key FROM unnest(p_required) k WHERE NOT p_object ? k LIMIT 1;
    IF FOUND THEN
        PERFORM marquee.refuse_seating_document(p_where, format('"%s" is missing', v_key));
    END IF;
END;
$$;

CREATE FUNCTION marquee.create_seating_plan(p_name text, p_document jsonb,
                                            p_wheelchair text[] DEFAULT '{}',
                                            p_companion text[] DEFAULT '{}',
                                            p_restricted_view text[] DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, marquee, pg_temp AS $$
DECLARE
    v_plan bigint;
    v_form text;
    v_older boolean;
    v_zone record;
    v_zone_id bigint;
    v_row record;
    v_row_id bigint;
    v_row_x double precision;
    v_row_y double precision;
    v_zone_x double precision;
    v_zone_y double precision;
    v_where text;
    v_unknown text;
    v_seat_keys text[];
BEGIN
    PERFORM marquee.check_seating_keys(p_document, 'the plan', ARRAY['name', 'categories', 'zones', 'size'],
                                       ARRAY['name', 'categories', 'zones']);
    IF jsonb_typeof(p_document -> 'categories') IS DISTINCT FROM 'array'
       OR jsonb_typeof(p_document -> 'zones') IS DISTINCT FROM 'array' THEN
        PERFORM marquee.refuse_seating_document('the plan', '"categories" and "zones" must be lists');
    END IF;

    v_older := NOT p_document ? 'size'
        OR jsonb_path_exists(p_document, '$.zones[*] ? (exists (@.displayed))')
        OR jsonb_path_exists(p_document, '$.zones[*].rows[*] ? (exists (@.seats_spacing) || exists (@.number_of_seats))')
        OR jsonb_path_exists(p_document, '$.zones[*].areas[*] ? (exists (@.width) || exists (@.height) || @.text.type() == "string")');
    v_form := CASE WHEN v_older THEN 'older' ELSE 'current' END;
    v_seat_keys := CASE WHEN v_older THEN ARRAY['seat_guid', 'seat_number', 'position', 'category']
                        ELSE ARRAY['seat_guid', 'seat_number', 'uuid', 'start_direction', 'radius', 'position', 'category'] END;
    IF p_document ? 'size' THEN
        PERFORM marquee.check_seating_keys(p_document -> 'size', 'the plan''s size', ARRAY['width', 'height'],
                                           ARRAY['width', 'height']);
    END IF;

    INSERT INTO marquee.seating_plans (name, form, width, height)
    VALUES (btrim(p_name), v_form, (p_document -> 'size' ->> 'width')::integer, (p_document -> 'size' ->> 'height')::integer)
    RETURNING id INTO v_plan;

    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_document -> 'categories') c
                WHERE jsonb_typeof(c) <> 'object' OR NOT c ? 'name'
                   OR EXISTS (SELECT 1 FROM jsonb_object_keys(CASE WHEN jsonb_typeof(c) = 'object' THEN c ELSE '{}' END) k WHERE k NOT IN ('name', 'color'))) THEN
        PERFORM marquee.refuse_seating_document('a category', 'has only "name" (required) and "color"');
    END IF;
    INSERT INTO marquee.seating_categories (plan_id, name, color, sort_order)
    SELECT v_plan, c ->> 'name', c ->> 'color', o
      FROM jsonb_array_elements(p_document -> 'categories') WITH ORDINALITY AS t(c, o);

    FOR v_zone IN SELECT z, o::integer AS o FROM jsonb_array_elements(p_document -> 'zones') WITH ORDINALITY AS t(z, o) LOOP
        v_where := format('zone %s', v_zone.o);
        PERFORM marquee.check_seating_keys(v_zone.z, v_where,
            CASE WHEN v_older THEN ARRAY['name', 'displayed', 'position', 'rows', 'areas']
                 ELSE ARRAY['name', 'zone_id', 'uuid', 'position', 'rows', 'areas'] END,
            ARRAY['position', 'rows']);
        PERFORM marquee.check_seating_keys(v_zone.z -> 'position', v_where || ', position', ARRAY['x', 'y'], ARRAY['x', 'y']);
        IF v_zone.z ? 'areas' AND EXISTS (
               SELECT 1 FROM jsonb_array_elements(v_zone.z -> 'areas') a
                WHERE jsonb_typeof(a) <> 'object'
                   OR EXISTS (SELECT 1 FROM jsonb_object_keys(CASE WHEN jsonb_typeof(a) = 'object' THEN a ELSE '{}' END) k
                               WHERE k <> ALL (CASE WHEN v_older
                                   THEN ARRAY['color', 'border_color', 'width', 'height', 'position', 'rotation', 'text']
                                   ELSE ARRAY['color', 'border_color', 'rotation', 'position', 'uuid', 'shape', 'polygon',
                                              'rectangle', 'ellipse', 'circle', 'text'] END))) THEN
            PERFORM marquee.refuse_seating_document(v_where, 'an area has a property that is not part of the format');
        END IF;
        v_zone_x := (v_zone.z -> 'position' ->> 'x')::double precision;
        v_zone_y := (v_zone.z -> 'position' ->> 'y')::double precision;
        INSERT INTO marquee.seating_zones (plan_id, zone_order, name, pretix_zone_id, uuid, displayed, x, y, areas)
        VALUES (v_plan, v_zone.o, nullif(v_zone.z ->> 'name', ''), nullif(v_zone.z ->> 'zone_id', ''),
                nullif(v_zone.z ->> 'uuid', ''), (v_zone.z ->> 'displayed')::boolean, v_zone_x, v_zone_y,
                CASE WHEN jsonb_array_length(coalesce(v_zone.z -> 'areas', '[]')) > 0 THEN v_zone.z -> 'areas' END)
        RETURNING id INTO v_zone_id;

        FOR v_row IN SELECT r, o::integer AS o FROM jsonb_array_elements(v_zone.z -> 'rows') WITH ORDINALITY AS t(r, o) LOOP
            v_where := format('zone %s, row %s', v_zone.o, v_row.o);
            PERFORM marquee.check_seating_keys(v_row.r, v_where,
                CASE WHEN v_older THEN ARRAY['row_number', 'seats', 'number_of_seats', 'seats_spacing', 'position']
                     ELSE ARRAY['row_number', 'row_label', 'seat_label', 'uuid', 'seats', 'row_number_position', 'position'] END,
                ARRAY['row_number', 'seats']);
            IF v_row.r ? 'position' THEN
                PERFORM marquee.check_seating_keys(v_row.r -> 'position', v_where || ', position', ARRAY['x', 'y'], ARRAY['x', 'y']);
            END IF;
            v_row_x := (v_row.r -> 'position' ->> 'x')::double precision;
            v_row_y := (v_row.r -> 'position' ->> 'y')::double precision;
            INSERT INTO marquee.seating_rows (plan_id, zone_id, row_order, row_number, row_label, seat_label,
                                              row_number_position, uuid, x, y, seats_spacing, number_of_seats)
            VALUES (v_plan, v_zone_id, v_row.o, v_row.r ->> 'row_number', nullif(v_row.r ->> 'row_label', ''),
                    nullif(v_row.r ->> 'seat_label', ''), v_row.r ->> 'row_number_position', nullif(v_row.r ->> 'uuid', ''),
                    v_row_x, v_row_y, (v_row.r ->> 'seats_spacing')::integer, (v_row.r ->> 'number_of_seats')::integer)
            RETURNING id INTO v_row_id;

            IF EXISTS (SELECT 1 FROM jsonb_array_elements(v_row.r -> 'seats') s
                        WHERE jsonb_typeof(s) <> 'object'
                           OR EXISTS (SELECT 1 FROM jsonb_object_keys(CASE WHEN jsonb_typeof(s) = 'object' THEN s ELSE '{}' END) k WHERE k <> ALL (v_seat_keys))
                           OR NOT (s ? 'seat_guid' AND s ? 'seat_number' AND s ? 'position' AND s ? 'category')) THEN
                PERFORM marquee.refuse_seating_document(v_where,
                    'a seat has a property that is not part of the format, or lacks seat_guid, seat_number, position or category');
            END IF;
            -- The order on the floor: along the row's longer extent (left to right, or top to bottom).
            WITH raw AS (
                SELECT t.s, t.o::integer AS o,
                       (t.s -> 'position' ->> 'x')::double precision AS x,
                       (t.s -> 'position' ->> 'y')::double precision AS y
                  FROM jsonb_array_elements(v_row.r -> 'seats') WITH ORDINALITY AS t(s, o)
            ), placed AS (
                SELECT raw.*, (max(x) OVER () - min(x) OVER ()) >= (max(y) OVER () - min(y) OVER ()) AS across
                  FROM raw
            )
            INSERT INTO marquee.seating_seats (plan_id, row_id, seat_order, row_position, seat_guid, seat_number, category,
                                               uuid, start_direction, radius, x, y, plan_x, plan_y)
            SELECT v_plan, v_row_id, p.o,
                   row_number() OVER (ORDER BY CASE WHEN p.across THEN p.x ELSE p.y END,
                                               CASE WHEN p.across THEN p.y ELSE p.x END, p.o),
                   p.s ->> 'seat_guid', p.s ->> 'seat_number', p.s ->> 'category', nullif(p.s ->> 'uuid', ''),
                   nullif(p.s ->> 'start_direction', ''), (p.s ->> 'radius')::integer, p.x, p.y,
                   v_zone_x + coalesce(v_row_x, 0) + p.x, v_zone_y + coalesce(v_row_y, 0) + p.y
              FROM placed p;

            UPDATE marquee.seating_rows r
               SET usual_spacing = (
                   SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY g.gap)
                     FROM (SELECT sqrt(power(s.x - lag(s.x) OVER w, 2) + power(s.y - lag(s.y) OVER w, 2)) AS gap
                             FROM marquee.seating_seats s
                            WHERE s.row_id = v_row_id
                           WINDOW w AS (ORDER BY s.row_position)) g
                    WHERE g.gap IS NOT NULL)
             WHERE r.id = v_row_id;
        END LOOP;
    END LOOP;

    IF NOT EXISTS (SELECT 1 FROM marquee.seating_seats s WHERE s.plan_id = v_plan) THEN
        PERFORM marquee.refuse_seating_document('the plan', 'it has no seats');
    END IF;
    SELECT g INTO v_unknown
      FROM unnest(coalesce(p_wheelchair, '{}') || coalesce(p_companion, '{}') || coalesce(p_restricted_view, '{}')) g
     WHERE NOT EXISTS (SELECT 1 FROM marquee.seating_seats s WHERE s.plan_id = v_plan AND s.seat_guid = g)
     LIMIT 1;
    IF FOUND THEN
        PERFORM marquee.refuse_seating_document('the accessibility marks', format('seat "%s" is not in the plan', v_unknown));
    END IF;
    UPDATE marquee.seating_seats s
       SET wheelchair = s.seat_guid = ANY (coalesce(p_wheelchair, '{}')),
           companion = s.seat_guid = ANY (coalesce(p_companion, '{}')),
           restricted_view = s.seat_guid = ANY (coalesce(p_restricted_view, '{}'))
     WHERE s.plan_id = v_plan
       AND (s.seat_guid = ANY (coalesce(p_wheelchair, '{}')) OR s.seat_guid = ANY (coalesce(p_companion, '{}'))
            OR s.seat_guid = ANY (coalesce(p_restricted_view, '{}')));
    RETURN v_plan;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Export: the plan in pretix's format, in its own form, rebuilt from the tables (zones, rows and seats in the
-- file's order). Properties the file left out, or gave as null or "", stay out. Marquee's own marks are not
-- part of the format; read them from seating_seats.

CREATE FUNCTION marquee.seating_plan_document(p_plan_id bigint) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, marquee, pg_temp AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'name', p.name,
        'size', CASE WHEN p.width IS NOT NULL THEN jsonb_build_object('width', p.width, 'height', p.height) END,
        'categories', coalesce((
            SELECT jsonb_agg(jsonb_build_object('name', c.name, 'color', c.color) ORDER BY c.sort_order)
              FROM marquee.seating_categories c WHERE c.plan_id = p.id), '[]'::jsonb),
        'zones', coalesce((
            SELECT jsonb_agg(jsonb_build_object(
                       'name', z.name, 'zone_id', z.pretix_zone_id, 'uuid', z.uuid, 'displayed', z.displayed,
                       'position', jsonb_build_object('x', z.x, 'y', z.y),
                       'areas', z.areas,
                       'rows', coalesce((
                           SELECT jsonb_agg(jsonb_build_object(
                                      'row_number', r.row_number, 'row_label', r.row_label, 'seat_label', r.seat_label,
                                      'row_number_position', r.row_number_position, 'uuid', r.uuid,
                                      'seats_spacing', r.seats_spacing, 'number_of_seats', r.number_of_seats,
                                      'position', CASE WHEN r.x IS NOT NULL THEN jsonb_build_object('x', r.x, 'y', r.y) END,
                                      'seats', coalesce((
                                          SELECT jsonb_agg(jsonb_build_object(
                                                     'seat_guid', s.seat_guid, 'seat_number', s.seat_number,
                                                     'category', s.category, 'uuid', s.uuid,
                                                     'start_direction', s.start_direction, 'radius', s.radius,
                                                     'position', jsonb_build_object('x', s.x, 'y', s.y))
                                                 ORDER BY s.seat_order)
                                            FROM marquee.seating_seats s WHERE s.row_id = r.id), '[]'::jsonb))
                                  ORDER BY r.row_order)
                             FROM marquee.seating_rows r WHERE r.zone_id = z.id), '[]'::jsonb))
                   ORDER BY z.zone_order)
              FROM marquee.seating_zones z WHERE z.plan_id = p.id), '[]'::jsonb)))
      FROM marquee.seating_plans p
     WHERE p.id = p_plan_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Rights. Functions start closed (0003's default privileges); tables too.

REVOKE ALL ON marquee.seating_plans, marquee.seating_categories, marquee.seating_zones, marquee.seating_rows,
              marquee.seating_seats FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.refuse_seating_document(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.check_seating_keys(jsonb, text, text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.create_seating_plan(text, jsonb, text[], text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION marquee.seating_plan_document(bigint) FROM PUBLIC;

GRANT SELECT ON marquee.seating_plans, marquee.seating_categories, marquee.seating_zones, marquee.seating_rows,
                marquee.seating_seats TO marquee_kiosk;
GRANT EXECUTE ON FUNCTION marquee.seating_plan_document(bigint) TO marquee_kiosk;

GRANT EXECUTE ON FUNCTION marquee.create_seating_plan(text, jsonb, text[], text[], text[]) TO marquee_admin;
GRANT UPDATE (name) ON marquee.seating_plans TO marquee_admin;
-- Deleting a plan takes its zones, rows and seats with it; a plan an event uses cannot be deleted (§3 adds that
-- reference).
GRANT DELETE ON marquee.seating_plans TO marquee_admin;
GRANT UPDATE (wheelchair, companion, restricted_view) ON marquee.seating_seats TO marquee_admin;
