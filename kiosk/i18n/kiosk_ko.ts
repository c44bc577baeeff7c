<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="51" />
        <source>Sync now (F5)</source>
        <translation>지금 동기화 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="78" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>오프라인: 대출은 기록되며 나중에 도서관으로 전송됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="88" />
        <source>They cannot be sent for now</source>
        <translation>지금은 보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="654" />
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="118" />
        <location filename="../../ui/maintenance_ui.py" line="661" />
        <source>Sync failed: {code}</source>
        <translation>동기화 실패: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="119" />
        <location filename="../../ui/maintenance_ui.py" line="665" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>전송 {sent}건, 거부 {refused}건, 남음 {left}건.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="629" />
        <source>Checking the connection…</source>
        <translation>연결을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="631" />
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="633" />
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="86" />
        <location filename="../../ui/maintenance_ui.py" line="576" />
        <location filename="../../ui/maintenance_ui.py" line="634" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>전송 대기 중인 대출: %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Staff have been called</source>
        <translation>직원을 불렀습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>여기서 잠시 기다려 주세요. 곧 직원이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Please ask at the counter</source>
        <translation>카운터에 문의해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Staff there are happy to help.</source>
        <translation>카운터 직원이 기꺼이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <location filename="../../ui/main_window.py" line="446" />
        <source>Library self-checkout</source>
        <translation>도서관 자동 대출기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="470" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>아직 이용 중이신가요? %n초 후에 종료됩니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="77" />
        <source>Maintenance: technician passcode</source>
        <translation>유지보수 모드: 기술자 비밀번호</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="119" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>비밀번호 오류가 많아 잠겼습니다. %n초 후에 다시 시도하세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="122" />
        <source>No technician passcode is configured.</source>
        <translation>기술자 비밀번호가 설정되어 있지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="125" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>비밀번호가 틀렸습니다. %n번 더 틀리면 잠깁니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="462" />
        <source>Maintenance mode</source>
        <translation>유지보수 모드</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="463" />
        <source>Leave maintenance</source>
        <translation>유지보수 종료</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="466" />
        <source>Devices</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="467" />
        <source>Queue</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="468" />
        <source>Self-tests</source>
        <translation>자가 진단</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="469" />
        <source>Configuration</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="470" />
        <source>Recent errors</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>What to do</source>
        <translation>조치</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="483" />
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="484" />
        <source>Refused on replay (for staff):</source>
        <translation>재전송 때 거부된 거래 (직원용):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="490" />
        <source>Print a test receipt</source>
        <translation>테스트 영수증 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="491" />
        <source>Read a tag on the pad</source>
        <translation>패드 위의 태그 읽기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="492" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>카드의 비밀번호 남은 횟수 읽기 (비밀번호 불필요)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="494" />
        <source>Export diagnostic bundle</source>
        <translation>진단 정보 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="573" />
        <source>No offline queue is connected.</source>
        <translation>오프라인 대기열이 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="678" />
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="701" />
        <source>Writing the bundle…</source>
        <translation>진단 정보를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="707" />
        <source>Could not write the bundle: {code}</source>
        <translation>진단 정보를 쓸 수 없습니다: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="712" />
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
        <location filename="../reasons.py" line="193" />
        <source>Sorry, that did not work</source>
        <translation>죄송합니다. 처리되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>직원에게 문의하시고 아래 코드를 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="202" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>이 책을 패드 위에 올려 주세요. 패드가 읽으면 대출됩니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>이미 대출 중인 자료입니다. 그대로 가져가셔도 됩니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The certificate was checked.</source>
        <translation>인증서를 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="215" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>이 카드의 이용자 증명용 전자증명서가 실효되어 사용할 수 없습니다. 거주하시는 시구정촌 창구에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="220" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>이 카드의 전자증명서를 확인할 수 없었습니다. 직원에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="223" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>지금은 전자증명서의 유효성을 확인할 수 없습니다. 잠시 후 다시 시도하시거나 도서관 이용 카드를 사용하시고, 직원에게도 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="228" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>지금 이 단말기에서는 마이넘버 카드를 확인할 수 없습니다. 도서관 이용 카드를 사용하시거나 직원에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="233" />
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
        <location filename="../../ui/service_screens.py" line="47" />
        <source>Due back {date}</source>
        <translation>반납 기한 {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="199" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>대출 불가: 다른 이용자의 예약이 있습니다. 카운터에 맡겨 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>대출 불가: 관내에서만 이용할 수 있는 자료입니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="201" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>대출 불가: 이 자료를 카운터로 가져가 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="204" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>대출 불가: 오프라인 한도에 도달했습니다. 온라인이 되면 빌려 주세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>대출 불가: 도서관 시스템에 연결할 수 없습니다. 카운터에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="210" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>대출 불가. 카운터에 문의하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>남은 횟수: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Welcome! Borrow books here.</source>
        <translation>환영합니다! 여기서 책을 빌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="143" />
        <source>Place your My Number Card on the reader</source>
        <translation>마이넘버 카드를 리더기에 올려 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="145" />
        <source>Or scan the barcode of your library card</source>
        <translation>또는 도서관 이용 카드의 바코드를 스캔해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>아래에서 언어를 선택하세요. 카운터 직원이 기꺼이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="177" />
        <source>Reading your card…</source>
        <translation>카드를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="178" />
        <location filename="../../ui/screens.py" line="181" />
        <source>Please leave the card on the reader.</source>
        <translation>카드를 리더기에 그대로 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="180" />
        <source>Checking your PIN…</source>
        <translation>비밀번호를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="183" />
        <source>Checking with the library…</source>
        <translation>도서관에 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <location filename="../../ui/screens.py" line="190" />
        <location filename="../../ui/screens.py" line="196" />
        <source>This takes a moment.</source>
        <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>Printing your receipt…</source>
        <translation>영수증을 인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>Please take it from the slot below.</source>
        <translation>아래 출구에서 가져가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="195" />
        <source>Finishing…</source>
        <translation>종료하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="230" />
        <source>Only one try left</source>
        <translation>입력 기회가 한 번 남았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="232" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>한 번 더 틀리면 카드가 잠기며, 시구정촌 창구에서만 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="235" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>비밀번호가 확실하지 않으면 [취소]를 누르고 시구정촌 창구에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="237" />
        <location filename="../../ui/service_screens.py" line="448" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="238" />
        <source>I understand, enter PIN</source>
        <translation>알겠습니다, 입력하기</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="275" />
        <source>Enter your library card password</source>
        <translation>이용 카드 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="276" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>도서관에 등록한 4자리 비밀번호입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="278" />
        <source>Enter your 4-digit PIN</source>
        <translation>4자리 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="280" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>카드에 설정한 이용자 증명용(利用者証明用) 비밀번호입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="296" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>마지막 기회: 틀리면 카드가 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="298" />
        <source>That PIN was not right. Please try again.</source>
        <translation>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="386" />
        <source>Put your books on the pad</source>
        <translation>책을 패드 위에 올려 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="387" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>패드가 읽은 책이 아래에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="390" />
        <source>Borrow these too</source>
        <translation>이것도 빌리기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="537" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n권은 대출되지 않았습니다. 카운터로 가져가 주세요. 직원이 도와드립니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="628" />
        <source>Nothing was lent this time</source>
        <translation>이번에는 대출된 자료가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="629" />
        <location filename="../../ui/screens.py" line="632" />
        <source>Please take your card with you.</source>
        <translation>카드를 잊지 말고 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="631" />
        <source>Thank you for coming</source>
        <translation>이용해 주셔서 감사합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>Your books will appear here.</source>
        <translation>책이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="389" />
        <location filename="../../ui/service_screens.py" line="119" />
        <location filename="../../ui/service_screens.py" line="206" />
        <location filename="../../ui/service_screens.py" line="300" />
        <source>Finish</source>
        <translation>끝내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>지금까지 대출: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="422" />
        <source>Not lent: %n</source>
        <translation><numerusform>대출되지 않음: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="432" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>시작하기 전부터 패드에 있던 자료가 %n권 있습니다. 본인 것이면 여기서 빌리거나, 들었다가 다시 올려 주세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="442" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>도서관 이용 카드입니다. 이미 확인되었으니 책을 패드 위에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>세트 자료가 다 있지 않습니다: 모든 부분을 패드 위에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="508" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>반납 기한이 적힌 영수증을 인쇄할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="509" />
        <source>Yes, print a receipt</source>
        <translation>예, 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="510" />
        <source>No, thank you</source>
        <translation>아니요, 괜찮습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="516" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>%n권을 빌렸습니다</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <location filename="../../ui/screens.py" line="566" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="84" />
        <location filename="../../ui/screens.py" line="580" />
        <source>Code for staff: {code}</source>
        <translation>직원용 코드: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="625" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>감사합니다! 즐거운 독서 되세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="626" />
        <source>Please take your card and your books with you.</source>
        <translation>카드와 책을 잊지 말고 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="617" />
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
        <location filename="../../ui/demo.py" line="123" />
        <location filename="../../ui/demo.py" line="306" />
        <source>Receipt preview</source>
        <translation>영수증 미리보기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="183" />
        <source>Demo control panel</source>
        <translation>데모 조작 패널</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="468" />
        <source>A receipt was printed (below).</source>
        <translation>영수증이 인쇄되었습니다 (아래).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <location filename="../../ui/demo.py" line="92" />
        <source>Ready to borrow</source>
        <translation>대출 가능</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>One PIN try left</source>
        <translation>비밀번호 1회 남음</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Patron blocked</source>
        <translation>이용 정지된 이용자</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>PIN locked</source>
        <translation>비밀번호 잠김</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="83" />
        <source>Not registered</source>
        <translation>도서관 미등록</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="84" />
        <source>Certificate revoked</source>
        <translation>인증서 폐지</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="85" />
        <source>Certificate expired</source>
        <translation>인증서 만료</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Card reported lost</source>
        <translation>분실 신고됨</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="94" />
        <source>Registration expired</source>
        <translation>등록 기간 만료</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="95" />
        <source>At the loan limit</source>
        <translation>대출 한도 도달</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="106" />
        <source>library use only</source>
        <translation>관내 이용 전용</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="108" />
        <source>set of %n</source>
        <translation><numerusform>%n권 세트</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="110" />
        <source>reserved</source>
        <translation>다른 사람 예약</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="124" />
        <source>No receipt printed yet.</source>
        <translation>아직 인쇄된 영수증이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="200" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>사용해 보기: '대출 가능' 카드를 올려놓고, 대출기에서 비밀번호 1234를 입력한 뒤, 책을 패드에 올리고 '끝내기'를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>유지보수: 도서관 이름을 5번 누르거나 Ctrl+Alt+M, 암호 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="240" />
        <source>Library card</source>
        <translation>도서관 이용 카드</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="265" />
        <source>Books: put on the pad</source>
        <translation>책: 패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>Ready.</source>
        <translation>준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="473" />
        <source>Library system: reconnect (online)</source>
        <translation>도서관 시스템: 다시 연결 (온라인)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="223" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>마이넘버 카드 (가상, 비밀번호 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="234" />
        <source>Take the card away</source>
        <translation>카드 치우기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="256" />
        <source>barcode (library card or book)</source>
        <translation>바코드 (이용 카드 또는 책)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="257" />
        <source>Scan barcode</source>
        <translation>바코드 스캔</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="280" />
        <source>item identifier on the RFID tag</source>
        <translation>RFID 태그의 자료 번호</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="281" />
        <source>Put on the pad</source>
        <translation>패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="288" />
        <source>Take everything off the pad</source>
        <translation>패드 위의 모든 것 치우기</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="218" />
        <location filename="../../ui/demo.py" line="475" />
        <source>Library system: cut the link (offline)</source>
        <translation>도서관 시스템: 연결 끊기 (오프라인)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="396" />
        <source>Placing the card…</source>
        <translation>카드를 올리는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="404" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>가상 리더기가 없습니다: pcscd와 vsmartcard-vpcd가 실행 중인가요?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="407" />
        <source>The card is on the reader.</source>
        <translation>카드를 리더기에 올렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="412" />
        <source>The card was taken away.</source>
        <translation>카드를 치웠습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="636" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>거부된 대출(직원 확인 필요): %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="493" />
        <source>Check the validation link now</source>
        <translation>인증서 검증 서비스 지금 확인</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="486" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>데스크에서 확인(도서관 시스템에서 확인하지 못한 대출):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="488" />
        <source>It is lent</source>
        <translation>대출됨</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="489" />
        <source>Not lent: send it</source>
        <translation>미대출: 전송</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="607" />
        <source>Could not record it: {code}</source>
        <translation>기록하지 못했습니다: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="610" />
        <source>Recorded: the library system has this loan.</source>
        <translation>기록했습니다: 도서관 시스템에 이 대출이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="612" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>기록했습니다: 이 대출은 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>The number of books did not match</source>
        <translation>권수가 맞지 않았습니다</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>책을 데스크로 가져와 주세요. 직원이 대출해 드립니다. 이 책들은 아직 대출되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="67" />
        <source>Item</source>
        <translation>자료</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="96" />
        <source>Holds ready, loans to renew</source>
        <translation>예약 자료 있음 · 연장할 대출 있음</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returning…</source>
        <translation>반납하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="15" />
        <source>Returned. Thank you!</source>
        <translation>반납되었습니다. 감사합니다!</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="16" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>반납되었습니다. 예약된 자료이니 데스크로 가져와 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="17" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>반납되었습니다. 다른 도서관의 자료이니 데스크로 가져와 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="18" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>반납되었습니다. 이 자료는 데스크에 맡겨 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="19" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>도난 방지 태그를 되돌리지 못했습니다. 나가시기 전에 데스크로 가져와 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="22" />
        <source>Returned. Please take it to the counter.</source>
        <translation>반납되었습니다. 데스크로 가져와 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="37" />
        <source>(goes to: {where})</source>
        <translation>(보낼 곳: {where})</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="23" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>반납되지 않았습니다: 도서관 시스템에 연결할 수 없습니다. 반납함이나 데스크를 이용해 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="26" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>반납되지 않았습니다: 대출 중인 자료가 아닙니다. 데스크에 맡겨 주세요.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="29" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>반납되지 않았습니다. 이 자료를 데스크로 가져와 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="46" />
        <source>Due back {date} · overdue</source>
        <translation>반납 기한 {date} · 연체</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="52" />
        <source>Renewing…</source>
        <translation>연장하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="54" />
        <source>Renewed · new due date {date}</source>
        <translation>연장되었습니다 · 새 반납 기한 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Not renewed: {why}</source>
        <translation>연장되지 않았습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="59" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>연장되었는지 확인할 수 없습니다. 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="61" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>연장되지 않았습니다: 도서관 시스템에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="62" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>연장되지 않았습니다. 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="392" />
        <location filename="../../ui/service_screens.py" line="115" />
        <source>Return books</source>
        <translation>반납하기</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="116" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>반납할 책을 패드에 올리거나, 한 권씩 바코드를 읽혀 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="117" />
        <source>The books you return will appear here.</source>
        <translation>반납한 책이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="118" />
        <location filename="../../ui/service_screens.py" line="205" />
        <location filename="../../ui/service_screens.py" line="299" />
        <source>Back to borrowing</source>
        <translation>대출로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="120" />
        <source>Return these too</source>
        <translation>이것도 반납하기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="128" />
        <source>%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put them back.</source>
        <translation><numerusform>시작하기 전부터 패드에 있던 자료가 %n권 있습니다. 본인 것이면 여기서 반납하거나, 들었다가 다시 올려 주세요.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="200" />
        <source>Renew your loans</source>
        <translation>대출 연장</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="201" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>책을 선택한 뒤 "이 책 연장"을 누르세요. 한꺼번에 연장할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="202" />
        <source>You have no loans to renew.</source>
        <translation>연장할 대출이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="203" />
        <source>Renew this book</source>
        <translation>이 책 연장</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="204" />
        <source>Renew all</source>
        <translation>모두 연장</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="236" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>지금은 대출 현황을 읽을 수 없습니다. 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="239" />
        <location filename="../../ui/service_screens.py" line="337" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>일부 정보를 읽지 못했습니다. 자세한 내용은 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="394" />
        <location filename="../../ui/service_screens.py" line="298" />
        <source>My account</source>
        <translation>내 이용 현황</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="322" />
        <source>Collect at: {place}</source>
        <translation>수령 장소: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="325" />
        <source>Kept until {date}</source>
        <translation>보관 기한 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="334" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>지금은 이용 현황을 읽을 수 없습니다. 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="388" />
        <source>How many books did you put on the pad?</source>
        <translation>패드에 몇 권을 올려놓으셨나요?</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="390" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>지금 빌릴 책만 세어 권수를 입력하고 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="441" />
        <source>The number of books does not match</source>
        <translation>권수가 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="443" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>책이 겹치지 않도록 패드 위에 펼쳐 놓은 뒤 "다시 확인"을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="449" />
        <source>Type the number again</source>
        <translation>권수 다시 입력</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="450" />
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="457" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>입력하신 권수는 {said}권, 패드가 읽은 권수는 {read}권입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <source>Return books (no card needed)</source>
        <translation>반납하기 (카드 불필요)</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="189" />
        <source>Looking up your account…</source>
        <translation>이용 현황을 확인하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="192" />
        <source>Reading the books on the pad…</source>
        <translation>패드 위의 책을 읽고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Please do not move the books.</source>
        <translation>책을 움직이지 마세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="391" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>패드 위에 아직 세지 않은 책이 있습니다: 권수 입력</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="393" />
        <source>Renew loans</source>
        <translation>대출 연장</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="63" />
        <source>Collect them at: {places}</source>
        <translation>수령 장소: {places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="307" />
        <source>Items out: %n</source>
        <translation><numerusform>대출 중: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="309" />
        <source>(overdue: %n)</source>
        <translation><numerusform>(연체: %n권)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="317" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>수령 가능한 예약 자료: %n권</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="60" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>예약하신 자료 %n권이 도착했습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="112" />
        <source>another branch's</source>
        <translation>다른 도서관 자료</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="281" />
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="283" />
        <source>Languages offered</source>
        <translation>제공 언어</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>Large text by default</source>
        <translation>기본으로 큰 글자</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Ask</source>
        <translation>묻기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Always</source>
        <translation>항상 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="291" />
        <source>Never</source>
        <translation>인쇄 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="295" />
        <source>Save the settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="323" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="330" />
        <source>Not saved:</source>
        <translation>저장하지 않았습니다:</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="336" />
        <source>Saved. The kiosk uses them now.</source>
        <translation>저장했습니다. 단말기가 바로 이 설정을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Change settings</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="475" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>When and where</source>
        <translation>일시와 장소</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Sorry, you cannot borrow here right now. Please ask at the counter.</source>
        <translation>죄송합니다. 지금은 이곳에서 대출할 수 없습니다. 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="147" />
        <source>Scan the barcode of your library card</source>
        <translation>도서관 카드의 바코드를 스캔해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="325" />
        <source>Printer: paper out</source>
        <translation>프린터: 용지 없음</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="326" />
        <source>Printer: cover open</source>
        <translation>프린터: 덮개 열림</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="327" />
        <source>RFID pad unplugged</source>
        <translation>RFID 패드 연결 끊김</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="328" />
        <source>Scanner unplugged</source>
        <translation>스캐너 연결 끊김</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="330" />
        <source>Card reader unplugged</source>
        <translation>카드 리더 연결 끊김</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="332" />
        <source>Validation service down</source>
        <translation>검증 서비스 중단</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="333" />
        <source>Faults (for technicians)</source>
        <translation>장애 (유지보수 담당자용)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault set: {fault}</source>
        <translation>장애 발생: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault cleared: {fault}</source>
        <translation>장애 해제: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="401" />
        <source>The card reader is unplugged: plug it in first (Faults).</source>
        <translation>카드 리더가 분리되어 있습니다. 먼저 연결하세요 (장애).</translation>
    </message>
</context>
</TS>
