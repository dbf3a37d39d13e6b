-- A door terminal, like a kiosk, reads and writes on one worker (one scan at a time): 2 connections and the
-- sign-in check, so a door login may hold 3 (0035 gave it a desk's 4). TerminalSession::connectionCount().
UPDATE marquee.terminal_connections SET connections = 3 WHERE group_name = 'marquee_door';
SELECT marquee.apply_connection_limits();
