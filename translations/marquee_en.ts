<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Error</name>
    <message>
        <source>Not enough seats are left for this event.</source>
        <translation>Not enough seats are left for this event.</translation>
    </message>
    <message>
        <source>This event is not on sale: it was cancelled, has already started or no longer exists.</source>
        <translation>This event is not on sale: it was cancelled, has already started or no longer exists.</translation>
    </message>
    <message>
        <source>Please choose a number of tickets between 1 and the limit per booking.</source>
        <translation>Please choose a number of tickets between 1 and the limit per booking.</translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name and a phone number with 6 to 20 digits.</source>
        <translation>Please enter the customer&apos;s name and a phone number with 6 to 20 digits.</translation>
    </message>
    <message>
        <source>No such booking was found, or it has already been cancelled.</source>
        <translation>No such booking was found, or it has already been cancelled.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>No ticket has this code.</translation>
    </message>
    <message>
        <source>This ticket has already been used.</source>
        <translation>This ticket has already been used.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>This ticket was cancelled.</translation>
    </message>
    <message>
        <source>There is no staff login with this name.</source>
        <translation>There is no staff login with this name.</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <source>The title can have at most 200 characters.</source>
        <translation>The title can have at most 200 characters.</translation>
    </message>
    <message>
        <source>Please enter a venue.</source>
        <translation>Please enter a venue.</translation>
    </message>
    <message>
        <source>The venue can have at most 200 characters.</source>
        <translation>The venue can have at most 200 characters.</translation>
    </message>
    <message>
        <source>The description can have at most 5000 characters.</source>
        <translation>The description can have at most 5000 characters.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>The capacity must be at least 1.</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the number of tickets already sold.</source>
        <translation>The capacity cannot be lower than the number of tickets already sold.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>Please enter a price such as 250 or 250.50 (at most 99,999,999.99).</source>
        <translation>Please enter a price such as 250 or 250.50 (at most 99,999,999.99).</translation>
    </message>
    <message>
        <source>A new event must start in the future.</source>
        <translation>A new event must start in the future.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>A name can have at most 100 characters.</translation>
    </message>
    <message>
        <source>Please enter a phone number with 6 to 20 digits (spaces, dashes and a leading + are fine).</source>
        <translation>Please enter a phone number with 6 to 20 digits (spaces, dashes and a leading + are fine).</translation>
    </message>
    <message>
        <source>A customer with this phone number already exists.</source>
        <translation>A customer with this phone number already exists.</translation>
    </message>
    <message>
        <source>One of the values is not valid; nothing was saved.</source>
        <translation>One of the values is not valid; nothing was saved.</translation>
    </message>
    <message>
        <source>Your login is not allowed to do this. Please ask an administrator.</source>
        <translation>Your login is not allowed to do this. Please ask an administrator.</translation>
    </message>
    <message>
        <source>The database took too long to answer. Please try again.</source>
        <translation>The database took too long to answer. Please try again.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>Someone else changed this at the same moment. Please try again.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation>The connection to the database was lost. Reconnecting…</translation>
    </message>
    <message>
        <source>Cannot reach the database server. Check the network and the server address.</source>
        <translation>Cannot reach the database server. Check the network and the server address.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed, so Marquee cannot connect.</source>
        <translation>The PostgreSQL driver for Qt is not installed, so Marquee cannot connect.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Marquee. Please update this terminal.</source>
        <translation>The database was set up by a newer version of Marquee. Please update this terminal.</translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this version of Marquee; it was changed by hand. Nothing was migrated.</source>
        <translation>The database&apos;s schema history does not match this version of Marquee; it was changed by hand. Nothing was migrated.</translation>
    </message>
    <message>
        <source>Updating the database schema failed; nothing of the failed step was applied.</source>
        <translation>Updating the database schema failed; nothing of the failed step was applied.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Something unexpected went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>This booking cannot be cancelled: some of its tickets have already been used at the door.</source>
        <translation>This booking cannot be cancelled: some of its tickets have already been used at the door.</translation>
    </message>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter, and not a reserved word such as &quot;all&quot; or &quot;user&quot;; it must be new, and the password needs at least 8 characters.</source>
        <translation>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter, and not a reserved word such as &quot;all&quot; or &quot;user&quot;; it must be new, and the password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>This booking request does not match the one first sent with it; nothing was booked. Please start the booking again.</source>
        <translation>This booking request does not match the one first sent with it; nothing was booked. Please start the booking again.</translation>
    </message>
    <message>
        <source>This terminal has made as many bookings as it may in one minute. Please wait a minute and try again.</source>
        <translation>This terminal has made as many bookings as it may in one minute. Please wait a minute and try again.</translation>
    </message>
    <message>
        <source>This phone number already has as many tickets for this event as one customer may book here. Please ask at the box office.</source>
        <translation>This phone number already has as many tickets for this event as one customer may book here. Please ask at the box office.</translation>
    </message>
    <message>
        <source>Check-in for this event is open from 6 hours before it starts until 12 hours after.</source>
        <translation>Check-in for this event is open from 6 hours before it starts until 12 hours after.</translation>
    </message>
    <message>
        <source>Too many booking look-ups found nothing in the last minute. Please wait a minute and try again, or ask at the box office.</source>
        <translation>Too many booking look-ups found nothing in the last minute. Please wait a minute and try again, or ask at the box office.</translation>
    </message>
    <message>
        <source>This text contains control or invisible formatting characters (such as a right-to-left override); please type it again.</source>
        <translation>This text contains control or invisible formatting characters (such as a right-to-left override); please type it again.</translation>
    </message>
    <message>
        <source>A booking reference has 8 letters and digits, such as K7QM2XPA.</source>
        <translation>A booking reference has 8 letters and digits, such as K7QM2XPA.</translation>
    </message>
    <message>
        <source>The database server has no free connections. Please ask an administrator.</source>
        <translation>The database server has no free connections. Please ask an administrator.</translation>
    </message>
    <message>
        <source>This login already has as many connections open as one terminal needs: it is probably signed in on another computer. Sign out there, or ask an administrator.</source>
        <translation>This login already has as many connections open as one terminal needs: it is probably signed in on another computer. Sign out there, or ask an administrator.</translation>
    </message>
    <message>
        <source>The database server&apos;s max_connections leaves no room for another login&apos;s connections; nothing was created. Ask the database administrator to raise max_connections.</source>
        <translation>The database server&apos;s max_connections leaves no room for another login&apos;s connections; nothing was created. Ask the database administrator to raise max_connections.</translation>
    </message>
    <message>
        <source>This login has been disabled. Please ask an administrator.</source>
        <translation>This login has been disabled. Please ask an administrator.</translation>
    </message>
    <message>
        <source>Updating the database schema waited too long for tables that other sessions are using; nothing of the waiting step was applied. Try again when the terminals are quiet.</source>
        <translation>Updating the database schema waited too long for tables that other sessions are using; nothing of the waiting step was applied. Try again when the terminals are quiet.</translation>
    </message>
    <message>
        <source>This reservation can no longer be paid: its time is up and its seats went back on sale, or it has already been paid. Look it up again to see what it is now.</source>
        <translation>This reservation can no longer be paid: its time is up and its seats went back on sale, or it has already been paid. Look it up again to see what it is now.</translation>
    </message>
    <message>
        <source>No refund is due for this: it has already been given, or there is none. Look the booking up again to see what it is now.</source>
        <translation>No refund is due for this: it has already been given, or there is none. Look the booking up again to see what it is now.</translation>
    </message>
    <message>
        <source>This ticket belongs to a reservation that has not been paid: it is not valid for entry until it is paid at the box office.</source>
        <translation>This ticket belongs to a reservation that has not been paid: it is not valid for entry until it is paid at the box office.</translation>
    </message>
    <message>
        <source>This terminal already holds as many seats of this event in unpaid reservations as it may. Please pay for them at the box office, or wait until some of them expire.</source>
        <translation>This terminal already holds as many seats of this event in unpaid reservations as it may. Please pay for them at the box office, or wait until some of them expire.</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the seats already sold or held by reservations.</source>
        <translation>The capacity cannot be lower than the seats already sold or held by reservations.</translation>
    </message>
    <message>
        <source>A cancelled event cannot be put back on sale: its tickets were voided and its refunds listed. Create the event again instead.</source>
        <translation>A cancelled event cannot be put back on sale: its tickets were voided and its refunds listed. Create the event again instead.</translation>
    </message>
    <message>
        <source>Please choose a time zone by its name, such as Asia/Bangkok.</source>
        <translation>Please choose a time zone by its name, such as Asia/Bangkok.</translation>
    </message>
    <message>
        <source>Please enter the currency as its three-letter code in capitals, such as THB.</source>
        <translation>Please enter the currency as its three-letter code in capitals, such as THB.</translation>
    </message>
    <message>
        <source>This number is outside the range this setting allows; nothing was saved.</source>
        <translation>This number is outside the range this setting allows; nothing was saved.</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>A note can have at most 500 characters.</translation>
    </message>
    <message>
        <source>A receipt printer&apos;s address looks like escpos://192.168.1.50 or escpos://printer.local:9100 (the port is 9100 unless you give another).</source>
        <translation>A receipt printer&apos;s address looks like escpos://192.168.1.50 or escpos://printer.local:9100 (the port is 9100 unless you give another).</translation>
    </message>
    <message>
        <source>No receipt printer is set up for this desk yet; the sale is saved, and its tickets can be printed once one is.</source>
        <translation>No receipt printer is set up for this desk yet; the sale is saved, and its tickets can be printed once one is.</translation>
    </message>
    <message>
        <source>The receipt printer cannot be reached: check that it is switched on and connected to the network, and that its address is right; the sale is saved and its tickets can be printed again.</source>
        <translation>The receipt printer cannot be reached: check that it is switched on and connected to the network, and that its address is right; the sale is saved and its tickets can be printed again.</translation>
    </message>
    <message>
        <source>The receipt printer broke off the connection in the middle of printing: check its paper and cover, then print again; the sale is saved.</source>
        <translation>The receipt printer broke off the connection in the middle of printing: check its paper and cover, then print again; the sale is saved.</translation>
    </message>
    <message>
        <source>The receipt printer stopped answering while printing: check that it has paper, its cover is closed and no error light is on, then print again; the sale is saved.</source>
        <translation>The receipt printer stopped answering while printing: check that it has paper, its cover is closed and no error light is on, then print again; the sale is saved.</translation>
    </message>
    <message>
        <source>This ticket is for another event: this entrance does not admit it.</source>
        <translation>This ticket is for another event: this entrance does not admit it.</translation>
    </message>
    <message>
        <source>This event does not allow re-entry: a ticket holder who leaves cannot come back in.</source>
        <translation>This event does not allow re-entry: a ticket holder who leaves cannot come back in.</translation>
    </message>
    <message>
        <source>This ticket is not inside: it has not come in, or it has already gone out.</source>
        <translation>This ticket is not inside: it has not come in, or it has already gone out.</translation>
    </message>
    <message>
        <source>An entrance&apos;s name has 1 to 60 characters and no hidden characters.</source>
        <translation>An entrance&apos;s name has 1 to 60 characters and no hidden characters.</translation>
    </message>
    <message>
        <source>Open a shift with its float before taking or giving back cash at this desk; card sales need no shift.</source>
        <translation>Open a shift with its float before taking or giving back cash at this desk; card sales need no shift.</translation>
    </message>
    <message>
        <source>This login already has an open shift: close it before opening a new one.</source>
        <translation>This login already has an open shift: close it before opening a new one.</translation>
    </message>
    <message>
        <source>There is no open shift here: open one with its float first.</source>
        <translation>There is no open shift here: open one with its float first.</translation>
    </message>
    <message>
        <source>Enter an amount of money of 0 or more, with at most two decimals, e.g. 2000 or 1500.50.</source>
        <translation>Enter an amount of money of 0 or more, with at most two decimals, e.g. 2000 or 1500.50.</translation>
    </message>
    <message>
        <source>One of these seats is no longer available: it was sold, blocked or is held at another terminal. Please choose other seats.</source>
        <translation>One of these seats is no longer available: it was sold, blocked or is held at another terminal. Please choose other seats.</translation>
    </message>
    <message>
        <source>This ticket type cannot be sold here for this event or seat. Please choose another ticket type.</source>
        <translation>This ticket type cannot be sold here for this event or seat. Please choose another ticket type.</translation>
    </message>
    <message>
        <source>There are not enough tickets of this type left. Please choose another ticket type or fewer tickets.</source>
        <translation>There are not enough tickets of this type left. Please choose another ticket type or fewer tickets.</translation>
    </message>
    <message>
        <source>Please give the ticket type a name of at most 100 characters that no other type of this event has.</source>
        <translation>Please give the ticket type a name of at most 100 characters that no other type of this event has.</translation>
    </message>
    <message>
        <source>An event needs at least one ticket type on sale: add another before taking this one off sale.</source>
        <translation>An event needs at least one ticket type on sale: add another before taking this one off sale.</translation>
    </message>
    <message>
        <source>The quota cannot be lower than the tickets of this type already sold or reserved.</source>
        <translation>The quota cannot be lower than the tickets of this type already sold or reserved.</translation>
    </message>
    <message>
        <source>This event&apos;s seating cannot be changed: tickets are already sold, or its capacity is the number of its seats that are not blocked.</source>
        <translation>This event&apos;s seating cannot be changed: tickets are already sold, or its capacity is the number of its seats that are not blocked.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>&amp;Capacity (seats)</source>
        <translation>&amp;Capacity (seats)</translation>
    </message>
    <message>
        <source>&amp;Price per ticket</source>
        <translation>&amp;Price per ticket</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>e.g. 1250.00</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Most tickets per booking</source>
        <translation>&amp;Most tickets per booking</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <source>Seat&amp;ing plan</source>
        <translation>Seat&amp;ing plan</translation>
    </message>
</context>
<context>
    <name>KioskStyle</name>
    <message>
        <source>Clear this field</source>
        <translation>Clear this field</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>%1 per ticket</source>
        <translation>%1 per ticket</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>1 seat left</translation>
    </message>
    <message>
        <source>%1 seats left</source>
        <translation>%1 seats left</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>not on sale</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <source>Not paid yet. Please pay %1 at the box office before %2 (venue time) and show this booking reference. If it is not paid by then, the booking lapses and the seats go back on sale.</source>
        <translation>Not paid yet. Please pay %1 at the box office before %2 (venue time) and show this booking reference. If it is not paid by then, the booking lapses and the seats go back on sale.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>Marquee::AboutDialog</name>
    <message>
        <source>About Marquee</source>
        <translation>About Marquee</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Ticketing for venues: box office, kiosk and administration.</source>
        <translation>Ticketing for venues: box office, kiosk and administration.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>PostgreSQL server %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 Marquee developers. Released under the MIT License.</source>
        <translation>Copyright © 2026 Marquee developers. Released under the MIT License.</translation>
    </message>
</context>
<context>
    <name>Marquee::AdminView</name>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;ustomers</translation>
    </message>
    <message>
        <source>&amp;Staff logins</source>
        <translation>&amp;Staff logins</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>The database server is near its connection limit: %1 of %2 connections are in use. New terminals may be refused; ask the database administrator to raise max_connections.</source>
        <translation>The database server is near its connection limit: %1 of %2 connections are in use. New terminals may be refused; ask the database administrator to raise max_connections.</translation>
    </message>
    <message>
        <source>The server&apos;s notification queue is %1% full: a session is not reading its notifications. Marquee ends such sessions by itself; if this warning stays, ask the database administrator.</source>
        <translation>The server&apos;s notification queue is %1% full: a session is not reading its notifications. Marquee ends such sessions by itself; if this warning stays, ask the database administrator.</translation>
    </message>
    <message>
        <source>&amp;Refunds</source>
        <translation>&amp;Refunds</translation>
    </message>
    <message>
        <source>S&amp;hifts</source>
        <translation>S&amp;hifts</translation>
    </message>
    <message>
        <source>&amp;Venue settings</source>
        <translation>&amp;Venue settings</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>Sea&amp;ting</translation>
    </message>
</context>
<context>
    <name>Marquee::AttendanceReportModel</name>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <source>(nobody came in)</source>
        <translation>(nobody came in)</translation>
    </message>
    <message>
        <source>Box office (no entrance)</source>
        <translation>Box office (no entrance)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
</context>
<context>
    <name>Marquee::AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>Staff logins</translation>
    </message>
</context>
<context>
    <name>Marquee::AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::BookingExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The connection to the database is gone.</source>
        <translation>The connection to the database is gone.</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingLimitsPanel</name>
    <message>
        <source>The booking limits were saved; they apply to the next booking.</source>
        <translation>The booking limits were saved; they apply to the next booking.</translation>
    </message>
    <message>
        <source>Booking limits (against hoarding; 0 is no limit)</source>
        <translation>Booking limits (against hoarding; 0 is no limit)</translation>
    </message>
    <message>
        <source>Bookings a minute, per login</source>
        <translation>Bookings a minute, per login</translation>
    </message>
    <message>
        <source>Tickets per customer phone and event</source>
        <translation>Tickets per customer phone and event</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Box office</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingLookupPanel</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Find booking (Enter)</source>
        <translation>Find booking (Enter)</translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation>T&amp;ickets</translation>
    </message>
    <message>
        <source>Cancel booking (Ctrl+Del)</source>
        <translation>Cancel booking (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Check in ticket (F8)</source>
        <translation>Check in ticket (F8)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>New sale (Esc)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No booking matches “%1”.</source>
        <translation>No booking matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) found.</source>
        <translation>
            <numerusform>%n booking found.</numerusform>
            <numerusform>%n bookings found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it.</source>
        <translation>The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Yes, cancel it</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Choose a ticket in the list first (Tab to the tickets, Up/Down).</source>
        <translation>Choose a ticket in the list first (Tab to the tickets, Up/Down).</translation>
    </message>
    <message>
        <source>Ticket %1 checked in.</source>
        <translation>Ticket %1 checked in.</translation>
    </message>
    <message>
        <source>Ticket code, booking reference (K7QM2XPA) or phone</source>
        <translation>Ticket code, booking reference (K7QM2XPA) or phone</translation>
    </message>
    <message>
        <source>Enter a ticket code (TKT-…), a booking reference such as K7QM2XPA, or a phone number.</source>
        <translation>Enter a ticket code (TKT-…), a booking reference such as K7QM2XPA, or a phone number.</translation>
    </message>
    <message>
        <source>Booking %1 is already cancelled.</source>
        <translation>Booking %1 is already cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking %1 for %2: %n ticket(s) to %3?</source>
        <translation>
            <numerusform>Cancel booking %1 for %2: %n ticket to %3?</numerusform>
            <numerusform>Cancel booking %1 for %2: %n tickets to %3?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling booking %1…</source>
        <translation>Cancelling booking %1…</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 cancelled: %n seat(s) back on sale.</source>
        <translation>
            <numerusform>Booking %1 cancelled: %n seat back on sale.</numerusform>
            <numerusform>Booking %1 cancelled: %n seats back on sale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets of booking %1 saved as PDF.</source>
        <translation>Tickets of booking %1 saved as PDF.</translation>
    </message>
    <message>
        <source>Take payment (F9)</source>
        <translation>Take payment (F9)</translation>
    </message>
    <message>
        <source>It is an unpaid reservation: nothing to give back.</source>
        <translation>It is an unpaid reservation: nothing to give back.</translation>
    </message>
    <message>
        <source>Nothing was paid for it: nothing to give back.</source>
        <translation>Nothing was paid for it: nothing to give back.</translation>
    </message>
    <message>
        <source>Give back %1 in cash.</source>
        <translation>Give back %1 in cash.</translation>
    </message>
    <message>
        <source>Give back %1 to the card it was paid with.</source>
        <translation>Give back %1 to the card it was paid with.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel and give back %1</source>
        <translation>&amp;Yes, cancel and give back %1</translation>
    </message>
    <message>
        <source>Booking %1 cancelled, but the refund of %2 could not be recorded as given: %3 It stays on the list of refunds due.</source>
        <translation>Booking %1 cancelled, but the refund of %2 could not be recorded as given: %3 It stays on the list of refunds due.</translation>
    </message>
    <message>
        <source>Booking %1 cancelled: %2 given back (%3).</source>
        <translation>Booking %1 cancelled: %2 given back (%3).</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message numerus="yes">
        <source>Reservation %1 for %2: %n ticket(s), %3 to pay.</source>
        <translation>
            <numerusform>Reservation %1 for %2: %n ticket, %3 to pay.</numerusform>
            <numerusform>Reservation %1 for %2: %n tickets, %3 to pay.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>C&amp;ard</translation>
    </message>
    <message>
        <source>Cash &amp;handed over</source>
        <translation>Cash &amp;handed over</translation>
    </message>
    <message>
        <source>Enter the cash handed over: at least %1.</source>
        <translation>Enter the cash handed over: at least %1.</translation>
    </message>
    <message>
        <source>Taking payment for %1…</source>
        <translation>Taking payment for %1…</translation>
    </message>
    <message>
        <source>Reservation %1 paid: %2.</source>
        <translation>Reservation %1 paid: %2.</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Change due: %1</translation>
    </message>
    <message>
        <source>Tickets of booking %1 printed again, marked REPRINT %2.</source>
        <translation>Tickets of booking %1 printed again, marked REPRINT %2.</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingResultsModel</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Complimentary</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>Sold at</translation>
    </message>
    <message>
        <source>Reserved: to pay by %1</source>
        <translation>Reserved: to pay by %1</translation>
    </message>
    <message>
        <source>Paid (reservation)</source>
        <translation>Paid (reservation)</translation>
    </message>
    <message>
        <source>Expired, not paid</source>
        <translation>Expired, not paid</translation>
    </message>
    <message>
        <source>Event cancelled: refunded</source>
        <translation>Event cancelled: refunded</translation>
    </message>
    <message>
        <source>Event cancelled: refund %1 at the box office</source>
        <translation>Event cancelled: refund %1 at the box office</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>Event cancelled</translation>
    </message>
    <message>
        <source>Cancelled: refund %1 due</source>
        <translation>Cancelled: refund %1 due</translation>
    </message>
    <message>
        <source>Cancelled: refunded</source>
        <translation>Cancelled: refunded</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingTableModel</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Complimentary</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>Marquee::BoxOfficeView</name>
    <message>
        <source>Sell tickets (F2)</source>
        <translation>Sell tickets (F2)</translation>
    </message>
    <message>
        <source>Find booking (F3)</source>
        <translation>Find booking (F3)</translation>
    </message>
    <message>
        <source>Printer… (F4)</source>
        <translation>Printer… (F4)</translation>
    </message>
</context>
<context>
    <name>Marquee::CashAmountDialog</name>
    <message>
        <source>&amp;Desk (empty: this terminal&apos;s name)</source>
        <translation>&amp;Desk (empty: this terminal&apos;s name)</translation>
    </message>
    <message>
        <source>Enter an amount of money of 0 or more, such as 2000 or 1500.50.</source>
        <translation>Enter an amount of money of 0 or more, such as 2000 or 1500.50.</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectingWindow</name>
    <message>
        <source>Marquee</source>
        <translation>Marquee</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connecting to %1.</translation>
    </message>
    <message>
        <source>Marquee could not start</source>
        <translation>Marquee could not start</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Connection to the database lost — reconnecting…</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>Reconnected.</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerForm</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation>e.g. 081 234 5678</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerPart</name>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Walk-in customer&apos;s name</source>
        <translation>Walk-in customer&apos;s name</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>Looking up the customer…</translation>
    </message>
    <message>
        <source>New customer: enter their name below.</source>
        <translation>New customer: enter their name below.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s phone, e.g. 081 234 5678; empty for a walk-in</source>
        <translation>Customer&apos;s phone, e.g. 081 234 5678; empty for a walk-in</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name or phone</source>
        <translation>Search name or phone</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
</context>
<context>
    <name>Marquee::DeskPrinter</name>
    <message>
        <source>CASH-UP</source>
        <translation>CASH-UP</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Card sales</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Card refunds</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Cash-up of shift %1</source>
        <translation>Cash-up of shift %1</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorAnswerPanel</name>
    <message>
        <source>Scan a ticket</source>
        <translation>Scan a ticket</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s code under the scanner, or type it and press Enter.</source>
        <translation>Hold the ticket&apos;s code under the scanner, or type it and press Enter.</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NOT CHECKED</translation>
    </message>
    <message>
        <source>%1 Scan the ticket again.</source>
        <translation>%1 Scan the ticket again.</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>VALID: BACK IN</source>
        <translation>VALID: BACK IN</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>CHECKED OUT</translation>
    </message>
    <message>
        <source>ALREADY USED</source>
        <translation>ALREADY USED</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>the box office</source>
        <translation>the box office</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>entrance %1</translation>
    </message>
    <message>
        <source>%1 — welcome in.</source>
        <translation>%1 — welcome in.</translation>
    </message>
    <message>
        <source>%1 — back in after going out.</source>
        <translation>%1 — back in after going out.</translation>
    </message>
    <message>
        <source>%1 — may come back in once with this ticket.</source>
        <translation>%1 — may come back in once with this ticket.</translation>
    </message>
    <message>
        <source>Came in at %1 at %2 and went out; this event does not allow re-entry.</source>
        <translation>Came in at %1 at %2 and went out; this event does not allow re-entry.</translation>
    </message>
    <message>
        <source>Used at %1 at %2.</source>
        <translation>Used at %1 at %2.</translation>
    </message>
    <message>
        <source>This ticket is for another event: %1.</source>
        <translation>This ticket is for another event: %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorEventPicker</name>
    <message>
        <source>Events this entrance admits</source>
        <translation>Events this entrance admits</translation>
    </message>
    <message>
        <source>Tick the events whose tickets this entrance lets in.</source>
        <translation>Tick the events whose tickets this entrance lets in.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Admit these</source>
        <translation>Admit these</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorView</name>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Reading today&apos;s events…</source>
        <translation>Reading today&apos;s events…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No event chosen: this entrance admits nobody. Press F9 to choose.</source>
        <translation>No event chosen: this entrance admits nobody. Press F9 to choose.</translation>
    </message>
    <message>
        <source>Admits: %1</source>
        <translation>Admits: %1</translation>
    </message>
    <message>
        <source>Inside: %1</source>
        <translation>Inside: %1</translation>
    </message>
    <message>
        <source>came in: %1</source>
        <translation>came in: %1</translation>
    </message>
    <message>
        <source>box office</source>
        <translation>box office</translation>
    </message>
    <message>
        <source>%1: %2 in, %3 inside</source>
        <translation>%1: %2 in, %3 inside</translation>
    </message>
    <message>
        <source>Door (no entrance named)</source>
        <translation>Door (no entrance named)</translation>
    </message>
    <message>
        <source>Entrance %1</source>
        <translation>Entrance %1</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>&amp;Ticket code:</translation>
    </message>
    <message>
        <source>Check in (F5)</source>
        <translation>Check in (F5)</translation>
    </message>
    <message>
        <source>Check out (F6)</source>
        <translation>Check out (F6)</translation>
    </message>
    <message>
        <source>Events… (F9)</source>
        <translation>Events… (F9)</translation>
    </message>
</context>
<context>
    <name>Marquee::EventDetailPanel</name>
    <message>
        <source>Choose an event to see its bookings.</source>
        <translation>Choose an event to see its bookings.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Bookings of this event</source>
        <translation>Bookings of this event</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Tickets sold</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Cancelled bookings</source>
        <translation>Cancelled bookings</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Bookings of “%1”</source>
        <translation>Bookings of “%1”</translation>
    </message>
    <message>
        <source>Seat &amp;map…</source>
        <translation>Seat &amp;map…</translation>
    </message>
    <message>
        <source>The seat map of this event: house holds and accessibility marks</source>
        <translation>The seat map of this event: house holds and accessibility marks</translation>
    </message>
</context>
<context>
    <name>Marquee::EventForm</name>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>None (general admission)</source>
        <translation>None (general admission)</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 seats)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) (from the plan)</source>
        <translation>
            <numerusform>%n seat (from the plan)</numerusform>
            <numerusform>%n seats (from the plan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket types can be edited once the event is saved: save it, then open it again with Edit. It starts with one type at the price above.</source>
        <translation>Ticket types can be edited once the event is saved: save it, then open it again with Edit. It starts with one type at the price above.</translation>
    </message>
    <message>
        <source>Each type has its own price and, if you like, its own quota; for a seated event a type can be for one seat category. Save stores the event and its ticket types.</source>
        <translation>Each type has its own price and, if you like, its own quota; for a seated event a type can be for one seat category. Save stores the event and its ticket types.</translation>
    </message>
</context>
<context>
    <name>Marquee::EventPicker</name>
    <message>
        <source>Event — type part of its title, Up/Down to choose, Enter to pick (F2)</source>
        <translation>Event — type part of its title, Up/Down to choose, Enter to pick (F2)</translation>
    </message>
    <message>
        <source>Search events by title or venue</source>
        <translation>Search events by title or venue</translation>
    </message>
    <message>
        <source>No upcoming event matches. Check the spelling or clear the search.</source>
        <translation>No upcoming event matches. Check the spelling or clear the search.</translation>
    </message>
</context>
<context>
    <name>Marquee::EventSeatsDialog</name>
    <message>
        <source>This event has no seating plan: choose one in its form (Edit).</source>
        <translation>This event has no seating plan: choose one in its form (Edit).</translation>
    </message>
    <message>
        <source>Capacity: %1 seats for sale; %2 of %3 seats blocked as house holds.</source>
        <translation>Capacity: %1 seats for sale; %2 of %3 seats blocked as house holds.</translation>
    </message>
    <message>
        <source>Pick seats on the map (free or blocked ones) to block, unblock or mark them.</source>
        <translation>Pick seats on the map (free or blocked ones) to block, unblock or mark them.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) picked: %1</source>
        <translation>
            <numerusform>%n seat picked: %1</numerusform>
            <numerusform>%n seats picked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked as house holds.</source>
        <translation>
            <numerusform>%n seat blocked as a house hold.</numerusform>
            <numerusform>%n seats blocked as house holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) back on sale.</source>
        <translation>
            <numerusform>%n seat back on sale.</numerusform>
            <numerusform>%n seats back on sale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats of %1</source>
        <translation>Seats of %1</translation>
    </message>
    <message>
        <source>&amp;Block as house holds</source>
        <translation>&amp;Block as house holds</translation>
    </message>
    <message>
        <source>&amp;Unblock (back on sale)</source>
        <translation>&amp;Unblock (back on sale)</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <source>Remove mar&amp;k</source>
        <translation>Remove mar&amp;k</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Wheelchair space</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Companion seat</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Restricted view</translation>
    </message>
    <message>
        <source>Mark to give or take away</source>
        <translation>Mark to give or take away</translation>
    </message>
    <message numerus="yes">
        <source>Marked “%1”: %n seat(s), for every event of this plan.</source>
        <translation>
            <numerusform>Marked “%1”: %n seat, for every event of this plan.</numerusform>
            <numerusform>Marked “%1”: %n seats, for every event of this plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer marked “%1”: %n seat(s).</source>
        <translation>
            <numerusform>No longer marked “%1”: %n seat.</numerusform>
            <numerusform>No longer marked “%1”: %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::EventTableModel</name>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Marquee::EventsPage</name>
    <message>
        <source>The event “%1” was created.</source>
        <translation>The event “%1” was created.</translation>
    </message>
    <message>
        <source>The event “%1” was saved.</source>
        <translation>The event “%1” was saved.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <source>The event “%1” was cancelled. Its bookings are kept.</source>
        <translation>The event “%1” was cancelled. Its bookings are kept.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Writing bookings to %1…</source>
        <translation>Writing bookings to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The bookings were written to %1.</source>
        <translation>The bookings were written to %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was left behind.</source>
        <translation>The export was cancelled; no file was left behind.</translation>
    </message>
    <message>
        <source>Cancel “%1” on %2?

It stops being on sale at once, at every kiosk and box office. Its tickets stop being valid, and each of its %3 paid bookings is listed under Refunds.</source>
        <translation>Cancel “%1” on %2?

It stops being on sale at once, at every kiosk and box office. Its tickets stop being valid, and each of its %3 paid bookings is listed under Refunds.</translation>
    </message>
</context>
<context>
    <name>Marquee::EventsToolbar</name>
    <message>
        <source>%1 of %2 events loaded</source>
        <translation>%1 of %2 events loaded</translation>
    </message>
    <message>
        <source>%1 events loaded</source>
        <translation>%1 events loaded</translation>
    </message>
    <message>
        <source>Search title or venue</source>
        <translation>Search title or venue</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Cancel event…</translation>
    </message>
    <message>
        <source>Export bookings…</source>
        <translation>Export bookings…</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskConfirmationPage</name>
    <message>
        <source>Thank you! Your booking is confirmed.</source>
        <translation>Thank you! Your booking is confirmed.</translation>
    </message>
    <message>
        <source>Show these QR codes at the door. Take a photo of them or note your booking reference.</source>
        <translation>Show these QR codes at the door. Take a photo of them or note your booking reference.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your booking reference is %1.</source>
        <translation>Your booking reference is %1.</translation>
    </message>
    <message>
        <source>Your seats are held. Please pay at the box office.</source>
        <translation>Your seats are held. Please pay at the box office.</translation>
    </message>
    <message>
        <source>The QR codes let you in once the booking is paid. Take a photo of them or note your booking reference.</source>
        <translation>The QR codes let you in once the booking is paid. Take a photo of them or note your booking reference.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskDetailsPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <source>Sorry, this event has just sold out.</source>
        <translation>Sorry, this event has just sold out.</translation>
    </message>
    <message>
        <source>Sorry, this event is no longer on sale.</source>
        <translation>Sorry, this event is no longer on sale.</translation>
    </message>
    <message>
        <source>Type your name and phone number, then Confirm booking.</source>
        <translation>Type your name and phone number, then Confirm booking.</translation>
    </message>
    <message>
        <source>Your name (e.g. Somchai Jaidee)</source>
        <translation>Your name (e.g. Somchai Jaidee)</translation>
    </message>
    <message>
        <source>Your phone number (e.g. 081 234 5678)</source>
        <translation>Your phone number (e.g. 081 234 5678)</translation>
    </message>
    <message>
        <source>Back to the number of tickets</source>
        <translation>Back to the number of tickets</translation>
    </message>
    <message>
        <source>Your seats are held for you until %1.</source>
        <translation>Your seats are held for you until %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventDelegate</name>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>NOT ON SALE</source>
        <translation>NOT ON SALE</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>SOLD OUT</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Your tickets</source>
        <translation>Your tickets</translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation>How many tickets?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sorry, this event has just sold out.</source>
        <translation>Sorry, this event has just sold out.</translation>
    </message>
    <message>
        <source>Sorry, this event is no longer on sale.</source>
        <translation>Sorry, this event is no longer on sale.</translation>
    </message>
    <message>
        <source>Up to %1 tickets per booking.</source>
        <translation>Up to %1 tickets per booking.</translation>
    </message>
    <message>
        <source>Number of tickets: %1.</source>
        <translation>Number of tickets: %1.</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Number of tickets</translation>
    </message>
    <message>
        <source>Fewer tickets</source>
        <translation>Fewer tickets</translation>
    </message>
    <message>
        <source>More tickets</source>
        <translation>More tickets</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>Back to the events</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Number of %1 tickets</source>
        <translation>Number of %1 tickets</translation>
    </message>
    <message>
        <source>Fewer %1 tickets</source>
        <translation>Fewer %1 tickets</translation>
    </message>
    <message>
        <source>More %1 tickets</source>
        <translation>More %1 tickets</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>This event has numbered seats: choose them on the next page.</source>
        <translation>This event has numbered seats: choose them on the next page.</translation>
    </message>
    <message>
        <source>Tickets from %1</source>
        <translation>Tickets from %1</translation>
    </message>
    <message>
        <source>Up to %1 seats per booking.</source>
        <translation>Up to %1 seats per booking.</translation>
    </message>
    <message>
        <source>How many tickets of each type?</source>
        <translation>How many tickets of each type?</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventsModel</name>
    <message>
        <source>%1, %2, %3, %4 per ticket, %5</source>
        <translation>%1, %2, %3, %4 per ticket, %5</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventsPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation>Choose an event</translation>
    </message>
    <message>
        <source>Search by event or venue</source>
        <translation>Search by event or venue</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message>
        <source>No events match your search. Try another word or date.</source>
        <translation>No events match your search. Try another word or date.</translation>
    </message>
    <message>
        <source>There are no upcoming events right now.</source>
        <translation>There are no upcoming events right now.</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message numerus="yes">
        <source>%n events. Use the arrow keys to hear them, Enter to choose one.</source>
        <translation>
            <numerusform>%n event. Use the arrow keys to hear it, Enter to choose it.</numerusform>
            <numerusform>%n events. Use the arrow keys to hear them, Enter to choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::KioskFindBookingPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Find my booking</translation>
    </message>
    <message>
        <source>The phone number you booked with</source>
        <translation>The phone number you booked with</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Please enter the booking reference shown on your confirmation: 8 letters and digits, e.g. K7QM2XPA.</source>
        <translation>Please enter the booking reference shown on your confirmation: 8 letters and digits, e.g. K7QM2XPA.</translation>
    </message>
    <message>
        <source>We could not find a booking with this reference and phone number. Please check both and try again.</source>
        <translation>We could not find a booking with this reference and phone number. Please check both and try again.</translation>
    </message>
    <message>
        <source>Type the phone number you booked with and your booking reference, then Find.</source>
        <translation>Type the phone number you booked with and your booking reference, then Find.</translation>
    </message>
    <message>
        <source>Your booking reference is %1.</source>
        <translation>Your booking reference is %1.</translation>
    </message>
    <message>
        <source>Booking reference (e.g. K7QM2XPA)</source>
        <translation>Booking reference (e.g. K7QM2XPA)</translation>
    </message>
    <message>
        <source>This event was cancelled. These tickets are no longer valid: please ask for your refund at the box office.</source>
        <translation>This event was cancelled. These tickets are no longer valid: please ask for your refund at the box office.</translation>
    </message>
    <message>
        <source>This reservation was not paid in time and has lapsed. Its tickets are not valid.</source>
        <translation>This reservation was not paid in time and has lapsed. Its tickets are not valid.</translation>
    </message>
    <message>
        <source>This booking was cancelled. Its tickets are not valid.</source>
        <translation>This booking was cancelled. Its tickets are not valid.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskKeypad</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <source>Next ↵</source>
        <translation>Next ↵</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
    <message>
        <source>Thai letters</source>
        <translation>Thai letters</translation>
    </message>
    <message>
        <source>More Thai letters</source>
        <translation>More Thai letters</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSeatPage</name>
    <message>
        <source>That seat cannot be chosen. Please choose a free seat.</source>
        <translation>That seat cannot be chosen. Please choose a free seat.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the event (your seats are released)</source>
        <translation>Back to the event (your seats are released)</translation>
    </message>
    <message>
        <source>Choose your seats</source>
        <translation>Choose your seats</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <source>Seat list</source>
        <translation>Seat list</translation>
    </message>
    <message>
        <source>Seat list by row</source>
        <translation>Seat list by row</translation>
    </message>
    <message>
        <source>Seats by row</source>
        <translation>Seats by row</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Best available</translation>
    </message>
    <message>
        <source>How many seats?</source>
        <translation>How many seats?</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Number of seats</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Fewer seats</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>More seats</translation>
    </message>
    <message>
        <source>Find the best seats</source>
        <translation>Find the best seats</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Your seats</translation>
    </message>
    <message>
        <source>Each seat is sold at its area&apos;s standard ticket price.</source>
        <translation>Each seat is sold at its area&apos;s standard ticket price.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Any area</translation>
    </message>
    <message>
        <source>Row %1, seat %2, %3</source>
        <translation>Row %1, seat %2, %3</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Row %1, %2</translation>
    </message>
    <message>
        <source>Your seats: %1.</source>
        <translation>Your seats: %1.</translation>
    </message>
    <message>
        <source>No seats chosen.</source>
        <translation>No seats chosen.</translation>
    </message>
    <message>
        <source>Your time to choose ran out and your seats were released. Please choose again.</source>
        <translation>Your time to choose ran out and your seats were released. Please choose again.</translation>
    </message>
    <message>
        <source>Your seats are held for %1:%2</source>
        <translation>Your seats are held for %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for only %n more seconds.</source>
        <translation>
            <numerusform>Your seats are held for only %n more second.</numerusform>
            <numerusform>Your seats are held for only %n more seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No seats chosen yet. Tap free seats on the map, or find the best seats.</source>
        <translation>No seats chosen yet. Tap free seats on the map, or find the best seats.</translation>
    </message>
    <message>
        <source>Choose an area and a number of seats, then Find the best seats; or choose seats from the seat list by row.</source>
        <translation>Choose an area and a number of seats, then Find the best seats; or choose seats from the seat list by row.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSpeech</name>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>check box</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>radio button</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>spin button</source>
        <translation>spin button</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>text field</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSpeechBar</name>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Repeat what this page says</source>
        <translation>Repeat what this page says</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Stop speaking</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskStartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Buy tickets for an upcoming event, or find a booking you have already made.</source>
        <translation>Buy tickets for an upcoming event, or find a booking you have already made.</translation>
    </message>
    <message>
        <source>Buy tickets</source>
        <translation>Buy tickets</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Find my booking</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Help for me:</source>
        <translation>Help for me:</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Reads each page aloud. Use headphones in the jack below the screen.</source>
        <translation>Reads each page aloud. Use headphones in the jack below the screen.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
    <message>
        <source>Doubles the time before the kiosk asks whether you are still there.</source>
        <translation>Doubles the time before the kiosk asks whether you are still there.</translation>
    </message>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translation>Staff only: leave the kiosk</translation>
    </message>
    <message>
        <source>Welcome. Buy tickets, or find my booking. Press Tab to move, Enter to choose.</source>
        <translation>Welcome. Buy tickets, or find my booking. Press Tab to move, Enter to choose.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskStillThereDialog</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>The kiosk will start over for the next customer soon, and forget what you entered. Need more time?</source>
        <translation>The kiosk will start over for the next customer soon, and forget what you entered. Need more time?</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskView</name>
    <message numerus="yes">
        <source>%n seconds left. Press Enter for more time.</source>
        <translation>
            <numerusform>%n second left. Press Enter for more time.</numerusform>
            <numerusform>%n seconds left. Press Enter for more time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech is on. Press Tab to move between controls and Enter to choose. Repeat and Stop are at the bottom of every page.</source>
        <translation>Speech is on. Press Tab to move between controls and Enter to choose. Repeat and Stop are at the bottom of every page.</translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message numerus="yes">
        <source>There are no %n free seats together in one row.</source>
        <translation>
            <numerusform>Not even %n seat is free.</numerusform>
            <numerusform>There are no %n free seats together in one row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats together in one row in %1.</source>
        <translation>
            <numerusform>Not even %n seat is free in %1.</numerusform>
            <numerusform>There are no %n free seats together in one row in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>box office</source>
        <translation>box office</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>no Marquee group</source>
        <translation>no Marquee group</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Database %1 on %2, PostgreSQL %3</source>
        <translation>Database %1 on %2, PostgreSQL %3</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosk</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>&amp;Box office</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>&amp;About Marquee</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Box office</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 — Marquee</source>
        <translation>%1 — Marquee</translation>
    </message>
    <message>
        <source>door</source>
        <translation>door</translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation>&amp;Door</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>Marquee::NewSeatingPlanDialog</name>
    <message>
        <source>Stalls</source>
        <translation>Stalls</translation>
    </message>
    <message>
        <source>Letters: A, B, C …</source>
        <translation>Letters: A, B, C …</translation>
    </message>
    <message>
        <source>Numbers: 1, 2, 3 …</source>
        <translation>Numbers: 1, 2, 3 …</translation>
    </message>
    <message>
        <source>Seat 1 on the left (seen from the stage)</source>
        <translation>Seat 1 on the left (seen from the stage)</translation>
    </message>
    <message>
        <source>Seat 1 on the right (seen from the stage)</source>
        <translation>Seat 1 on the right (seen from the stage)</translation>
    </message>
    <message>
        <source>Make a seating plan</source>
        <translation>Make a seating plan</translation>
    </message>
    <message>
        <source>Plan &amp;name</source>
        <translation>Plan &amp;name</translation>
    </message>
    <message>
        <source>&amp;Rows named</source>
        <translation>&amp;Rows named</translation>
    </message>
    <message>
        <source>An &amp;aisle after every</source>
        <translation>An &amp;aisle after every</translation>
    </message>
    <message>
        <source>no aisle</source>
        <translation>no aisle</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Seats per row</source>
        <translation>Seats per row</translation>
    </message>
    <message>
        <source>Add a &amp;zone</source>
        <translation>Add a &amp;zone</translation>
    </message>
    <message>
        <source>Zone %1: name</source>
        <translation>Zone %1: name</translation>
    </message>
    <message>
        <source>Zone %1: rows</source>
        <translation>Zone %1: rows</translation>
    </message>
    <message>
        <source>Zone %1: seats per row</source>
        <translation>Zone %1: seats per row</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Make the plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Seats n&amp;umbered</source>
        <translation>Seats n&amp;umbered</translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentPart</name>
    <message>
        <source>Enter the cash handed over, such as 1000 or 1000.50.</source>
        <translation>Enter the cash handed over, such as 1000 or 1000.50.</translation>
    </message>
    <message>
        <source>That is less than the total of %1.</source>
        <translation>That is less than the total of %1.</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Short by %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Cash (F5)</source>
        <translation>Cash (F5)</translation>
    </message>
    <message>
        <source>Card (F6)</source>
        <translation>Card (F6)</translation>
    </message>
    <message>
        <source>Complimentary (F7)</source>
        <translation>Complimentary (F7)</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>&amp;Tendered</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Change due</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Marquee::PickedEventCard</name>
    <message>
        <source>Loading the event…</source>
        <translation>Loading the event…</translation>
    </message>
    <message>
        <source>No event picked yet</source>
        <translation>No event picked yet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 per ticket</source>
        <translation>%1 · %2 · %3 per ticket</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Not on sale</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSetupDialog</name>
    <message>
        <source>This desk&apos;s printer</source>
        <translation>This desk&apos;s printer</translation>
    </message>
    <message>
        <source>&amp;Receipt and ticket printer on the network (ESC/POS)</source>
        <translation>&amp;Receipt and ticket printer on the network (ESC/POS)</translation>
    </message>
    <message>
        <source>&amp;Page printer of this computer</source>
        <translation>&amp;Page printer of this computer</translation>
    </message>
    <message>
        <source>&amp;None yet: ask with the print dialog once, then keep that printer</source>
        <translation>&amp;None yet: ask with the print dialog once, then keep that printer</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundTableModel</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>Event cancelled</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Given back</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundsPage</name>
    <message>
        <source>Only refunds still &amp;due</source>
        <translation>Only refunds still &amp;due</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Mark refunded…</source>
        <translation>&amp;Mark refunded…</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) listed; %1 still to give back.</source>
        <translation>
            <numerusform>%n refund listed; %1 still to give back.</numerusform>
            <numerusform>%n refunds listed; %1 still to give back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Mark refunded</translation>
    </message>
    <message>
        <source>%1 to %2 for booking %3.</source>
        <translation>%1 to %2 for booking %3.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Given back by</source>
        <translation>Given back by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Refund of booking %1 marked as given.</source>
        <translation>Refund of booking %1 marked as given.</translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>Save attendance as CSV</source>
        <translation>Save attendance as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The last day of the period comes before its first day.</source>
        <translation>The last day of the period comes before its first day.</translation>
    </message>
    <message>
        <source>Sold: %1 in %2 bookings, %3 tickets. Refunds given: %4. Net: %5.</source>
        <translation>Sold: %1 in %2 bookings, %3 tickets. Refunds given: %4. Net: %5.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <source>%1 to %2 (the venue&apos;s days)</source>
        <translation>%1 to %2 (the venue&apos;s days)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save sales as CSV</source>
        <translation>Save sales as CSV</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Sales as CSV…</source>
        <translation>Sales as CSV…</translation>
    </message>
    <message>
        <source>Attendance as CSV…</source>
        <translation>Attendance as CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Attendance per event and entrance (events starting in the period)</source>
        <translation>Attendance per event and entrance (events starting in the period)</translation>
    </message>
</context>
<context>
    <name>Marquee::SalePanel</name>
    <message>
        <source>Confirm sale (Enter)</source>
        <translation>Confirm sale (Enter)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>New sale (Esc)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>Pick an event first: type part of its title and press Enter.</source>
        <translation>Pick an event first: type part of its title and press Enter.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>The last sale&apos;s outcome is not known yet. Put the form back as it was and press Enter to ask again (it will not sell twice), or press Esc to start a new sale.</source>
        <translation>The last sale&apos;s outcome is not known yet. Put the form back as it was and press Enter to ask again (it will not sell twice), or press Esc to start a new sale.</translation>
    </message>
    <message>
        <source>%1
The sale may or may not have gone through. Press Enter to ask again: it will not sell twice.</source>
        <translation>%1
The sale may or may not have gone through. Press Enter to ask again: it will not sell twice.</translation>
    </message>
    <message>
        <source>Pick seats on the map, or type how many (such as &quot;4 stalls&quot;) and press Enter to hold the best seats together.</source>
        <translation>Pick seats on the map, or type how many (such as &quot;4 stalls&quot;) and press Enter to hold the best seats together.</translation>
    </message>
    <message>
        <source>At most %1 seats per booking: put some back on the map.</source>
        <translation>At most %1 seats per booking: put some back on the map.</translation>
    </message>
    <message>
        <source>A held seat has no ticket type it can be sold as: choose another seat.</source>
        <translation>A held seat has no ticket type it can be sold as: choose another seat.</translation>
    </message>
</context>
<context>
    <name>Marquee::SaleResultPanel</name>
    <message>
        <source>Change due: %1</source>
        <translation>Change due: %1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>New sale (Esc)</translation>
    </message>
    <message>
        <source>Tickets sent to the printer.</source>
        <translation>Tickets sent to the printer.</translation>
    </message>
    <message>
        <source>Tickets saved as PDF.</source>
        <translation>Tickets saved as PDF.</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) booked · Total %1
The details could not be read back just now: find the booking with F3 to print its tickets.</source>
        <translation>
            <numerusform>%n ticket booked · Total %1
The details could not be read back just now: find the booking with F3 to print its tickets.</numerusform>
            <numerusform>%n tickets booked · Total %1
The details could not be read back just now: find the booking with F3 to print its tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>%1 Press Ctrl+P to print again.</source>
        <translation>%1 Press Ctrl+P to print again.</translation>
    </message>
    <message>
        <source>Tickets and receipt printed.</source>
        <translation>Tickets and receipt printed.</translation>
    </message>
    <message>
        <source>Printed again, marked REPRINT %1.</source>
        <translation>Printed again, marked REPRINT %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (phone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3
%n ticket(s) for %4 · Total %5 · %6</source>
        <translation>
            <numerusform>%1 — %2, %3
%n ticket for %4 · Total %5 · %6</numerusform>
            <numerusform>%1 — %2, %3
%n tickets for %4 · Total %5 · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::SalesChartView</name>
    <message>
        <source>Tickets sold over time</source>
        <translation>Tickets sold over time</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Tickets sold</translation>
    </message>
    <message>
        <source>No tickets sold yet</source>
        <translation>No tickets sold yet</translation>
    </message>
</context>
<context>
    <name>Marquee::SalesTotalsModel</name>
    <message>
        <source>No shift</source>
        <translation>No shift</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Complimentary</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatCategoryDelegate</name>
    <message>
        <source>any seat</source>
        <translation>any seat</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMap</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Show the whole plan (0)</source>
        <translation>Show the whole plan (0)</translation>
    </message>
    <message>
        <source>Show the whole plan</source>
        <translation>Show the whole plan</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Seat map</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation>Seat map legend</translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <translation>%1 (free)</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatPart</name>
    <message>
        <source>&amp;Best available:</source>
        <translation>&amp;Best available:</translation>
    </message>
    <message>
        <source>e.g. 4 stalls, then Enter</source>
        <translation>e.g. 4 stalls, then Enter</translation>
    </message>
    <message>
        <source>How many seats and, if you like, the seat category, such as &quot;4 stalls&quot; or &quot;2&quot;; Enter holds the best seats together.</source>
        <translation>How many seats and, if you like, the seat category, such as &quot;4 stalls&quot; or &quot;2&quot;; Enter holds the best seats together.</translation>
    </message>
    <message>
        <source>Type how many seats and, if you like, the category, such as &quot;4 stalls&quot;, then press Enter.</source>
        <translation>Type how many seats and, if you like, the category, such as &quot;4 stalls&quot;, then press Enter.</translation>
    </message>
    <message>
        <source>Ask for 1 to 50 seats at a time, such as &quot;4 stalls&quot;.</source>
        <translation>Ask for 1 to 50 seats at a time, such as &quot;4 stalls&quot;.</translation>
    </message>
    <message>
        <source>This event&apos;s seats have no category called &quot;%1&quot;.</source>
        <translation>This event&apos;s seats have no category called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This event&apos;s seats have no category called &quot;%1&quot;. Its categories: %2.</source>
        <translation>This event&apos;s seats have no category called &quot;%1&quot;. Its categories: %2.</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Row %1, seat %2</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, row %2, seat %3</translation>
    </message>
    <message>
        <source>No seats held: click seats on the map or type how many above.</source>
        <translation>No seats held: click seats on the map or type how many above.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for this sale:</source>
        <translation>
            <numerusform>%n seat held for this sale:</numerusform>
            <numerusform>%n seats held for this sale:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ticket type for %1</source>
        <translation>Ticket type for %1</translation>
    </message>
    <message>
        <source>These seats stay held until %1 and cannot be held longer: finish the sale by then.</source>
        <translation>These seats stay held until %1 and cannot be held longer: finish the sale by then.</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatingPage</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a seating plan.</source>
        <translation>The file %1 is too large to be a seating plan.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>The plan &quot;%1&quot; with %n seat(s) is stored.</source>
        <translation>
            <numerusform>The plan &quot;%1&quot; with %n seat is stored.</numerusform>
            <numerusform>The plan &quot;%1&quot; with %n seats is stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be written to %1: %2</source>
        <translation>The plan could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is written to %2.</source>
        <translation>The plan &quot;%1&quot; is written to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n seat(s)</source>
        <translation>
            <numerusform>%1: %n seat</numerusform>
            <numerusform>%1: %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a seating plan</source>
        <translation>Import a seating plan</translation>
    </message>
    <message>
        <source>Seating plans (*.json);;All files (*)</source>
        <translation>Seating plans (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export the seating plan</source>
        <translation>Export the seating plan</translation>
    </message>
    <message>
        <source>Seating plans (*.json)</source>
        <translation>Seating plans (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import a plan…</source>
        <translation>&amp;Import a plan…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Make a plan…</source>
        <translation>&amp;Make a plan…</translation>
    </message>
    <message>
        <source>Seating plans</source>
        <translation>Seating plans</translation>
    </message>
    <message>
        <source>Choose a plan to see it.</source>
        <translation>Choose a plan to see it.</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatingPlanTableModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
</context>
<context>
    <name>Marquee::Shell</name>
    <message>
        <source>The connection string given with --db is not valid: %1.</source>
        <translation>The connection string given with --db is not valid: %1.</translation>
    </message>
    <message>
        <source>The login “%1” may not use Marquee: it is in none of the kiosk, door, box office or admin groups. An administrator can add it under Admin → Staff logins.</source>
        <translation>The login “%1” may not use Marquee: it is in none of the kiosk, door, box office or admin groups. An administrator can add it under Admin → Staff logins.</translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftBar</name>
    <message>
        <source>No sale: open drawer (F11)</source>
        <translation>No sale: open drawer (F11)</translation>
    </message>
    <message>
        <source>Reading this desk&apos;s shift…</source>
        <translation>Reading this desk&apos;s shift…</translation>
    </message>
    <message numerus="yes">
        <source>Shift open at %1 since %2 · cash %3 · card %4 · %n ticket(s)</source>
        <translation>
            <numerusform>Shift open at %1 since %2 · cash %3 · card %4 · %n ticket</numerusform>
            <numerusform>Shift open at %1 since %2 · cash %3 · card %4 · %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift open: open one with its float (F10) before the first cash sale. Card sales need none.</source>
        <translation>No shift open: open one with its float (F10) before the first cash sale. Card sales need none.</translation>
    </message>
    <message>
        <source>Close shift… (F10)</source>
        <translation>Close shift… (F10)</translation>
    </message>
    <message>
        <source>Open shift… (F10)</source>
        <translation>Open shift… (F10)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>The opening float: the cash in the drawer now.</source>
        <translation>The opening float: the cash in the drawer now.</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter what you counted.</source>
        <translation>Count the cash in the drawer and enter what you counted.</translation>
    </message>
    <message>
        <source>Shift %1 at %2</source>
        <translation>Shift %1 at %2</translation>
    </message>
    <message>
        <source>Opening float: %1</source>
        <translation>Opening float: %1</translation>
    </message>
    <message>
        <source>Cash sales: %1</source>
        <translation>Cash sales: %1</translation>
    </message>
    <message>
        <source>Cash refunds: %1</source>
        <translation>Cash refunds: %1</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Expected cash: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Counted cash: %1</translation>
    </message>
    <message>
        <source>Variance: %1</source>
        <translation>Variance: %1</translation>
    </message>
    <message>
        <source>Card sales: %1 · card refunds: %2</source>
        <translation>Card sales: %1 · card refunds: %2</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Cash-up</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>bookings, tickets</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftTableModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1 (closed by %2)</source>
        <translation>%1 (closed by %2)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>Card sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Card refunds</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>No sales</translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftsPage</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>On the &amp;day</source>
        <translation>On the &amp;day</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Force &amp;close…</source>
        <translation>Force &amp;close…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s), %1 open.</source>
        <translation>
            <numerusform>%n shift, %1 open.</numerusform>
            <numerusform>%n shifts, %1 open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Force-close shift</source>
        <translation>Force-close shift</translation>
    </message>
    <message>
        <source>Close the shift of %1 at %2 without their count? It is recorded as closed by you.</source>
        <translation>Close the shift of %1 at %2 without their count? It is recorded as closed by you.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Export shifts</source>
        <translation>Export shifts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Shifts exported to %1.</source>
        <translation>Shifts exported to %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>Shifts report</source>
        <translation>Shifts report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Sign in — Marquee</source>
        <translation>Sign in — Marquee</translation>
    </message>
    <message>
        <source>Sign in to Marquee</source>
        <translation>Sign in to Marquee</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Host name, or a socket folder such as /run/postgresql</source>
        <translation>Host name, or a socket folder such as /run/postgresql</translation>
    </message>
    <message>
        <source>Remember password in the system &amp;keychain</source>
        <translation>Remember password in the system &amp;keychain</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in Marquee&apos;s settings.</source>
        <translation>The password is kept only in the system keychain, never in Marquee&apos;s settings.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Marquee does not remember passwords.</source>
        <translation>No system keychain is available, so Marquee does not remember passwords.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Advanced</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation>Prefer encryption (default)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Require encryption</translation>
    </message>
    <message>
        <source>Require encryption and a trusted certificate</source>
        <translation>Require encryption and a trusted certificate</translation>
    </message>
    <message>
        <source>Require encryption, a trusted certificate and the right server name</source>
        <translation>Require encryption, a trusted certificate and the right server name</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffExitDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Staff only: sign in with a box office or admin login to leave the kiosk.</source>
        <translation>Staff only: sign in with a box office or admin login to leave the kiosk.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Please enter your staff login and password.</source>
        <translation>Please enter your staff login and password.</translation>
    </message>
    <message>
        <source>The login or password is not correct.</source>
        <translation>The login or password is not correct.</translation>
    </message>
    <message>
        <source>This login may not leave the kiosk: a box office or admin login is needed.</source>
        <translation>This login may not leave the kiosk: a box office or admin login is needed.</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginForm</name>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter (not with pg_ or marquee_).</source>
        <translation>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter (not with pg_ or marquee_).</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>New staff login</source>
        <translation>New staff login</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Login name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>Create login</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginTableModel</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Box office</translation>
    </message>
    <message>
        <source>Kiosk terminal</source>
        <translation>Kiosk terminal</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Door scanner</source>
        <translation>Door scanner</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffPage</name>
    <message>
        <source>The login %1 was created.</source>
        <translation>The login %1 was created.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>New password for %1 (at least 8 characters):</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>New login…</source>
        <translation>New login…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketCodesPanel</name>
    <message>
        <source>Ticket %1 of %2</source>
        <translation>Ticket %1 of %2</translation>
    </message>
    <message>
        <source>Already used</source>
        <translation>Already used</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketListModel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Unpaid: not valid until paid</source>
        <translation>Unpaid: not valid until paid</translation>
    </message>
    <message>
        <source>Not valid: reservation expired</source>
        <translation>Not valid: reservation expired</translation>
    </message>
    <message>
        <source>Event cancelled: refund at the box office</source>
        <translation>Event cancelled: refund at the box office</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketQuantitiesPart</name>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantity of %1</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>Enter the number of %1 as digits, from %2 to %3.</source>
        <translation>Enter the number of %1 as digits, from %2 to %3.</translation>
    </message>
    <message>
        <source>Enter a number of %1 from %2 to %3 (at most %3 per booking).</source>
        <translation>Enter a number of %1 from %2 to %3 (at most %3 per booking).</translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) of %1 left.</source>
        <translation>
            <numerusform>Only %n ticket of %1 left.</numerusform>
            <numerusform>Only %n tickets of %1 left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of tickets from 1 to %1 (at most %1 per booking).</source>
        <translation>Enter a number of tickets from 1 to %1 (at most %1 per booking).</translation>
    </message>
    <message numerus="yes">
        <source>Only %n seat(s) left for this event.</source>
        <translation>
            <numerusform>Only %n seat left for this event.</numerusform>
            <numerusform>Only %n seats left for this event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::TicketTypeTableModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>any seat</source>
        <translation>any seat</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Seat category</source>
        <translation>Seat category</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Box office only</source>
        <translation>Box office only</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketTypesEditor</name>
    <message>
        <source>New ticket type</source>
        <translation>New ticket type</translation>
    </message>
    <message>
        <source>Ticket types saved.</source>
        <translation>Ticket types saved.</translation>
    </message>
    <message>
        <source>Add a ticket type</source>
        <translation>Add a ticket type</translation>
    </message>
    <message>
        <source>Save ticket types</source>
        <translation>Save ticket types</translation>
    </message>
    <message>
        <source>Ticket types of this event</source>
        <translation>Ticket types of this event</translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsPage</name>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code, e.g. THB)</source>
        <translation>C&amp;urrency (ISO code, e.g. THB)</translation>
    </message>
    <message>
        <source>Kiosk reservations are held for (&amp;minutes)</source>
        <translation>Kiosk reservations are held for (&amp;minutes)</translation>
    </message>
    <message>
        <source>The box office sells until this long after the start (m&amp;inutes)</source>
        <translation>The box office sells until this long after the start (m&amp;inutes)</translation>
    </message>
    <message>
        <source>A kiosk may hold at most (% of the capacity)</source>
        <translation>A kiosk may hold at most (% of the capacity)</translation>
    </message>
    <message>
        <source>… and at least (seats)</source>
        <translation>… and at least (seats)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Saved. This terminal shows times and prices in them now; the others at their next start.</source>
        <translation>Saved. This terminal shows times and prices in them now; the others at their next start.</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>RECEIPT</source>
        <translation>RECEIPT</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REPRINT</translation>
    </message>
    <message>
        <source>Printed again %1</source>
        <translation>Printed again %1</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Complimentary tickets: nothing to pay</source>
        <translation>Complimentary tickets: nothing to pay</translation>
    </message>
    <message>
        <source>Thank you, and enjoy the show</source>
        <translation>Thank you, and enjoy the show</translation>
    </message>
    <message>
        <source>%1 x %2, %3</source>
        <translation>%1 x %2, %3</translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2, %3, %4</source>
        <translation>Row %1, seat %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, wheelchair space</source>
        <translation>%1, wheelchair space</translation>
    </message>
    <message>
        <source>%1, companion seat</source>
        <translation>%1, companion seat</translation>
    </message>
    <message>
        <source>%1, restricted view</source>
        <translation>%1, restricted view</translation>
    </message>
    <message>
        <source>%1, in your selection</source>
        <translation>%1, in your selection</translation>
    </message>
</context>
<context>
    <name>SeatSymbol</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Wheelchair space</translation>
    </message>
    <message>
        <source>Your selection</source>
        <translation>Your selection</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sold</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
</context>
<context>
    <name>SeatingPlanGenerator</name>
    <message>
        <source>Please give the plan a name.</source>
        <translation>Please give the plan a name.</translation>
    </message>
    <message>
        <source>A plan&apos;s name can have at most %1 characters.</source>
        <translation>A plan&apos;s name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>A plan needs at least one block of seats.</source>
        <translation>A plan needs at least one block of seats.</translation>
    </message>
    <message>
        <source>A plan can have at most %1 blocks of seats.</source>
        <translation>A plan can have at most %1 blocks of seats.</translation>
    </message>
    <message>
        <source>Please give every block a name, such as &quot;Stalls&quot; or &quot;Balcony&quot;.</source>
        <translation>Please give every block a name, such as &quot;Stalls&quot; or &quot;Balcony&quot;.</translation>
    </message>
    <message>
        <source>A block&apos;s name and category can have at most %1 characters.</source>
        <translation>A block&apos;s name and category can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Two blocks are called &quot;%1&quot;; give each block its own name.</source>
        <translation>Two blocks are called &quot;%1&quot;; give each block its own name.</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot;: the number of rows must be from 1 to %2.</source>
        <translation>Block &quot;%1&quot;: the number of rows must be from 1 to %2.</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot;: the number of seats in a row must be from 1 to %2.</source>
        <translation>Block &quot;%1&quot;: the number of seats in a row must be from 1 to %2.</translation>
    </message>
    <message>
        <source>An aisle comes after every 1 to %1 seats, or 0 for no aisle.</source>
        <translation>An aisle comes after every 1 to %1 seats, or 0 for no aisle.</translation>
    </message>
    <message>
        <source>Seats would overlap: the spacing of seats and rows must be at least a seat&apos;s width.</source>
        <translation>Seats would overlap: the spacing of seats and rows must be at least a seat&apos;s width.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>SeatingPlanProblem</name>
    <message>
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1, seat %2</translation>
    </message>
    <message>
        <source>%1, area %2</source>
        <translation>%1, area %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 (line %2, column %3)</source>
        <translation>the file is not valid JSON: %1 (line %2, column %3)</translation>
    </message>
    <message>
        <source>the file does not hold a seating plan: its top level is not a JSON object</source>
        <translation>the file does not hold a seating plan: its top level is not a JSON object</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not part of pretix&apos;s seating-plan format here</source>
        <translation>%1 is not part of pretix&apos;s seating-plan format here</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>a string or null</translation>
    </message>
    <message>
        <source>it must be %1</source>
        <translation>it must be %1</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 must be %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 must be one of %2</translation>
    </message>
    <message>
        <source>%1 is out of range: at most %2 away from zero</source>
        <translation>%1 is out of range: at most %2 away from zero</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1 contains control or invisible formatting characters</source>
        <translation>%1 contains control or invisible formatting characters</translation>
    </message>
    <message>
        <source>category %1 is not one of the plan&apos;s categories</source>
        <translation>category %1 is not one of the plan&apos;s categories</translation>
    </message>
    <message>
        <source>category %1 is defined twice</source>
        <translation>category %1 is defined twice</translation>
    </message>
    <message>
        <source>seat_guid %1 is also used by %2</source>
        <translation>seat_guid %1 is also used by %2</translation>
    </message>
    <message>
        <source>the plan has no seats</source>
        <translation>the plan has no seats</translation>
    </message>
    <message>
        <source>the plan has more than %1 seats, more than Marquee takes</source>
        <translation>the plan has more than %1 seats, more than Marquee takes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>REPRINT</source>
        <translation>REPRINT</translation>
    </message>
    <message>
        <source>ADMIT ONE</source>
        <translation>ADMIT ONE</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>General admission</source>
        <translation>General admission</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>Booking %1, ticket %2 of %3</source>
        <translation>Booking %1, ticket %2 of %3</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <source>MARQUEE · ADMIT ONE</source>
        <translation>MARQUEE · ADMIT ONE</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Print tickets</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Save tickets as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Booking %1 · %2</source>
        <translation>Booking %1 · %2</translation>
    </message>
    <message>
        <source>Tickets for booking %1</source>
        <translation>Tickets for booking %1</translation>
    </message>
    <message>
        <source>REPRINT %1</source>
        <translation>REPRINT %1</translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Row %1, seat %2</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, row %2, seat %3</translation>
    </message>
</context>
</TS>
