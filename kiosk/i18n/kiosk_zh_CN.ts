<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="49" />
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>离线：借阅已记录，稍后发送至图书馆</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="105" />
        <location filename="../../ui/maintenance_ui.py" line="383" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="111" />
        <location filename="../../ui/maintenance_ui.py" line="390" />
        <source>Sync failed: {code}</source>
        <translation>同步失败：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="394" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>已发送{sent}笔，被拒绝{refused}笔，剩余{left}笔。</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="358" />
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="360" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="362" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="81" />
        <location filename="../../ui/maintenance_ui.py" line="344" />
        <location filename="../../ui/maintenance_ui.py" line="363" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>待发送的借阅：%n笔</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Staff have been called</source>
        <translation>已通知工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>请在此稍候，工作人员马上就来。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Please ask at the counter</source>
        <translation>请到服务台咨询</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Staff there are happy to help.</source>
        <translation>服务台的工作人员会乐意帮助您。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Library self-checkout</source>
        <translation>图书馆自助借书机</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="433" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>您还在吗？本次操作将在%n秒后结束。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>维护模式：技术人员密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>密码错误次数过多，已锁定。请在%n秒后重试。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>尚未设置技术人员密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>密码错误。再错%n次将被锁定。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="239" />
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="240" />
        <source>Leave maintenance</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="243" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="244" />
        <source>Queue</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="245" />
        <source>Self-tests</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="246" />
        <source>Configuration</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="247" />
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="253" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="254" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="255" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="256" />
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Refused on replay (for staff):</source>
        <translation>重新发送时被拒绝（工作人员用）：</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="261" />
        <source>Print a test receipt</source>
        <translation>打印测试小票</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="262" />
        <source>Read a tag on the pad</source>
        <translation>读取感应板上的标签</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>读取卡的密码剩余次数（无需密码）</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Export diagnostic bundle</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="341" />
        <source>No offline queue is connected.</source>
        <translation>未连接离线队列。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="405" />
        <source>Not available on this kiosk.</source>
        <translation>本机不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="430" />
        <source>Writing the bundle…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="436" />
        <source>Could not write the bundle: {code}</source>
        <translation>无法写入诊断信息：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="441" />
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
        <location filename="../reasons.py" line="186" />
        <source>Sorry, that did not work</source>
        <translation>抱歉，操作未成功</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>请咨询工作人员，并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="195" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>请把这本书放在感应板上，读取后即可借出。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="196" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>此资料已借给您，可以直接带走。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>The certificate was checked.</source>
        <translation>证书已确认。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="208" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>此卡的用户身份验证用电子证书已被吊销，因此无法使用。请到您所在的市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="213" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>无法确认此卡的电子证书。请告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="216" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>目前无法确认电子证书的有效性。请稍后再试或使用图书馆借书证，并告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="221" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>本机目前无法确认个人编号卡。请使用图书馆借书证，或告知工作人员。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="226" />
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
        <source>Due back {date}</source>
        <translation>归还期限 {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="192" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>未借出：已被他人预约。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>未借出：此资料仅限馆内使用。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>未借出：请将此资料拿到服务台。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="197" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>未借出：已达到离线借阅上限。请在恢复在线后再借。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>未借出：无法连接图书馆系统。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>未借出。请到服务台咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>剩余次数：%n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="103" />
        <source>Welcome! Borrow books here.</source>
        <translation>欢迎！在这里借书。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="104" />
        <source>Place your My Number Card on the reader</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="105" />
        <source>Or scan the barcode of your library card</source>
        <translation>或扫描图书馆借书证的条形码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="106" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>请在下方选择语言。如有疑问，请咨询服务台工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="132" />
        <source>Reading your card…</source>
        <translation>正在读取您的卡…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="133" />
        <location filename="../../ui/screens.py" line="136" />
        <source>Please leave the card on the reader.</source>
        <translation>请不要移开读卡器上的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="135" />
        <source>Checking your PIN…</source>
        <translation>正在确认密码…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Checking with the library…</source>
        <translation>正在与图书馆确认…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="139" />
        <location filename="../../ui/screens.py" line="145" />
        <source>This takes a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Printing your receipt…</source>
        <translation>正在打印小票…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="142" />
        <source>Please take it from the slot below.</source>
        <translation>请从下方出口取走。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="144" />
        <source>Finishing…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="179" />
        <source>Only one try left</source>
        <translation>只剩最后一次机会</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="181" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>如果再输错一次，卡将被锁定，只能在市区町村政府窗口重新设置。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>如果不确定密码，请按“取消”，并到市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>I understand, enter PIN</source>
        <translation>我明白了，输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="224" />
        <source>Enter your library card password</source>
        <translation>请输入借书证密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="225" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>即您在图书馆登记的4位数密码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="227" />
        <source>Enter your 4-digit PIN</source>
        <translation>请输入4位数密码</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="229" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>即您为卡设置的用户认证用（利用者証明用）密码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="245" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最后一次：输错将锁定此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>That PIN was not right. Please try again.</source>
        <translation>密码不正确。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <source>Put your books on the pad</source>
        <translation>请将书放在感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>感应板读取后，书会显示在下方。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="342" />
        <source>Borrow these too</source>
        <translation>这些也借</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="488" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n册资料未能借出。请拿到服务台，工作人员会为您处理。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="577" />
        <source>Nothing was lent this time</source>
        <translation>本次没有借出资料</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="578" />
        <location filename="../../ui/screens.py" line="581" />
        <source>Please take your card with you.</source>
        <translation>请别忘了带走您的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="580" />
        <source>Thank you for coming</source>
        <translation>感谢您的光临</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <source>Your books will appear here.</source>
        <translation>您的书将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="341" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="368" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>已借：%n册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="370" />
        <source>Not lent: %n</source>
        <translation><numerusform>未借出：%n册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="374" />
        <source>Reserved books waiting for you at the counter: %n</source>
        <translation><numerusform>您预约的资料已在服务台等您：%n册</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="378" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>开始前感应板上已有%n册资料。如果是您的，请在此借阅，或拿起后重新放下。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>这是借书证。您已登录，请把书放在感应板上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="405" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>成套资料不完整：请把所有部分都放在感应板上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>需要打印写有归还期限的小票吗？</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="460" />
        <source>Yes, print a receipt</source>
        <translation>是，打印小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="461" />
        <source>No, thank you</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="467" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>您借了%n册</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <location filename="../../ui/screens.py" line="517" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="79" />
        <location filename="../../ui/screens.py" line="531" />
        <source>Code for staff: {code}</source>
        <translation>工作人员用代码：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="574" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>谢谢！祝您阅读愉快。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="575" />
        <source>Please take your card and your books with you.</source>
        <translation>请别忘了带走您的卡和书。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="568" />
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
        <location filename="../../ui/demo.py" line="118" />
        <location filename="../../ui/demo.py" line="292" />
        <source>Receipt preview</source>
        <translation>小票预览</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="171" />
        <source>Demo control panel</source>
        <translation>演示控制面板</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="408" />
        <source>A receipt was printed (below).</source>
        <translation>已打印小票（见下方）。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="76" />
        <location filename="../../ui/demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>可以借阅</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="77" />
        <source>One PIN try left</source>
        <translation>密码仅剩1次</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="78" />
        <source>Patron blocked</source>
        <translation>读者已被停用</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <source>PIN locked</source>
        <translation>密码已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>Not registered</source>
        <translation>未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Certificate revoked</source>
        <translation>证书已吊销</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="91" />
        <source>Registration expired</source>
        <translation>登记已过期</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>已达借阅上限</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready</source>
        <translation>有预约资料</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="103" />
        <source>library use only</source>
        <translation>仅限馆内使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="105" />
        <source>set of %n</source>
        <translation><numerusform>%n册一套</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="107" />
        <source>reserved</source>
        <translation>他人已预约</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="119" />
        <source>No receipt printed yet.</source>
        <translation>尚未打印小票。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="188" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>试用方法：放上“可以借阅”卡，在自助机上输入密码 1234，把书放到感应板上，然后按“结束”。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="194" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>维护模式：连续点击图书馆名称5次或按 Ctrl+Alt+M，口令 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="228" />
        <source>Library card</source>
        <translation>图书馆借书证</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="253" />
        <source>Books: put on the pad</source>
        <translation>图书：放到感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="201" />
        <source>Ready.</source>
        <translation>已就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="413" />
        <source>Library system: reconnect (online)</source>
        <translation>图书馆系统：重新连接（在线）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="211" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>个人编号卡（虚拟，密码 1234）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="222" />
        <source>Take the card away</source>
        <translation>拿走卡</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="244" />
        <source>barcode (library card or book)</source>
        <translation>条形码（借书证或书）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="245" />
        <source>Scan barcode</source>
        <translation>扫描条形码</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="268" />
        <source>item identifier on the RFID tag</source>
        <translation>RFID 标签上的资料编号</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="269" />
        <source>Put on the pad</source>
        <translation>放在感应板上</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="276" />
        <source>Take everything off the pad</source>
        <translation>拿走感应板上的所有东西</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <location filename="../../ui/demo.py" line="415" />
        <source>Library system: cut the link (offline)</source>
        <translation>图书馆系统：断开连接（离线）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="338" />
        <source>Placing the card…</source>
        <translation>正在放置卡…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="343" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>没有虚拟读卡器：pcscd 和 vsmartcard-vpcd 在运行吗？</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="346" />
        <source>The card is on the reader.</source>
        <translation>卡已放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="352" />
        <source>The card was taken away.</source>
        <translation>卡已拿走。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="365" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>被拒绝（需工作人员处理）：%n笔</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Check the validation link now</source>
        <translation>立即检查证书验证服务</translation>
    </message>
</context>
</TS>
