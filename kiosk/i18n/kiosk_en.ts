<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="51" />
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="78" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>Offline: loans are kept and sent to the library later</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="88" />
        <source>They cannot be sent for now</source>
        <translation>They cannot be sent for now</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="654" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="118" />
        <location filename="../../ui/maintenance_ui.py" line="661" />
        <source>Sync failed: {code}</source>
        <translation>Sync failed: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="119" />
        <location filename="../../ui/maintenance_ui.py" line="665" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Sent {sent}, refused {refused}, left {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="629" />
        <source>Checking the connection…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="631" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="633" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="86" />
        <location filename="../../ui/maintenance_ui.py" line="576" />
        <location filename="../../ui/maintenance_ui.py" line="634" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Waiting transactions: %n</numerusform><numerusform>Waiting transactions: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Staff have been called</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>Please wait here; someone will come to help you.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Please ask at the counter</source>
        <translation>Please ask at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Staff there are happy to help.</source>
        <translation>Staff there are happy to help.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <location filename="../../ui/main_window.py" line="446" />
        <source>Library self-checkout</source>
        <translation>Library self-checkout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="470" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Are you still there? This session ends in %n second.</numerusform><numerusform>Are you still there? This session ends in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="77" />
        <source>Maintenance: technician passcode</source>
        <translation>Maintenance: technician passcode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="119" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Locked after too many wrong passcodes. Try again in %n second.</numerusform><numerusform>Locked after too many wrong passcodes. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="122" />
        <source>No technician passcode is configured.</source>
        <translation>No technician passcode is configured.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="125" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Wrong passcode. %n try before a lockout.</numerusform><numerusform>Wrong passcode. %n tries before a lockout.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="462" />
        <source>Maintenance mode</source>
        <translation>Maintenance mode</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="463" />
        <source>Leave maintenance</source>
        <translation>Leave maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="466" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="467" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="468" />
        <source>Self-tests</source>
        <translation>Self-tests</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="469" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="470" />
        <source>Recent errors</source>
        <translation>Recent errors</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="483" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="484" />
        <source>Refused on replay (for staff):</source>
        <translation>Refused on replay (for staff):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="490" />
        <source>Print a test receipt</source>
        <translation>Print a test receipt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="491" />
        <source>Read a tag on the pad</source>
        <translation>Read a tag on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="492" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Read a card's PIN tries (no PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="494" />
        <source>Export diagnostic bundle</source>
        <translation>Export diagnostic bundle</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="573" />
        <source>No offline queue is connected.</source>
        <translation>No offline queue is connected.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="678" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="701" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="707" />
        <source>Could not write the bundle: {code}</source>
        <translation>Could not write the bundle: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="712" />
        <source>Bundle written: {path}</source>
        <translation>Bundle written: {path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>Your card's PIN is locked</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>This card's certificate cannot be used</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>The certificate on your card has expired</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>This card is not registered with the library yet</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>This card cannot be used here</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>Please use your My Number Card or your library card, or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>Please place your card on the reader again and leave it there until the PIN screen appears.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>Your card cannot be checked right now</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>The password was not right</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>Please scan your card and enter the password again, or ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>Borrowing is paused on your library account</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>Please ask at the counter; staff will gladly help.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>Your library registration has expired</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>Please renew it at the counter. Bring something that shows your address.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>You have reached your borrowing limit</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>Please return some items first, or ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>There is something to settle on your account</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>This library card was not recognised</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>Please check the card, or ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>The library system cannot be reached</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>Please try again in a little while, or ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Sorry, that did not work</source>
        <translation>Sorry, that did not work</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>Please ask a member of staff and show them the code below.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="202" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>Please put this book on the pad: it is lent once the pad has read it.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>Already lent to you: you may take it with you.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The certificate was checked.</source>
        <translation>The certificate was checked.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="215" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="220" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="223" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="228" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="233" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>Item no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>Due back {date} (lent offline: sent to the library later)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <location filename="../../ui/service_screens.py" line="47" />
        <source>Due back {date}</source>
        <translation>Due back {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="199" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>Not lent: reserved for another patron. Please leave it at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>Not lent: this item is for use in the library only.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="201" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>Not lent: please take this item to the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="204" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Not lent: the offline limit is reached. Please borrow it when we are online.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Not lent: the library system cannot be reached. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="210" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Not lent. Please ask at the counter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>Tries left: %n</numerusform><numerusform>Tries left: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Welcome! Borrow books here.</source>
        <translation>Welcome! Borrow books here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="143" />
        <source>Place your My Number Card on the reader</source>
        <translation>Place your My Number Card on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="145" />
        <source>Or scan the barcode of your library card</source>
        <translation>Or scan the barcode of your library card</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Choose your language below. Staff at the counter are happy to help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="177" />
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="178" />
        <location filename="../../ui/screens.py" line="181" />
        <source>Please leave the card on the reader.</source>
        <translation>Please leave the card on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="180" />
        <source>Checking your PIN…</source>
        <translation>Checking your PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="183" />
        <source>Checking with the library…</source>
        <translation>Checking with the library…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <location filename="../../ui/screens.py" line="190" />
        <location filename="../../ui/screens.py" line="196" />
        <source>This takes a moment.</source>
        <translation>This takes a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>Please take it from the slot below.</source>
        <translation>Please take it from the slot below.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="195" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="230" />
        <source>Only one try left</source>
        <translation>Only one try left</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="232" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>If the PIN is wrong once more, the card locks and only the city office can reset it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="235" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Not sure of your PIN? Press Cancel and ask at your city or town office.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="237" />
        <location filename="../../ui/service_screens.py" line="448" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="238" />
        <source>I understand, enter PIN</source>
        <translation>I understand, enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="275" />
        <source>Enter your library card password</source>
        <translation>Enter your library card password</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="276" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>The 4-digit password you registered with the library.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="278" />
        <source>Enter your 4-digit PIN</source>
        <translation>Enter your 4-digit PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="280" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>The PIN for user authentication (利用者証明用) that you set for the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="296" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Last try: a wrong PIN locks the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="298" />
        <source>That PIN was not right. Please try again.</source>
        <translation>That PIN was not right. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="386" />
        <source>Put your books on the pad</source>
        <translation>Put your books on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="387" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>Each book appears below once the pad has read it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="390" />
        <source>Borrow these too</source>
        <translation>Borrow these too</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="537" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n item could not be lent. Please take it to the counter: staff will help.</numerusform><numerusform>%n items could not be lent. Please take them to the counter: staff will help.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="628" />
        <source>Nothing was lent this time</source>
        <translation>Nothing was lent this time</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="629" />
        <location filename="../../ui/screens.py" line="632" />
        <source>Please take your card with you.</source>
        <translation>Please take your card with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="631" />
        <source>Thank you for coming</source>
        <translation>Thank you for coming</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>Your books will appear here.</source>
        <translation>Your books will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="389" />
        <location filename="../../ui/service_screens.py" line="119" />
        <location filename="../../ui/service_screens.py" line="206" />
        <location filename="../../ui/service_screens.py" line="300" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Borrowed so far: %n</numerusform><numerusform>Borrowed so far: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="422" />
        <source>Not lent: %n</source>
        <translation><numerusform>Not lent: %n</numerusform><numerusform>Not lent: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="432" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>%n item was on the pad before you started. Yours? Borrow it here, or lift it and put it back.</numerusform><numerusform>%n items were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="442" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>That was a library card. You are signed in already: put your books on the pad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>A set is not complete: please put all of its parts on the pad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="508" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Would you like a receipt with the due dates?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="509" />
        <source>Yes, print a receipt</source>
        <translation>Yes, print a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="510" />
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="516" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>You borrowed %n item</numerusform><numerusform>You borrowed %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <location filename="../../ui/screens.py" line="566" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="84" />
        <location filename="../../ui/screens.py" line="580" />
        <source>Code for staff: {code}</source>
        <translation>Code for staff: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="625" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Thank you! Enjoy your reading.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="626" />
        <source>Please take your card and your books with you.</source>
        <translation>Please take your card and your books with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="617" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>%n of 4 digits entered</numerusform><numerusform>%n of 4 digits entered</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="123" />
        <location filename="../../ui/demo.py" line="306" />
        <source>Receipt preview</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="183" />
        <source>Demo control panel</source>
        <translation>Demo control panel</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="468" />
        <source>A receipt was printed (below).</source>
        <translation>A receipt was printed (below).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <location filename="../../ui/demo.py" line="92" />
        <source>Ready to borrow</source>
        <translation>Ready to borrow</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>One PIN try left</source>
        <translation>One PIN try left</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Patron blocked</source>
        <translation>Patron blocked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>PIN locked</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="83" />
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="84" />
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="85" />
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Card reported lost</source>
        <translation>Card reported lost</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="94" />
        <source>Registration expired</source>
        <translation>Registration expired</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="95" />
        <source>At the loan limit</source>
        <translation>At the loan limit</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="106" />
        <source>library use only</source>
        <translation>library use only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="108" />
        <source>set of %n</source>
        <translation><numerusform>set of %n</numerusform><numerusform>set of %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="110" />
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="124" />
        <source>No receipt printed yet.</source>
        <translation>No receipt printed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="200" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="240" />
        <source>Library card</source>
        <translation>Library card</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="265" />
        <source>Books: put on the pad</source>
        <translation>Books: put on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="473" />
        <source>Library system: reconnect (online)</source>
        <translation>Library system: reconnect (online)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="223" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>My Number Card (virtual, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="234" />
        <source>Take the card away</source>
        <translation>Take the card away</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="256" />
        <source>barcode (library card or book)</source>
        <translation>barcode (library card or book)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="257" />
        <source>Scan barcode</source>
        <translation>Scan barcode</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="280" />
        <source>item identifier on the RFID tag</source>
        <translation>item identifier on the RFID tag</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="281" />
        <source>Put on the pad</source>
        <translation>Put on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="288" />
        <source>Take everything off the pad</source>
        <translation>Take everything off the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="218" />
        <location filename="../../ui/demo.py" line="475" />
        <source>Library system: cut the link (offline)</source>
        <translation>Library system: cut the link (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="396" />
        <source>Placing the card…</source>
        <translation>Placing the card…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="404" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>No virtual reader: is pcscd running with vsmartcard-vpcd?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="407" />
        <source>The card is on the reader.</source>
        <translation>The card is on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="412" />
        <source>The card was taken away.</source>
        <translation>The card was taken away.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="636" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Refused, for staff: %n</numerusform><numerusform>Refused, for staff: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="493" />
        <source>Check the validation link now</source>
        <translation>Check the validation link now</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="486" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>Check at the counter (the library system could not confirm these loans):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="488" />
        <source>It is lent</source>
        <translation>It is lent</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="489" />
        <source>Not lent: send it</source>
        <translation>Not lent: send it</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="607" />
        <source>Could not record it: {code}</source>
        <translation>Could not record it: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="610" />
        <source>Recorded: the library system has this loan.</source>
        <translation>Recorded: the library system has this loan.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="612" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>Recorded: this loan is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>The number of books did not match</source>
        <translation>The number of books did not match</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="67" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="96" />
        <source>Holds ready, loans to renew</source>
        <translation>Holds ready, loans to renew</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returning…</source>
        <translation>Returning…</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="15" />
        <source>Returned. Thank you!</source>
        <translation>Returned. Thank you!</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="16" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>Returned. Someone has reserved it: please take it to the counter.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="17" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>Returned. It goes to another library: please take it to the counter.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="18" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>Returned. Please hand this item in at the counter.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="19" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>Its security tag could not be reset: please take it to the counter before you leave.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="22" />
        <source>Returned. Please take it to the counter.</source>
        <translation>Returned. Please take it to the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="37" />
        <source>(goes to: {where})</source>
        <translation>(goes to: {where})</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="23" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>Not returned: the library system cannot be reached. Please use the return slot or the counter.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="26" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>Not returned: this item is not on loan. Please leave it at the counter.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="29" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>Not returned. Please take this item to the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="46" />
        <source>Due back {date} · overdue</source>
        <translation>Due back {date} · overdue</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="52" />
        <source>Renewing…</source>
        <translation>Renewing…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="54" />
        <source>Renewed · new due date {date}</source>
        <translation>Renewed · new due date {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Not renewed: {why}</source>
        <translation>Not renewed: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="59" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>Not sure it was renewed: please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="61" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>Not renewed: the library system cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="62" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>Not renewed. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="392" />
        <location filename="../../ui/service_screens.py" line="115" />
        <source>Return books</source>
        <translation>Return books</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="116" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>Put the books on the pad, or scan the barcode on each one.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="117" />
        <source>The books you return will appear here.</source>
        <translation>The books you return will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="118" />
        <location filename="../../ui/service_screens.py" line="205" />
        <location filename="../../ui/service_screens.py" line="299" />
        <source>Back to borrowing</source>
        <translation>Back to borrowing</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="120" />
        <source>Return these too</source>
        <translation>Return these too</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="128" />
        <source>%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put them back.</source>
        <translation><numerusform>%n item was on the pad before you started. Yours? Return it here, or lift it and put it back.</numerusform><numerusform>%n items were on the pad before you started. Yours? Return them here, or lift them and put them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="200" />
        <source>Renew your loans</source>
        <translation>Renew your loans</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="201" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>Tap a book, then "Renew this book". Or renew them all at once.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="202" />
        <source>You have no loans to renew.</source>
        <translation>You have no loans to renew.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="203" />
        <source>Renew this book</source>
        <translation>Renew this book</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="204" />
        <source>Renew all</source>
        <translation>Renew all</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="236" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>Your loans could not be read right now. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="239" />
        <location filename="../../ui/service_screens.py" line="337" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>Some details could not be read. Staff at the counter can tell you more.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="394" />
        <location filename="../../ui/service_screens.py" line="298" />
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="322" />
        <source>Collect at: {place}</source>
        <translation>Collect at: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="325" />
        <source>Kept until {date}</source>
        <translation>Kept until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="334" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>Your account could not be read right now. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="388" />
        <source>How many books did you put on the pad?</source>
        <translation>How many books did you put on the pad?</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="390" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>Count only the books you want to borrow now, type the number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="441" />
        <source>The number of books does not match</source>
        <translation>The number of books does not match</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="443" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>Please spread the books out on the pad so that they do not overlap, then press "Check again".</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="449" />
        <source>Type the number again</source>
        <translation>Type the number again</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="450" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="457" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>You entered {said}; the pad read {read}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <source>Return books (no card needed)</source>
        <translation>Return books (no card needed)</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="189" />
        <source>Looking up your account…</source>
        <translation>Looking up your account…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="192" />
        <source>Reading the books on the pad…</source>
        <translation>Reading the books on the pad…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Please do not move the books.</source>
        <translation>Please do not move the books.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="391" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>Books on the pad wait to be counted: count them</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="393" />
        <source>Renew loans</source>
        <translation>Renew loans</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="63" />
        <source>Collect them at: {places}</source>
        <translation>Collect them at: {places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="307" />
        <source>Items out: %n</source>
        <translation><numerusform>Items out: %n</numerusform><numerusform>Items out: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="309" />
        <source>(overdue: %n)</source>
        <translation><numerusform>(overdue: %n)</numerusform><numerusform>(overdue: %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="317" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>Reservations ready for pickup: %n</numerusform><numerusform>Reservations ready for pickup: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="60" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>%n reservation is ready for you.</numerusform><numerusform>%n reservations are ready for you.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="112" />
        <source>another branch's</source>
        <translation>another branch's</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="281" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="283" />
        <source>Languages offered</source>
        <translation>Languages offered</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>Large text by default</source>
        <translation>Large text by default</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="291" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="295" />
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="323" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="330" />
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="336" />
        <source>Saved. The kiosk uses them now.</source>
        <translation>Saved. The kiosk uses them now.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="475" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Sorry, you cannot borrow here right now. Please ask at the counter.</source>
        <translation>Sorry, you cannot borrow here right now. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="147" />
        <source>Scan the barcode of your library card</source>
        <translation>Scan the barcode of your library card</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="325" />
        <source>Printer: paper out</source>
        <translation>Printer: paper out</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="326" />
        <source>Printer: cover open</source>
        <translation>Printer: cover open</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="327" />
        <source>RFID pad unplugged</source>
        <translation>RFID pad unplugged</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="328" />
        <source>Scanner unplugged</source>
        <translation>Scanner unplugged</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="330" />
        <source>Card reader unplugged</source>
        <translation>Card reader unplugged</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="332" />
        <source>Validation service down</source>
        <translation>Validation service down</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="333" />
        <source>Faults (for technicians)</source>
        <translation>Faults (for technicians)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault set: {fault}</source>
        <translation>Fault set: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault cleared: {fault}</source>
        <translation>Fault cleared: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="401" />
        <source>The card reader is unplugged: plug it in first (Faults).</source>
        <translation>The card reader is unplugged: plug it in first (Faults).</translation>
    </message>
</context>
</TS>
