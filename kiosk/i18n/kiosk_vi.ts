<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="49" />
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>Ngoại tuyến: lượt mượn được lưu lại và gửi đến thư viện sau</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="105" />
        <location filename="../../ui/maintenance_ui.py" line="383" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="111" />
        <location filename="../../ui/maintenance_ui.py" line="390" />
        <source>Sync failed: {code}</source>
        <translation>Đồng bộ thất bại: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="394" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Đã gửi {sent}, bị từ chối {refused}, còn lại {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="358" />
        <source>Checking the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="360" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="362" />
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="81" />
        <location filename="../../ui/maintenance_ui.py" line="344" />
        <location filename="../../ui/maintenance_ui.py" line="363" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Lượt mượn chờ gửi: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Staff have been called</source>
        <translation>Đã gọi nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>Vui lòng chờ ở đây: nhân viên sẽ đến giúp bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Please ask at the counter</source>
        <translation>Vui lòng hỏi tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Staff there are happy to help.</source>
        <translation>Nhân viên tại quầy sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Library self-checkout</source>
        <translation>Máy mượn sách tự động</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Call staff</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="433" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Bạn vẫn còn ở đây chứ? Phiên sẽ kết thúc sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>Bảo trì: mật mã kỹ thuật viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Đã khóa do nhập sai mật mã quá nhiều lần. Hãy thử lại sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>Chưa cài đặt mật mã kỹ thuật viên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Sai mật mã. Còn %n lần trước khi bị khóa.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="239" />
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="240" />
        <source>Leave maintenance</source>
        <translation>Thoát chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="243" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="244" />
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="245" />
        <source>Self-tests</source>
        <translation>Tự kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="246" />
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="247" />
        <source>Recent errors</source>
        <translation>Lỗi gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="253" />
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="254" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="255" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="256" />
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Refused on replay (for staff):</source>
        <translation>Bị từ chối khi gửi lại (dành cho nhân viên):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="261" />
        <source>Print a test receipt</source>
        <translation>In phiếu mượn thử</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="262" />
        <source>Read a tag on the pad</source>
        <translation>Đọc thẻ RFID trên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Đọc số lần nhập PIN còn lại (không cần PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Export diagnostic bundle</source>
        <translation>Xuất gói chẩn đoán</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="341" />
        <source>No offline queue is connected.</source>
        <translation>Chưa kết nối hàng chờ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="405" />
        <source>Not available on this kiosk.</source>
        <translation>Không có trên máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="430" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói chẩn đoán…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="436" />
        <source>Could not write the bundle: {code}</source>
        <translation>Không ghi được gói chẩn đoán: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="441" />
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
        <location filename="../reasons.py" line="186" />
        <source>Sorry, that did not work</source>
        <translation>Xin lỗi, thao tác không thành công</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>Vui lòng hỏi nhân viên và cho họ xem mã bên dưới.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="195" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>Vui lòng đặt cuốn sách này lên khay đọc: sách được cho mượn ngay khi khay đọc xong.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="196" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>Bạn đã mượn tài liệu này rồi: bạn có thể mang về.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>The certificate was checked.</source>
        <translation>Chứng thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="208" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>Chứng thư xác thực người dùng trên thẻ này đã bị thu hồi nên không thể dùng thẻ. Vui lòng hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="213" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>Không xác nhận được chứng thư điện tử trên thẻ này. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="216" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>Hiện không kiểm tra được hiệu lực của chứng thư điện tử. Vui lòng thử lại sau hoặc dùng thẻ thư viện, và báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="221" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>Hiện máy này không kiểm tra được thẻ My Number. Vui lòng dùng thẻ thư viện hoặc báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="226" />
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
        <source>Due back {date}</source>
        <translation>Hạn trả {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="192" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>Chưa mượn được: đã có người khác đặt trước. Vui lòng để lại tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>Chưa mượn được: tài liệu này chỉ dùng trong thư viện.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>Chưa mượn được: vui lòng mang tài liệu này đến quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="197" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Chưa mượn được: đã đạt giới hạn ngoại tuyến. Vui lòng mượn khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Chưa mượn được: không kết nối được hệ thống thư viện. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Chưa mượn được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>Số lần còn lại: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="103" />
        <source>Welcome! Borrow books here.</source>
        <translation>Xin chào! Mượn sách tại đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="104" />
        <source>Place your My Number Card on the reader</source>
        <translation>Đặt thẻ My Number lên đầu đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="105" />
        <source>Or scan the barcode of your library card</source>
        <translation>Hoặc quét mã vạch trên thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="106" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Chọn ngôn ngữ bên dưới. Nhân viên tại quầy sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="132" />
        <source>Reading your card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="133" />
        <location filename="../../ui/screens.py" line="136" />
        <source>Please leave the card on the reader.</source>
        <translation>Vui lòng để thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="135" />
        <source>Checking your PIN…</source>
        <translation>Đang kiểm tra mã PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Checking with the library…</source>
        <translation>Đang kiểm tra với thư viện…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="139" />
        <location filename="../../ui/screens.py" line="145" />
        <source>This takes a moment.</source>
        <translation>Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Printing your receipt…</source>
        <translation>Đang in phiếu mượn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="142" />
        <source>Please take it from the slot below.</source>
        <translation>Vui lòng lấy phiếu ở khe bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="144" />
        <source>Finishing…</source>
        <translation>Đang kết thúc…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="179" />
        <source>Only one try left</source>
        <translation>Chỉ còn một lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="181" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>Nếu nhập sai PIN thêm một lần, thẻ sẽ bị khóa và chỉ văn phòng thành phố mới đặt lại được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Không chắc mã PIN? Nhấn Hủy và hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>I understand, enter PIN</source>
        <translation>Tôi hiểu, nhập PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="224" />
        <source>Enter your library card password</source>
        <translation>Nhập mật khẩu thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="225" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>Mật khẩu 4 chữ số bạn đã đăng ký với thư viện.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="227" />
        <source>Enter your 4-digit PIN</source>
        <translation>Nhập mã PIN 4 chữ số</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="229" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>Mã PIN xác thực người dùng (利用者証明用) mà bạn đã đặt cho thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="245" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Lần cuối: nhập sai sẽ khóa thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>That PIN was not right. Please try again.</source>
        <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <source>Put your books on the pad</source>
        <translation>Đặt sách lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>Mỗi cuốn sách sẽ hiện bên dưới khi khay đọc xong.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="342" />
        <source>Borrow these too</source>
        <translation>Mượn cả những cuốn này</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="488" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n tài liệu chưa mượn được. Vui lòng mang đến quầy: nhân viên sẽ giúp bạn.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="577" />
        <source>Nothing was lent this time</source>
        <translation>Lần này chưa mượn được tài liệu nào</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="578" />
        <location filename="../../ui/screens.py" line="581" />
        <source>Please take your card with you.</source>
        <translation>Đừng quên mang theo thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="580" />
        <source>Thank you for coming</source>
        <translation>Cảm ơn bạn đã đến</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <source>Your books will appear here.</source>
        <translation>Sách của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="341" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="368" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Đã mượn: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="370" />
        <source>Not lent: %n</source>
        <translation><numerusform>Chưa mượn được: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="374" />
        <source>Reserved books waiting for you at the counter: %n</source>
        <translation><numerusform>Tài liệu bạn đặt trước đang chờ tại quầy: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="378" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>%n tài liệu đã có trên khay đọc từ trước. Của bạn? Mượn tại đây, hoặc nhấc lên rồi đặt lại.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>Đó là thẻ thư viện. Bạn đã đăng nhập rồi: hãy đặt sách lên khay đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="405" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>Bộ tài liệu chưa đủ: vui lòng đặt tất cả các phần lên khay đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Bạn có muốn in phiếu ghi hạn trả không?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="460" />
        <source>Yes, print a receipt</source>
        <translation>Có, in phiếu mượn</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="461" />
        <source>No, thank you</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="467" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>Bạn đã mượn %n tài liệu</numerusform></translation>
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
        <translation>Mã cho nhân viên: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="574" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Cảm ơn bạn! Chúc bạn đọc sách vui vẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="575" />
        <source>Please take your card and your books with you.</source>
        <translation>Đừng quên mang theo thẻ và sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="568" />
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
        <location filename="../../ui/demo.py" line="118" />
        <location filename="../../ui/demo.py" line="292" />
        <source>Receipt preview</source>
        <translation>Xem trước phiếu mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="171" />
        <source>Demo control panel</source>
        <translation>Bảng điều khiển demo</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="408" />
        <source>A receipt was printed (below).</source>
        <translation>Đã in phiếu mượn (xem bên dưới).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="76" />
        <location filename="../../ui/demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>Có thể mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="77" />
        <source>One PIN try left</source>
        <translation>Còn 1 lần nhập PIN</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="78" />
        <source>Patron blocked</source>
        <translation>Bạn đọc bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <source>PIN locked</source>
        <translation>PIN bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Certificate revoked</source>
        <translation>Chứng thư bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>Certificate expired</source>
        <translation>Chứng thư hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>Thẻ đã báo mất</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="91" />
        <source>Registration expired</source>
        <translation>Đăng ký hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>Đã đạt giới hạn mượn</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready</source>
        <translation>Có sách đặt trước</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="103" />
        <source>library use only</source>
        <translation>chỉ đọc tại chỗ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="105" />
        <source>set of %n</source>
        <translation><numerusform>bộ %n cuốn</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="107" />
        <source>reserved</source>
        <translation>đã có người đặt</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="119" />
        <source>No receipt printed yet.</source>
        <translation>Chưa in phiếu mượn nào.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="188" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Dùng thử: đặt thẻ “Có thể mượn”, nhập PIN 1234 trên máy, đặt sách lên khay đọc rồi bấm Kết thúc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="194" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Bảo trì: chạm 5 lần vào tên thư viện hoặc Ctrl+Alt+M, mã {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="228" />
        <source>Library card</source>
        <translation>Thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="253" />
        <source>Books: put on the pad</source>
        <translation>Sách: đặt lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="201" />
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="413" />
        <source>Library system: reconnect (online)</source>
        <translation>Hệ thống thư viện: kết nối lại (trực tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="211" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>Thẻ My Number (ảo, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="222" />
        <source>Take the card away</source>
        <translation>Lấy thẻ ra</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="244" />
        <source>barcode (library card or book)</source>
        <translation>mã vạch (thẻ thư viện hoặc sách)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="245" />
        <source>Scan barcode</source>
        <translation>Quét mã vạch</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="268" />
        <source>item identifier on the RFID tag</source>
        <translation>mã tài liệu trên thẻ RFID</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="269" />
        <source>Put on the pad</source>
        <translation>Đặt lên khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="276" />
        <source>Take everything off the pad</source>
        <translation>Lấy mọi thứ ra khỏi khay đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <location filename="../../ui/demo.py" line="415" />
        <source>Library system: cut the link (offline)</source>
        <translation>Hệ thống thư viện: ngắt kết nối (ngoại tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="338" />
        <source>Placing the card…</source>
        <translation>Đang đặt thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="343" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>Không có đầu đọc ảo: pcscd với vsmartcard-vpcd có đang chạy không?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="346" />
        <source>The card is on the reader.</source>
        <translation>Thẻ đã ở trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="352" />
        <source>The card was taken away.</source>
        <translation>Đã lấy thẻ ra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="365" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Giao dịch bị từ chối (chờ nhân viên xử lý): %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Check the validation link now</source>
        <translation>Kiểm tra ngay dịch vụ xác thực chứng thư</translation>
    </message>
</context>
</TS>
