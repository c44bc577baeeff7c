<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="39" />
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="449" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="89" />
        <location filename="../../ui/maintenance_ui.py" line="456" />
        <source>Sync failed: {code}</source>
        <translation>Đồng bộ thất bại: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="460" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Đã gửi {sent}, bị từ chối {refused}, còn lại {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="64" />
        <location filename="../../ui/maintenance_ui.py" line="424" />
        <source>Checking the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="66" />
        <location filename="../../ui/maintenance_ui.py" line="375" />
        <location filename="../../ui/maintenance_ui.py" line="426" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="68" />
        <location filename="../../ui/maintenance_ui.py" line="375" />
        <location filename="../../ui/maintenance_ui.py" line="428" />
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="376" />
        <location filename="../../ui/maintenance_ui.py" line="429" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Giao dịch đang chờ: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <location filename="../../ui/main_window.py" line="296" />
        <source>Library self-checkout</source>
        <translation>Máy mượn sách tự động</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="320" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Bạn vẫn còn ở đây chứ? Phiên sẽ kết thúc sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="70" />
        <source>Maintenance: technician passcode</source>
        <translation>Bảo trì: mật mã kỹ thuật viên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="112" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Đã khóa do nhập sai mật mã quá nhiều lần. Hãy thử lại sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="115" />
        <source>No technician passcode is configured.</source>
        <translation>Chưa cài đặt mật mã kỹ thuật viên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="118" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Sai mật mã. Còn %n lần trước khi bị khóa.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Maintenance mode</source>
        <translation>Chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Leave maintenance</source>
        <translation>Thoát chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Self-tests</source>
        <translation>Tự kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="266" />
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="267" />
        <source>Recent errors</source>
        <translation>Lỗi gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="273" />
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="274" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="275" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="276" />
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="279" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="280" />
        <source>Refused on replay (for staff):</source>
        <translation>Bị từ chối khi gửi lại (dành cho nhân viên):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>Kiểm tra tại quầy (các lượt mượn hệ thống thư viện chưa xác nhận được):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>It is lent</source>
        <translation>Đã cho mượn</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="285" />
        <source>Not lent: send it</source>
        <translation>Chưa cho mượn: gửi đi</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="286" />
        <source>Print a test receipt</source>
        <translation>In phiếu thử</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="287" />
        <source>Read a tag on the pad</source>
        <translation>Đọc thẻ trên bàn đọc</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="288" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Đọc số lần nhập PIN còn lại (không cần PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Export diagnostic bundle</source>
        <translation>Xuất gói chẩn đoán</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Could not record it: {code}</source>
        <translation>Không ghi lại được: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="410" />
        <source>Recorded: the library system has this loan.</source>
        <translation>Đã ghi: hệ thống thư viện đã có lượt mượn này.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="412" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>Đã ghi: lượt mượn này sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="62" />
        <location filename="../../ui/maintenance_ui.py" line="373" />
        <source>No offline queue is connected.</source>
        <translation>Chưa kết nối hàng chờ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Not available on this kiosk.</source>
        <translation>Không có trên máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="473" />
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="496" />
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói chẩn đoán…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="502" />
        <source>Could not write the bundle: {code}</source>
        <translation>Không ghi được gói chẩn đoán: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="507" />
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
        <source>The number of books did not match</source>
        <translation>Số sách không khớp</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>Vui lòng mang sách đến quầy; nhân viên sẽ cho bạn mượn. Chưa cuốn nào trong chồng này được mượn.</translation>
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
        <location filename="../reasons.py" line="213" />
        <source>The certificate was checked.</source>
        <translation>Chứng thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>Chứng thư xác thực người dùng trên thẻ này đã bị thu hồi nên không thể dùng thẻ. Vui lòng hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="219" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>Không xác nhận được chứng thư điện tử trên thẻ này. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="222" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>Hiện không kiểm tra được hiệu lực của chứng thư điện tử. Vui lòng thử lại sau hoặc dùng thẻ thư viện, và báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="227" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>Hiện máy này không kiểm tra được thẻ My Number. Vui lòng dùng thẻ thư viện hoặc báo cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="232" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>Hiện máy này không kiểm tra được hiệu lực của chứng thư điện tử. Vui lòng dùng thẻ thư viện hoặc báo cho nhân viên (cho họ xem mã trên màn hình).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>Lent · due back {date} (recorded offline)</source>
        <translation>Đã mượn · hạn trả {date} (ghi ngoại tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>Lent · due back {date}</source>
        <translation>Đã mượn · hạn trả {date}</translation>
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
        <location filename="../reasons.py" line="202" />
        <source>Please put this item on the pad and scan it again.</source>
        <translation>Vui lòng đặt tài liệu lên bàn đọc và quét lại.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Chưa mượn được: đã đạt giới hạn ngoại tuyến. Vui lòng mượn khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="206" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Chưa mượn được: không kết nối được hệ thống thư viện. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="209" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Chưa mượn được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="47" />
        <source>Tries left: %n</source>
        <translation><numerusform>Số lần còn lại: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="118" />
        <source>Welcome! Borrow books here.</source>
        <translation>Xin chào! Mượn sách tại đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="119" />
        <source>Place your My Number Card on the reader</source>
        <translation>Đặt thẻ My Number lên đầu đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="120" />
        <source>Or scan the barcode of your library card</source>
        <translation>Hoặc quét mã vạch trên thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="121" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Chọn ngôn ngữ bên dưới. Nhân viên tại quầy sẵn lòng giúp đỡ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Reading your card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <location filename="../../ui/screens.py" line="153" />
        <source>Please leave the card on the reader.</source>
        <translation>Vui lòng để thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="152" />
        <source>Checking your PIN…</source>
        <translation>Đang kiểm tra mã PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="155" />
        <source>Checking with the library…</source>
        <translation>Đang kiểm tra với thư viện…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="156" />
        <location filename="../../ui/screens.py" line="162" />
        <location filename="../../ui/screens.py" line="168" />
        <source>This takes a moment.</source>
        <translation>Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="158" />
        <source>Printing your receipt…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="159" />
        <source>Please take it from the slot below.</source>
        <translation>Vui lòng lấy phiếu ở khe bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="167" />
        <source>Finishing…</source>
        <translation>Đang kết thúc…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="202" />
        <source>Only one try left</source>
        <translation>Chỉ còn một lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="204" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>Nếu nhập sai PIN thêm một lần, thẻ sẽ bị khóa và chỉ văn phòng thành phố mới đặt lại được.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="207" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Không chắc mã PIN? Nhấn Hủy và hỏi tại văn phòng thành phố hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="209" />
        <location filename="../../ui/service_screens.py" line="437" />
        <location filename="../../ui/widgets.py" line="99" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="210" />
        <source>I understand, enter PIN</source>
        <translation>Tôi hiểu, nhập PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>Enter your library card password</source>
        <translation>Nhập mật khẩu thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="248" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>Mật khẩu 4 chữ số bạn đã đăng ký với thư viện.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="250" />
        <source>Enter your 4-digit PIN</source>
        <translation>Nhập mã PIN 4 chữ số</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="252" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>Mã PIN xác thực người dùng (利用者証明用) mà bạn đã đặt cho thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="267" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Lần cuối: nhập sai sẽ khóa thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="269" />
        <source>That PIN was not right. Please try again.</source>
        <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="333" />
        <source>Put your books on the pad</source>
        <translation>Đặt sách lên bàn đọc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="334" />
        <source>You can also scan the barcode on the back of each book.</source>
        <translation>Bạn cũng có thể quét mã vạch ở mặt sau mỗi cuốn sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="335" />
        <source>Your books will appear here.</source>
        <translation>Sách của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="336" />
        <location filename="../../ui/service_screens.py" line="127" />
        <location filename="../../ui/service_screens.py" line="200" />
        <location filename="../../ui/service_screens.py" line="296" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="359" />
        <location filename="../../ui/service_screens.py" line="80" />
        <source>Item</source>
        <translation>Tài liệu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="349" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Đã mượn: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="370" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>Bộ tài liệu chưa đủ: vui lòng đặt tất cả các phần lên bàn đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="412" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Bạn có muốn in phiếu ghi hạn trả không?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="413" />
        <source>Yes, print a receipt</source>
        <translation>Có, in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="414" />
        <source>No, thank you</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>Bạn đã mượn %n tài liệu</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="458" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="471" />
        <source>Code for staff: {code}</source>
        <translation>Mã cho nhân viên: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="502" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Cảm ơn bạn! Chúc bạn đọc sách vui vẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="503" />
        <source>Please take your card and your books with you.</source>
        <translation>Đừng quên mang theo thẻ và sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="504" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="51" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>Đã nhập %n trên 4 chữ số</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="100" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="101" />
        <source>Enter</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="120" />
        <location filename="../../ui/demo.py" line="294" />
        <source>Receipt preview</source>
        <translation>Xem trước phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="173" />
        <source>Demo control panel</source>
        <translation>Bảng điều khiển demo</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="409" />
        <source>A receipt was printed (below).</source>
        <translation>Đã in biên lai (xem bên dưới).</translation>
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
        <location filename="../../ui/demo.py" line="121" />
        <source>No receipt printed yet.</source>
        <translation>Chưa in biên lai nào.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="190" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Dùng thử: đặt thẻ “Có thể mượn”, nhập PIN 1234 trên máy, đặt sách lên bàn đọc rồi bấm Kết thúc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="196" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Bảo trì: chạm 5 lần vào tên thư viện hoặc Ctrl+Alt+M, mã {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="230" />
        <source>Library card</source>
        <translation>Thẻ thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="255" />
        <source>Books: put on the pad</source>
        <translation>Sách: đặt lên bàn đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="203" />
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="414" />
        <source>Library system: reconnect (online)</source>
        <translation>Hệ thống thư viện: kết nối lại (trực tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>Thẻ My Number (ảo, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="224" />
        <source>Take the card away</source>
        <translation>Lấy thẻ ra</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="246" />
        <source>barcode (library card or book)</source>
        <translation>mã vạch (thẻ thư viện hoặc sách)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="247" />
        <source>Scan barcode</source>
        <translation>Quét mã vạch</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="270" />
        <source>item identifier on the RFID tag</source>
        <translation>mã tài liệu trên thẻ RFID</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="271" />
        <source>Put on the pad</source>
        <translation>Đặt lên bàn đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="278" />
        <source>Take everything off the pad</source>
        <translation>Lấy mọi thứ ra khỏi bàn đọc</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="208" />
        <location filename="../../ui/demo.py" line="416" />
        <source>Library system: cut the link (offline)</source>
        <translation>Hệ thống thư viện: ngắt kết nối (ngoại tuyến)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="340" />
        <source>Placing the card…</source>
        <translation>Đang đặt thẻ…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="345" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>Không có đầu đọc ảo: pcscd với vsmartcard-vpcd có đang chạy không?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="348" />
        <source>The card is on the reader.</source>
        <translation>Thẻ đã ở trên đầu đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="354" />
        <source>The card was taken away.</source>
        <translation>Đã lấy thẻ ra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="431" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Giao dịch bị từ chối (chờ nhân viên xử lý): %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Check the validation link now</source>
        <translation>Kiểm tra ngay dịch vụ xác thực chứng thư</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready, loans to renew</source>
        <translation>Có sách đặt trước, có sách để gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="28" />
        <source>Returning…</source>
        <translation>Đang trả…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="30" />
        <source>Returned. Thank you!</source>
        <translation>Đã trả. Xin cảm ơn!</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>Đã trả. Tài liệu này đã có người đặt trước: vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="34" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>Đã trả. Tài liệu thuộc thư viện khác: vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="35" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>Đã trả. Vui lòng nộp tài liệu này tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="36" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>Không khôi phục được tem an ninh: vui lòng mang đến quầy trước khi ra về.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="39" />
        <source>Returned. Please take it to the counter.</source>
        <translation>Đã trả. Vui lòng mang đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="41" />
        <source>(goes to: {where})</source>
        <translation>(chuyển đến: {where})</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="44" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>Chưa trả được: không kết nối được hệ thống thư viện. Vui lòng dùng hộp trả sách hoặc quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="50" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>Chưa trả được: tài liệu này không đang được mượn. Vui lòng để lại tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="51" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>Chưa trả được. Vui lòng mang tài liệu này đến quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Due back {date} · overdue</source>
        <translation>Hạn trả {date} · quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="58" />
        <source>Due back {date}</source>
        <translation>Hạn trả {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="63" />
        <source>Renewing…</source>
        <translation>Đang gia hạn…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="65" />
        <source>Renewed · new due date {date}</source>
        <translation>Đã gia hạn · hạn trả mới {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="70" />
        <source>Not renewed: {why}</source>
        <translation>Không gia hạn được: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="72" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>Không rõ đã gia hạn chưa: vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="74" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>Không gia hạn được: không kết nối được hệ thống thư viện.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="75" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>Không gia hạn được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <location filename="../../ui/service_screens.py" line="123" />
        <source>Return books</source>
        <translation>Trả sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="124" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>Đặt sách lên bàn đọc, hoặc quét mã vạch từng cuốn.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="125" />
        <source>The books you return will appear here.</source>
        <translation>Sách bạn trả sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="126" />
        <location filename="../../ui/service_screens.py" line="199" />
        <location filename="../../ui/service_screens.py" line="295" />
        <source>Back to borrowing</source>
        <translation>Quay lại mượn sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="194" />
        <source>Renew your loans</source>
        <translation>Gia hạn tài liệu đang mượn</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="195" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>Chạm vào một cuốn rồi nhấn "Gia hạn cuốn này". Hoặc gia hạn tất cả cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="196" />
        <source>You have no loans to renew.</source>
        <translation>Bạn không có tài liệu nào để gia hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="197" />
        <source>Renew this book</source>
        <translation>Gia hạn cuốn này</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="198" />
        <source>Renew all</source>
        <translation>Gia hạn tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="228" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>Hiện không đọc được danh sách mượn của bạn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="231" />
        <location filename="../../ui/service_screens.py" line="326" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>Một số thông tin không đọc được. Nhân viên tại quầy có thể cho bạn biết thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <location filename="../../ui/service_screens.py" line="294" />
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="318" />
        <source>Collect at: {place}</source>
        <translation>Nhận tại: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="320" />
        <source>Kept until {date}</source>
        <translation>Giữ đến {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="323" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>Hiện không đọc được tài khoản của bạn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="377" />
        <source>How many books did you put on the pad?</source>
        <translation>Bạn đã đặt bao nhiêu cuốn lên bàn đọc?</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="379" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>Chỉ đếm những cuốn bạn muốn mượn bây giờ, nhập số rồi nhấn Xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="430" />
        <source>The number of books does not match</source>
        <translation>Số sách không khớp</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="432" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>Vui lòng trải sách ra trên bàn đọc để không chồng lên nhau, rồi nhấn "Kiểm tra lại".</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="438" />
        <source>Type the number again</source>
        <translation>Nhập lại số sách</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="439" />
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="446" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>Bạn đã nhập {said}; bàn đọc đọc được {read}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="122" />
        <source>Return books (no card needed)</source>
        <translation>Trả sách (không cần thẻ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="161" />
        <source>Looking up your account…</source>
        <translation>Đang tra cứu tài khoản của bạn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="164" />
        <source>Reading the books on the pad…</source>
        <translation>Đang đọc sách trên bàn đọc…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="165" />
        <source>Please do not move the books.</source>
        <translation>Vui lòng không di chuyển sách.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="337" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>Còn sách trên bàn đọc chưa đếm: nhập số sách</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Renew loans</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="46" />
        <source>Collect them at: {places}</source>
        <translation>Nhận tại: {places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="303" />
        <source>Items out: %n</source>
        <translation><numerusform>Đang mượn: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="305" />
        <source>(overdue: %n)</source>
        <translation><numerusform>(quá hạn: %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="313" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>Tài liệu đặt trước sẵn sàng: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="44" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>Có %n tài liệu đặt trước đang chờ bạn.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="109" />
        <source>another branch's</source>
        <translation>của thư viện khác</translation>
    </message>
</context>
</TS>
