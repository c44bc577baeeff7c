<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="51" />
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="78" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>Ngoại tuyến: lượt mượn được lưu lại và gửi đến thư viện sau</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="88" />
        <source>They cannot be sent for now</source>
        <translation>Hiện chưa gửi được</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="654" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="118" />
        <location filename="../../ui/maintenance_ui.py" line="661" />
        <source>Sync failed: {code}</source>
        <translation>Đồng bộ thất bại: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="119" />
        <location filename="../../ui/maintenance_ui.py" line="665" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Đã gửi {sent}, bị từ chối {refused}, còn lại {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="629" />
        <source>Checking the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="631" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="633" />
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="86" />
        <location filename="../../ui/maintenance_ui.py" line="576" />
        <location filename="../../ui/maintenance_ui.py" line="634" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Lượt mượn chờ gửi: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Staff have been called</source>
        <translation>Đã gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>Vui lòng chờ ở đây: nhân viên sẽ đến giúp bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Please ask at the counter</source>
        <translation>Vui lòng hỏi tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Staff there are happy to help.</source>
        <translation>Nhân viên tại quầy sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <location filename="../../ui/main_window.py" line="446" />
        <source>Library self-checkout</source>
        <translation>Máy mượn sách tự động</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Call staff</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="470" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Bạn vẫn còn ở đây chứ? Phiên sẽ kết thúc sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="77" />
        <source>Maintenance: technician passcode</source>
        <translation>Bảo trì: mật mã kỹ thuật viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="119" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Đã khóa do nhập sai mật mã quá nhiều lần. Hãy thử lại sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="122" />
        <source>No technician passcode is configured.</source>
        <translation>Chưa cài đặt mật mã kỹ thuật viên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="125" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Sai mật mã. Còn %n lần trước khi bị khóa.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="462" />
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="463" />
        <source>Leave maintenance</source>
        <translation>Thoát chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="466" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="467" />
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="468" />
        <source>Self-tests</source>
        <translation>Tự kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="469" />
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="470" />
        <source>Recent errors</source>
        <translation>Lỗi gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="483" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="484" />
        <source>Refused on replay (for staff):</source>
        <translation>Bị từ chối khi gửi lại (dành cho nhân viên):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="490" />
        <source>Print a test receipt</source>
        <translation>In phiếu mượn thử</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="491" />
        <source>Read a tag on the pad</source>
        <translation>Đọc thẻ RFID trên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="492" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Đọc số lần nhập PIN còn lại (không cần PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="494" />
        <source>Export diagnostic bundle</source>
        <translation>Xuất gói chẩn đoán</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="573" />
        <source>No offline queue is connected.</source>
        <translation>Chưa kết nối hàng chờ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="678" />
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="701" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói chẩn đoán…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="707" />
        <source>Could not write the bundle: {code}</source>
        <translation>Không ghi được gói chẩn đoán: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="712" />
        <source>Bundle written: {path}</source>
        <translation>Đã ghi gói chẩn đoán: {path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>Mã PIN của thẻ đã bị khóa</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>Mã PIN đã bị nhập sai quá nhiều lần nên thẻ đã khóa để bảo vệ bạn. Thư viện không thể mở khóa. Vui lòng mang thẻ đến văn phòng thành phố, quận hoặc thị trấn nơi bạn sống để đặt lại mã PIN. Trong thời gian đó, bạn có thể mượn bằng thẻ thư viện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>Không thể dùng chứng thư của thẻ này</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>Chứng thư điện tử trên thẻ của bạn không còn hiệu lực. Vui lòng hỏi tại văn phòng thành phố hoặc thị trấn. Trong thời gian đó, bạn có thể mượn bằng thẻ thư viện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>Chứng thư trên thẻ của bạn đã hết hạn</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>Vui lòng gia hạn chứng thư điện tử tại văn phòng thành phố hoặc thị trấn. Trong thời gian đó, bạn có thể mượn bằng thẻ thư viện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>Thẻ này chưa được đăng ký với thư viện</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>Để mượn bằng thẻ My Number, vui lòng đăng ký một lần tại quầy thư viện. Hãy mang theo thẻ; chỉ mất vài phút.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>Không thể dùng thẻ này ở đây</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>Vui lòng dùng thẻ My Number hoặc thẻ thư viện, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>Không đọc được thẻ</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>Vui lòng đặt lại thẻ lên đầu đọc và để yên cho đến khi màn hình nhập PIN xuất hiện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>Hiện không thể kiểm tra thẻ của bạn</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>Không kết nối được dịch vụ kiểm tra thẻ My Number. Vui lòng thử lại sau, dùng thẻ thư viện, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>Hiện máy này không kiểm tra được thẻ My Number. Vui lòng dùng thẻ thư viện, hoặc hỏi nhân viên và cho họ xem mã bên dưới.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>Mật khẩu không đúng</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>Vui lòng quét thẻ và nhập lại mật khẩu, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>Tài khoản của bạn đang tạm ngừng mượn</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>Vui lòng hỏi tại quầy; nhân viên sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>Đăng ký thư viện của bạn đã hết hạn</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>Vui lòng gia hạn tại quầy. Hãy mang giấy tờ có ghi địa chỉ.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>Bạn đã đạt giới hạn mượn</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>Vui lòng trả bớt tài liệu trước, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>Tài khoản của bạn có việc cần giải quyết</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>Không nhận ra thẻ thư viện này</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>Vui lòng kiểm tra thẻ, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>Không kết nối được hệ thống thư viện</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>Vui lòng thử lại sau ít phút, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Sorry, that did not work</source>
        <translation>Xin lỗi, thao tác không thành công</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>Vui lòng hỏi nhân viên và cho họ xem mã bên dưới.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="202" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>Vui lòng đặt cuốn sách này lên khay đọc: sách được cho mượn ngay khi khay đọc xong.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>Bạn đã mượn tài liệu này rồi: bạn có thể mang về.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The certificate was checked.</source>
        <translation>Chứng thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="215" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>Chứng thư xác thực người dùng trên thẻ này đã bị thu hồi nên không thể dùng thẻ. Vui lòng hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="220" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>Không xác nhận được chứng thư điện tử trên thẻ này. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="223" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>Hiện không kiểm tra được hiệu lực của chứng thư điện tử. Vui lòng thử lại sau hoặc dùng thẻ thư viện, và báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="228" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>Hiện máy này không kiểm tra được thẻ My Number. Vui lòng dùng thẻ thư viện hoặc báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="233" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>Hiện máy này không kiểm tra được hiệu lực của chứng thư điện tử. Vui lòng dùng thẻ thư viện hoặc báo cho nhân viên (cho họ xem mã trên màn hình).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>Tài liệu số {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>Hạn trả {date} (mượn ngoại tuyến: sẽ gửi đến thư viện sau)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <location filename="../../ui/service_screens.py" line="47" />
        <source>Due back {date}</source>
        <translation>Hạn trả {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="199" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>Chưa mượn được: đã có người khác đặt trước. Vui lòng để lại tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>Chưa mượn được: tài liệu này chỉ dùng trong thư viện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="201" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>Chưa mượn được: vui lòng mang tài liệu này đến quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="204" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Chưa mượn được: đã đạt giới hạn ngoại tuyến. Vui lòng mượn khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Chưa mượn được: không kết nối được hệ thống thư viện. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="210" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Chưa mượn được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>Số lần còn lại: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Welcome! Borrow books here.</source>
        <translation>Xin chào! Mượn sách tại đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="143" />
        <source>Place your My Number Card on the reader</source>
        <translation>Đặt thẻ My Number lên đầu đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="145" />
        <source>Or scan the barcode of your library card</source>
        <translation>Hoặc quét mã vạch trên thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Chọn ngôn ngữ bên dưới. Nhân viên tại quầy sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="177" />
        <source>Reading your card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="178" />
        <location filename="../../ui/screens.py" line="181" />
        <source>Please leave the card on the reader.</source>
        <translation>Vui lòng để thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="180" />
        <source>Checking your PIN…</source>
        <translation>Đang kiểm tra mã PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="183" />
        <source>Checking with the library…</source>
        <translation>Đang kiểm tra với thư viện…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <location filename="../../ui/screens.py" line="190" />
        <location filename="../../ui/screens.py" line="196" />
        <source>This takes a moment.</source>
        <translation>Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>Printing your receipt…</source>
        <translation>Đang in phiếu mượn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>Please take it from the slot below.</source>
        <translation>Vui lòng lấy phiếu ở khe bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="195" />
        <source>Finishing…</source>
        <translation>Đang kết thúc…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="230" />
        <source>Only one try left</source>
        <translation>Chỉ còn một lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="232" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>Nếu nhập sai PIN thêm một lần, thẻ sẽ bị khóa và chỉ văn phòng thành phố mới đặt lại được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="235" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Không chắc mã PIN? Nhấn Hủy và hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="237" />
        <location filename="../../ui/service_screens.py" line="448" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="238" />
        <source>I understand, enter PIN</source>
        <translation>Tôi hiểu, nhập PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="275" />
        <source>Enter your library card password</source>
        <translation>Nhập mật khẩu thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="276" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>Mật khẩu 4 chữ số bạn đã đăng ký với thư viện.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="278" />
        <source>Enter your 4-digit PIN</source>
        <translation>Nhập mã PIN 4 chữ số</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="280" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>Mã PIN xác thực người dùng (利用者証明用) mà bạn đã đặt cho thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="296" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Lần cuối: nhập sai sẽ khóa thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="298" />
        <source>That PIN was not right. Please try again.</source>
        <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="386" />
        <source>Put your books on the pad</source>
        <translation>Đặt sách lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="387" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>Mỗi cuốn sách sẽ hiện bên dưới khi khay đọc xong.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="390" />
        <source>Borrow these too</source>
        <translation>Mượn cả những cuốn này</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="537" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n tài liệu chưa mượn được. Vui lòng mang đến quầy: nhân viên sẽ giúp bạn.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="628" />
        <source>Nothing was lent this time</source>
        <translation>Lần này chưa mượn được tài liệu nào</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="629" />
        <location filename="../../ui/screens.py" line="632" />
        <source>Please take your card with you.</source>
        <translation>Đừng quên mang theo thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="631" />
        <source>Thank you for coming</source>
        <translation>Cảm ơn bạn đã đến</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>Your books will appear here.</source>
        <translation>Sách của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="389" />
        <location filename="../../ui/service_screens.py" line="119" />
        <location filename="../../ui/service_screens.py" line="206" />
        <location filename="../../ui/service_screens.py" line="300" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Đã mượn: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="422" />
        <source>Not lent: %n</source>
        <translation><numerusform>Chưa mượn được: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="432" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>%n tài liệu đã có trên khay đọc từ trước. Của bạn? Mượn tại đây, hoặc nhấc lên rồi đặt lại.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="442" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>Đó là thẻ thư viện. Bạn đã đăng nhập rồi: hãy đặt sách lên khay đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>Bộ tài liệu chưa đủ: vui lòng đặt tất cả các phần lên khay đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="508" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Bạn có muốn in phiếu ghi hạn trả không?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="509" />
        <source>Yes, print a receipt</source>
        <translation>Có, in phiếu mượn</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="510" />
        <source>No, thank you</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="516" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>Bạn đã mượn %n tài liệu</numerusform></translation>
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
        <translation>Mã cho nhân viên: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="625" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Cảm ơn bạn! Chúc bạn đọc sách vui vẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="626" />
        <source>Please take your card and your books with you.</source>
        <translation>Đừng quên mang theo thẻ và sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="617" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>Đã nhập %n trên 4 chữ số</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="123" />
        <location filename="../../ui/demo.py" line="306" />
        <source>Receipt preview</source>
        <translation>Xem trước phiếu mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="183" />
        <source>Demo control panel</source>
        <translation>Bảng điều khiển demo</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="468" />
        <source>A receipt was printed (below).</source>
        <translation>Đã in phiếu mượn (xem bên dưới).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <location filename="../../ui/demo.py" line="92" />
        <source>Ready to borrow</source>
        <translation>Có thể mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>One PIN try left</source>
        <translation>Còn 1 lần nhập PIN</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Patron blocked</source>
        <translation>Bạn đọc bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>PIN locked</source>
        <translation>PIN bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="83" />
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="84" />
        <source>Certificate revoked</source>
        <translation>Chứng thư bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="85" />
        <source>Certificate expired</source>
        <translation>Chứng thư hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Card reported lost</source>
        <translation>Thẻ đã báo mất</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="94" />
        <source>Registration expired</source>
        <translation>Đăng ký hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="95" />
        <source>At the loan limit</source>
        <translation>Đã đạt giới hạn mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="106" />
        <source>library use only</source>
        <translation>chỉ đọc tại chỗ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="108" />
        <source>set of %n</source>
        <translation><numerusform>bộ %n cuốn</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="110" />
        <source>reserved</source>
        <translation>đã có người đặt</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="124" />
        <source>No receipt printed yet.</source>
        <translation>Chưa in phiếu mượn nào.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="200" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Dùng thử: đặt thẻ “Có thể mượn”, nhập PIN 1234 trên máy, đặt sách lên khay đọc rồi bấm Kết thúc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Bảo trì: chạm 5 lần vào tên thư viện hoặc Ctrl+Alt+M, mã {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="240" />
        <source>Library card</source>
        <translation>Thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="265" />
        <source>Books: put on the pad</source>
        <translation>Sách: đặt lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="473" />
        <source>Library system: reconnect (online)</source>
        <translation>Hệ thống thư viện: kết nối lại (trực tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="223" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>Thẻ My Number (ảo, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="234" />
        <source>Take the card away</source>
        <translation>Lấy thẻ ra</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="256" />
        <source>barcode (library card or book)</source>
        <translation>mã vạch (thẻ thư viện hoặc sách)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="257" />
        <source>Scan barcode</source>
        <translation>Quét mã vạch</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="280" />
        <source>item identifier on the RFID tag</source>
        <translation>mã tài liệu trên thẻ RFID</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="281" />
        <source>Put on the pad</source>
        <translation>Đặt lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="288" />
        <source>Take everything off the pad</source>
        <translation>Lấy mọi thứ ra khỏi khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="218" />
        <location filename="../../ui/demo.py" line="475" />
        <source>Library system: cut the link (offline)</source>
        <translation>Hệ thống thư viện: ngắt kết nối (ngoại tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="396" />
        <source>Placing the card…</source>
        <translation>Đang đặt thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="404" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>Không có đầu đọc ảo: pcscd với vsmartcard-vpcd có đang chạy không?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="407" />
        <source>The card is on the reader.</source>
        <translation>Thẻ đã ở trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="412" />
        <source>The card was taken away.</source>
        <translation>Đã lấy thẻ ra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="636" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Giao dịch bị từ chối (chờ nhân viên xử lý): %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="493" />
        <source>Check the validation link now</source>
        <translation>Kiểm tra ngay dịch vụ xác thực chứng thư</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="486" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>Kiểm tra tại quầy (các lượt mượn hệ thống thư viện chưa xác nhận được):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="488" />
        <source>It is lent</source>
        <translation>Đã cho mượn</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="489" />
        <source>Not lent: send it</source>
        <translation>Chưa cho mượn: gửi đi</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="607" />
        <source>Could not record it: {code}</source>
        <translation>Không ghi lại được: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="610" />
        <source>Recorded: the library system has this loan.</source>
        <translation>Đã ghi: hệ thống thư viện đã có lượt mượn này.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="612" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>Đã ghi: lượt mượn này sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>The number of books did not match</source>
        <translation>Số sách không khớp</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>Vui lòng mang sách đến quầy; nhân viên sẽ cho bạn mượn. Chưa cuốn nào trong chồng này được mượn.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="67" />
        <source>Item</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="96" />
        <source>Holds ready, loans to renew</source>
        <translation>Có sách đặt trước, có sách để gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returning…</source>
        <translation>Đang trả…</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="15" />
        <source>Returned. Thank you!</source>
        <translation>Đã trả. Xin cảm ơn!</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="16" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>Đã trả. Tài liệu này đã có người đặt trước: vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="17" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>Đã trả. Tài liệu thuộc thư viện khác: vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="18" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>Đã trả. Vui lòng nộp tài liệu này tại quầy.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="19" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>Không khôi phục được tem an ninh: vui lòng mang đến quầy trước khi ra về.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="22" />
        <source>Returned. Please take it to the counter.</source>
        <translation>Đã trả. Vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="37" />
        <source>(goes to: {where})</source>
        <translation>(chuyển đến: {where})</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="23" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>Chưa trả được: không kết nối được hệ thống thư viện. Vui lòng dùng hộp trả sách hoặc quầy.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="26" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>Chưa trả được: tài liệu này không đang được mượn. Vui lòng để lại tại quầy.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="29" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>Chưa trả được. Vui lòng mang tài liệu này đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="46" />
        <source>Due back {date} · overdue</source>
        <translation>Hạn trả {date} · quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="52" />
        <source>Renewing…</source>
        <translation>Đang gia hạn…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="54" />
        <source>Renewed · new due date {date}</source>
        <translation>Đã gia hạn · hạn trả mới {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Not renewed: {why}</source>
        <translation>Không gia hạn được: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="59" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>Không rõ đã gia hạn chưa: vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="61" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>Không gia hạn được: không kết nối được hệ thống thư viện.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="62" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>Không gia hạn được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="392" />
        <location filename="../../ui/service_screens.py" line="115" />
        <source>Return books</source>
        <translation>Trả sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="116" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>Đặt sách lên khay đọc, hoặc quét mã vạch từng cuốn.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="117" />
        <source>The books you return will appear here.</source>
        <translation>Sách bạn trả sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="118" />
        <location filename="../../ui/service_screens.py" line="205" />
        <location filename="../../ui/service_screens.py" line="299" />
        <source>Back to borrowing</source>
        <translation>Quay lại mượn sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="120" />
        <source>Return these too</source>
        <translation>Trả cả những cuốn này</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="128" />
        <source>%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put them back.</source>
        <translation><numerusform>%n tài liệu đã có trên khay đọc từ trước. Của bạn? Trả tại đây, hoặc nhấc lên rồi đặt lại.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="200" />
        <source>Renew your loans</source>
        <translation>Gia hạn tài liệu đang mượn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="201" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>Chạm vào một cuốn rồi nhấn "Gia hạn cuốn này". Hoặc gia hạn tất cả cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="202" />
        <source>You have no loans to renew.</source>
        <translation>Bạn không có tài liệu nào để gia hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="203" />
        <source>Renew this book</source>
        <translation>Gia hạn cuốn này</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="204" />
        <source>Renew all</source>
        <translation>Gia hạn tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="236" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>Hiện không đọc được danh sách mượn của bạn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="239" />
        <location filename="../../ui/service_screens.py" line="337" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>Một số thông tin không đọc được. Nhân viên tại quầy có thể cho bạn biết thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="394" />
        <location filename="../../ui/service_screens.py" line="298" />
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="322" />
        <source>Collect at: {place}</source>
        <translation>Nhận tại: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="325" />
        <source>Kept until {date}</source>
        <translation>Giữ đến {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="334" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>Hiện không đọc được tài khoản của bạn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="388" />
        <source>How many books did you put on the pad?</source>
        <translation>Bạn đã đặt bao nhiêu cuốn lên khay đọc?</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="390" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>Chỉ đếm những cuốn bạn muốn mượn bây giờ, nhập số rồi nhấn Xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="441" />
        <source>The number of books does not match</source>
        <translation>Số sách không khớp</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="443" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>Vui lòng trải sách ra trên khay đọc để không chồng lên nhau, rồi nhấn "Kiểm tra lại".</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="449" />
        <source>Type the number again</source>
        <translation>Nhập lại số sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="450" />
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="457" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>Bạn đã nhập {said}; khay đọc đọc được {read}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <source>Return books (no card needed)</source>
        <translation>Trả sách (không cần thẻ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="189" />
        <source>Looking up your account…</source>
        <translation>Đang tra cứu tài khoản của bạn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="192" />
        <source>Reading the books on the pad…</source>
        <translation>Đang đọc sách trên khay đọc…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Please do not move the books.</source>
        <translation>Vui lòng không di chuyển sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="391" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>Còn sách trên khay đọc chưa đếm: nhập số sách</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="393" />
        <source>Renew loans</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="63" />
        <source>Collect them at: {places}</source>
        <translation>Nhận tại: {places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="307" />
        <source>Items out: %n</source>
        <translation><numerusform>Đang mượn: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="309" />
        <source>(overdue: %n)</source>
        <translation><numerusform>(quá hạn: %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="317" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>Tài liệu đặt trước sẵn sàng: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="60" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>Có %n tài liệu đặt trước đang chờ bạn.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="112" />
        <source>another branch's</source>
        <translation>của thư viện khác</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="281" />
        <source>Receipt</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="283" />
        <source>Languages offered</source>
        <translation>Ngôn ngữ hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>Large text by default</source>
        <translation>Chữ lớn mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Ask</source>
        <translation>Hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Always</source>
        <translation>Luôn in</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="291" />
        <source>Never</source>
        <translation>Không in</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="295" />
        <source>Save the settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="323" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="330" />
        <source>Not saved:</source>
        <translation>Chưa lưu:</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="336" />
        <source>Saved. The kiosk uses them now.</source>
        <translation>Đã lưu. Máy dùng các cài đặt này ngay.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Change settings</source>
        <translation>Đổi cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="475" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>When and where</source>
        <translation>Thời gian và nơi</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Sorry, you cannot borrow here right now. Please ask at the counter.</source>
        <translation>Xin lỗi, hiện không thể mượn tại đây. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="147" />
        <source>Scan the barcode of your library card</source>
        <translation>Vui lòng quét mã vạch thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="325" />
        <source>Printer: paper out</source>
        <translation>Máy in: hết giấy</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="326" />
        <source>Printer: cover open</source>
        <translation>Máy in: nắp mở</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="327" />
        <source>RFID pad unplugged</source>
        <translation>Đầu đọc RFID bị rút</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="328" />
        <source>Scanner unplugged</source>
        <translation>Máy quét bị rút</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="330" />
        <source>Card reader unplugged</source>
        <translation>Đầu đọc thẻ bị rút</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="332" />
        <source>Validation service down</source>
        <translation>Dịch vụ xác minh ngừng</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="333" />
        <source>Faults (for technicians)</source>
        <translation>Sự cố (cho kỹ thuật viên)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault set: {fault}</source>
        <translation>Đã tạo sự cố: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault cleared: {fault}</source>
        <translation>Đã gỡ sự cố: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="401" />
        <source>The card reader is unplugged: plug it in first (Faults).</source>
        <translation>Đầu đọc thẻ đang bị rút: hãy cắm lại trước (Sự cố).</translation>
    </message>
</context>
</TS>
