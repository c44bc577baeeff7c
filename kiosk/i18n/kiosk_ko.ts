<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="49" />
        <source>Sync now (F5)</source>
        <translation>지금 동기화 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>오프라인: 대출은 기록되며 나중에 도서관으로 전송됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="105" />
        <location filename="../../ui/maintenance_ui.py" line="383" />
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="111" />
        <location filename="../../ui/maintenance_ui.py" line="390" />
        <source>Sync failed: {code}</source>
        <translation>동기화 실패: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="394" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>전송 {sent}건, 거부 {refused}건, 남음 {left}건.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="358" />
        <source>Checking the connection…</source>
        <translation>연결을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="360" />
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="362" />
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="81" />
        <location filename="../../ui/maintenance_ui.py" line="344" />
        <location filename="../../ui/maintenance_ui.py" line="363" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>전송 대기 중인 대출: %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Staff have been called</source>
        <translation>직원을 불렀습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>여기서 잠시 기다려 주세요. 곧 직원이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Please ask at the counter</source>
        <translation>카운터에 문의해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Staff there are happy to help.</source>
        <translation>카운터 직원이 기꺼이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Library self-checkout</source>
        <translation>도서관 자동 대출기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="433" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>아직 이용 중이신가요? %n초 후에 종료됩니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>유지보수 모드: 기술자 비밀번호</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>비밀번호 오류가 많아 잠겼습니다. %n초 후에 다시 시도하세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>기술자 비밀번호가 설정되어 있지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>비밀번호가 틀렸습니다. %n번 더 틀리면 잠깁니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="239" />
        <source>Maintenance mode</source>
        <translation>유지보수 모드</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="240" />
        <source>Leave maintenance</source>
        <translation>유지보수 종료</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="243" />
        <source>Devices</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="244" />
        <source>Queue</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="245" />
        <source>Self-tests</source>
        <translation>자가 진단</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="246" />
        <source>Configuration</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="247" />
        <source>Recent errors</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="253" />
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="254" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="255" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="256" />
        <source>What to do</source>
        <translation>조치</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Refused on replay (for staff):</source>
        <translation>재전송 때 거부된 거래 (직원용):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="261" />
        <source>Print a test receipt</source>
        <translation>테스트 영수증 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="262" />
        <source>Read a tag on the pad</source>
        <translation>패드 위의 태그 읽기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>카드의 비밀번호 남은 횟수 읽기 (비밀번호 불필요)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Export diagnostic bundle</source>
        <translation>진단 정보 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="341" />
        <source>No offline queue is connected.</source>
        <translation>오프라인 대기열이 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="405" />
        <source>Not available on this kiosk.</source>
        <translation>이 단말기에서는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="430" />
        <source>Writing the bundle…</source>
        <translation>진단 정보를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="436" />
        <source>Could not write the bundle: {code}</source>
        <translation>진단 정보를 쓸 수 없습니다: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="441" />
        <source>Bundle written: {path}</source>
        <translation>진단 정보를 저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>카드 비밀번호가 잠겼습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>비밀번호를 여러 번 잘못 입력하여 안전을 위해 카드가 잠겼습니다. 도서관에서는 풀 수 없습니다. 카드를 가지고 거주하시는 시구정촌 창구에서 비밀번호를 재설정하세요. 그동안은 도서관 이용 카드로 빌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>이 카드의 전자증명서는 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>카드의 전자증명서가 더 이상 유효하지 않습니다. 거주하시는 시구정촌 창구에 문의하세요. 그동안은 도서관 이용 카드로 빌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>카드의 전자증명서 유효기간이 지났습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>거주하시는 시구정촌 창구에서 전자증명서를 갱신하세요. 그동안은 도서관 이용 카드로 빌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>이 카드는 아직 도서관에 등록되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>마이넘버 카드로 빌리려면 도서관 카운터에서 한 번 등록해 주세요. 카드를 가져오시면 몇 분이면 끝납니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>이 카드는 여기서 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>마이넘버 카드나 도서관 이용 카드를 사용하시거나 직원에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>카드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>카드를 다시 리더기에 올려 두고 비밀번호 화면이 나올 때까지 그대로 두세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>지금은 카드를 확인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>마이넘버 카드를 확인하는 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하시거나, 도서관 이용 카드를 사용하시거나, 직원에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>지금 이 단말기에서는 마이넘버 카드를 확인할 수 없습니다. 도서관 이용 카드를 사용하시거나, 직원에게 문의하시고 아래 코드를 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>비밀번호가 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>카드를 다시 스캔하고 비밀번호를 다시 입력하시거나 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>현재 대출이 정지되어 있습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>카운터에 문의하세요. 직원이 기꺼이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>이용자 등록 기간이 지났습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>카운터에서 갱신해 주세요. 주소를 확인할 수 있는 것을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>대출 한도에 도달했습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>먼저 일부 자료를 반납하시거나 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>처리가 필요한 사항이 있습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>이 이용 카드를 확인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>카드를 확인하시거나 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>도서관 시스템에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>잠시 후 다시 시도하시거나 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>Sorry, that did not work</source>
        <translation>죄송합니다. 처리되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>직원에게 문의하시고 아래 코드를 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="195" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>이 책을 패드 위에 올려 주세요. 패드가 읽으면 대출됩니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="196" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>이미 대출 중인 자료입니다. 그대로 가져가셔도 됩니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>The certificate was checked.</source>
        <translation>인증서를 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="208" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>이 카드의 이용자 증명용 전자증명서가 실효되어 사용할 수 없습니다. 거주하시는 시구정촌 창구에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="213" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>이 카드의 전자증명서를 확인할 수 없었습니다. 직원에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="216" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>지금은 전자증명서의 유효성을 확인할 수 없습니다. 잠시 후 다시 시도하시거나 도서관 이용 카드를 사용하시고, 직원에게도 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="221" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>지금 이 단말기에서는 마이넘버 카드를 확인할 수 없습니다. 도서관 이용 카드를 사용하시거나 직원에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="226" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>지금 이 단말기에서는 전자증명서의 유효성을 확인할 수 없습니다. 도서관 이용 카드를 사용하시거나 직원에게 알려 주세요(화면의 코드를 보여 주세요).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>자료 번호 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>반납 기한 {date} (오프라인 대출: 나중에 도서관으로 전송)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <source>Due back {date}</source>
        <translation>반납 기한 {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="192" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>대출 불가: 다른 이용자의 예약이 있습니다. 카운터에 맡겨 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>대출 불가: 관내에서만 이용할 수 있는 자료입니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>대출 불가: 이 자료를 카운터로 가져가 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="197" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>대출 불가: 오프라인 한도에 도달했습니다. 온라인이 되면 빌려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>대출 불가: 도서관 시스템에 연결할 수 없습니다. 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>대출 불가. 카운터에 문의하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>남은 횟수: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="103" />
        <source>Welcome! Borrow books here.</source>
        <translation>환영합니다! 여기서 책을 빌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="104" />
        <source>Place your My Number Card on the reader</source>
        <translation>마이넘버 카드를 리더기에 올려 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="105" />
        <source>Or scan the barcode of your library card</source>
        <translation>또는 도서관 이용 카드의 바코드를 스캔해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="106" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>아래에서 언어를 선택하세요. 카운터 직원이 기꺼이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="132" />
        <source>Reading your card…</source>
        <translation>카드를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="133" />
        <location filename="../../ui/screens.py" line="136" />
        <source>Please leave the card on the reader.</source>
        <translation>카드를 리더기에 그대로 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="135" />
        <source>Checking your PIN…</source>
        <translation>비밀번호를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Checking with the library…</source>
        <translation>도서관에 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="139" />
        <location filename="../../ui/screens.py" line="145" />
        <source>This takes a moment.</source>
        <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Printing your receipt…</source>
        <translation>영수증을 인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="142" />
        <source>Please take it from the slot below.</source>
        <translation>아래 출구에서 가져가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="144" />
        <source>Finishing…</source>
        <translation>종료하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="179" />
        <source>Only one try left</source>
        <translation>입력 기회가 한 번 남았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="181" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>한 번 더 틀리면 카드가 잠기며, 시구정촌 창구에서만 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>비밀번호가 확실하지 않으면 [취소]를 누르고 시구정촌 창구에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>I understand, enter PIN</source>
        <translation>알겠습니다, 입력하기</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="224" />
        <source>Enter your library card password</source>
        <translation>이용 카드 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="225" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>도서관에 등록한 4자리 비밀번호입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="227" />
        <source>Enter your 4-digit PIN</source>
        <translation>4자리 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="229" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>카드에 설정한 이용자 증명용(利用者証明用) 비밀번호입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="245" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>마지막 기회: 틀리면 카드가 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>That PIN was not right. Please try again.</source>
        <translation>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <source>Put your books on the pad</source>
        <translation>책을 패드 위에 올려 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>패드가 읽은 책이 아래에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="342" />
        <source>Borrow these too</source>
        <translation>이것도 빌리기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="488" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n권은 대출되지 않았습니다. 카운터로 가져가 주세요. 직원이 도와드립니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="577" />
        <source>Nothing was lent this time</source>
        <translation>이번에는 대출된 자료가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="578" />
        <location filename="../../ui/screens.py" line="581" />
        <source>Please take your card with you.</source>
        <translation>카드를 잊지 말고 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="580" />
        <source>Thank you for coming</source>
        <translation>이용해 주셔서 감사합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <source>Your books will appear here.</source>
        <translation>책이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="341" />
        <source>Finish</source>
        <translation>끝내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="368" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>지금까지 대출: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="370" />
        <source>Not lent: %n</source>
        <translation><numerusform>대출되지 않음: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="374" />
        <source>Reserved books waiting for you at the counter: %n</source>
        <translation><numerusform>예약하신 자료가 카운터에 도착했습니다: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="378" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>시작하기 전부터 패드에 있던 자료가 %n권 있습니다. 본인 것이면 여기서 빌리거나, 들었다가 다시 올려 주세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>도서관 이용 카드입니다. 이미 확인되었으니 책을 패드 위에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="405" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>세트 자료가 다 있지 않습니다: 모든 부분을 패드 위에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>반납 기한이 적힌 영수증을 인쇄할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="460" />
        <source>Yes, print a receipt</source>
        <translation>예, 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="461" />
        <source>No, thank you</source>
        <translation>아니요, 괜찮습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="467" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>%n권을 빌렸습니다</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <location filename="../../ui/screens.py" line="517" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="79" />
        <location filename="../../ui/screens.py" line="531" />
        <source>Code for staff: {code}</source>
        <translation>직원용 코드: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="574" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>감사합니다! 즐거운 독서 되세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="575" />
        <source>Please take your card and your books with you.</source>
        <translation>카드와 책을 잊지 말고 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="568" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>4자리 중 %n자리 입력됨</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="118" />
        <location filename="../../ui/demo.py" line="292" />
        <source>Receipt preview</source>
        <translation>영수증 미리보기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="171" />
        <source>Demo control panel</source>
        <translation>데모 조작 패널</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="408" />
        <source>A receipt was printed (below).</source>
        <translation>영수증이 인쇄되었습니다 (아래).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="76" />
        <location filename="../../ui/demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>대출 가능</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="77" />
        <source>One PIN try left</source>
        <translation>비밀번호 1회 남음</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="78" />
        <source>Patron blocked</source>
        <translation>이용 정지된 이용자</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <source>PIN locked</source>
        <translation>비밀번호 잠김</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>Not registered</source>
        <translation>도서관 미등록</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Certificate revoked</source>
        <translation>인증서 폐지</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>Certificate expired</source>
        <translation>인증서 만료</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>분실 신고됨</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="91" />
        <source>Registration expired</source>
        <translation>등록 기간 만료</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>대출 한도 도달</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready</source>
        <translation>예약 자료 있음</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="103" />
        <source>library use only</source>
        <translation>관내 이용 전용</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="105" />
        <source>set of %n</source>
        <translation><numerusform>%n권 세트</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="107" />
        <source>reserved</source>
        <translation>다른 사람 예약</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="119" />
        <source>No receipt printed yet.</source>
        <translation>아직 인쇄된 영수증이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="188" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>사용해 보기: '대출 가능' 카드를 올려놓고, 대출기에서 비밀번호 1234를 입력한 뒤, 책을 패드에 올리고 '끝내기'를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="194" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>유지보수: 도서관 이름을 5번 누르거나 Ctrl+Alt+M, 암호 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="228" />
        <source>Library card</source>
        <translation>도서관 이용 카드</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="253" />
        <source>Books: put on the pad</source>
        <translation>책: 패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="201" />
        <source>Ready.</source>
        <translation>준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="413" />
        <source>Library system: reconnect (online)</source>
        <translation>도서관 시스템: 다시 연결 (온라인)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="211" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>마이넘버 카드 (가상, 비밀번호 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="222" />
        <source>Take the card away</source>
        <translation>카드 치우기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="244" />
        <source>barcode (library card or book)</source>
        <translation>바코드 (이용 카드 또는 책)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="245" />
        <source>Scan barcode</source>
        <translation>바코드 스캔</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="268" />
        <source>item identifier on the RFID tag</source>
        <translation>RFID 태그의 자료 번호</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="269" />
        <source>Put on the pad</source>
        <translation>패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="276" />
        <source>Take everything off the pad</source>
        <translation>패드 위의 모든 것 치우기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <location filename="../../ui/demo.py" line="415" />
        <source>Library system: cut the link (offline)</source>
        <translation>도서관 시스템: 연결 끊기 (오프라인)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="338" />
        <source>Placing the card…</source>
        <translation>카드를 올리는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="343" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>가상 리더기가 없습니다: pcscd와 vsmartcard-vpcd가 실행 중인가요?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="346" />
        <source>The card is on the reader.</source>
        <translation>카드를 리더기에 올렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="352" />
        <source>The card was taken away.</source>
        <translation>카드를 치웠습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="365" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>거부된 대출(직원 확인 필요): %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Check the validation link now</source>
        <translation>인증서 검증 서비스 지금 확인</translation>
    </message>
</context>
</TS>
