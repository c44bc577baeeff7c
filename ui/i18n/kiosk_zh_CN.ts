<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../bookmobile.py" line="44" />
        <source>Sync now (F5)</source>
        <translation>立即同步 (F5)</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="61" />
        <location filename="../maintenance_ui.py" line="310" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="68" />
        <location filename="../maintenance_ui.py" line="317" />
        <source>Sync failed: {code}</source>
        <translation>同步失败: {code}</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="70" />
        <location filename="../maintenance_ui.py" line="321" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>已发送 {sent}，被拒绝 {refused}，剩余 {left}。</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="83" />
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="85" />
        <location filename="../maintenance_ui.py" line="299" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="85" />
        <location filename="../maintenance_ui.py" line="299" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookmobile.py" line="86" />
        <location filename="../maintenance_ui.py" line="300" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>待发送的借阅: %n 笔</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115" />
        <location filename="../main_window.py" line="219" />
        <source>Library self-checkout</source>
        <translation>图书馆自助借书机</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="236" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>您还在吗？本次操作将在 %n 秒后结束。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="65" />
        <source>Maintenance: technician passcode</source>
        <translation>维护模式: 技术人员密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="107" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>密码错误次数过多，已锁定。请在 %n 秒后重试。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="110" />
        <source>No technician passcode is configured.</source>
        <translation>尚未设置技术人员密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="113" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>密码错误。再错 %n 次将被锁定。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="217" />
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="218" />
        <source>Leave maintenance</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="221" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="222" />
        <source>Queue</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="223" />
        <source>Self-tests</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="224" />
        <source>Configuration</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="225" />
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="230" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="230" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="230" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="232" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="233" />
        <source>Refused on replay (for staff):</source>
        <translation>重新发送时被拒绝 (工作人员用):</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="234" />
        <source>Print a test receipt</source>
        <translation>打印测试小票</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="235" />
        <source>Read a tag on the pad</source>
        <translation>读取感应板上的标签</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="236" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>读取卡的密码剩余次数 (无需密码)</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="237" />
        <source>Export diagnostic bundle</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="297" />
        <source>No offline queue is connected.</source>
        <translation>未连接离线队列。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="332" />
        <source>Not available on this kiosk.</source>
        <translation>本机不可用。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="334" />
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="356" />
        <source>Writing the bundle…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="362" />
        <source>Could not write the bundle: {code}</source>
        <translation>无法写入诊断信息: {code}</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="367" />
        <source>Bundle written: {path}</source>
        <translation>诊断信息已写入: {path}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33" />
        <source>Your card's PIN is locked</source>
        <translation>您的卡密码已被锁定</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>由于密码多次输入错误，为保护您的安全，卡已被锁定。图书馆无法解锁。请携带此卡到您所在的市区町村政府窗口重新设置密码。在此之前，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41" />
        <source>This card's certificate cannot be used</source>
        <translation>此卡的电子证书无法使用</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>您卡上的电子证书已失效。请到您所在的市区町村政府窗口咨询。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48" />
        <source>The certificate on your card has expired</source>
        <translation>您卡上的电子证书已过期</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>请到您所在的市区町村政府窗口更新电子证书。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55" />
        <source>This card is not registered with the library yet</source>
        <translation>此卡尚未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>如需使用个人编号卡借书，请在图书馆服务台登记一次。请携带此卡，只需几分钟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62" />
        <source>This card cannot be used here</source>
        <translation>此卡无法在这里使用</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>请使用个人编号卡或图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65" />
        <source>The card could not be read</source>
        <translation>无法读取此卡</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>请将卡重新放在读卡器上，并保持不动，直到出现密码画面。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71" />
        <source>Your card cannot be checked right now</source>
        <translation>目前无法确认您的卡</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>无法连接确认个人编号卡的服务。请稍后再试，或使用图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78" />
        <source>Borrowing is paused on your library account</source>
        <translation>您的账户暂时无法借书</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>请到服务台咨询，工作人员会乐意帮助您。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81" />
        <source>Your library registration has expired</source>
        <translation>您的读者登记已过期</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>请到服务台办理更新，并携带能证明住址的证件。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84" />
        <source>You have reached your borrowing limit</source>
        <translation>您已达到借书上限</translation>
    </message>
    <message>
        <location filename="../messages.py" line="85" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>请先归还部分资料，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="87" />
        <source>There is something to settle on your account</source>
        <translation>您的账户有需要处理的事项</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88" />
        <source>Please ask at the counter.</source>
        <translation>请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="90" />
        <source>This library card was not recognised</source>
        <translation>无法识别此借书证</translation>
    </message>
    <message>
        <location filename="../messages.py" line="91" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>请检查借书证，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="93" />
        <source>The library system cannot be reached</source>
        <translation>无法连接图书馆系统</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>请稍后再试，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96" />
        <source>Sorry, that did not work</source>
        <translation>抱歉，操作未成功</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>请咨询工作人员，并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104" />
        <source>Checking…</source>
        <translation>确认中…</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108" />
        <source>Lent · due back {date} (recorded offline)</source>
        <translation>已借出 · 归还期限 {date} (离线记录)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109" />
        <source>Lent · due back {date}</source>
        <translation>已借出 · 归还期限 {date}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="114" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>未借出: 已被他人预约。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>未借出: 此资料仅限馆内使用。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>未借出: 请将此资料拿到服务台。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120" />
        <source>Please put this item on the pad and scan it again.</source>
        <translation>请将此资料放在感应板上，再扫描一次。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>未借出: 已达到离线借阅上限。请在恢复在线后再借。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>未借出: 无法连接图书馆系统。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>未借出。请到服务台咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../messages.py" line="131" />
        <source>Tries left: %n</source>
        <translation><numerusform>剩余次数: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="84" />
        <source>Welcome! Borrow books here.</source>
        <translation>欢迎！在这里借书。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="85" />
        <source>Place your My Number Card on the reader</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <location filename="../screens.py" line="86" />
        <source>Or scan the barcode of your library card</source>
        <translation>或扫描图书馆借书证的条形码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="87" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>请在下方选择语言。如有疑问，请咨询服务台工作人员。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="113" />
        <source>Reading your card…</source>
        <translation>正在读取您的卡…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="114" />
        <location filename="../screens.py" line="117" />
        <source>Please leave the card on the reader.</source>
        <translation>请不要移开读卡器上的卡。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="116" />
        <source>Checking your PIN…</source>
        <translation>正在确认密码…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="119" />
        <source>Checking with the library…</source>
        <translation>正在与图书馆确认…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="120" />
        <location filename="../screens.py" line="126" />
        <source>This takes a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="122" />
        <source>Printing your receipt…</source>
        <translation>正在打印小票…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="123" />
        <source>Please take it from the slot below.</source>
        <translation>请从下方出口取走。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="125" />
        <source>Finishing…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="160" />
        <source>Only one try left</source>
        <translation>只剩最后一次机会</translation>
    </message>
    <message>
        <location filename="../screens.py" line="162" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>如果再输错一次，卡将被锁定，只能在市区町村政府窗口重新设置。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="165" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>如果不确定密码，请按“取消”，并到市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="167" />
        <location filename="../widgets.py" line="99" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens.py" line="168" />
        <source>I understand, enter PIN</source>
        <translation>我明白了，输入密码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="204" />
        <source>Enter your 4-digit PIN</source>
        <translation>请输入4位数密码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="206" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>即您为卡设置的用户认证用（利用者証明用）密码。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="218" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最后一次: 输错将锁定此卡。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="220" />
        <source>That PIN was not right. Please try again.</source>
        <translation>密码不正确。请重新输入。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="262" />
        <source>Put your books on the pad</source>
        <translation>请将书放在感应板上</translation>
    </message>
    <message>
        <location filename="../screens.py" line="263" />
        <source>You can also scan the barcode on the back of each book.</source>
        <translation>也可以扫描书背面的条形码。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="264" />
        <source>Your books will appear here.</source>
        <translation>您的书将显示在这里。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="265" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../screens.py" line="273" />
        <source>Item</source>
        <translation>资料</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="282" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>已借: %n 册</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="321" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>需要打印写有归还期限的小票吗？</translation>
    </message>
    <message>
        <location filename="../screens.py" line="322" />
        <source>Yes, print a receipt</source>
        <translation>是，打印小票</translation>
    </message>
    <message>
        <location filename="../screens.py" line="323" />
        <source>No, thank you</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="329" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>您借了 %n 册</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="367" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../screens.py" line="378" />
        <source>Code for staff: {code}</source>
        <translation>工作人员用代码: {code}</translation>
    </message>
    <message>
        <location filename="../screens.py" line="409" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>谢谢！祝您阅读愉快。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="410" />
        <source>Please take your card and your books with you.</source>
        <translation>请别忘了带走您的卡和书。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="411" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets.py" line="51" />
        <source>%n of 4 digits entered</source>
        <extracomment>language codes and their names in their own language (never translated)</extracomment>
        <translation><numerusform>已输入 %n 位（共4位）</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="100" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="101" />
        <source>Enter</source>
        <translation>确定</translation>
    </message>
</context>
</TS>