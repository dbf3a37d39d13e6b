-- 0041 put the sessions scan behind housekeeping() but kept 0035's grant to the door group on the renamed
-- scan (and box-office logins are door members): only housekeeping() is the door's, as it is every group's.
REVOKE ALL ON FUNCTION marquee.housekeeping_scan() FROM marquee_door;
GRANT EXECUTE ON FUNCTION marquee.housekeeping() TO marquee_door;
