-- A kiosk reads and writes on one worker connection (issue #16 §3): a customer does one thing at a time, so a
-- separate read connection would only hold a server slot per kiosk. So a kiosk terminal holds 2 connections
-- (the listener and the worker) and briefly a third while signing in; box-office and admin terminals keep
-- reads apart from sales (3, and the sign-in check: 4). TerminalSession::connectionCount() says the same.
UPDATE marquee.terminal_connections SET connections = 3 WHERE group_name = 'marquee_kiosk';
SELECT marquee.apply_connection_limits();
