<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="49" />
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>Offline: loans are kept and sent to the library later</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="105" />
        <location filename="../../ui/maintenance_ui.py" line="383" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="111" />
        <location filename="../../ui/maintenance_ui.py" line="390" />
        <source>Sync failed: {code}</source>
        <translation>Sync failed: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="394" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Sent {sent}, refused {refused}, left {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="358" />
        <source>Checking the connection…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="360" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="362" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="81" />
        <location filename="../../ui/maintenance_ui.py" line="344" />
        <location filename="../../ui/maintenance_ui.py" line="363" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Waiting transactions: %n</numerusform><numerusform>Waiting transactions: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Staff have been called</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>Please wait here; someone will come to help you.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Please ask at the counter</source>
        <translation>Please ask at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Staff there are happy to help.</source>
        <translation>Staff there are happy to help.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Library self-checkout</source>
        <translation>Library self-checkout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="433" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Are you still there? This session ends in %n second.</numerusform><numerusform>Are you still there? This session ends in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>Maintenance: technician passcode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Locked after too many wrong passcodes. Try again in %n second.</numerusform><numerusform>Locked after too many wrong passcodes. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>No technician passcode is configured.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Wrong passcode. %n try before a lockout.</numerusform><numerusform>Wrong passcode. %n tries before a lockout.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="239" />
        <source>Maintenance mode</source>
        <translation>Maintenance mode</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="240" />
        <source>Leave maintenance</source>
        <translation>Leave maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="243" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="244" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="245" />
        <source>Self-tests</source>
        <translation>Self-tests</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="246" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="247" />
        <source>Recent errors</source>
        <translation>Recent errors</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="253" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="254" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="255" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="256" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Refused on replay (for staff):</source>
        <translation>Refused on replay (for staff):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="261" />
        <source>Print a test receipt</source>
        <translation>Print a test receipt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="262" />
        <source>Read a tag on the pad</source>
        <translation>Read a tag on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Read a card's PIN tries (no PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Export diagnostic bundle</source>
        <translation>Export diagnostic bundle</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="341" />
        <source>No offline queue is connected.</source>
        <translation>No offline queue is connected.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="405" />
        <source>Not available on this kiosk.</source>
        <translation>Not available on this kiosk.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="430" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="436" />
        <source>Could not write the bundle: {code}</source>
        <translation>Could not write the bundle: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="441" />
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
        <location filename="../reasons.py" line="186" />
        <source>Sorry, that did not work</source>
        <translation>Sorry, that did not work</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>Please ask a member of staff and show them the code below.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="195" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>Please put this book on the pad: it is lent once the pad has read it.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="196" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>Already lent to you: you may take it with you.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>The certificate was checked.</source>
        <translation>The certificate was checked.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="208" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="213" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="216" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="221" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="226" />
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
        <source>Due back {date}</source>
        <translation>Due back {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="192" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>Not lent: reserved for another patron. Please leave it at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>Not lent: this item is for use in the library only.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>Not lent: please take this item to the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="197" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Not lent: the offline limit is reached. Please borrow it when we are online.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Not lent: the library system cannot be reached. Please ask at the counter.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Not lent. Please ask at the counter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>Tries left: %n</numerusform><numerusform>Tries left: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="103" />
        <source>Welcome! Borrow books here.</source>
        <translation>Welcome! Borrow books here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="104" />
        <source>Place your My Number Card on the reader</source>
        <translation>Place your My Number Card on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="105" />
        <source>Or scan the barcode of your library card</source>
        <translation>Or scan the barcode of your library card</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="106" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Choose your language below. Staff at the counter are happy to help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="132" />
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="133" />
        <location filename="../../ui/screens.py" line="136" />
        <source>Please leave the card on the reader.</source>
        <translation>Please leave the card on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="135" />
        <source>Checking your PIN…</source>
        <translation>Checking your PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Checking with the library…</source>
        <translation>Checking with the library…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="139" />
        <location filename="../../ui/screens.py" line="145" />
        <source>This takes a moment.</source>
        <translation>This takes a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="142" />
        <source>Please take it from the slot below.</source>
        <translation>Please take it from the slot below.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="144" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="179" />
        <source>Only one try left</source>
        <translation>Only one try left</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="181" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>If the PIN is wrong once more, the card locks and only the city office can reset it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Not sure of your PIN? Press Cancel and ask at your city or town office.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>I understand, enter PIN</source>
        <translation>I understand, enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="224" />
        <source>Enter your library card password</source>
        <translation>Enter your library card password</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="225" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>The 4-digit password you registered with the library.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="227" />
        <source>Enter your 4-digit PIN</source>
        <translation>Enter your 4-digit PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="229" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>The PIN for user authentication (利用者証明用) that you set for the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="245" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Last try: a wrong PIN locks the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>That PIN was not right. Please try again.</source>
        <translation>That PIN was not right. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <source>Put your books on the pad</source>
        <translation>Put your books on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>Each book appears below once the pad has read it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="342" />
        <source>Borrow these too</source>
        <translation>Borrow these too</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="488" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n item could not be lent. Please take it to the counter: staff will help.</numerusform><numerusform>%n items could not be lent. Please take them to the counter: staff will help.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="577" />
        <source>Nothing was lent this time</source>
        <translation>Nothing was lent this time</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="578" />
        <location filename="../../ui/screens.py" line="581" />
        <source>Please take your card with you.</source>
        <translation>Please take your card with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="580" />
        <source>Thank you for coming</source>
        <translation>Thank you for coming</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <source>Your books will appear here.</source>
        <translation>Your books will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="341" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="368" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Borrowed so far: %n</numerusform><numerusform>Borrowed so far: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="370" />
        <source>Not lent: %n</source>
        <translation><numerusform>Not lent: %n</numerusform><numerusform>Not lent: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="374" />
        <source>Reserved books waiting for you at the counter: %n</source>
        <translation><numerusform>Reserved books waiting for you at the counter: %n</numerusform><numerusform>Reserved books waiting for you at the counter: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="378" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>%n item was on the pad before you started. Yours? Borrow it here, or lift it and put it back.</numerusform><numerusform>%n items were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>That was a library card. You are signed in already: put your books on the pad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="405" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>A set is not complete: please put all of its parts on the pad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Would you like a receipt with the due dates?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="460" />
        <source>Yes, print a receipt</source>
        <translation>Yes, print a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="461" />
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="467" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>You borrowed %n item</numerusform><numerusform>You borrowed %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <location filename="../../ui/screens.py" line="517" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="79" />
        <location filename="../../ui/screens.py" line="531" />
        <source>Code for staff: {code}</source>
        <translation>Code for staff: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="574" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Thank you! Enjoy your reading.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="575" />
        <source>Please take your card and your books with you.</source>
        <translation>Please take your card and your books with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="568" />
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
        <location filename="../../ui/demo.py" line="118" />
        <location filename="../../ui/demo.py" line="292" />
        <source>Receipt preview</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="171" />
        <source>Demo control panel</source>
        <translation>Demo control panel</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="408" />
        <source>A receipt was printed (below).</source>
        <translation>A receipt was printed (below).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="76" />
        <location filename="../../ui/demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>Ready to borrow</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="77" />
        <source>One PIN try left</source>
        <translation>One PIN try left</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="78" />
        <source>Patron blocked</source>
        <translation>Patron blocked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <source>PIN locked</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>Card reported lost</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="91" />
        <source>Registration expired</source>
        <translation>Registration expired</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>At the loan limit</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready</source>
        <translation>Holds ready</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="103" />
        <source>library use only</source>
        <translation>library use only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="105" />
        <source>set of %n</source>
        <translation><numerusform>set of %n</numerusform><numerusform>set of %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="107" />
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="119" />
        <source>No receipt printed yet.</source>
        <translation>No receipt printed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="188" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="194" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="228" />
        <source>Library card</source>
        <translation>Library card</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="253" />
        <source>Books: put on the pad</source>
        <translation>Books: put on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="201" />
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="413" />
        <source>Library system: reconnect (online)</source>
        <translation>Library system: reconnect (online)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="211" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>My Number Card (virtual, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="222" />
        <source>Take the card away</source>
        <translation>Take the card away</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="244" />
        <source>barcode (library card or book)</source>
        <translation>barcode (library card or book)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="245" />
        <source>Scan barcode</source>
        <translation>Scan barcode</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="268" />
        <source>item identifier on the RFID tag</source>
        <translation>item identifier on the RFID tag</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="269" />
        <source>Put on the pad</source>
        <translation>Put on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="276" />
        <source>Take everything off the pad</source>
        <translation>Take everything off the pad</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <location filename="../../ui/demo.py" line="415" />
        <source>Library system: cut the link (offline)</source>
        <translation>Library system: cut the link (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="338" />
        <source>Placing the card…</source>
        <translation>Placing the card…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="343" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>No virtual reader: is pcscd running with vsmartcard-vpcd?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="346" />
        <source>The card is on the reader.</source>
        <translation>The card is on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="352" />
        <source>The card was taken away.</source>
        <translation>The card was taken away.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="365" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Refused, for staff: %n</numerusform><numerusform>Refused, for staff: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Check the validation link now</source>
        <translation>Check the validation link now</translation>
    </message>
</context>
</TS>
