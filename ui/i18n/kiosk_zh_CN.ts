<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../bookmobile.py" line="39" />
        <source>Sync now (F5)</source>
        <translation>立即同步 (F5)</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="83" />
        <location filename="../maintenance_ui.py" line="366" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="89" />
        <location filename="../maintenance_ui.py" line="373" />
        <source>Sync failed: {code}</source>
        <translation>同步失败: {code}</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="90" />
        <location filename="../maintenance_ui.py" line="377" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>已发送 {sent}，被拒绝 {refused}，剩余 {left}。</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="64" />
        <location filename="../maintenance_ui.py" line="341" />
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="66" />
        <location filename="../maintenance_ui.py" line="332" />
        <location filename="../maintenance_ui.py" line="343" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="68" />
        <location filename="../maintenance_ui.py" line="332" />
        <location filename="../maintenance_ui.py" line="345" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookmobile.py" line="70" />
        <location filename="../maintenance_ui.py" line="333" />
        <location filename="../maintenance_ui.py" line="346" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>待发送的借阅: %n 笔</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <location filename="../main_window.py" line="283" />
        <source>Library self-checkout</source>
        <translation>图书馆自助借书机</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="307" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>您还在吗？本次操作将在 %n 秒后结束。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>维护模式: 技术人员密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>密码错误次数过多，已锁定。请在 %n 秒后重试。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>尚未设置技术人员密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>密码错误。再错 %n 次将被锁定。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="236" />
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="237" />
        <source>Leave maintenance</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="240" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="241" />
        <source>Queue</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="242" />
        <source>Self-tests</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="243" />
        <source>Configuration</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="244" />
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="251" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="252" />
        <source>Refused on replay (for staff):</source>
        <translation>重新发送时被拒绝 (工作人员用):</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="253" />
        <source>Print a test receipt</source>
        <translation>打印测试小票</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="254" />
        <source>Read a tag on the pad</source>
        <translation>读取感应板上的标签</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="255" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>读取卡的密码剩余次数 (无需密码)</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="257" />
        <source>Export diagnostic bundle</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="62" />
        <location filename="../maintenance_ui.py" line="330" />
        <source>No offline queue is connected.</source>
        <translation>未连接离线队列。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="388" />
        <source>Not available on this kiosk.</source>
        <translation>本机不可用。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="390" />
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="412" />
        <source>Writing the bundle…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="418" />
        <source>Could not write the bundle: {code}</source>
        <translation>无法写入诊断信息: {code}</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="423" />
        <source>Bundle written: {path}</source>
        <translation>诊断信息已写入: {path}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34" />
        <source>Your card's PIN is locked</source>
        <translation>您的卡密码已被锁定</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>由于密码多次输入错误，为保护您的安全，卡已被锁定。图书馆无法解锁。请携带此卡到您所在的市区町村政府窗口重新设置密码。在此之前，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42" />
        <source>This card's certificate cannot be used</source>
        <translation>此卡的电子证书无法使用</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>您卡上的电子证书已失效。请到您所在的市区町村政府窗口咨询。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49" />
        <source>The certificate on your card has expired</source>
        <translation>您卡上的电子证书已过期</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>请到您所在的市区町村政府窗口更新电子证书。在此期间，您可以使用图书馆借书证借书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56" />
        <source>This card is not registered with the library yet</source>
        <translation>此卡尚未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>如需使用个人编号卡借书，请在图书馆服务台登记一次。请携带此卡，只需几分钟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63" />
        <source>This card cannot be used here</source>
        <translation>此卡无法在这里使用</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>请使用个人编号卡或图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66" />
        <source>The card could not be read</source>
        <translation>无法读取此卡</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>请将卡重新放在读卡器上，并保持不动，直到出现密码画面。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72" />
        <location filename="../messages.py" line="81" />
        <source>Your card cannot be checked right now</source>
        <translation>目前无法确认您的卡</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>无法连接确认个人编号卡的服务。请稍后再试，或使用图书馆借书证，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>本机目前无法确认个人编号卡。请使用图书馆借书证，或咨询工作人员并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88" />
        <source>The password was not right</source>
        <translation>密码不正确</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>请重新扫描借书证并再次输入密码，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="91" />
        <source>Borrowing is paused on your library account</source>
        <translation>您的账户暂时无法借书</translation>
    </message>
    <message>
        <location filename="../messages.py" line="92" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>请到服务台咨询，工作人员会乐意帮助您。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94" />
        <source>Your library registration has expired</source>
        <translation>您的读者登记已过期</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>请到服务台办理更新，并携带能证明住址的证件。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97" />
        <source>You have reached your borrowing limit</source>
        <translation>您已达到借书上限</translation>
    </message>
    <message>
        <location filename="../messages.py" line="98" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>请先归还部分资料，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100" />
        <source>There is something to settle on your account</source>
        <translation>您的账户有需要处理的事项</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101" />
        <source>Please ask at the counter.</source>
        <translation>请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="103" />
        <source>This library card was not recognised</source>
        <translation>无法识别此借书证</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>请检查借书证，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106" />
        <source>The library system cannot be reached</source>
        <translation>无法连接图书馆系统</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>请稍后再试，或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109" />
        <source>Sorry, that did not work</source>
        <translation>抱歉，操作未成功</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>请咨询工作人员，并出示下方的代码。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="117" />
        <source>Checking…</source>
        <translation>确认中…</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121" />
        <source>Lent · due back {date} (recorded offline)</source>
        <translation>已借出 · 归还期限 {date} (离线记录)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122" />
        <source>Lent · due back {date}</source>
        <translation>已借出 · 归还期限 {date}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>未借出: 已被他人预约。请交到服务台。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>未借出: 此资料仅限馆内使用。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>未借出: 请将此资料拿到服务台。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144" />
        <source>Please put this item on the pad and scan it again.</source>
        <translation>请将此资料放在感应板上，再扫描一次。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="146" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>未借出: 已达到离线借阅上限。请在恢复在线后再借。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="148" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>未借出: 无法连接图书馆系统。请到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>未借出。请到服务台咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../messages.py" line="155" />
        <source>Tries left: %n</source>
        <translation><numerusform>剩余次数: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="85" />
        <source>Welcome! Borrow books here.</source>
        <translation>欢迎！在这里借书。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="86" />
        <source>Place your My Number Card on the reader</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <location filename="../screens.py" line="87" />
        <source>Or scan the barcode of your library card</source>
        <translation>或扫描图书馆借书证的条形码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="88" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>请在下方选择语言。如有疑问，请咨询服务台工作人员。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="114" />
        <source>Reading your card…</source>
        <translation>正在读取您的卡…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="115" />
        <location filename="../screens.py" line="118" />
        <source>Please leave the card on the reader.</source>
        <translation>请不要移开读卡器上的卡。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="117" />
        <source>Checking your PIN…</source>
        <translation>正在确认密码…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="120" />
        <source>Checking with the library…</source>
        <translation>正在与图书馆确认…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="121" />
        <location filename="../screens.py" line="127" />
        <source>This takes a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="123" />
        <source>Printing your receipt…</source>
        <translation>正在打印小票…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="124" />
        <source>Please take it from the slot below.</source>
        <translation>请从下方出口取走。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="126" />
        <source>Finishing…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="161" />
        <source>Only one try left</source>
        <translation>只剩最后一次机会</translation>
    </message>
    <message>
        <location filename="../screens.py" line="163" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>如果再输错一次，卡将被锁定，只能在市区町村政府窗口重新设置。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="166" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>如果不确定密码，请按“取消”，并到市区町村政府窗口咨询。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="168" />
        <location filename="../widgets.py" line="99" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens.py" line="169" />
        <source>I understand, enter PIN</source>
        <translation>我明白了，输入密码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="206" />
        <source>Enter your library card password</source>
        <translation>请输入借书证密码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="207" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>即您在图书馆登记的4位数密码。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="209" />
        <source>Enter your 4-digit PIN</source>
        <translation>请输入4位数密码</translation>
    </message>
    <message>
        <location filename="../screens.py" line="211" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>即您为卡设置的用户认证用（利用者証明用）密码。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="226" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最后一次: 输错将锁定此卡。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="228" />
        <source>That PIN was not right. Please try again.</source>
        <translation>密码不正确。请重新输入。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="275" />
        <source>Put your books on the pad</source>
        <translation>请将书放在感应板上</translation>
    </message>
    <message>
        <location filename="../screens.py" line="276" />
        <source>You can also scan the barcode on the back of each book.</source>
        <translation>也可以扫描书背面的条形码。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="277" />
        <source>Your books will appear here.</source>
        <translation>您的书将显示在这里。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="278" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../screens.py" line="311" />
        <source>Item</source>
        <translation>资料</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="307" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>已借: %n 册</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="322" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>成套资料不完整：请把所有部分都放在感应板上。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="362" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>需要打印写有归还期限的小票吗？</translation>
    </message>
    <message>
        <location filename="../screens.py" line="363" />
        <source>Yes, print a receipt</source>
        <translation>是，打印小票</translation>
    </message>
    <message>
        <location filename="../screens.py" line="364" />
        <source>No, thank you</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="370" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>您借了 %n 册</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="408" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../screens.py" line="421" />
        <source>Code for staff: {code}</source>
        <translation>工作人员用代码: {code}</translation>
    </message>
    <message>
        <location filename="../screens.py" line="452" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>谢谢！祝您阅读愉快。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="453" />
        <source>Please take your card and your books with you.</source>
        <translation>请别忘了带走您的卡和书。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="454" />
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
    <message>
        <location filename="../demo.py" line="120" />
        <location filename="../demo.py" line="296" />
        <source>Receipt preview</source>
        <translation>小票预览</translation>
    </message>
    <message>
        <location filename="../demo.py" line="173" />
        <source>Demo control panel</source>
        <extracomment>hardware.sim.devices.SimulatedDevices: the pad, scanner and printer the kiosk drives through its drivers</extracomment>
        <translation>演示控制面板</translation>
    </message>
    <message>
        <location filename="../demo.py" line="414" />
        <source>A receipt was printed (below).</source>
        <translation>已打印小票（见下方）。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="74" />
        <location filename="../demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>可以借阅</translation>
    </message>
    <message>
        <location filename="../demo.py" line="75" />
        <source>One PIN try left</source>
        <translation>密码仅剩1次</translation>
    </message>
    <message>
        <location filename="../demo.py" line="76" />
        <source>Patron blocked</source>
        <translation>读者已被停用</translation>
    </message>
    <message>
        <location filename="../demo.py" line="77" />
        <source>PIN locked</source>
        <translation>密码已锁定</translation>
    </message>
    <message>
        <location filename="../demo.py" line="78" />
        <source>Not registered</source>
        <translation>未在图书馆登记</translation>
    </message>
    <message>
        <location filename="../demo.py" line="79" />
        <source>Certificate revoked</source>
        <translation>证书已吊销</translation>
    </message>
    <message>
        <location filename="../demo.py" line="80" />
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../demo.py" line="91" />
        <source>Registration expired</source>
        <translation>登记已过期</translation>
    </message>
    <message>
        <location filename="../demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>已达借阅上限</translation>
    </message>
    <message>
        <location filename="../demo.py" line="93" />
        <source>Holds ready, loans to renew</source>
        <translation>有预约资料・有可续借的资料</translation>
    </message>
    <message>
        <location filename="../demo.py" line="105" />
        <source>library use only</source>
        <translation>仅限馆内使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../demo.py" line="107" />
        <source>set of %n</source>
        <translation><numerusform>%n册一套</numerusform></translation>
    </message>
    <message>
        <location filename="../demo.py" line="109" />
        <source>reserved</source>
        <translation>他人已预约</translation>
    </message>
    <message>
        <location filename="../demo.py" line="121" />
        <source>No receipt printed yet.</source>
        <translation>尚未打印小票。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="190" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>试用方法：放上“可以借阅”卡，在自助机上输入密码 1234，把书放到感应板上，然后按“结束”。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="196" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>维护模式：连续点击图书馆名称5次或按 Ctrl+Alt+M，口令 {code}</translation>
    </message>
    <message>
        <location filename="../demo.py" line="232" />
        <source>Library card</source>
        <translation>图书馆借书证</translation>
    </message>
    <message>
        <location filename="../demo.py" line="257" />
        <source>Books: put on the pad</source>
        <translation>图书：放到感应板上</translation>
    </message>
    <message>
        <location filename="../demo.py" line="203" />
        <source>Ready.</source>
        <translation>已就绪。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="419" />
        <source>Library system: reconnect (online)</source>
        <translation>图书馆系统：重新连接（在线）</translation>
    </message>
    <message>
        <location filename="../demo.py" line="213" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>个人编号卡（虚拟，密码 1234）</translation>
    </message>
    <message>
        <location filename="../demo.py" line="224" />
        <source>Take the card away</source>
        <translation>拿走卡</translation>
    </message>
    <message>
        <location filename="../demo.py" line="0" />
        <source>Library card and books</source>
        <translation>借书证和书</translation>
    </message>
    <message>
        <location filename="../demo.py" line="248" />
        <source>barcode (library card or book)</source>
        <translation>条形码（借书证或书）</translation>
    </message>
    <message>
        <location filename="../demo.py" line="249" />
        <source>Scan barcode</source>
        <translation>扫描条形码</translation>
    </message>
    <message>
        <location filename="../demo.py" line="272" />
        <source>item identifier on the RFID tag</source>
        <translation>RFID 标签上的资料编号</translation>
    </message>
    <message>
        <location filename="../demo.py" line="273" />
        <source>Put on the pad</source>
        <translation>放在感应板上</translation>
    </message>
    <message>
        <location filename="../demo.py" line="280" />
        <source>Take everything off the pad</source>
        <translation>拿走感应板上的所有东西</translation>
    </message>
    <message>
        <location filename="../demo.py" line="208" />
        <location filename="../demo.py" line="421" />
        <source>Library system: cut the link (offline)</source>
        <translation>图书馆系统：断开连接（离线）</translation>
    </message>
    <message>
        <location filename="../demo.py" line="342" />
        <source>Placing the card…</source>
        <translation>正在放置卡…</translation>
    </message>
    <message>
        <location filename="../demo.py" line="347" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>没有虚拟读卡器：pcscd 和 vsmartcard-vpcd 在运行吗？</translation>
    </message>
    <message>
        <location filename="../demo.py" line="350" />
        <source>The card is on the reader.</source>
        <translation>卡已放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="356" />
        <source>The card was taken away.</source>
        <translation>卡已拿走。</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookmobile.py" line="72" />
        <location filename="../maintenance_ui.py" line="348" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>被拒绝的借阅（待工作人员处理）: %n 笔</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="256" />
        <source>Check the validation link now</source>
        <translation>立即检查证书验证服务</translation>
    </message>
    <message>
        <source>Returning…</source>
        <translation>正在归还…</translation>
    </message>
    <message>
        <source>Returned. Thank you!</source>
        <translation>已归还。谢谢！</translation>
    </message>
    <message>
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>已归还。此资料已被预约，请交到服务台。</translation>
    </message>
    <message>
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>已归还。此资料属于其他馆，请交到服务台。</translation>
    </message>
    <message>
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>已归还。请将此资料交到服务台。</translation>
    </message>
    <message>
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>防盗标签未能恢复，离开前请交到服务台。</translation>
    </message>
    <message>
        <source>Returned. Please take it to the counter.</source>
        <translation>已归还。请交到服务台。</translation>
    </message>
    <message>
        <source>(goes to: {where})</source>
        <translation>（去向：{where}）</translation>
    </message>
    <message>
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>未能归还：无法连接图书馆系统。请使用还书箱或到服务台办理。</translation>
    </message>
    <message>
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>未能归还：此资料不在借出状态。请交到服务台。</translation>
    </message>
    <message>
        <source>Not returned. Please take this item to the counter.</source>
        <translation>未能归还。请将此资料交到服务台。</translation>
    </message>
    <message>
        <source>Due back {date} · overdue</source>
        <translation>归还期限 {date}・已逾期</translation>
    </message>
    <message>
        <source>Due back {date}</source>
        <translation>归还期限 {date}</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>正在续借…</translation>
    </message>
    <message>
        <source>Renewed · new due date {date}</source>
        <translation>已续借・新归还期限 {date}</translation>
    </message>
    <message>
        <source>Not renewed: {why}</source>
        <translation>未能续借：{why}</translation>
    </message>
    <message>
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>无法确认是否已续借，请到服务台询问。</translation>
    </message>
    <message>
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>未能续借：无法连接图书馆系统。</translation>
    </message>
    <message>
        <source>Not renewed. Please ask at the counter.</source>
        <translation>未能续借。请到服务台询问。</translation>
    </message>
    <message>
        <source>Return books</source>
        <translation>归还图书</translation>
    </message>
    <message>
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>请把要归还的书放在感应板上，或逐本扫描条形码。</translation>
    </message>
    <message>
        <source>The books you return will appear here.</source>
        <translation>归还的图书会显示在这里。</translation>
    </message>
    <message>
        <source>Back to borrowing</source>
        <translation>返回借阅</translation>
    </message>
    <message>
        <source>Renew your loans</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>请选择一本书，然后按“续借这本书”。也可以全部续借。</translation>
    </message>
    <message>
        <source>You have no loans to renew.</source>
        <translation>没有可续借的资料。</translation>
    </message>
    <message>
        <source>Renew this book</source>
        <translation>续借这本书</translation>
    </message>
    <message>
        <source>Renew all</source>
        <translation>全部续借</translation>
    </message>
    <message>
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>暂时无法读取您的借阅信息。请到服务台询问。</translation>
    </message>
    <message>
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>部分信息未能读取。详情请到服务台询问。</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的借阅</translation>
    </message>
    <message>
        <source>Collect at: {place}</source>
        <translation>取书地点：{place}</translation>
    </message>
    <message>
        <source>Kept until {date}</source>
        <translation>保留至 {date}</translation>
    </message>
    <message>
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>暂时无法读取您的借阅信息。请到服务台询问。</translation>
    </message>
    <message>
        <source>How many books did you put on the pad?</source>
        <translation>您在感应板上放了几本书？</translation>
    </message>
    <message>
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>请只数现在要借的书，输入册数后按“确定”。</translation>
    </message>
    <message>
        <source>The number of books does not match</source>
        <translation>册数不一致</translation>
    </message>
    <message>
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>请把书在感应板上摊开，不要重叠，然后按“再次确认”。</translation>
    </message>
    <message>
        <source>Type the number again</source>
        <translation>重新输入册数</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次确认</translation>
    </message>
    <message>
        <source>You entered {said}; the pad read {read}.</source>
        <translation>您输入了 {said} 册，感应板读到 {read} 册。</translation>
    </message>
    <message>
        <source>Return books (no card needed)</source>
        <translation>归还图书（无需借书证）</translation>
    </message>
    <message>
        <source>Looking up your account…</source>
        <translation>正在查询您的借阅信息…</translation>
    </message>
    <message>
        <source>Reading the books on the pad…</source>
        <translation>正在读取感应板上的书…</translation>
    </message>
    <message>
        <source>Please do not move the books.</source>
        <translation>请不要移动书。</translation>
    </message>
    <message>
        <source>Books on the pad wait to be counted: count them</source>
        <translation>感应板上还有未计数的书：输入册数</translation>
    </message>
    <message>
        <source>Renew loans</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Collect them at: {places}</source>
        <translation>取书地点：{places}</translation>
    </message>
    <message>
        <source>The number of books did not match</source>
        <translation>册数不一致</translation>
    </message>
    <message>
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>请把书拿到服务台，工作人员会为您办理借阅。这些书尚未借出。</translation>
    </message>
    <message numerus="yes">
        <source>Items out: %n</source>
        <translation><numerusform>借阅中：%n 册</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(overdue: %n)</source>
        <translation><numerusform>（逾期：%n 册）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>可领取的预约资料：%n 册</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>您预约的资料已到馆 %n 册。</numerusform></translation>
    </message>
    <message>
        <source>another branch's</source>
        <translation>其他馆的资料</translation>
    </message>
</context>
</TS>