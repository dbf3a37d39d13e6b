<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Error</name>
    <message>
        <source>Not enough seats are left for this event.</source>
        <translation>ที่นั่งของงานนี้เหลือไม่พอ</translation>
    </message>
    <message>
        <source>This event is not on sale: it was cancelled, has already started or no longer exists.</source>
        <translation>งานนี้ไม่ได้เปิดขาย เนื่องจากถูกยกเลิก เริ่มไปแล้ว หรือไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Please choose a number of tickets between 1 and the limit per booking.</source>
        <translation>กรุณาเลือกจำนวนบัตรตั้งแต่ 1 ใบ ถึงจำนวนสูงสุดต่อการจอง</translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name and a phone number with 6 to 20 digits.</source>
        <translation>กรุณาใส่ชื่อลูกค้าและเบอร์โทรศัพท์ 6 ถึง 20 หลัก</translation>
    </message>
    <message>
        <source>No such booking was found, or it has already been cancelled.</source>
        <translation>ไม่พบการจองนี้ หรือการจองถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>ไม่พบบัตรที่มีรหัสนี้</translation>
    </message>
    <message>
        <source>This ticket has already been used.</source>
        <translation>บัตรใบนี้ถูกใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>บัตรใบนี้ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>There is no staff login with this name.</source>
        <translation>ไม่มีบัญชีพนักงานชื่อนี้</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>กรุณาใส่ชื่องาน</translation>
    </message>
    <message>
        <source>The title can have at most 200 characters.</source>
        <translation>ชื่องานยาวได้ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please enter a venue.</source>
        <translation>กรุณาใส่สถานที่จัดงาน</translation>
    </message>
    <message>
        <source>The venue can have at most 200 characters.</source>
        <translation>ชื่อสถานที่ยาวได้ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>The description can have at most 5000 characters.</source>
        <translation>รายละเอียดยาวได้ไม่เกิน 5000 ตัวอักษร</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>จำนวนที่นั่งต้องมีอย่างน้อย 1 ที่</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the number of tickets already sold.</source>
        <translation>จำนวนที่นั่งต้องไม่น้อยกว่าจำนวนบัตรที่ขายไปแล้ว</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>ราคาติดลบไม่ได้</translation>
    </message>
    <message>
        <source>Please enter a price such as 250 or 250.50 (at most 99,999,999.99).</source>
        <translation>กรุณาใส่ราคา เช่น 250 หรือ 250.50 (ไม่เกิน 99,999,999.99)</translation>
    </message>
    <message>
        <source>A new event must start in the future.</source>
        <translation>งานใหม่ต้องมีเวลาเริ่มในอนาคต</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>กรุณาใส่ชื่อ</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>ชื่อยาวได้ไม่เกิน 100 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please enter a phone number with 6 to 20 digits (spaces, dashes and a leading + are fine).</source>
        <translation>กรุณาใส่เบอร์โทรศัพท์ 6 ถึง 20 หลัก (เว้นวรรค ขีด และเครื่องหมาย + นำหน้าได้)</translation>
    </message>
    <message>
        <source>A customer with this phone number already exists.</source>
        <translation>มีลูกค้าที่ใช้เบอร์โทรศัพท์นี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>One of the values is not valid; nothing was saved.</source>
        <translation>มีข้อมูลบางช่องไม่ถูกต้อง จึงยังไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Your login is not allowed to do this. Please ask an administrator.</source>
        <translation>บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้ กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The database took too long to answer. Please try again.</source>
        <translation>ฐานข้อมูลตอบกลับช้าเกินไป กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้ในเวลาเดียวกัน กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation>การเชื่อมต่อกับฐานข้อมูลขาดหาย กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Cannot reach the database server. Check the network and the server address.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้ กรุณาตรวจสอบเครือข่ายและที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed, so Marquee cannot connect.</source>
        <translation>ไม่ได้ติดตั้งไดรเวอร์ PostgreSQL สำหรับ Qt ไว้ Marquee จึงเชื่อมต่อไม่ได้</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>รายการนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Marquee. Please update this terminal.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าโดย Marquee รุ่นที่ใหม่กว่า กรุณาอัปเดตโปรแกรมในเครื่องนี้</translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this version of Marquee; it was changed by hand. Nothing was migrated.</source>
        <translation>ประวัติโครงสร้างฐานข้อมูลไม่ตรงกับ Marquee รุ่นนี้ เนื่องจากมีการแก้ไขด้วยมือ จึงไม่ได้ปรับโครงสร้างใด ๆ</translation>
    </message>
    <message>
        <source>Updating the database schema failed; nothing of the failed step was applied.</source>
        <translation>ปรับโครงสร้างฐานข้อมูลไม่สำเร็จ ขั้นตอนที่ล้มเหลวไม่มีผลใด ๆ กับฐานข้อมูล</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>This booking cannot be cancelled: some of its tickets have already been used at the door.</source>
        <translation>ยกเลิกการจองนี้ไม่ได้ เนื่องจากบัตรบางใบถูกใช้เข้างานไปแล้ว</translation>
    </message>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter, and not a reserved word such as &quot;all&quot; or &quot;user&quot;; it must be new, and the password needs at least 8 characters.</source>
        <translation>ชื่อบัญชีต้องยาว 3 ถึง 41 ตัว ประกอบด้วยอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข หรือขีดล่าง ขึ้นต้นด้วยตัวอักษร และต้องไม่เป็นคำสงวน เช่น &quot;all&quot; หรือ &quot;user&quot; ต้องไม่ซ้ำกับบัญชีที่มีอยู่ ส่วนรหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>This booking request does not match the one first sent with it; nothing was booked. Please start the booking again.</source>
        <translation>คำขอจองนี้ไม่ตรงกับคำขอที่ส่งมาครั้งแรก จึงไม่ได้จองสิ่งใด กรุณาเริ่มการจองใหม่</translation>
    </message>
    <message>
        <source>This terminal has made as many bookings as it may in one minute. Please wait a minute and try again.</source>
        <translation>เครื่องนี้จองครบจำนวนครั้งที่ทำได้ในหนึ่งนาทีแล้ว กรุณารอหนึ่งนาทีแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This phone number already has as many tickets for this event as one customer may book here. Please ask at the box office.</source>
        <translation>เบอร์โทรศัพท์นี้มีบัตรของงานนี้ครบจำนวนที่ลูกค้าหนึ่งคนจองที่นี่ได้แล้ว กรุณาติดต่อที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>Check-in for this event is open from 6 hours before it starts until 12 hours after.</source>
        <translation>เช็กอินงานนี้ได้ตั้งแต่ 6 ชั่วโมงก่อนเริ่มงานจนถึง 12 ชั่วโมงหลังเริ่มงาน</translation>
    </message>
    <message>
        <source>Too many booking look-ups found nothing in the last minute. Please wait a minute and try again, or ask at the box office.</source>
        <translation>ในหนึ่งนาทีที่ผ่านมาค้นหาการจองไม่พบหลายครั้งเกินไป กรุณารอหนึ่งนาทีแล้วลองอีกครั้ง หรือติดต่อที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>This text contains control or invisible formatting characters (such as a right-to-left override); please type it again.</source>
        <translation>ข้อความนี้มีอักขระควบคุมหรืออักขระจัดรูปแบบที่มองไม่เห็น (เช่น อักขระกลับทิศทางจากขวาไปซ้าย) กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>A booking reference has 8 letters and digits, such as K7QM2XPA.</source>
        <translation>หมายเลขการจองประกอบด้วยตัวอักษรภาษาอังกฤษและตัวเลขรวม 8 ตัว เช่น K7QM2XPA</translation>
    </message>
    <message>
        <source>The database server has no free connections. Please ask an administrator.</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูลไม่มีช่องเชื่อมต่อว่าง กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>This login already has as many connections open as one terminal needs: it is probably signed in on another computer. Sign out there, or ask an administrator.</source>
        <translation>บัญชีนี้เปิดการเชื่อมต่อครบตามที่เครื่องหนึ่งเครื่องต้องใช้แล้ว อาจกำลังเข้าสู่ระบบอยู่ที่เครื่องอื่น กรุณาออกจากระบบที่เครื่องนั้น หรือติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The database server&apos;s max_connections leaves no room for another login&apos;s connections; nothing was created. Ask the database administrator to raise max_connections.</source>
        <translation>ค่า max_connections ของเซิร์ฟเวอร์ฐานข้อมูลไม่เหลือพอสำหรับการเชื่อมต่อของบัญชีใหม่ จึงไม่ได้สร้างสิ่งใด กรุณาให้ผู้ดูแลฐานข้อมูลเพิ่มค่า max_connections</translation>
    </message>
    <message>
        <source>This login has been disabled. Please ask an administrator.</source>
        <translation>บัญชีนี้ถูกระงับแล้ว กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Updating the database schema waited too long for tables that other sessions are using; nothing of the waiting step was applied. Try again when the terminals are quiet.</source>
        <translation>การปรับโครงสร้างฐานข้อมูลต้องรอตารางที่เซสชันอื่นใช้อยู่นานเกินไป ขั้นตอนที่รออยู่ไม่มีผลใด ๆ กรุณาลองใหม่เมื่อเครื่องขายว่าง</translation>
    </message>
    <message>
        <source>This reservation can no longer be paid: its time is up and its seats went back on sale, or it has already been paid. Look it up again to see what it is now.</source>
        <translation>ชำระเงินสำหรับการสำรองที่นั่งนี้ไม่ได้แล้ว เนื่องจากหมดเวลาและที่นั่งกลับมาเปิดขายแล้ว หรือชำระเงินไปแล้ว กรุณาค้นหาอีกครั้งเพื่อดูสถานะล่าสุด</translation>
    </message>
    <message>
        <source>No refund is due for this: it has already been given, or there is none. Look the booking up again to see what it is now.</source>
        <translation>ไม่มียอดเงินที่ต้องคืนสำหรับรายการนี้ เนื่องจากคืนเงินไปแล้ว หรือไม่มียอดที่ต้องคืน กรุณาค้นหาการจองอีกครั้งเพื่อดูสถานะล่าสุด</translation>
    </message>
    <message>
        <source>This ticket belongs to a reservation that has not been paid: it is not valid for entry until it is paid at the box office.</source>
        <translation>บัตรใบนี้เป็นของการสำรองที่นั่งที่ยังไม่ได้ชำระเงิน จึงยังใช้เข้างานไม่ได้จนกว่าจะชำระเงินที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>This terminal already holds as many seats of this event in unpaid reservations as it may. Please pay for them at the box office, or wait until some of them expire.</source>
        <translation>เครื่องนี้สำรองที่นั่งของงานนี้ที่ยังไม่ได้ชำระเงินไว้ครบจำนวนที่ทำได้แล้ว กรุณาชำระเงินที่ห้องขายบัตร หรือรอจนกว่าการสำรองที่นั่งบางรายการจะหมดเวลา</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the seats already sold or held by reservations.</source>
        <translation>จำนวนที่นั่งต้องไม่น้อยกว่าจำนวนที่นั่งที่ขายไปแล้วหรือถูกสำรองไว้</translation>
    </message>
    <message>
        <source>A cancelled event cannot be put back on sale: its tickets were voided and its refunds listed. Create the event again instead.</source>
        <translation>งานที่ยกเลิกแล้วนำกลับมาเปิดขายอีกไม่ได้ เนื่องจากบัตรของงานถูกยกเลิกและได้จัดทำรายการคืนเงินไว้แล้ว กรุณาสร้างงานขึ้นใหม่แทน</translation>
    </message>
    <message>
        <source>Please choose a time zone by its name, such as Asia/Bangkok.</source>
        <translation>กรุณาเลือกเขตเวลาตามชื่อ เช่น Asia/Bangkok</translation>
    </message>
    <message>
        <source>Please enter the currency as its three-letter code in capitals, such as THB.</source>
        <translation>กรุณาใส่สกุลเงินเป็นรหัสอักษรภาษาอังกฤษตัวพิมพ์ใหญ่ 3 ตัว เช่น THB</translation>
    </message>
    <message>
        <source>This number is outside the range this setting allows; nothing was saved.</source>
        <translation>ตัวเลขนี้อยู่นอกช่วงที่การตั้งค่านี้รับได้ จึงยังไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>หมายเหตุยาวได้ไม่เกิน 500 ตัวอักษร</translation>
    </message>
    <message>
        <source>A receipt printer&apos;s address looks like escpos://192.168.1.50 or escpos://printer.local:9100 (the port is 9100 unless you give another).</source>
        <translation>ที่อยู่ของเครื่องพิมพ์ใบเสร็จมีรูปแบบ เช่น escpos://192.168.1.50 หรือ escpos://printer.local:9100 (ใช้พอร์ต 9100 หากไม่ได้ระบุพอร์ตอื่น)</translation>
    </message>
    <message>
        <source>No receipt printer is set up for this desk yet; the sale is saved, and its tickets can be printed once one is.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ใบเสร็จสำหรับเคาน์เตอร์นี้ การขายได้บันทึกไว้แล้ว และพิมพ์บัตรได้เมื่อตั้งค่าเครื่องพิมพ์เรียบร้อย</translation>
    </message>
    <message>
        <source>The receipt printer cannot be reached: check that it is switched on and connected to the network, and that its address is right; the sale is saved and its tickets can be printed again.</source>
        <translation>ติดต่อเครื่องพิมพ์ใบเสร็จไม่ได้ กรุณาตรวจสอบว่าเครื่องเปิดอยู่และเชื่อมต่อเครือข่ายแล้ว และที่อยู่เครื่องพิมพ์ถูกต้อง การขายได้บันทึกไว้แล้ว และพิมพ์บัตรอีกครั้งได้</translation>
    </message>
    <message>
        <source>The receipt printer broke off the connection in the middle of printing: check its paper and cover, then print again; the sale is saved.</source>
        <translation>เครื่องพิมพ์ใบเสร็จตัดการเชื่อมต่อระหว่างพิมพ์ กรุณาตรวจสอบกระดาษและฝาเครื่อง แล้วพิมพ์อีกครั้ง การขายได้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The receipt printer stopped answering while printing: check that it has paper, its cover is closed and no error light is on, then print again; the sale is saved.</source>
        <translation>เครื่องพิมพ์ใบเสร็จหยุดตอบสนองระหว่างพิมพ์ กรุณาตรวจสอบว่ามีกระดาษ ปิดฝาเครื่องแล้ว และไม่มีไฟแจ้งข้อผิดพลาด แล้วพิมพ์อีกครั้ง การขายได้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>This ticket is for another event: this entrance does not admit it.</source>
        <translation>บัตรใบนี้เป็นของงานอื่น ทางเข้านี้ไม่รับบัตรใบนี้</translation>
    </message>
    <message>
        <source>This event does not allow re-entry: a ticket holder who leaves cannot come back in.</source>
        <translation>งานนี้ไม่อนุญาตให้กลับเข้างานซ้ำ ผู้ถือบัตรที่ออกไปแล้วจะกลับเข้ามาอีกไม่ได้</translation>
    </message>
    <message>
        <source>This ticket is not inside: it has not come in, or it has already gone out.</source>
        <translation>บัตรใบนี้ไม่ได้อยู่ในงาน เนื่องจากยังไม่ได้เข้างาน หรือออกไปแล้ว</translation>
    </message>
    <message>
        <source>An entrance&apos;s name has 1 to 60 characters and no hidden characters.</source>
        <translation>ชื่อทางเข้าต้องมี 1 ถึง 60 ตัวอักษร และไม่มีอักขระที่มองไม่เห็น</translation>
    </message>
    <message>
        <source>Open a shift with its float before taking or giving back cash at this desk; card sales need no shift.</source>
        <translation>กรุณาเปิดกะพร้อมเงินทอนตั้งต้นก่อนรับหรือคืนเงินสดที่เคาน์เตอร์นี้ การขายด้วยบัตรเครดิตไม่ต้องเปิดกะ</translation>
    </message>
    <message>
        <source>This login already has an open shift: close it before opening a new one.</source>
        <translation>บัญชีนี้มีกะที่เปิดอยู่แล้ว กรุณาปิดกะนั้นก่อนเปิดกะใหม่</translation>
    </message>
    <message>
        <source>There is no open shift here: open one with its float first.</source>
        <translation>ที่นี่ยังไม่มีกะที่เปิดอยู่ กรุณาเปิดกะพร้อมเงินทอนตั้งต้นก่อน</translation>
    </message>
    <message>
        <source>Enter an amount of money of 0 or more, with at most two decimals, e.g. 2000 or 1500.50.</source>
        <translation>กรุณาใส่จำนวนเงินตั้งแต่ 0 ขึ้นไป มีทศนิยมไม่เกินสองตำแหน่ง เช่น 2000 หรือ 1500.50</translation>
    </message>
    <message>
        <source>One of these seats is no longer available: it was sold, blocked or is held at another terminal. Please choose other seats.</source>
        <translation>มีที่นั่งบางที่ไม่ว่างแล้ว เนื่องจากขายไปแล้ว งดจำหน่าย หรือสำรองไว้ที่เครื่องอื่น กรุณาเลือกที่นั่งอื่น</translation>
    </message>
    <message>
        <source>This ticket type cannot be sold here for this event or seat. Please choose another ticket type.</source>
        <translation>ประเภทบัตรนี้ขายที่นี่สำหรับงานหรือที่นั่งนี้ไม่ได้ กรุณาเลือกประเภทบัตรอื่น</translation>
    </message>
    <message>
        <source>There are not enough tickets of this type left. Please choose another ticket type or fewer tickets.</source>
        <translation>บัตรประเภทนี้เหลือไม่พอ กรุณาเลือกประเภทบัตรอื่นหรือลดจำนวนบัตร</translation>
    </message>
    <message>
        <source>Please give the ticket type a name of at most 100 characters that no other type of this event has.</source>
        <translation>กรุณาตั้งชื่อประเภทบัตรไม่เกิน 100 ตัวอักษร และไม่ซ้ำกับประเภทบัตรอื่นของงานนี้</translation>
    </message>
    <message>
        <source>An event needs at least one ticket type on sale: add another before taking this one off sale.</source>
        <translation>งานต้องมีประเภทบัตรที่เปิดขายอย่างน้อยหนึ่งประเภท กรุณาเพิ่มประเภทอื่นก่อนปิดการขายประเภทนี้</translation>
    </message>
    <message>
        <source>The quota cannot be lower than the tickets of this type already sold or reserved.</source>
        <translation>โควตาต้องไม่น้อยกว่าจำนวนบัตรประเภทนี้ที่ขายไปแล้วหรือสำรองไว้</translation>
    </message>
    <message>
        <source>This event&apos;s seating cannot be changed: tickets are already sold, or its capacity is the number of its seats that are not blocked.</source>
        <translation>เปลี่ยนผังที่นั่งของงานนี้ไม่ได้ เนื่องจากมีการขายบัตรไปแล้ว หรือจำนวนที่นั่งของงานต้องเท่ากับจำนวนที่นั่งที่ไม่ได้งดจำหน่าย</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่องาน(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>สถานที่(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>วันเวลาเริ่ม(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Capacity (seats)</source>
        <translation>จำนวนที่นั่ง(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Price per ticket</source>
        <translation>ราคาต่อใบ(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>เช่น 1250.00</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>สถานะ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Most tickets per booking</source>
        <translation>จำนวนบัตรสูงสุดต่อการจอง(&amp;M)</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>ประเภทบัตร</translation>
    </message>
    <message>
        <source>Seat&amp;ing plan</source>
        <translation>ผังที่นั่ง(&amp;I)</translation>
    </message>
</context>
<context>
    <name>KioskStyle</name>
    <message>
        <source>Clear this field</source>
        <translation>ล้างช่องนี้</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>1 ticket</source>
        <translation>บัตร 1 ใบ</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>บัตร %1 ใบ</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>ยอดรวม: %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>หมายเลขการจอง %1</translation>
    </message>
    <message>
        <source>%1 per ticket</source>
        <translation>ใบละ %1</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>เหลือ 1 ที่นั่ง</translation>
    </message>
    <message>
        <source>%1 seats left</source>
        <translation>เหลือ %1 ที่นั่ง</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>ไม่เปิดขาย</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>บัตรหมด</translation>
    </message>
    <message>
        <source>Not paid yet. Please pay %1 at the box office before %2 (venue time) and show this booking reference. If it is not paid by then, the booking lapses and the seats go back on sale.</source>
        <translation>ยังไม่ได้ชำระเงิน กรุณาชำระ %1 ที่ห้องขายบัตรก่อน %2 (เวลาของสถานที่จัดงาน) และแสดงหมายเลขการจองนี้ หากไม่ชำระภายในเวลาดังกล่าว การจองจะหมดอายุและที่นั่งจะกลับมาเปิดขาย</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 %1 ใบ</translation>
    </message>
</context>
<context>
    <name>Marquee::AboutDialog</name>
    <message>
        <source>About Marquee</source>
        <translation>เกี่ยวกับ Marquee</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Ticketing for venues: box office, kiosk and administration.</source>
        <translation>ระบบจำหน่ายบัตรสำหรับสถานที่จัดงาน: ห้องขายบัตร ตู้คีออสก์ และการดูแลระบบ</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>เวอร์ชัน %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (สร้างด้วย %2)</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 Marquee developers. Released under the MIT License.</source>
        <translation>สงวนลิขสิทธิ์ © 2026 ผู้พัฒนา Marquee เผยแพร่ภายใต้สัญญาอนุญาต MIT</translation>
    </message>
</context>
<context>
    <name>Marquee::AdminView</name>
    <message>
        <source>&amp;Events</source>
        <translation>งาน(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>ลูกค้า(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Staff logins</source>
        <translation>บัญชีพนักงาน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>บันทึกการตรวจสอบ(&amp;A)</translation>
    </message>
    <message>
        <source>The database server is near its connection limit: %1 of %2 connections are in use. New terminals may be refused; ask the database administrator to raise max_connections.</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูลใกล้ถึงขีดจำกัดการเชื่อมต่อแล้ว: ใช้งานอยู่ %1 จาก %2 การเชื่อมต่อ เครื่องใหม่อาจเชื่อมต่อไม่ได้ กรุณาขอให้ผู้ดูแลฐานข้อมูลเพิ่มค่า max_connections</translation>
    </message>
    <message>
        <source>The server&apos;s notification queue is %1% full: a session is not reading its notifications. Marquee ends such sessions by itself; if this warning stays, ask the database administrator.</source>
        <translation>คิวการแจ้งเตือนของเซิร์ฟเวอร์เต็มแล้ว %1% เนื่องจากมีเซสชันที่ไม่อ่านการแจ้งเตือนของตน Marquee จะยุติเซสชันดังกล่าวเอง หากคำเตือนนี้ยังไม่หายไป กรุณาติดต่อผู้ดูแลฐานข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Refunds</source>
        <translation>คืนเงิน(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;hifts</source>
        <translation>กะ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Venue settings</source>
        <translation>ตั้งค่าสถานที่(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>รายงาน(&amp;R)</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>ผังที่นั่ง(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Marquee::AttendanceReportModel</name>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (ยกเลิกแล้ว)</translation>
    </message>
    <message>
        <source>(nobody came in)</source>
        <translation>(ไม่มีผู้เข้างาน)</translation>
    </message>
    <message>
        <source>Box office (no entrance)</source>
        <translation>ห้องขายบัตร (ไม่ผ่านทางเข้า)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>ทางเข้า</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>เข้างานแล้ว</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>อยู่ในงานขณะนี้</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>แสดง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>ก่อนแก้ไข:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>หลังแก้ไข:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>ผู้ทำรายการ(&amp;P)</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>ชื่อบัญชี</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>รายการที่เก่ากว่า</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>ข้อมูลทุกประเภท</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>บัญชีพนักงาน</translation>
    </message>
</context>
<context>
    <name>Marquee::AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ผู้ทำรายการ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>บัญชีพนักงาน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ข้อมูล</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>บัตร %n ใบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::BookingExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>เขียนไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The connection to the database is gone.</source>
        <translation>การเชื่อมต่อกับฐานข้อมูลขาดหาย</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingLimitsPanel</name>
    <message>
        <source>The booking limits were saved; they apply to the next booking.</source>
        <translation>บันทึกขีดจำกัดการจองแล้ว โดยจะมีผลตั้งแต่การจองครั้งถัดไป</translation>
    </message>
    <message>
        <source>Booking limits (against hoarding; 0 is no limit)</source>
        <translation>ขีดจำกัดการจองเพื่อป้องกันการกักตุนบัตร (0 คือไม่จำกัด)</translation>
    </message>
    <message>
        <source>Bookings a minute, per login</source>
        <translation>จำนวนการจองต่อนาที ต่อบัญชี</translation>
    </message>
    <message>
        <source>Tickets per customer phone and event</source>
        <translation>จำนวนบัตรต่อเบอร์โทรลูกค้าต่องาน</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>เครื่องคีออสก์</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>บันทึกขีดจำกัด</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingLookupPanel</name>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา(&amp;F)</translation>
    </message>
    <message>
        <source>Find booking (Enter)</source>
        <translation>ค้นหาการจอง (Enter)</translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation>บัตร(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel booking (Ctrl+Del)</source>
        <translation>ยกเลิกการจอง (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>พิมพ์ซ้ำ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>บันทึกเป็น PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Check in ticket (F8)</source>
        <translation>เช็กอินบัตร (F8)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>ขายรายการใหม่ (Esc)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>No booking matches “%1”.</source>
        <translation>ไม่พบการจองที่ตรงกับ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) found.</source>
        <translation>
            <numerusform>พบการจอง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>ยกเลิกการจอง</translation>
    </message>
    <message>
        <source>The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it.</source>
        <translation>ที่นั่งจะกลับมาเปิดขายทันที กด Y เพื่อยกเลิกการจอง หรือกด Esc เพื่อเก็บการจองไว้</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>ใช่ ยกเลิกเลย(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>เก็บไว้(&amp;K)</translation>
    </message>
    <message>
        <source>Choose a ticket in the list first (Tab to the tickets, Up/Down).</source>
        <translation>กรุณาเลือกบัตรในรายการก่อน (กด Tab ไปที่รายการบัตร แล้วใช้ลูกศรขึ้น/ลง)</translation>
    </message>
    <message>
        <source>Ticket %1 checked in.</source>
        <translation>เช็กอินบัตร %1 แล้ว</translation>
    </message>
    <message>
        <source>Ticket code, booking reference (K7QM2XPA) or phone</source>
        <translation>รหัสบัตร หมายเลขการจอง (K7QM2XPA) หรือเบอร์โทร</translation>
    </message>
    <message>
        <source>Enter a ticket code (TKT-…), a booking reference such as K7QM2XPA, or a phone number.</source>
        <translation>ใส่รหัสบัตร (TKT-…) หมายเลขการจอง เช่น K7QM2XPA หรือเบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Booking %1 is already cancelled.</source>
        <translation>การจอง %1 ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking %1 for %2: %n ticket(s) to %3?</source>
        <translation>
            <numerusform>ยกเลิกการจอง %1 ของ %2: บัตร %n ใบ สำหรับ %3 ใช่หรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling booking %1…</source>
        <translation>กำลังยกเลิกการจอง %1…</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 cancelled: %n seat(s) back on sale.</source>
        <translation>
            <numerusform>ยกเลิกการจอง %1 แล้ว ที่นั่ง %n ที่กลับมาเปิดขาย</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets of booking %1 saved as PDF.</source>
        <translation>บันทึกบัตรของการจอง %1 เป็น PDF แล้ว</translation>
    </message>
    <message>
        <source>Take payment (F9)</source>
        <translation>รับชำระเงิน (F9)</translation>
    </message>
    <message>
        <source>It is an unpaid reservation: nothing to give back.</source>
        <translation>เป็นการสำรองที่นั่งที่ยังไม่ได้ชำระเงิน จึงไม่มีเงินที่ต้องคืน</translation>
    </message>
    <message>
        <source>Nothing was paid for it: nothing to give back.</source>
        <translation>การจองนี้ไม่ได้ชำระเงิน จึงไม่มีเงินที่ต้องคืน</translation>
    </message>
    <message>
        <source>Give back %1 in cash.</source>
        <translation>คืนเงินสด %1</translation>
    </message>
    <message>
        <source>Give back %1 to the card it was paid with.</source>
        <translation>คืนเงิน %1 เข้าบัตรที่ใช้ชำระ</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel and give back %1</source>
        <translation>ใช่ ยกเลิกและคืนเงิน %1(&amp;Y)</translation>
    </message>
    <message>
        <source>Booking %1 cancelled, but the refund of %2 could not be recorded as given: %3 It stays on the list of refunds due.</source>
        <translation>ยกเลิกการจอง %1 แล้ว แต่บันทึกว่าคืนเงิน %2 แล้วไม่ได้: %3 รายการนี้ยังอยู่ในรายการคืนเงินที่ค้างอยู่</translation>
    </message>
    <message>
        <source>Booking %1 cancelled: %2 given back (%3).</source>
        <translation>ยกเลิกการจอง %1 แล้ว: คืนเงิน %2 แล้ว (%3)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>รับชำระเงิน</translation>
    </message>
    <message numerus="yes">
        <source>Reservation %1 for %2: %n ticket(s), %3 to pay.</source>
        <translation>
            <numerusform>การสำรองที่นั่ง %1 ของ %2: บัตร %n ใบ ต้องชำระ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>เงินสด(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>บัตรเครดิต(&amp;A)</translation>
    </message>
    <message>
        <source>Cash &amp;handed over</source>
        <translation>เงินสดที่รับมา(&amp;H)</translation>
    </message>
    <message>
        <source>Enter the cash handed over: at least %1.</source>
        <translation>กรุณาใส่จำนวนเงินสดที่รับมา อย่างน้อย %1</translation>
    </message>
    <message>
        <source>Taking payment for %1…</source>
        <translation>กำลังรับชำระเงินสำหรับ %1…</translation>
    </message>
    <message>
        <source>Reservation %1 paid: %2.</source>
        <translation>ชำระเงินการสำรองที่นั่ง %1 แล้ว: %2</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>เงินทอน: %1</translation>
    </message>
    <message>
        <source>Tickets of booking %1 printed again, marked REPRINT %2.</source>
        <translation>พิมพ์บัตรของการจอง %1 อีกครั้งแล้ว พร้อมเครื่องหมาย “พิมพ์ซ้ำ %2”</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingResultsModel</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>จำนวนบัตร</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>ขายเมื่อ</translation>
    </message>
    <message>
        <source>Reserved: to pay by %1</source>
        <translation>สำรองไว้: ชำระภายใน %1</translation>
    </message>
    <message>
        <source>Paid (reservation)</source>
        <translation>ชำระแล้ว (การสำรองที่นั่ง)</translation>
    </message>
    <message>
        <source>Expired, not paid</source>
        <translation>หมดเวลา ไม่ได้ชำระเงิน</translation>
    </message>
    <message>
        <source>Event cancelled: refunded</source>
        <translation>งานถูกยกเลิก: คืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Event cancelled: refund %1 at the box office</source>
        <translation>งานถูกยกเลิก: รับเงินคืน %1 ที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>งานถูกยกเลิก</translation>
    </message>
    <message>
        <source>Cancelled: refund %1 due</source>
        <translation>ยกเลิกแล้ว: ค้างคืนเงิน %1</translation>
    </message>
    <message>
        <source>Cancelled: refunded</source>
        <translation>ยกเลิกแล้ว: คืนเงินแล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::BookingTableModel</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองเมื่อ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>จำนวนบัตร</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>ผู้ขาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่จอง</translation>
    </message>
</context>
<context>
    <name>Marquee::BoxOfficeView</name>
    <message>
        <source>Sell tickets (F2)</source>
        <translation>ขายบัตร (F2)</translation>
    </message>
    <message>
        <source>Find booking (F3)</source>
        <translation>ค้นหาการจอง (F3)</translation>
    </message>
    <message>
        <source>Printer… (F4)</source>
        <translation>เครื่องพิมพ์… (F4)</translation>
    </message>
</context>
<context>
    <name>Marquee::CashAmountDialog</name>
    <message>
        <source>&amp;Desk (empty: this terminal&apos;s name)</source>
        <translation>เคาน์เตอร์(&amp;D) (เว้นว่าง: ใช้ชื่อเครื่องนี้)</translation>
    </message>
    <message>
        <source>Enter an amount of money of 0 or more, such as 2000 or 1500.50.</source>
        <translation>กรุณาใส่จำนวนเงินตั้งแต่ 0 ขึ้นไป เช่น 2000 หรือ 1500.50</translation>
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
        <translation>ลองอีกครั้ง(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>กำลังเชื่อมต่อกับ %1</translation>
    </message>
    <message>
        <source>Marquee could not start</source>
        <translation>Marquee เริ่มทำงานไม่ได้</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>การเชื่อมต่อกับฐานข้อมูลขาดหาย — กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>เชื่อมต่อใหม่แล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerForm</name>
    <message>
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation>เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerPart</name>
    <message>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>Walk-in customer&apos;s name</source>
        <translation>ชื่อลูกค้าที่ซื้อหน้าเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>กำลังค้นหาลูกค้า…</translation>
    </message>
    <message>
        <source>New customer: enter their name below.</source>
        <translation>ลูกค้าใหม่: กรุณาใส่ชื่อด้านล่าง</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>พบ: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s phone, e.g. 081 234 5678; empty for a walk-in</source>
        <translation>เบอร์โทรศัพท์ลูกค้า เช่น 081 234 5678 เว้นว่างไว้สำหรับลูกค้าที่ซื้อหน้าเคาน์เตอร์</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนเมื่อ</translation>
    </message>
</context>
<context>
    <name>Marquee::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>ลูกค้า %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name or phone</source>
        <translation>ค้นหาชื่อหรือเบอร์โทร</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>ลูกค้าใหม่…</translation>
    </message>
</context>
<context>
    <name>Marquee::DeskPrinter</name>
    <message>
        <source>CASH-UP</source>
        <translation>สรุปยอดเงินสด</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>กะ</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>ยอดขายเงินสด</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>คืนเงินสด</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>เงินสดที่ควรมี</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>เงินสดที่นับได้</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>ยอดขายบัตรเครดิต</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>คืนเงินเข้าบัตรเครดิต</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Cash-up of shift %1</source>
        <translation>สรุปยอดเงินสดของกะ %1</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorAnswerPanel</name>
    <message>
        <source>Scan a ticket</source>
        <translation>สแกนบัตร</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s code under the scanner, or type it and press Enter.</source>
        <translation>วางรหัสบนบัตรไว้ใต้เครื่องสแกน หรือพิมพ์รหัสแล้วกด Enter</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>%1 Scan the ticket again.</source>
        <translation>%1 กรุณาสแกนบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>VALID: BACK IN</source>
        <translation>ใช้ได้: กลับเข้างาน</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>เช็กเอาต์แล้ว</translation>
    </message>
    <message>
        <source>ALREADY USED</source>
        <translation>ใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>the box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>ทางเข้า %1</translation>
    </message>
    <message>
        <source>%1 — welcome in.</source>
        <translation>%1 — ยินดีต้อนรับ เชิญเข้างานได้</translation>
    </message>
    <message>
        <source>%1 — back in after going out.</source>
        <translation>%1 — กลับเข้างานหลังจากออกไป</translation>
    </message>
    <message>
        <source>%1 — may come back in once with this ticket.</source>
        <translation>%1 — กลับเข้างานด้วยบัตรใบนี้ได้อีกหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Came in at %1 at %2 and went out; this event does not allow re-entry.</source>
        <translation>เข้างานเมื่อ %1 ที่%2 และออกไปแล้ว งานนี้ไม่อนุญาตให้กลับเข้างานซ้ำ</translation>
    </message>
    <message>
        <source>Used at %1 at %2.</source>
        <translation>ใช้ไปแล้วเมื่อ %1 ที่%2</translation>
    </message>
    <message>
        <source>This ticket is for another event: %1.</source>
        <translation>บัตรใบนี้เป็นของงานอื่น: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorEventPicker</name>
    <message>
        <source>Events this entrance admits</source>
        <translation>งานที่ทางเข้านี้รับ</translation>
    </message>
    <message>
        <source>Tick the events whose tickets this entrance lets in.</source>
        <translation>เลือกงานที่ทางเข้านี้ให้ผู้ถือบัตรเข้าได้</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Admit these</source>
        <translation>รับบัตรของงานที่เลือก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorView</name>
    <message>
        <source>IN</source>
        <translation>เข้า</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Reading today&apos;s events…</source>
        <translation>กำลังอ่านรายการงานวันนี้…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No event chosen: this entrance admits nobody. Press F9 to choose.</source>
        <translation>ยังไม่ได้เลือกงาน ทางเข้านี้จึงยังไม่รับผู้ใดเข้างาน กด F9 เพื่อเลือก</translation>
    </message>
    <message>
        <source>Admits: %1</source>
        <translation>รับ: %1</translation>
    </message>
    <message>
        <source>Inside: %1</source>
        <translation>อยู่ในงาน: %1</translation>
    </message>
    <message>
        <source>came in: %1</source>
        <translation>เข้างานแล้ว: %1</translation>
    </message>
    <message>
        <source>box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>%1: %2 in, %3 inside</source>
        <translation>%1: เข้างาน %2 อยู่ในงาน %3</translation>
    </message>
    <message>
        <source>Door (no entrance named)</source>
        <translation>ประตูตรวจบัตร (ยังไม่ได้ตั้งชื่อทางเข้า)</translation>
    </message>
    <message>
        <source>Entrance %1</source>
        <translation>ทางเข้า %1</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>รหัสบัตร(&amp;T):</translation>
    </message>
    <message>
        <source>Check in (F5)</source>
        <translation>เช็กอิน (F5)</translation>
    </message>
    <message>
        <source>Check out (F6)</source>
        <translation>เช็กเอาต์ (F6)</translation>
    </message>
    <message>
        <source>Events… (F9)</source>
        <translation>งาน… (F9)</translation>
    </message>
</context>
<context>
    <name>Marquee::EventDetailPanel</name>
    <message>
        <source>Choose an event to see its bookings.</source>
        <translation>เลือกงานเพื่อดูการจอง</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Bookings of this event</source>
        <translation>การจองของงานนี้</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>บัตรที่ขายแล้ว</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Cancelled bookings</source>
        <translation>การจองที่ยกเลิก</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Bookings of “%1”</source>
        <translation>การจองของ “%1”</translation>
    </message>
    <message>
        <source>Seat &amp;map…</source>
        <translation>ผังที่นั่ง…(&amp;M)</translation>
    </message>
    <message>
        <source>The seat map of this event: house holds and accessibility marks</source>
        <translation>ผังที่นั่งของงานนี้: ที่นั่งที่กันไว้และเครื่องหมายด้านการเข้าถึง</translation>
    </message>
</context>
<context>
    <name>Marquee::EventForm</name>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>แก้ไขงาน</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>None (general admission)</source>
        <translation>ไม่มี (ไม่ระบุที่นั่ง)</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 ที่นั่ง)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) (from the plan)</source>
        <translation>
            <numerusform>%n ที่นั่ง (ตามผังที่นั่ง)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket types can be edited once the event is saved: save it, then open it again with Edit. It starts with one type at the price above.</source>
        <translation>แก้ไขประเภทบัตรได้หลังจากบันทึกงานแล้ว กรุณาบันทึกงาน แล้วเปิดขึ้นมาอีกครั้งด้วยปุ่มแก้ไข งานใหม่จะมีบัตรหนึ่งประเภทในราคาที่ระบุด้านบน</translation>
    </message>
    <message>
        <source>Each type has its own price and, if you like, its own quota; for a seated event a type can be for one seat category. Save stores the event and its ticket types.</source>
        <translation>บัตรแต่ละประเภทมีราคาของตนเอง และจะกำหนดโควตาแยกก็ได้ สำหรับงานที่มีผังที่นั่ง บัตรแต่ละประเภทจะกำหนดให้ใช้กับที่นั่งประเภทเดียวก็ได้ ปุ่มบันทึกจะบันทึกทั้งงานและประเภทบัตรของงาน</translation>
    </message>
</context>
<context>
    <name>Marquee::EventPicker</name>
    <message>
        <source>Event — type part of its title, Up/Down to choose, Enter to pick (F2)</source>
        <translation>งาน — พิมพ์บางส่วนของชื่องาน ใช้ลูกศรขึ้น/ลงเพื่อเลือก แล้วกด Enter (F2)</translation>
    </message>
    <message>
        <source>Search events by title or venue</source>
        <translation>ค้นหางานจากชื่องานหรือสถานที่</translation>
    </message>
    <message>
        <source>No upcoming event matches. Check the spelling or clear the search.</source>
        <translation>ไม่พบงานที่ตรงกัน กรุณาตรวจสอบตัวสะกดหรือล้างคำค้นหา</translation>
    </message>
</context>
<context>
    <name>Marquee::EventSeatsDialog</name>
    <message>
        <source>This event has no seating plan: choose one in its form (Edit).</source>
        <translation>งานนี้ยังไม่มีผังที่นั่ง กรุณาเลือกผังที่นั่งในฟอร์มของงาน (แก้ไข)</translation>
    </message>
    <message>
        <source>Capacity: %1 seats for sale; %2 of %3 seats blocked as house holds.</source>
        <translation>จำนวนที่นั่ง: เปิดขาย %1 ที่นั่ง กันไว้ (งดจำหน่าย) %2 จาก %3 ที่นั่ง</translation>
    </message>
    <message>
        <source>Pick seats on the map (free or blocked ones) to block, unblock or mark them.</source>
        <translation>เลือกที่นั่งบนผัง (ที่นั่งว่างหรือที่นั่งที่งดจำหน่าย) เพื่องดจำหน่าย เปิดขายอีกครั้ง หรือทำเครื่องหมาย</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n ที่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) picked: %1</source>
        <translation>
            <numerusform>เลือกแล้ว %n ที่นั่ง: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked as house holds.</source>
        <translation>
            <numerusform>กันที่นั่งไว้ %n ที่แล้ว (งดจำหน่าย)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) back on sale.</source>
        <translation>
            <numerusform>ที่นั่ง %n ที่กลับมาเปิดขายแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats of %1</source>
        <translation>ที่นั่งของ %1</translation>
    </message>
    <message>
        <source>&amp;Block as house holds</source>
        <translation>กันที่นั่งไว้ (งดจำหน่าย)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unblock (back on sale)</source>
        <translation>ยกเลิกการงดจำหน่าย (เปิดขายอีกครั้ง)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>ทำเครื่องหมาย(&amp;M)</translation>
    </message>
    <message>
        <source>Remove mar&amp;k</source>
        <translation>ลบเครื่องหมาย(&amp;K)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>ที่สำหรับผู้ใช้รถเข็น</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>ที่นั่งสำหรับผู้ติดตาม</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>มองเห็นเวทีได้ไม่เต็มที่</translation>
    </message>
    <message>
        <source>Mark to give or take away</source>
        <translation>เครื่องหมายที่จะใส่หรือลบ</translation>
    </message>
    <message numerus="yes">
        <source>Marked “%1”: %n seat(s), for every event of this plan.</source>
        <translation>
            <numerusform>ทำเครื่องหมาย “%1” ให้ที่นั่ง %n ที่แล้ว (มีผลกับทุกงานที่ใช้ผังนี้)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer marked “%1”: %n seat(s).</source>
        <translation>
            <numerusform>ลบเครื่องหมาย “%1” ออกจากที่นั่ง %n ที่แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::EventTableModel</name>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>บัตรหมด</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่องาน</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>ที่นั่งทั้งหมด</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>Marquee::EventsPage</name>
    <message>
        <source>The event “%1” was created.</source>
        <translation>สร้างงาน “%1” แล้ว</translation>
    </message>
    <message>
        <source>The event “%1” was saved.</source>
        <translation>บันทึกงาน “%1” แล้ว</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>ยกเลิกงาน</translation>
    </message>
    <message>
        <source>The event “%1” was cancelled. Its bookings are kept.</source>
        <translation>ยกเลิกงาน “%1” แล้ว การจองของงานนี้ยังคงเก็บไว้</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>ส่งออกการจอง</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing bookings to %1…</source>
        <translation>กำลังบันทึกการจองลงใน %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The bookings were written to %1.</source>
        <translation>บันทึกการจองลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was left behind.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ค้างอยู่</translation>
    </message>
    <message>
        <source>Cancel “%1” on %2?

It stops being on sale at once, at every kiosk and box office. Its tickets stop being valid, and each of its %3 paid bookings is listed under Refunds.</source>
        <translation>ยกเลิก “%1” วันที่ %2 หรือไม่

งานนี้จะหยุดขายทันทีที่ตู้คีออสก์และห้องขายบัตรทุกแห่ง บัตรของงานนี้จะใช้ไม่ได้ และการจองที่ชำระเงินแล้วทั้ง %3 รายการจะแสดงอยู่ในหน้าคืนเงิน</translation>
    </message>
</context>
<context>
    <name>Marquee::EventsToolbar</name>
    <message>
        <source>%1 of %2 events loaded</source>
        <translation>โหลดแล้ว %1 จาก %2 งาน</translation>
    </message>
    <message>
        <source>%1 events loaded</source>
        <translation>โหลดแล้ว %1 งาน</translation>
    </message>
    <message>
        <source>Search title or venue</source>
        <translation>ค้นหาชื่องานหรือสถานที่</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>งานทั้งหมด</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>งานใหม่…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>ยกเลิกงาน…</translation>
    </message>
    <message>
        <source>Export bookings…</source>
        <translation>ส่งออกการจอง…</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskConfirmationPage</name>
    <message>
        <source>Thank you! Your booking is confirmed.</source>
        <translation>ขอบคุณที่ใช้บริการ การจองของคุณได้รับการยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Show these QR codes at the door. Take a photo of them or note your booking reference.</source>
        <translation>กรุณาแสดงคิวอาร์โค้ดเหล่านี้ที่ทางเข้า ถ่ายรูปเก็บไว้ หรือจดหมายเลขการจองไว้</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Your booking reference is %1.</source>
        <translation>หมายเลขการจองของคุณคือ %1</translation>
    </message>
    <message>
        <source>Your seats are held. Please pay at the box office.</source>
        <translation>ที่นั่งของคุณสำรองไว้แล้ว กรุณาชำระเงินที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>The QR codes let you in once the booking is paid. Take a photo of them or note your booking reference.</source>
        <translation>คิวอาร์โค้ดจะใช้เข้างานได้เมื่อชำระเงินแล้ว กรุณาถ่ายรูปเก็บไว้ หรือจดหมายเลขการจองไว้</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskDetailsPage</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>ข้อมูลของคุณ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>เบอร์โทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>กำลังจอง…</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>ยืนยันการจอง</translation>
    </message>
    <message>
        <source>Sorry, this event has just sold out.</source>
        <translation>ขออภัย บัตรงานนี้เพิ่งขายหมด</translation>
    </message>
    <message>
        <source>Sorry, this event is no longer on sale.</source>
        <translation>ขออภัย งานนี้ปิดการขายแล้ว</translation>
    </message>
    <message>
        <source>Type your name and phone number, then Confirm booking.</source>
        <translation>กรุณาพิมพ์ชื่อและเบอร์โทรศัพท์ แล้วกด ยืนยันการจอง</translation>
    </message>
    <message>
        <source>Your name (e.g. Somchai Jaidee)</source>
        <translation>ชื่อของคุณ (เช่น สมชาย ใจดี)</translation>
    </message>
    <message>
        <source>Your phone number (e.g. 081 234 5678)</source>
        <translation>เบอร์โทรศัพท์ของคุณ (เช่น 081 234 5678)</translation>
    </message>
    <message>
        <source>Back to the number of tickets</source>
        <translation>กลับไปที่จำนวนบัตร</translation>
    </message>
    <message>
        <source>Your seats are held for you until %1.</source>
        <translation>ที่นั่งของคุณสำรองไว้ให้จนถึง %1</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventDelegate</name>
    <message>
        <source>CANCELLED</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>NOT ON SALE</source>
        <translation>ไม่เปิดขาย</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>บัตรหมด</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventPage</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Your tickets</source>
        <translation>บัตรของคุณ</translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation>ต้องการบัตรกี่ใบ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Sorry, this event has just sold out.</source>
        <translation>ขออภัย บัตรงานนี้เพิ่งขายหมด</translation>
    </message>
    <message>
        <source>Sorry, this event is no longer on sale.</source>
        <translation>ขออภัย งานนี้ปิดการขายแล้ว</translation>
    </message>
    <message>
        <source>Up to %1 tickets per booking.</source>
        <translation>จองได้สูงสุด %1 ใบต่อครั้ง</translation>
    </message>
    <message>
        <source>Number of tickets: %1.</source>
        <translation>จำนวนบัตร: %1 ใบ</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>จำนวนบัตร</translation>
    </message>
    <message>
        <source>Fewer tickets</source>
        <translation>ลดจำนวนบัตร</translation>
    </message>
    <message>
        <source>More tickets</source>
        <translation>เพิ่มจำนวนบัตร</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>กลับไปที่รายการงาน</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Number of %1 tickets</source>
        <translation>จำนวนบัตร %1</translation>
    </message>
    <message>
        <source>Fewer %1 tickets</source>
        <translation>ลดจำนวนบัตร %1</translation>
    </message>
    <message>
        <source>More %1 tickets</source>
        <translation>เพิ่มจำนวนบัตร %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2 ใบ</translation>
    </message>
    <message>
        <source>This event has numbered seats: choose them on the next page.</source>
        <translation>งานนี้มีที่นั่งแบบระบุหมายเลข กรุณาเลือกที่นั่งในหน้าถัดไป</translation>
    </message>
    <message>
        <source>Tickets from %1</source>
        <translation>บัตรราคาเริ่มต้น %1</translation>
    </message>
    <message>
        <source>Up to %1 seats per booking.</source>
        <translation>จองได้สูงสุด %1 ที่นั่งต่อครั้ง</translation>
    </message>
    <message>
        <source>How many tickets of each type?</source>
        <translation>ต้องการบัตรแต่ละประเภทกี่ใบ</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventsModel</name>
    <message>
        <source>%1, %2, %3, %4 per ticket, %5</source>
        <translation>%1, %2, %3, ใบละ %4, %5</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskEventsPage</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation>เลือกงาน</translation>
    </message>
    <message>
        <source>Search by event or venue</source>
        <translation>ค้นหาชื่องานหรือสถานที่</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>กำลังโหลดรายการงาน…</translation>
    </message>
    <message>
        <source>No events match your search. Try another word or date.</source>
        <translation>ไม่พบงานที่ตรงกับการค้นหา ลองใช้คำหรือวันที่อื่น</translation>
    </message>
    <message>
        <source>There are no upcoming events right now.</source>
        <translation>ขณะนี้ยังไม่มีงานที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>งานที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message numerus="yes">
        <source>%n events. Use the arrow keys to hear them, Enter to choose one.</source>
        <translation>
            <numerusform>มี %n งาน ใช้ปุ่มลูกศรเพื่อฟังรายชื่องาน แล้วกด Enter เพื่อเลือก</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::KioskFindBookingPage</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>ค้นหาการจองของฉัน</translation>
    </message>
    <message>
        <source>The phone number you booked with</source>
        <translation>เบอร์โทรศัพท์ที่ใช้จอง</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>หมายเลขการจอง</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Please enter the booking reference shown on your confirmation: 8 letters and digits, e.g. K7QM2XPA.</source>
        <translation>กรุณาใส่หมายเลขการจองที่แสดงในหน้ายืนยัน ซึ่งเป็นตัวอักษรภาษาอังกฤษและตัวเลขรวม 8 ตัว เช่น K7QM2XPA</translation>
    </message>
    <message>
        <source>We could not find a booking with this reference and phone number. Please check both and try again.</source>
        <translation>ไม่พบการจองที่ตรงกับหมายเลขการจองและเบอร์โทรศัพท์นี้ กรุณาตรวจสอบทั้งสองอย่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Type the phone number you booked with and your booking reference, then Find.</source>
        <translation>กรุณาพิมพ์เบอร์โทรศัพท์ที่ใช้จองและหมายเลขการจอง แล้วกด ค้นหา</translation>
    </message>
    <message>
        <source>Your booking reference is %1.</source>
        <translation>หมายเลขการจองของคุณคือ %1</translation>
    </message>
    <message>
        <source>Booking reference (e.g. K7QM2XPA)</source>
        <translation>หมายเลขการจอง (เช่น K7QM2XPA)</translation>
    </message>
    <message>
        <source>This event was cancelled. These tickets are no longer valid: please ask for your refund at the box office.</source>
        <translation>งานนี้ถูกยกเลิกแล้ว บัตรเหล่านี้ใช้ไม่ได้อีกต่อไป กรุณาติดต่อขอรับเงินคืนที่ห้องขายบัตร</translation>
    </message>
    <message>
        <source>This reservation was not paid in time and has lapsed. Its tickets are not valid.</source>
        <translation>การสำรองที่นั่งนี้ไม่ได้ชำระเงินภายในเวลาที่กำหนดจึงหมดอายุแล้ว บัตรของการจองนี้ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>This booking was cancelled. Its tickets are not valid.</source>
        <translation>การจองนี้ถูกยกเลิกแล้ว บัตรของการจองนี้ใช้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskKeypad</name>
    <message>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ ลบ</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>ลบตัวอักษรตัวสุดท้าย</translation>
    </message>
    <message>
        <source>Next ↵</source>
        <translation>ถัดไป ↵</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>ตัวพิมพ์ใหญ่</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>อักษรอังกฤษ</translation>
    </message>
    <message>
        <source>Thai letters</source>
        <translation>อักษรไทย</translation>
    </message>
    <message>
        <source>More Thai letters</source>
        <translation>อักษรไทยเพิ่มเติม</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSeatPage</name>
    <message>
        <source>That seat cannot be chosen. Please choose a free seat.</source>
        <translation>ที่นั่งนี้เลือกไม่ได้ กรุณาเลือกที่นั่งที่ว่าง</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Back to the event (your seats are released)</source>
        <translation>กลับไปที่งาน (ที่นั่งที่คุณเลือกไว้จะถูกยกเลิก)</translation>
    </message>
    <message>
        <source>Choose your seats</source>
        <translation>เลือกที่นั่งของคุณ</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <source>Seat list</source>
        <translation>รายการที่นั่ง</translation>
    </message>
    <message>
        <source>Seat list by row</source>
        <translation>รายการที่นั่งแยกตามแถว</translation>
    </message>
    <message>
        <source>Seats by row</source>
        <translation>ที่นั่งแยกตามแถว</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>ที่นั่งดีที่สุดที่ยังว่าง</translation>
    </message>
    <message>
        <source>How many seats?</source>
        <translation>ต้องการกี่ที่นั่ง</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>จำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>ลดจำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>เพิ่มจำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>Find the best seats</source>
        <translation>หาที่นั่งที่ดีที่สุด</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>ที่นั่งของคุณ</translation>
    </message>
    <message>
        <source>Each seat is sold at its area&apos;s standard ticket price.</source>
        <translation>ที่นั่งแต่ละที่ขายในราคาบัตรทั่วไปของโซนนั้น</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>โซนใดก็ได้</translation>
    </message>
    <message>
        <source>Row %1, seat %2, %3</source>
        <translation>แถว %1 ที่นั่ง %2, %3</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>แถว %1, %2</translation>
    </message>
    <message>
        <source>Your seats: %1.</source>
        <translation>ที่นั่งของคุณ: %1</translation>
    </message>
    <message>
        <source>No seats chosen.</source>
        <translation>ยังไม่ได้เลือกที่นั่ง</translation>
    </message>
    <message>
        <source>Your time to choose ran out and your seats were released. Please choose again.</source>
        <translation>หมดเวลาเลือกที่นั่งแล้ว ที่นั่งที่คุณเลือกไว้ถูกยกเลิก กรุณาเลือกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Your seats are held for %1:%2</source>
        <translation>ที่นั่งของคุณสำรองไว้อีก %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Your seats are held for only %n more seconds.</source>
        <translation>
            <numerusform>ที่นั่งของคุณจะสำรองไว้อีกเพียง %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No seats chosen yet. Tap free seats on the map, or find the best seats.</source>
        <translation>ยังไม่ได้เลือกที่นั่ง กรุณาแตะที่นั่งว่างบนผัง หรือกด หาที่นั่งที่ดีที่สุด</translation>
    </message>
    <message>
        <source>Choose an area and a number of seats, then Find the best seats; or choose seats from the seat list by row.</source>
        <translation>เลือกโซนและจำนวนที่นั่ง แล้วกด หาที่นั่งที่ดีที่สุด หรือเลือกที่นั่งจากรายการที่นั่งแยกตามแถว</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSpeech</name>
    <message>
        <source>button</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>on</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>ช่องทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>ปุ่มตัวเลือก</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>เลือกแล้ว</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>ไม่ได้เลือก</translation>
    </message>
    <message>
        <source>spin button</source>
        <translation>ปุ่มปรับตัวเลข</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>ช่องข้อความ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>list</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ใช้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskSpeechBar</name>
    <message>
        <source>Slower</source>
        <translation>ช้าลง</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>เร็วขึ้น</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>เบาลง</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>ดังขึ้น</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>พูดซ้ำ</translation>
    </message>
    <message>
        <source>Repeat what this page says</source>
        <translation>พูดสิ่งที่อยู่ในหน้านี้ซ้ำ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>หยุดพูด</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>ปิดเสียงอ่าน</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskStartPage</name>
    <message>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <source>Buy tickets for an upcoming event, or find a booking you have already made.</source>
        <translation>ซื้อบัตรงานที่กำลังจะมาถึง หรือค้นหาการจองที่คุณทำไว้แล้ว</translation>
    </message>
    <message>
        <source>Buy tickets</source>
        <translation>ซื้อบัตร</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>ค้นหาการจองของฉัน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา / Language</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Help for me:</source>
        <translation>ตัวช่วยสำหรับฉัน:</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>เสียงอ่าน</translation>
    </message>
    <message>
        <source>Reads each page aloud. Use headphones in the jack below the screen.</source>
        <translation>อ่านออกเสียงทุกหน้า กรุณาใช้หูฟังโดยเสียบที่ช่องใต้หน้าจอ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>สีตัดกันสูง</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Doubles the time before the kiosk asks whether you are still there.</source>
        <translation>เพิ่มเวลาเป็นสองเท่าก่อนที่ตู้คีออสก์จะถามว่าคุณยังอยู่หรือไม่</translation>
    </message>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translation>สำหรับเจ้าหน้าที่: ออกจากตู้คีออสก์</translation>
    </message>
    <message>
        <source>Welcome. Buy tickets, or find my booking. Press Tab to move, Enter to choose.</source>
        <translation>ยินดีต้อนรับ ซื้อบัตร หรือค้นหาการจองของฉัน กด Tab เพื่อเลื่อน และกด Enter เพื่อเลือก</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskStillThereDialog</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>เหลืออีก %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>คุณยังอยู่หรือไม่</translation>
    </message>
    <message>
        <source>The kiosk will start over for the next customer soon, and forget what you entered. Need more time?</source>
        <translation>ตู้คีออสก์จะเริ่มใหม่สำหรับลูกค้าคนถัดไปในอีกสักครู่ และจะลบข้อมูลที่คุณกรอกไว้ ต้องการเวลาเพิ่มหรือไม่</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskView</name>
    <message numerus="yes">
        <source>%n seconds left. Press Enter for more time.</source>
        <translation>
            <numerusform>เหลืออีก %n วินาที กด Enter เพื่อเพิ่มเวลา</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech is on. Press Tab to move between controls and Enter to choose. Repeat and Stop are at the bottom of every page.</source>
        <translation>เปิดเสียงอ่านแล้ว กด Tab เพื่อเลื่อนไปยังปุ่มต่าง ๆ และกด Enter เพื่อเลือก ปุ่มพูดซ้ำและหยุดอยู่ด้านล่างของทุกหน้า</translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message numerus="yes">
        <source>There are no %n free seats together in one row.</source>
        <translation>
            <numerusform>ไม่มีที่นั่งว่างติดกัน %n ที่ในแถวเดียวกัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats together in one row in %1.</source>
        <translation>
            <numerusform>ไม่มีที่นั่ง %1 ว่างติดกัน %n ที่ในแถวเดียวกัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>คีออสก์</translation>
    </message>
    <message>
        <source>no Marquee group</source>
        <translation>ไม่มีกลุ่ม Marquee</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>เข้าสู่ระบบในชื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Database %1 on %2, PostgreSQL %3</source>
        <translation>ฐานข้อมูล %1 บน %2, PostgreSQL %3</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>เครื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>คีออสก์(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>ห้องขายบัตร(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>ผู้ดูแลระบบ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>เกี่ยวกับ Marquee(&amp;A)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>คีออสก์</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>%1 — Marquee</source>
        <translation>%1 — Marquee</translation>
    </message>
    <message>
        <source>door</source>
        <translation>ประตูตรวจบัตร</translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation>ประตูตรวจบัตร(&amp;D)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>ประตูตรวจบัตร</translation>
    </message>
</context>
<context>
    <name>Marquee::NewSeatingPlanDialog</name>
    <message>
        <source>Stalls</source>
        <translation>ชั้นล่าง</translation>
    </message>
    <message>
        <source>Letters: A, B, C …</source>
        <translation>ตัวอักษร: A, B, C …</translation>
    </message>
    <message>
        <source>Numbers: 1, 2, 3 …</source>
        <translation>ตัวเลข: 1, 2, 3 …</translation>
    </message>
    <message>
        <source>Seat 1 on the left (seen from the stage)</source>
        <translation>ที่นั่งหมายเลข 1 อยู่ทางซ้าย (มองจากเวที)</translation>
    </message>
    <message>
        <source>Seat 1 on the right (seen from the stage)</source>
        <translation>ที่นั่งหมายเลข 1 อยู่ทางขวา (มองจากเวที)</translation>
    </message>
    <message>
        <source>Make a seating plan</source>
        <translation>สร้างผังที่นั่ง</translation>
    </message>
    <message>
        <source>Plan &amp;name</source>
        <translation>ชื่อผังที่นั่ง(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rows named</source>
        <translation>ชื่อแถว(&amp;R)</translation>
    </message>
    <message>
        <source>An &amp;aisle after every</source>
        <translation>เว้นทางเดินทุก(&amp;A)</translation>
    </message>
    <message>
        <source>no aisle</source>
        <translation>ไม่มีทางเดิน</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> ที่นั่ง</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนแถว</translation>
    </message>
    <message>
        <source>Seats per row</source>
        <translation>ที่นั่งต่อแถว</translation>
    </message>
    <message>
        <source>Add a &amp;zone</source>
        <translation>เพิ่มโซน(&amp;Z)</translation>
    </message>
    <message>
        <source>Zone %1: name</source>
        <translation>โซน %1: ชื่อ</translation>
    </message>
    <message>
        <source>Zone %1: rows</source>
        <translation>โซน %1: จำนวนแถว</translation>
    </message>
    <message>
        <source>Zone %1: seats per row</source>
        <translation>โซน %1: จำนวนที่นั่งต่อแถว</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>สร้างผังที่นั่ง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Seats n&amp;umbered</source>
        <translation>การเรียงเลขที่นั่ง(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentPart</name>
    <message>
        <source>Enter the cash handed over, such as 1000 or 1000.50.</source>
        <translation>ใส่จำนวนเงินที่ลูกค้าจ่าย เช่น 1000 หรือ 1000.50</translation>
    </message>
    <message>
        <source>That is less than the total of %1.</source>
        <translation>จำนวนนี้น้อยกว่ายอดรวม %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>ยังขาดอีก %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Cash (F5)</source>
        <translation>เงินสด (F5)</translation>
    </message>
    <message>
        <source>Card (F6)</source>
        <translation>บัตรเครดิต (F6)</translation>
    </message>
    <message>
        <source>Complimentary (F7)</source>
        <translation>บัตรเชิญ (F7)</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>รับเงิน(&amp;T)</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>จำนวนเงินที่ลูกค้าจ่าย</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
</context>
<context>
    <name>Marquee::PickedEventCard</name>
    <message>
        <source>Loading the event…</source>
        <translation>กำลังโหลดข้อมูลงาน…</translation>
    </message>
    <message>
        <source>No event picked yet</source>
        <translation>ยังไม่ได้เลือกงาน</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 per ticket</source>
        <translation>%1 · %2 · ใบละ %3</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>ไม่เปิดขาย</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>บัตรหมด</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>เหลือ %n ที่นั่ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSetupDialog</name>
    <message>
        <source>This desk&apos;s printer</source>
        <translation>เครื่องพิมพ์ของเคาน์เตอร์นี้</translation>
    </message>
    <message>
        <source>&amp;Receipt and ticket printer on the network (ESC/POS)</source>
        <translation>เครื่องพิมพ์ใบเสร็จและบัตรบนเครือข่าย (ESC/POS)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Page printer of this computer</source>
        <translation>เครื่องพิมพ์เอกสารของคอมพิวเตอร์เครื่องนี้(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;None yet: ask with the print dialog once, then keep that printer</source>
        <translation>ยังไม่ได้เลือก: ถามผ่านหน้าต่างการพิมพ์หนึ่งครั้ง แล้วใช้เครื่องพิมพ์นั้นต่อไป(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundTableModel</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>โอนเงิน</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>ลูกค้าหน้าเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>งานถูกยกเลิก</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>การจองถูกยกเลิก</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ค้างคืน</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 โดย %2, %3</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ชำระด้วย</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>ค้างตั้งแต่</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundsPage</name>
    <message>
        <source>Only refunds still &amp;due</source>
        <translation>เฉพาะรายการที่ยังค้างคืนเงิน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark refunded…</source>
        <translation>บันทึกว่าคืนเงินแล้ว…(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) listed; %1 still to give back.</source>
        <translation>
            <numerusform>มีรายการคืนเงิน %n รายการ ยังต้องคืนอีก %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>บันทึกว่าคืนเงินแล้ว</translation>
    </message>
    <message>
        <source>%1 to %2 for booking %3.</source>
        <translation>คืน %1 ให้ %2 สำหรับการจอง %3</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>โอนเงิน</translation>
    </message>
    <message>
        <source>Given back by</source>
        <translation>คืนเงินด้วย</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Refund of booking %1 marked as given.</source>
        <translation>บันทึกว่าคืนเงินของการจอง %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>Save attendance as CSV</source>
        <translation>บันทึกข้อมูลผู้เข้างานเป็น CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>The last day of the period comes before its first day.</source>
        <translation>วันสุดท้ายของช่วงเวลาอยู่ก่อนวันแรก</translation>
    </message>
    <message>
        <source>Sold: %1 in %2 bookings, %3 tickets. Refunds given: %4. Net: %5.</source>
        <translation>ยอดขาย: %1 จาก %2 การจอง บัตร %3 ใบ คืนเงินแล้ว: %4 ยอดสุทธิ: %5</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>รายงานยอดขาย</translation>
    </message>
    <message>
        <source>%1 to %2 (the venue&apos;s days)</source>
        <translation>%1 ถึง %2 (ตามวันของสถานที่จัดงาน)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ผู้เข้างาน</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>เขียนไฟล์ PDF ลงใน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>บันทึกรายงานเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save sales as CSV</source>
        <translation>บันทึกยอดขายเป็น CSV</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ถึง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>แยกตาม(&amp;B)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Sales as CSV…</source>
        <translation>ยอดขายเป็น CSV…</translation>
    </message>
    <message>
        <source>Attendance as CSV…</source>
        <translation>ผู้เข้างานเป็น CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ยอดขาย</translation>
    </message>
    <message>
        <source>Attendance per event and entrance (events starting in the period)</source>
        <translation>ผู้เข้างานแยกตามงานและทางเข้า (งานที่เริ่มในช่วงเวลานี้)</translation>
    </message>
</context>
<context>
    <name>Marquee::SalePanel</name>
    <message>
        <source>Confirm sale (Enter)</source>
        <translation>ยืนยันการขาย (Enter)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>ขายรายการใหม่ (Esc)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>กำลังจอง…</translation>
    </message>
    <message>
        <source>Pick an event first: type part of its title and press Enter.</source>
        <translation>กรุณาเลือกงานก่อน: พิมพ์บางส่วนของชื่องานแล้วกด Enter</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>ลูกค้าหน้าเคาน์เตอร์</translation>
    </message>
    <message>
        <source>The last sale&apos;s outcome is not known yet. Put the form back as it was and press Enter to ask again (it will not sell twice), or press Esc to start a new sale.</source>
        <translation>ยังไม่ทราบผลของการขายครั้งล่าสุด กรุณากรอกฟอร์มให้เหมือนเดิมแล้วกด Enter เพื่อสอบถามอีกครั้ง (ระบบจะไม่ขายซ้ำ) หรือกด Esc เพื่อเริ่มการขายใหม่</translation>
    </message>
    <message>
        <source>%1
The sale may or may not have gone through. Press Enter to ask again: it will not sell twice.</source>
        <translation>%1
การขายอาจสำเร็จหรือไม่สำเร็จก็ได้ กด Enter เพื่อสอบถามอีกครั้ง ระบบจะไม่ขายซ้ำ</translation>
    </message>
    <message>
        <source>Pick seats on the map, or type how many (such as &quot;4 stalls&quot;) and press Enter to hold the best seats together.</source>
        <translation>กรุณาเลือกที่นั่งบนผัง หรือพิมพ์จำนวนที่นั่ง (เช่น &quot;4 ชั้นล่าง&quot;) แล้วกด Enter เพื่อสำรองที่นั่งที่ดีที่สุดที่อยู่ติดกัน</translation>
    </message>
    <message>
        <source>At most %1 seats per booking: put some back on the map.</source>
        <translation>จองได้สูงสุด %1 ที่นั่งต่อการจอง กรุณาคืนที่นั่งบางที่บนผัง</translation>
    </message>
    <message>
        <source>A held seat has no ticket type it can be sold as: choose another seat.</source>
        <translation>มีที่นั่งที่สำรองไว้ซึ่งไม่มีประเภทบัตรที่ขายได้ กรุณาเลือกที่นั่งอื่น</translation>
    </message>
</context>
<context>
    <name>Marquee::SaleResultPanel</name>
    <message>
        <source>Change due: %1</source>
        <translation>เงินทอน: %1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>พิมพ์ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>บันทึกเป็น PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>ขายรายการใหม่ (Esc)</translation>
    </message>
    <message>
        <source>Tickets sent to the printer.</source>
        <translation>ส่งบัตรไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Tickets saved as PDF.</source>
        <translation>บันทึกบัตรเป็น PDF แล้ว</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>หมายเลขการจอง %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) booked · Total %1
The details could not be read back just now: find the booking with F3 to print its tickets.</source>
        <translation>
            <numerusform>จองบัตรแล้ว %n ใบ · ยอดรวม %1
ยังอ่านรายละเอียดการจองกลับมาไม่ได้ในขณะนี้ กรุณาค้นหาการจองด้วย F3 เพื่อพิมพ์บัตร</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <source>%1 Press Ctrl+P to print again.</source>
        <translation>%1 กด Ctrl+P เพื่อพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>Tickets and receipt printed.</source>
        <translation>พิมพ์บัตรและใบเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Printed again, marked REPRINT %1.</source>
        <translation>พิมพ์อีกครั้งแล้ว พร้อมเครื่องหมาย “พิมพ์ซ้ำ %1”</translation>
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
บัตร %n ใบ สำหรับ %4 · ยอดรวม %5 · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::SalesChartView</name>
    <message>
        <source>Tickets sold over time</source>
        <translation>ยอดขายบัตรตามช่วงเวลา</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>จำนวนบัตร</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>บัตรที่ขายแล้ว</translation>
    </message>
    <message>
        <source>No tickets sold yet</source>
        <translation>ยังไม่มีการขายบัตร</translation>
    </message>
</context>
<context>
    <name>Marquee::SalesTotalsModel</name>
    <message>
        <source>No shift</source>
        <translation>ไม่มีกะ</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>บัตรเข้างาน</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>วิธีชำระเงิน</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>ประเภทบัตร</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatCategoryDelegate</name>
    <message>
        <source>any seat</source>
        <translation>ที่นั่งใดก็ได้</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMap</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>ขยาย (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>ย่อ (-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Show the whole plan (0)</source>
        <translation>แสดงผังทั้งหมด (0)</translation>
    </message>
    <message>
        <source>Show the whole plan</source>
        <translation>แสดงผังทั้งหมด</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>ผังที่นั่ง</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation>คำอธิบายสัญลักษณ์ผังที่นั่ง</translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <translation>%1 (ว่าง)</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatPart</name>
    <message>
        <source>&amp;Best available:</source>
        <translation>ที่นั่งดีที่สุดที่ยังว่าง(&amp;B):</translation>
    </message>
    <message>
        <source>e.g. 4 stalls, then Enter</source>
        <translation>เช่น 4 ชั้นล่าง แล้วกด Enter</translation>
    </message>
    <message>
        <source>How many seats and, if you like, the seat category, such as &quot;4 stalls&quot; or &quot;2&quot;; Enter holds the best seats together.</source>
        <translation>จำนวนที่นั่ง และประเภทที่นั่งหากต้องการ เช่น &quot;4 ชั้นล่าง&quot; หรือ &quot;2&quot; กด Enter เพื่อสำรองที่นั่งที่ดีที่สุดที่อยู่ติดกัน</translation>
    </message>
    <message>
        <source>Type how many seats and, if you like, the category, such as &quot;4 stalls&quot;, then press Enter.</source>
        <translation>พิมพ์จำนวนที่นั่ง และประเภทที่นั่งหากต้องการ เช่น &quot;4 ชั้นล่าง&quot; แล้วกด Enter</translation>
    </message>
    <message>
        <source>Ask for 1 to 50 seats at a time, such as &quot;4 stalls&quot;.</source>
        <translation>ขอได้ครั้งละ 1 ถึง 50 ที่นั่ง เช่น &quot;4 ชั้นล่าง&quot;</translation>
    </message>
    <message>
        <source>This event&apos;s seats have no category called &quot;%1&quot;.</source>
        <translation>ที่นั่งของงานนี้ไม่มีประเภทที่ชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This event&apos;s seats have no category called &quot;%1&quot;. Its categories: %2.</source>
        <translation>ที่นั่งของงานนี้ไม่มีประเภทที่ชื่อ &quot;%1&quot; ประเภทที่นั่งที่มี: %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>แถว %1 ที่นั่ง %2</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1 แถว %2 ที่นั่ง %3</translation>
    </message>
    <message>
        <source>No seats held: click seats on the map or type how many above.</source>
        <translation>ยังไม่ได้สำรองที่นั่ง: คลิกที่นั่งบนผัง หรือพิมพ์จำนวนที่นั่งในช่องด้านบน</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for this sale:</source>
        <translation>
            <numerusform>ที่นั่งที่สำรองไว้สำหรับการขายนี้ %n ที่:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ticket type for %1</source>
        <translation>ประเภทบัตรสำหรับ %1</translation>
    </message>
    <message>
        <source>These seats stay held until %1 and cannot be held longer: finish the sale by then.</source>
        <translation>ที่นั่งเหล่านี้สำรองไว้ได้ถึง %1 และสำรองต่อไม่ได้อีก กรุณาขายให้เสร็จก่อนเวลานั้น</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatingPage</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a seating plan.</source>
        <translation>ไฟล์ %1 มีขนาดใหญ่เกินกว่าจะเป็นผังที่นั่ง</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>ไม่ได้นำเข้า %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The plan &quot;%1&quot; with %n seat(s) is stored.</source>
        <translation>
            <numerusform>บันทึกผังที่นั่ง &quot;%1&quot; จำนวน %n ที่นั่งแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be written to %1: %2</source>
        <translation>เขียนผังที่นั่งลงใน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is written to %2.</source>
        <translation>เขียนผังที่นั่ง &quot;%1&quot; ลงใน %2 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n seat(s)</source>
        <translation>
            <numerusform>%1: %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a seating plan</source>
        <translation>นำเข้าผังที่นั่ง</translation>
    </message>
    <message>
        <source>Seating plans (*.json);;All files (*)</source>
        <translation>ผังที่นั่ง (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Export the seating plan</source>
        <translation>ส่งออกผังที่นั่ง</translation>
    </message>
    <message>
        <source>Seating plans (*.json)</source>
        <translation>ผังที่นั่ง (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import a plan…</source>
        <translation>นำเข้าผังที่นั่ง…(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก…(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Make a plan…</source>
        <translation>สร้างผังที่นั่ง…(&amp;M)</translation>
    </message>
    <message>
        <source>Seating plans</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <source>Choose a plan to see it.</source>
        <translation>เลือกผังที่นั่งเพื่อดูผัง</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatingPlanTableModel</name>
    <message>
        <source>Plan</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>จำนวนที่นั่ง</translation>
    </message>
</context>
<context>
    <name>Marquee::Shell</name>
    <message>
        <source>The connection string given with --db is not valid: %1.</source>
        <translation>สตริงการเชื่อมต่อที่ให้มากับ --db ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>The login “%1” may not use Marquee: it is in none of the kiosk, door, box office or admin groups. An administrator can add it under Admin → Staff logins.</source>
        <translation>บัญชี “%1” ใช้ Marquee ไม่ได้ เนื่องจากไม่ได้อยู่ในกลุ่มคีออสก์ ประตูตรวจบัตร ห้องขายบัตร หรือผู้ดูแลระบบ ผู้ดูแลระบบเพิ่มบัญชีนี้ได้ที่ ผู้ดูแลระบบ → บัญชีพนักงาน</translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftBar</name>
    <message>
        <source>No sale: open drawer (F11)</source>
        <translation>ไม่มีการขาย: เปิดลิ้นชักเงิน (F11)</translation>
    </message>
    <message>
        <source>Reading this desk&apos;s shift…</source>
        <translation>กำลังอ่านข้อมูลกะของเคาน์เตอร์นี้…</translation>
    </message>
    <message numerus="yes">
        <source>Shift open at %1 since %2 · cash %3 · card %4 · %n ticket(s)</source>
        <translation>
            <numerusform>กะเปิดที่ %1 ตั้งแต่ %2 · เงินสด %3 · บัตรเครดิต %4 · บัตร %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift open: open one with its float (F10) before the first cash sale. Card sales need none.</source>
        <translation>ยังไม่ได้เปิดกะ: กรุณาเปิดกะพร้อมเงินทอนตั้งต้น (F10) ก่อนการขายด้วยเงินสดครั้งแรก การขายด้วยบัตรเครดิตไม่ต้องเปิดกะ</translation>
    </message>
    <message>
        <source>Close shift… (F10)</source>
        <translation>ปิดกะ… (F10)</translation>
    </message>
    <message>
        <source>Open shift… (F10)</source>
        <translation>เปิดกะ… (F10)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>เปิดกะ</translation>
    </message>
    <message>
        <source>The opening float: the cash in the drawer now.</source>
        <translation>เงินทอนตั้งต้น: เงินสดที่อยู่ในลิ้นชักขณะนี้</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter what you counted.</source>
        <translation>กรุณานับเงินสดในลิ้นชัก แล้วใส่จำนวนที่นับได้</translation>
    </message>
    <message>
        <source>Shift %1 at %2</source>
        <translation>กะ %1 ที่ %2</translation>
    </message>
    <message>
        <source>Opening float: %1</source>
        <translation>เงินทอนตั้งต้น: %1</translation>
    </message>
    <message>
        <source>Cash sales: %1</source>
        <translation>ยอดขายเงินสด: %1</translation>
    </message>
    <message>
        <source>Cash refunds: %1</source>
        <translation>คืนเงินสด: %1</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>เงินสดที่ควรมี: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>เงินสดที่นับได้: %1</translation>
    </message>
    <message>
        <source>Variance: %1</source>
        <translation>ส่วนต่าง: %1</translation>
    </message>
    <message>
        <source>Card sales: %1 · card refunds: %2</source>
        <translation>ยอดขายบัตรเครดิต: %1 · คืนเงินเข้าบัตรเครดิต: %2</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>สรุปยอดเงินสด</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>bookings, tickets</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>การจอง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>บัตร %n ใบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftTableModel</name>
    <message>
        <source>open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>%1 (closed by %2)</source>
        <translation>%1 (ปิดโดย %2)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>ยอดขายเงินสด</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>ยอดขายบัตรเครดิต</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>คืนเงินสด</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>คืนเงินเข้าบัตรเครดิต</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>เงินสดที่ควรมี</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>ไม่มีการขาย</translation>
    </message>
</context>
<context>
    <name>Marquee::ShiftsPage</name>
    <message>
        <source>Desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>บัญชีพนักงาน</translation>
    </message>
    <message>
        <source>On the &amp;day</source>
        <translation>ในวันที่(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา(&amp;F)</translation>
    </message>
    <message>
        <source>Force &amp;close…</source>
        <translation>บังคับปิดกะ…(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก CSV…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>รายงาน PDF…(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s), %1 open.</source>
        <translation>
            <numerusform>%n กะ เปิดอยู่ %1 กะ</numerusform>
        </translation>
    </message>
    <message>
        <source>Force-close shift</source>
        <translation>บังคับปิดกะ</translation>
    </message>
    <message>
        <source>Close the shift of %1 at %2 without their count? It is recorded as closed by you.</source>
        <translation>ปิดกะของ %1 ที่ %2 โดยไม่มีการนับเงินหรือไม่ ระบบจะบันทึกว่าคุณเป็นผู้ปิดกะนี้</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>กะ</translation>
    </message>
    <message>
        <source>Export shifts</source>
        <translation>ส่งออกข้อมูลกะ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Shifts exported to %1.</source>
        <translation>ส่งออกข้อมูลกะไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>เขียนไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Shifts report</source>
        <translation>รายงานกะ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>เขียนรายงานไปที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Enter the name of the database.</source>
        <translation>กรุณาใส่ชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Sign in — Marquee</source>
        <translation>เข้าสู่ระบบ — Marquee</translation>
    </message>
    <message>
        <source>Sign in to Marquee</source>
        <translation>เข้าสู่ระบบ Marquee</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>พอร์ต(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ชื่อบัญชี(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>Host name, or a socket folder such as /run/postgresql</source>
        <translation>ชื่อโฮสต์ หรือโฟลเดอร์ซ็อกเก็ต เช่น /run/postgresql</translation>
    </message>
    <message>
        <source>Remember password in the system &amp;keychain</source>
        <translation>จำรหัสผ่านไว้ในพวงกุญแจของระบบ(&amp;K)</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in Marquee&apos;s settings.</source>
        <translation>รหัสผ่านจะเก็บไว้ในพวงกุญแจของระบบเท่านั้น ไม่เก็บในการตั้งค่าของ Marquee</translation>
    </message>
    <message>
        <source>No system keychain is available, so Marquee does not remember passwords.</source>
        <translation>ไม่มีพวงกุญแจของระบบ Marquee จึงไม่จำรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>ขั้นสูง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>การเข้ารหัส (TLS)(&amp;E):</translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation>เข้ารหัสถ้าทำได้ (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>ต้องเข้ารหัส</translation>
    </message>
    <message>
        <source>Require encryption and a trusted certificate</source>
        <translation>ต้องเข้ารหัสและใบรับรองที่เชื่อถือได้</translation>
    </message>
    <message>
        <source>Require encryption, a trusted certificate and the right server name</source>
        <translation>ต้องเข้ารหัส ใบรับรองที่เชื่อถือได้ และชื่อเซิร์ฟเวอร์ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>ไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>เข้าสู่ระบบ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffExitDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>เข้าสู่ระบบสำหรับเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Staff only: sign in with a box office or admin login to leave the kiosk.</source>
        <translation>สำหรับเจ้าหน้าที่เท่านั้น: เข้าสู่ระบบด้วยบัญชีห้องขายบัตรหรือผู้ดูแลระบบเพื่อออกจากโหมดคีออสก์</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>ชื่อบัญชี(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Please enter your staff login and password.</source>
        <translation>กรุณาใส่ชื่อบัญชีพนักงานและรหัสผ่าน</translation>
    </message>
    <message>
        <source>The login or password is not correct.</source>
        <translation>ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>This login may not leave the kiosk: a box office or admin login is needed.</source>
        <translation>บัญชีนี้ออกจากคีออสก์ไม่ได้ ต้องใช้บัญชีห้องขายบัตรหรือผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginForm</name>
    <message>
        <source>A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter (not with pg_ or marquee_).</source>
        <translation>ชื่อบัญชีต้องยาว 3 ถึง 41 ตัว ประกอบด้วยอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข หรือขีดล่าง และขึ้นต้นด้วยตัวอักษร (ห้ามขึ้นต้นด้วย pg_ หรือ marquee_)</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>New staff login</source>
        <translation>บัญชีพนักงานใหม่</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>ชื่อบัญชี(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>ชื่อ-นามสกุล(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>กลุ่ม(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>ยืนยันรหัสผ่าน(&amp;R)</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffLoginTableModel</name>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>ห้องขายบัตร</translation>
    </message>
    <message>
        <source>Kiosk terminal</source>
        <translation>เครื่องคีออสก์</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>ใช้งานได้</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ชื่อบัญชี</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>สร้างโดย</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Door scanner</source>
        <translation>เครื่องสแกนที่ประตูตรวจบัตร</translation>
    </message>
</context>
<context>
    <name>Marquee::StaffPage</name>
    <message>
        <source>The login %1 was created.</source>
        <translation>สร้างบัญชี %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 เข้าสู่ระบบได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>ระงับการเข้าสู่ระบบของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>รหัสผ่านใหม่ของ %1 (อย่างน้อย 8 ตัวอักษร):</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>New login…</source>
        <translation>บัญชีใหม่…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketCodesPanel</name>
    <message>
        <source>Ticket %1 of %2</source>
        <translation>บัตรใบที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>Already used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketListModel</name>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Unpaid: not valid until paid</source>
        <translation>ยังไม่ได้ชำระเงิน: ใช้ไม่ได้จนกว่าจะชำระเงิน</translation>
    </message>
    <message>
        <source>Not valid: reservation expired</source>
        <translation>ใช้ไม่ได้: การสำรองที่นั่งหมดเวลาแล้ว</translation>
    </message>
    <message>
        <source>Event cancelled: refund at the box office</source>
        <translation>งานถูกยกเลิก: รับเงินคืนที่ห้องขายบัตร</translation>
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
        <translation>จำนวน(&amp;Q)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>จำนวนบัตร %1</translation>
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
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Enter the number of %1 as digits, from %2 to %3.</source>
        <translation>กรุณาใส่จำนวน%1 เป็นตัวเลขตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>Enter a number of %1 from %2 to %3 (at most %3 per booking).</source>
        <translation>กรุณาใส่จำนวน%1 ตั้งแต่ %2 ถึง %3 (ไม่เกิน %3 ใบต่อการจอง)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) of %1 left.</source>
        <translation>
            <numerusform>บัตร %1 เหลือเพียง %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of tickets from 1 to %1 (at most %1 per booking).</source>
        <translation>กรุณาใส่จำนวนบัตรตั้งแต่ 1 ถึง %1 (ไม่เกิน %1 ใบต่อการจอง)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n seat(s) left for this event.</source>
        <translation>
            <numerusform>งานนี้เหลือเพียง %n ที่นั่ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::TicketTypeTableModel</name>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>any seat</source>
        <translation>ที่นั่งใดก็ได้</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>ประเภทบัตร</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>โควตา</translation>
    </message>
    <message>
        <source>Seat category</source>
        <translation>ประเภทที่นั่ง</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Box office only</source>
        <translation>เฉพาะห้องขายบัตร</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ขายหรือสำรองแล้ว</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketTypesEditor</name>
    <message>
        <source>New ticket type</source>
        <translation>ประเภทบัตรใหม่</translation>
    </message>
    <message>
        <source>Ticket types saved.</source>
        <translation>บันทึกประเภทบัตรแล้ว</translation>
    </message>
    <message>
        <source>Add a ticket type</source>
        <translation>เพิ่มประเภทบัตร</translation>
    </message>
    <message>
        <source>Save ticket types</source>
        <translation>บันทึกประเภทบัตร</translation>
    </message>
    <message>
        <source>Ticket types of this event</source>
        <translation>ประเภทบัตรของงานนี้</translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsPage</name>
    <message>
        <source>&amp;Time zone</source>
        <translation>เขตเวลา(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code, e.g. THB)</source>
        <translation>สกุลเงิน (รหัส ISO เช่น THB)(&amp;U)</translation>
    </message>
    <message>
        <source>Kiosk reservations are held for (&amp;minutes)</source>
        <translation>ระยะเวลาที่ตู้คีออสก์สำรองที่นั่งไว้ (นาที)(&amp;M)</translation>
    </message>
    <message>
        <source>The box office sells until this long after the start (m&amp;inutes)</source>
        <translation>ห้องขายบัตรขายได้จนถึงหลังเวลาเริ่มงาน (นาที)(&amp;I)</translation>
    </message>
    <message>
        <source>A kiosk may hold at most (% of the capacity)</source>
        <translation>ตู้คีออสก์สำรองที่นั่งได้สูงสุด (% ของจำนวนที่นั่ง)</translation>
    </message>
    <message>
        <source>… and at least (seats)</source>
        <translation>… และอย่างน้อย (ที่นั่ง)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>บันทึกการตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>คืนค่าเดิม(&amp;V)</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>กรุณาใส่จำนวนเต็มตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>Saved. This terminal shows times and prices in them now; the others at their next start.</source>
        <translation>บันทึกแล้ว เครื่องนี้แสดงเวลาและราคาตามค่าใหม่แล้ว ส่วนเครื่องอื่นจะเปลี่ยนเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>RECEIPT</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Printed again %1</source>
        <translation>พิมพ์ซ้ำเมื่อ %1</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>หมายเลขการจอง</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%2 %1 ใบ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>รับเงินสด</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>ชำระด้วยเงินสด</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>ชำระด้วยบัตรเครดิต</translation>
    </message>
    <message>
        <source>Complimentary tickets: nothing to pay</source>
        <translation>บัตรเชิญ: ไม่ต้องชำระเงิน</translation>
    </message>
    <message>
        <source>Thank you, and enjoy the show</source>
        <translation>ขอบคุณที่ใช้บริการ ขอให้สนุกกับการแสดง</translation>
    </message>
    <message>
        <source>%1 x %2, %3</source>
        <translation>%2 %1 ใบ, %3</translation>
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
        <translation>แถว %1 ที่นั่ง %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, wheelchair space</source>
        <translation>%1, ที่สำหรับผู้ใช้รถเข็น</translation>
    </message>
    <message>
        <source>%1, companion seat</source>
        <translation>%1, ที่นั่งสำหรับผู้ติดตาม</translation>
    </message>
    <message>
        <source>%1, restricted view</source>
        <translation>%1, มองเห็นเวทีได้ไม่เต็มที่</translation>
    </message>
    <message>
        <source>%1, in your selection</source>
        <translation>%1, อยู่ในที่นั่งที่คุณเลือก</translation>
    </message>
</context>
<context>
    <name>SeatSymbol</name>
    <message>
        <source>Free</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>สำรองไว้</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>งดจำหน่าย</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>ที่สำหรับผู้ใช้รถเข็น</translation>
    </message>
    <message>
        <source>Your selection</source>
        <translation>ที่นั่งที่คุณเลือก</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>held</source>
        <translation>สำรองไว้</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>งดจำหน่าย</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ยังไม่ทราบสถานะ</translation>
    </message>
</context>
<context>
    <name>SeatingPlanGenerator</name>
    <message>
        <source>Please give the plan a name.</source>
        <translation>กรุณาตั้งชื่อผังที่นั่ง</translation>
    </message>
    <message>
        <source>A plan&apos;s name can have at most %1 characters.</source>
        <translation>ชื่อผังที่นั่งยาวได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>A plan needs at least one block of seats.</source>
        <translation>ผังที่นั่งต้องมีบล็อกที่นั่งอย่างน้อย 1 บล็อก</translation>
    </message>
    <message>
        <source>A plan can have at most %1 blocks of seats.</source>
        <translation>ผังที่นั่งมีบล็อกที่นั่งได้ไม่เกิน %1 บล็อก</translation>
    </message>
    <message>
        <source>Please give every block a name, such as &quot;Stalls&quot; or &quot;Balcony&quot;.</source>
        <translation>กรุณาตั้งชื่อให้ทุกบล็อก เช่น &quot;ชั้นล่าง&quot; หรือ &quot;ชั้นบน&quot;</translation>
    </message>
    <message>
        <source>A block&apos;s name and category can have at most %1 characters.</source>
        <translation>ชื่อและประเภทที่นั่งของบล็อกยาวได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Two blocks are called &quot;%1&quot;; give each block its own name.</source>
        <translation>มีสองบล็อกที่ชื่อ &quot;%1&quot; กรุณาตั้งชื่อแต่ละบล็อกไม่ให้ซ้ำกัน</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot;: the number of rows must be from 1 to %2.</source>
        <translation>บล็อก &quot;%1&quot;: จำนวนแถวต้องอยู่ระหว่าง 1 ถึง %2</translation>
    </message>
    <message>
        <source>Block &quot;%1&quot;: the number of seats in a row must be from 1 to %2.</source>
        <translation>บล็อก &quot;%1&quot;: จำนวนที่นั่งต่อแถวต้องอยู่ระหว่าง 1 ถึง %2</translation>
    </message>
    <message>
        <source>An aisle comes after every 1 to %1 seats, or 0 for no aisle.</source>
        <translation>ทางเดินต้องเว้นทุก 1 ถึง %1 ที่นั่ง หรือใส่ 0 หากไม่มีทางเดิน</translation>
    </message>
    <message>
        <source>Seats would overlap: the spacing of seats and rows must be at least a seat&apos;s width.</source>
        <translation>ที่นั่งจะซ้อนทับกัน ระยะห่างระหว่างที่นั่งและระหว่างแถวต้องไม่น้อยกว่าความกว้างของที่นั่งหนึ่งที่</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>เวที</translation>
    </message>
</context>
<context>
    <name>SeatingPlanProblem</name>
    <message>
        <source>the plan</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>ประเภทที่นั่ง %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>โซน %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1 แถว %2</translation>
    </message>
    <message>
        <source>%1, seat %2</source>
        <translation>%1 ที่นั่ง %2</translation>
    </message>
    <message>
        <source>%1, area %2</source>
        <translation>%1 พื้นที่ %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 (line %2, column %3)</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง: %1 (บรรทัด %2 คอลัมน์ %3)</translation>
    </message>
    <message>
        <source>the file does not hold a seating plan: its top level is not a JSON object</source>
        <translation>ไฟล์นี้ไม่ใช่ผังที่นั่ง เนื่องจากระดับบนสุดของไฟล์ไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>ไม่พบ %1</translation>
    </message>
    <message>
        <source>%1 is not part of pretix&apos;s seating-plan format here</source>
        <translation>%1 ไม่ได้อยู่ในรูปแบบผังที่นั่งของ pretix ณ ตำแหน่งนี้</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ข้อความ (string)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ (list)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์ (object)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>ข้อความ (string) หรือ null</translation>
    </message>
    <message>
        <source>it must be %1</source>
        <translation>ค่านี้ต้องเป็น %1</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 ต้องเป็น %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>%1 is out of range: at most %2 away from zero</source>
        <translation>%1 อยู่นอกช่วงที่รับได้: ต้องห่างจากศูนย์ไม่เกิน %2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>%1 contains control or invisible formatting characters</source>
        <translation>%1 มีอักขระควบคุมหรืออักขระจัดรูปแบบที่มองไม่เห็น</translation>
    </message>
    <message>
        <source>category %1 is not one of the plan&apos;s categories</source>
        <translation>ประเภทที่นั่ง %1 ไม่ได้อยู่ในประเภทที่นั่งของผังนี้</translation>
    </message>
    <message>
        <source>category %1 is defined twice</source>
        <translation>ประเภทที่นั่ง %1 ถูกกำหนดไว้ซ้ำ</translation>
    </message>
    <message>
        <source>seat_guid %1 is also used by %2</source>
        <translation>seat_guid %1 ถูกใช้ที่ %2 ด้วย</translation>
    </message>
    <message>
        <source>the plan has no seats</source>
        <translation>ผังนี้ไม่มีที่นั่ง</translation>
    </message>
    <message>
        <source>the plan has more than %1 seats, more than Marquee takes</source>
        <translation>ผังนี้มีที่นั่งมากกว่า %1 ที่ ซึ่งเกินกว่าที่ Marquee รองรับได้</translation>
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
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>ADMIT ONE</source>
        <translation>บัตรเข้างาน 1 ท่าน</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>General admission</source>
        <translation>ไม่ระบุที่นั่ง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Booking %1, ticket %2 of %3</source>
        <translation>หมายเลขการจอง %1 บัตรใบที่ %2 จาก %3</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>CANCELLED</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>MARQUEE · ADMIT ONE</source>
        <translation>MARQUEE · บัตรเข้างาน 1 ท่าน</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>พิมพ์บัตร</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>บันทึกบัตรเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>เขียนไฟล์ PDF ลงใน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Booking %1 · %2</source>
        <translation>การจอง %1 · %2</translation>
    </message>
    <message>
        <source>Tickets for booking %1</source>
        <translation>บัตรของการจอง %1</translation>
    </message>
    <message>
        <source>REPRINT %1</source>
        <translation>พิมพ์ซ้ำ %1</translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>แถว %1 ที่นั่ง %2</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1 แถว %2 ที่นั่ง %3</translation>
    </message>
</context>
</TS>
