<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="51" />
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="78" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>离线：借阅已记录，稍后发送至图书馆</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="88" />
        <source>They cannot be sent for now</source>
        <translation>暂时无法发送</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="654" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="118" />
        <location filename="../../ui/maintenance_ui.py" line="661" />
        <source>Sync failed: {code}</source>
        <translation>同步失败：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="119" />
        <location filename="../../ui/maintenance_ui.py" line="665" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>已发送{sent}笔，被拒绝{refused}笔，剩余{left}笔。</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="629" />
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="631" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="633" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="86" />
        <location filename="../../ui/maintenance_ui.py" line="576" />
        <location filename="../../ui/maintenance_ui.py" line="634" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>待发送的借阅：%n笔</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Staff have been called</source>
        <translation>已通知工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>请在此稍候，工作人员马上就来。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Please ask at the counter</source>
        <translation>请到服务台咨询</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Staff there are happy to help.</source>
        <translation>服务台的工作人员会乐意帮助您。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <location filename="../../ui/main_window.py" line="446" />
        <source>Library self-checkout</source>
        <translation>图书馆自助借书机</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="470" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>您还在吗？本次操作将在%n秒后结束。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="77" />
        <source>Maintenance: technician passcode</source>
        <translation>维护模式：技术人员密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="119" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>密码错误次数过多，已锁定。请在%n秒后重试。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="122" />
        <source>No technician passcode is configured.</source>
        <translation>尚未设置技术人员密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="125" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>密码错误。再错%n次将被锁定。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="462" />
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="463" />
        <source>Leave maintenance</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="466" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="467" />
        <source>Queue</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="468" />
        <source>Self-tests</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="469" />
        <source>Configuration</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="470" />
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="483" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="484" />
        <source>Refused on replay (for staff):</source>
        <translation>重新发送时被拒绝（工作人员用）：</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="490" />
        <source>Print a test receipt</source>
        <translation>打印测试小票</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="491" />
        <source>Read a tag on the pad</source>
        <translation>读取感应板上的标签</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="492" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>读取卡的密码剩余次数（无需密码）</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="494" />
        <source>Export diagnostic bundle</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="573" />
        <source>No offline queue is connected.</source>
        <translation>未连接离线队列。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="678" />
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="701" />
        <source>Writing the bundle…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="707" />
        <source>Could not write the bundle: {code}</source>
        <translation>无法写入诊断信息：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="712" />
        <source>Bundle written: {path}</source>
        <translation>诊断信息已写入：{path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>您的卡密码已被锁定</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>由于密码多次输入错误，为保护您的安全，卡已被锁定。图书馆无法解锁。请携带此卡到您所在的市区町村政府窗口重新设置密码。在此之前，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>此卡的电子证书无法使用</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>您卡上的电子证书已失效。请到您所在的市区町村政府窗口咨询。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>您卡上的电子证书已过期</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>请到您所在的市区町村政府窗口更新电子证书。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>此卡尚未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>如需使用个人编号卡借书，请在图书馆服务台登记一次。请携带此卡，只需几分钟。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>此卡无法在这里使用</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>请使用个人编号卡或图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>无法读取此卡</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>请将卡重新放在读卡器上，并保持不动，直到出现密码画面。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>目前无法确认您的卡</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>无法连接确认个人编号卡的服务。请稍后再试，或使用图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>本机目前无法确认个人编号卡。请使用图书馆借书证，或咨询工作人员并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>密码不正确</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>请重新扫描借书证并再次输入密码，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>您的账户暂时无法借书</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>请到服务台咨询，工作人员会乐意帮助您。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>您的读者登记已过期</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>请到服务台办理更新，并携带能证明住址的证件。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>您已达到借书上限</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>请先归还部分资料，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>您的账户有需要处理的事项</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>无法识别此借书证</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>请检查借书证，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>无法连接图书馆系统</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>请稍后再试，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Sorry, that did not work</source>
        <translation>抱歉，操作未成功</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>请咨询工作人员，并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="202" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>请把这本书放在感应板上，读取后即可借出。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>此资料已借给您，可以直接带走。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The certificate was checked.</source>
        <translation>证书已确认。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="215" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>此卡的用户身份验证用电子证书已被吊销，因此无法使用。请到您所在的市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="220" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>无法确认此卡的电子证书。请告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="223" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>目前无法确认电子证书的有效性。请稍后再试或使用图书馆借书证，并告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="228" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>本机目前无法确认个人编号卡。请使用图书馆借书证，或告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="233" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>本机目前无法确认电子证书的有效性。请使用图书馆借书证，或告知工作人员（请出示屏幕上的代码）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>资料编号 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>确认中…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>归还期限 {date}（离线借阅：稍后发送至图书馆）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <location filename="../../ui/service_screens.py" line="47" />
        <source>Due back {date}</source>
        <translation>归还期限 {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="199" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>未借出：已被他人预约。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>未借出：此资料仅限馆内使用。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="201" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>未借出：请将此资料拿到服务台。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="204" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>未借出：已达到离线借阅上限。请在恢复在线后再借。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>未借出：无法连接图书馆系统。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="210" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>未借出。请到服务台咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>剩余次数：%n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Welcome! Borrow books here.</source>
        <translation>欢迎！在这里借书。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="143" />
        <source>Place your My Number Card on the reader</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="145" />
        <source>Or scan the barcode of your library card</source>
        <translation>或扫描图书馆借书证的条形码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>请在下方选择语言。如有疑问，请咨询服务台工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="177" />
        <source>Reading your card…</source>
        <translation>正在读取您的卡…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="178" />
        <location filename="../../ui/screens.py" line="181" />
        <source>Please leave the card on the reader.</source>
        <translation>请不要移开读卡器上的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="180" />
        <source>Checking your PIN…</source>
        <translation>正在确认密码…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="183" />
        <source>Checking with the library…</source>
        <translation>正在与图书馆确认…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <location filename="../../ui/screens.py" line="190" />
        <location filename="../../ui/screens.py" line="196" />
        <source>This takes a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>Printing your receipt…</source>
        <translation>正在打印小票…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>Please take it from the slot below.</source>
        <translation>请从下方出口取走。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="195" />
        <source>Finishing…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="230" />
        <source>Only one try left</source>
        <translation>只剩最后一次机会</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="232" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>如果再输错一次，卡将被锁定，只能在市区町村政府窗口重新设置。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="235" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>如果不确定密码，请按“取消”，并到市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="237" />
        <location filename="../../ui/service_screens.py" line="448" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="238" />
        <source>I understand, enter PIN</source>
        <translation>我明白了，输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="275" />
        <source>Enter your library card password</source>
        <translation>请输入借书证密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="276" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>即您在图书馆登记的4位数密码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="278" />
        <source>Enter your 4-digit PIN</source>
        <translation>请输入4位数密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="280" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>即您为卡设置的用户认证用（利用者証明用）密码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="296" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最后一次：输错将锁定此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="298" />
        <source>That PIN was not right. Please try again.</source>
        <translation>密码不正确。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="386" />
        <source>Put your books on the pad</source>
        <translation>请将书放在感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="387" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>感应板读取后，书会显示在下方。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="390" />
        <source>Borrow these too</source>
        <translation>这些也借</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="537" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n册资料未能借出。请拿到服务台，工作人员会为您处理。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="628" />
        <source>Nothing was lent this time</source>
        <translation>本次没有借出资料</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="629" />
        <location filename="../../ui/screens.py" line="632" />
        <source>Please take your card with you.</source>
        <translation>请别忘了带走您的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="631" />
        <source>Thank you for coming</source>
        <translation>感谢您的光临</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>Your books will appear here.</source>
        <translation>您的书将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="389" />
        <location filename="../../ui/service_screens.py" line="119" />
        <location filename="../../ui/service_screens.py" line="206" />
        <location filename="../../ui/service_screens.py" line="300" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>已借：%n册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="422" />
        <source>Not lent: %n</source>
        <translation><numerusform>未借出：%n册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="432" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>开始前感应板上已有%n册资料。如果是您的，请在此借阅，或拿起后重新放下。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="442" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>这是借书证。您已登录，请把书放在感应板上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>成套资料不完整：请把所有部分都放在感应板上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="508" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>需要打印写有归还期限的小票吗？</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="509" />
        <source>Yes, print a receipt</source>
        <translation>是，打印小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="510" />
        <source>No, thank you</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="516" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>您借了%n册</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <location filename="../../ui/screens.py" line="566" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="84" />
        <location filename="../../ui/screens.py" line="580" />
        <source>Code for staff: {code}</source>
        <translation>工作人员用代码：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="625" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>谢谢！祝您阅读愉快。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="626" />
        <source>Please take your card and your books with you.</source>
        <translation>请别忘了带走您的卡和书。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="617" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>已输入%n位（共4位）</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="123" />
        <location filename="../../ui/demo.py" line="306" />
        <source>Receipt preview</source>
        <translation>小票预览</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="183" />
        <source>Demo control panel</source>
        <translation>演示控制面板</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="468" />
        <source>A receipt was printed (below).</source>
        <translation>已打印小票（见下方）。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <location filename="../../ui/demo.py" line="92" />
        <source>Ready to borrow</source>
        <translation>可以借阅</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>One PIN try left</source>
        <translation>密码仅剩1次</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Patron blocked</source>
        <translation>读者已被停用</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>PIN locked</source>
        <translation>密码已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="83" />
        <source>Not registered</source>
        <translation>未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="84" />
        <source>Certificate revoked</source>
        <translation>证书已吊销</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="85" />
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Card reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="94" />
        <source>Registration expired</source>
        <translation>登记已过期</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="95" />
        <source>At the loan limit</source>
        <translation>已达借阅上限</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="106" />
        <source>library use only</source>
        <translation>仅限馆内使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="108" />
        <source>set of %n</source>
        <translation><numerusform>%n册一套</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="110" />
        <source>reserved</source>
        <translation>他人已预约</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="124" />
        <source>No receipt printed yet.</source>
        <translation>尚未打印小票。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="200" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>试用方法：放上“可以借阅”卡，在自助机上输入密码 1234，把书放到感应板上，然后按“结束”。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>维护模式：连续点击图书馆名称5次或按 Ctrl+Alt+M，口令 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="240" />
        <source>Library card</source>
        <translation>图书馆借书证</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="265" />
        <source>Books: put on the pad</source>
        <translation>图书：放到感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>Ready.</source>
        <translation>已就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="473" />
        <source>Library system: reconnect (online)</source>
        <translation>图书馆系统：重新连接（在线）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="223" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>个人编号卡（虚拟，密码 1234）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="234" />
        <source>Take the card away</source>
        <translation>拿走卡</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="256" />
        <source>barcode (library card or book)</source>
        <translation>条形码（借书证或书）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="257" />
        <source>Scan barcode</source>
        <translation>扫描条形码</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="280" />
        <source>item identifier on the RFID tag</source>
        <translation>RFID 标签上的资料编号</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="281" />
        <source>Put on the pad</source>
        <translation>放在感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="288" />
        <source>Take everything off the pad</source>
        <translation>拿走感应板上的所有东西</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="218" />
        <location filename="../../ui/demo.py" line="475" />
        <source>Library system: cut the link (offline)</source>
        <translation>图书馆系统：断开连接（离线）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="396" />
        <source>Placing the card…</source>
        <translation>正在放置卡…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="404" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>没有虚拟读卡器：pcscd 和 vsmartcard-vpcd 在运行吗？</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="407" />
        <source>The card is on the reader.</source>
        <translation>卡已放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="412" />
        <source>The card was taken away.</source>
        <translation>卡已拿走。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="636" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>被拒绝（需工作人员处理）：%n笔</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="493" />
        <source>Check the validation link now</source>
        <translation>立即检查证书验证服务</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="486" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>请在服务台确认（图书馆系统无法确认的借阅）：</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="488" />
        <source>It is lent</source>
        <translation>已借出</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="489" />
        <source>Not lent: send it</source>
        <translation>未借出：发送</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="607" />
        <source>Could not record it: {code}</source>
        <translation>无法记录：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="610" />
        <source>Recorded: the library system has this loan.</source>
        <translation>已记录：图书馆系统中有这笔借阅。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="612" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>已记录：这笔借阅将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>The number of books did not match</source>
        <translation>册数不一致</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>请把书拿到服务台，工作人员会为您办理借阅。这些书尚未借出。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="67" />
        <source>Item</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="96" />
        <source>Holds ready, loans to renew</source>
        <translation>有预约资料・有可续借的资料</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returning…</source>
        <translation>正在归还…</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="15" />
        <source>Returned. Thank you!</source>
        <translation>已归还。谢谢！</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="16" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>已归还。此资料已被预约，请交到服务台。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="17" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>已归还。此资料属于其他馆，请交到服务台。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="18" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>已归还。请将此资料交到服务台。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="19" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>防盗标签未能恢复，离开前请交到服务台。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="22" />
        <source>Returned. Please take it to the counter.</source>
        <translation>已归还。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="37" />
        <source>(goes to: {where})</source>
        <translation>（去向：{where}）</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="23" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>未能归还：无法连接图书馆系统。请使用还书箱或到服务台办理。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="26" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>未能归还：此资料不在借出状态。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="29" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>未能归还。请将此资料交到服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="46" />
        <source>Due back {date} · overdue</source>
        <translation>归还期限 {date}・已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="52" />
        <source>Renewing…</source>
        <translation>正在续借…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="54" />
        <source>Renewed · new due date {date}</source>
        <translation>已续借・新归还期限 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Not renewed: {why}</source>
        <translation>未能续借：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="59" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>无法确认是否已续借，请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="61" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>未能续借：无法连接图书馆系统。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="62" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>未能续借。请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="392" />
        <location filename="../../ui/service_screens.py" line="115" />
        <source>Return books</source>
        <translation>归还图书</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="116" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>请把要归还的书放在感应板上，或逐本扫描条形码。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="117" />
        <source>The books you return will appear here.</source>
        <translation>归还的图书会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="118" />
        <location filename="../../ui/service_screens.py" line="205" />
        <location filename="../../ui/service_screens.py" line="299" />
        <source>Back to borrowing</source>
        <translation>返回借阅</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="120" />
        <source>Return these too</source>
        <translation>这些也归还</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="128" />
        <source>%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put them back.</source>
        <translation><numerusform>开始前感应板上已有%n册资料。如果是您的，请在此归还，或拿起后重新放下。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="200" />
        <source>Renew your loans</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="201" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>请选择一本书，然后按“续借这本书”。也可以全部续借。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="202" />
        <source>You have no loans to renew.</source>
        <translation>没有可续借的资料。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="203" />
        <source>Renew this book</source>
        <translation>续借这本书</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="204" />
        <source>Renew all</source>
        <translation>全部续借</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="236" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>暂时无法读取您的借阅信息。请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="239" />
        <location filename="../../ui/service_screens.py" line="337" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>部分信息未能读取。详情请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="394" />
        <location filename="../../ui/service_screens.py" line="298" />
        <source>My account</source>
        <translation>我的借阅</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="322" />
        <source>Collect at: {place}</source>
        <translation>取书地点：{place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="325" />
        <source>Kept until {date}</source>
        <translation>保留至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="334" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>暂时无法读取您的借阅信息。请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="388" />
        <source>How many books did you put on the pad?</source>
        <translation>您在感应板上放了几本书？</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="390" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>请只数现在要借的书，输入册数后按“确定”。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="441" />
        <source>The number of books does not match</source>
        <translation>册数不一致</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="443" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>请把书在感应板上摊开，不要重叠，然后按“再次确认”。</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="449" />
        <source>Type the number again</source>
        <translation>重新输入册数</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="450" />
        <source>Check again</source>
        <translation>再次确认</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="457" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>您输入了 {said} 册，感应板读到 {read} 册。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <source>Return books (no card needed)</source>
        <translation>归还图书（无需借书证）</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="189" />
        <source>Looking up your account…</source>
        <translation>正在查询您的借阅信息…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="192" />
        <source>Reading the books on the pad…</source>
        <translation>正在读取感应板上的书…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Please do not move the books.</source>
        <translation>请不要移动书。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="391" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>感应板上还有未计数的书：输入册数</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="393" />
        <source>Renew loans</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="63" />
        <source>Collect them at: {places}</source>
        <translation>取书地点：{places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="307" />
        <source>Items out: %n</source>
        <translation><numerusform>借阅中：%n 册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="309" />
        <source>(overdue: %n)</source>
        <translation><numerusform>（逾期：%n 册）</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="317" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>可领取的预约资料：%n 册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="60" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>您预约的资料已到馆 %n 册。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="112" />
        <source>another branch's</source>
        <translation>其他馆的资料</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="281" />
        <source>Receipt</source>
        <translation>凭条</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="283" />
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>Large text by default</source>
        <translation>默认使用大字</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Always</source>
        <translation>总是打印</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="291" />
        <source>Never</source>
        <translation>不打印</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="295" />
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="323" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="330" />
        <source>Not saved:</source>
        <translation>未保存:</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="336" />
        <source>Saved. The kiosk uses them now.</source>
        <translation>已保存。本机立即使用这些设置。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="475" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>When and where</source>
        <translation>时间和位置</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Sorry, you cannot borrow here right now. Please ask at the counter.</source>
        <translation>很抱歉，目前无法在此借阅。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="147" />
        <source>Scan the barcode of your library card</source>
        <translation>请扫描借书证的条形码</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="325" />
        <source>Printer: paper out</source>
        <translation>打印机: 缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="326" />
        <source>Printer: cover open</source>
        <translation>打印机: 盖子打开</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="327" />
        <source>RFID pad unplugged</source>
        <translation>RFID 读写板已断开</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="328" />
        <source>Scanner unplugged</source>
        <translation>扫描器已断开</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="330" />
        <source>Card reader unplugged</source>
        <translation>读卡器已断开</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="332" />
        <source>Validation service down</source>
        <translation>验证服务停止</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="333" />
        <source>Faults (for technicians)</source>
        <translation>故障（供维护人员使用）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault set: {fault}</source>
        <translation>已设置故障: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault cleared: {fault}</source>
        <translation>已清除故障: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="401" />
        <source>The card reader is unplugged: plug it in first (Faults).</source>
        <translation>读卡器已断开: 请先连接（故障）。</translation>
    </message>
</context>
</TS>
