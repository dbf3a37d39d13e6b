<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Error</name>
    <message>
        <source>Not enough seats are left for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not on sale: it was cancelled, has already started or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a number of tickets between 1 and the limit per booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name and a phone number with 6 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such booking was found, or it has already been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter; it must be new, and the password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff login with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can have at most 5000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the number of tickets already sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a price such as 250 or 250.50 (at most 99,999,999.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new event must start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a phone number with 6 to 20 digits (spaces, dashes and a leading + are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with this phone number already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the values is not valid; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is not allowed to do this. Please ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server. Check the network and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed, so Marquee cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Marquee. Please update this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this version of Marquee; it was changed by hand. Nothing was migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database schema failed; nothing of the failed step was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking cannot be cancelled: some of its tickets have already been used at the door.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Most tickets per booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::AboutDialog</name>
    <message>
        <source>About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticketing for venues: box office, kiosk and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 Marquee developers. Released under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::AdminView</name>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BookingExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BookingLookupPanel</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code, booking number (#123) or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find booking (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in ticket (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a ticket code (TKT-…), a booking number such as #123, or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Booking #%1 is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking #%1 for %2: %n ticket(s) to %3?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling booking #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booking #%1 cancelled: %n seat(s) back on sale.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets of booking #%1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of booking #%1 saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket in the list first (Tab to the tickets, Up/Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BookingResultsModel</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BookingTableModel</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BoxOfficeView</name>
    <message>
        <source>Sell tickets (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find booking (F3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectingWindow</name>
    <message>
        <source>Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerForm</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::EventDetailPanel</name>
    <message>
        <source>Choose an event to see its bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::EventForm</name>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::EventTableModel</name>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::EventsPage</name>
    <message>
        <source>%1 of %2 events loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1” on %2?

It stops being on sale at once, at every kiosk and box office. Its %3 bookings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “%1” was cancelled. Its bookings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bookings to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookings were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventDelegate</name>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ON SALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::KioskView</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy tickets for an upcoming event, or find a booking you have already made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by event or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Somchai Jaidee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your booking is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these QR codes at the door. Take a photo of them or note your booking reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number you booked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match your search. Try another word or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no upcoming events right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this event has just sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this event is no longer on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 tickets per booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the booking reference shown on your confirmation, e.g. #123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find a booking with this reference and phone number. Please check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Marquee group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 on %2, PostgreSQL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Marquee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SalePanel</name>
    <message>
        <source>Event — type part of its title, Up/Down to choose, Enter to pick (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events by title or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s phone, e.g. 081 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complimentary (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming event matches. Check the spelling or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event picked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 per ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer: enter their name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an event first: type part of its title and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cash handed over, such as 1000 or 1000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is less than the total of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SaleResultPanel</name>
    <message>
        <source>Booking #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3
%n ticket(s) for %4 (%5) · Total %6 · %7</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SalesChartView</name>
    <message>
        <source>Tickets sold over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets sold yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Shell</name>
    <message>
        <source>The connection string given with --db is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” may not use Marquee: it is in none of the kiosk, box office or admin groups. An administrator can add it under Admin → Staff logins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in Marquee&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so Marquee does not remember passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption and a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption, a trusted certificate and the right server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StaffExitDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: sign in with a box office or admin login to leave the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your staff login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not leave the kiosk: a box office or admin login is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginForm</name>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter (not with pg_ or marquee_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginTableModel</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StaffPage</name>
    <message>
        <source>The login %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketCodesPanel</name>
    <message>
        <source>Ticket %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketListModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARQUEE · ADMIT ONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets for booking #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
