-- Text people read is plain text that shows what it says.
--
-- Names, titles, venues and descriptions are shown on screens, tickets and receipts. A control
-- character, a bidi override (U+202A-U+202E, U+2066-U+2069), a word joiner (U+2060) or a byte-order
-- mark (U+FEFF) makes the text look like something it is not (an override turns "Somchai" into a
-- name that reads backwards, a hidden character makes two names that look equal differ). They are
-- refused here, by CHECK constraints, for whoever writes the row. Zero-width space (U+200B) and the
-- joiners (U+200C, U+200D) stay allowed: Thai line breaking and emoji use them legitimately.
-- Descriptions may keep line breaks and tabs.

CREATE FUNCTION marquee.is_clean_text(p_text text, p_allow_line_breaks boolean DEFAULT false) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_text IS NULL
        OR CASE WHEN p_allow_line_breaks
                THEN p_text !~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2060\u2066-\u2069\ufeff]'
                ELSE p_text !~ '[\u0001-\u001f\u007f-\u009f\u202a-\u202e\u2060\u2066-\u2069\ufeff]'
           END
$$;
GRANT EXECUTE ON FUNCTION marquee.is_clean_text(text, boolean) TO marquee_kiosk;

-- Existing rows: the characters are removed rather than the migration refused. They are invisible
-- by nature, so removing them changes nothing a person could see except the deception itself;
-- a control character becomes a space. Every change goes through the audit log (old and new value),
-- so nothing is lost. A constraint left NOT VALID instead would make every later update of such a
-- row fail, including the seat count of an event with such a title: sales of that event would stop.
CREATE FUNCTION marquee.cleaned_text(p_text text, p_allow_line_breaks boolean, p_if_empty text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN btrim(v.t) = '' THEN p_if_empty ELSE btrim(v.t) END
      FROM (SELECT regexp_replace(
                       regexp_replace(p_text,
                                      CASE WHEN p_allow_line_breaks
                                           THEN '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]'
                                           ELSE '[\u0001-\u001f\u007f-\u009f]' END,
                                      ' ', 'g'),
                       '[\u202a-\u202e\u2060\u2066-\u2069\ufeff]', '', 'g') AS t) v
$$;

DO $$
DECLARE
    n integer;
BEGIN
    UPDATE marquee.users u SET name = marquee.cleaned_text(u.name, false, '?')
     WHERE NOT marquee.is_clean_text(u.name);
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        RAISE WARNING 'removed hidden or control characters from % customer name(s); see the audit log', n;
    END IF;
    UPDATE marquee.events e
       SET title = marquee.cleaned_text(e.title, false, '?'),
           venue = marquee.cleaned_text(e.venue, false, '?'),
           description = CASE WHEN marquee.is_clean_text(e.description, true) THEN e.description
                              ELSE marquee.cleaned_text(e.description, true, '') END
     WHERE NOT (marquee.is_clean_text(e.title) AND marquee.is_clean_text(e.venue)
                AND marquee.is_clean_text(e.description, true));
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        RAISE WARNING 'removed hidden or control characters from % event(s); see the audit log', n;
    END IF;
    UPDATE marquee.staff_logins s SET full_name = marquee.cleaned_text(s.full_name, false, '')
     WHERE NOT marquee.is_clean_text(s.full_name);
END;
$$;
DROP FUNCTION marquee.cleaned_text(text, boolean, text);

ALTER TABLE marquee.users ADD CONSTRAINT users_name_clean CHECK (marquee.is_clean_text(name));
ALTER TABLE marquee.events ADD CONSTRAINT events_title_clean CHECK (marquee.is_clean_text(title));
ALTER TABLE marquee.events ADD CONSTRAINT events_venue_clean CHECK (marquee.is_clean_text(venue));
ALTER TABLE marquee.events ADD CONSTRAINT events_description_clean CHECK (marquee.is_clean_text(description, true));
ALTER TABLE marquee.staff_logins ADD CONSTRAINT staff_logins_full_name_clean CHECK (marquee.is_clean_text(full_name));
