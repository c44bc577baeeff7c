<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="49" />
        <source>Sync now (F5)</source>
        <translation>今すぐ同期（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>オフライン：貸出は記録され、あとで図書館へ送信されます</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="105" />
        <location filename="../../ui/maintenance_ui.py" line="383" />
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="111" />
        <location filename="../../ui/maintenance_ui.py" line="390" />
        <source>Sync failed: {code}</source>
        <translation>同期できませんでした：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="394" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>送信{sent}件、拒否{refused}件、残り{left}件。</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="358" />
        <source>Checking the connection…</source>
        <translation>接続を確認しています…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="360" />
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="343" />
        <location filename="../../ui/maintenance_ui.py" line="362" />
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="81" />
        <location filename="../../ui/maintenance_ui.py" line="344" />
        <location filename="../../ui/maintenance_ui.py" line="363" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>送信待ちの貸出：%n件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Staff have been called</source>
        <translation>職員を呼びました</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>このままお待ちください。職員がまいります。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Please ask at the counter</source>
        <translation>カウンターでお尋ねください</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Staff there are happy to help.</source>
        <translation>職員がご案内します。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Library self-checkout</source>
        <translation>図書館 自動貸出機</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="433" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>ご利用中ですか？あと%n秒で終了します。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>保守モード：技術者パスコード</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>パスコードの誤りが続いたためロックしました。%n秒後に再度お試しください。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>技術者パスコードが設定されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>パスコードが違います。あと%n回でロックします。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="239" />
        <source>Maintenance mode</source>
        <translation>保守モード</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="240" />
        <source>Leave maintenance</source>
        <translation>保守モードを終了</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="243" />
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="244" />
        <source>Queue</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="245" />
        <source>Self-tests</source>
        <translation>自己診断</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="246" />
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="247" />
        <source>Recent errors</source>
        <translation>最近のエラー</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="253" />
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="254" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="255" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="256" />
        <source>What to do</source>
        <translation>対処</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="259" />
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="260" />
        <source>Refused on replay (for staff):</source>
        <translation>再送で拒否された取引（職員用）：</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="261" />
        <source>Print a test receipt</source>
        <translation>テストレシートを印刷</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="262" />
        <source>Read a tag on the pad</source>
        <translation>パッド上のタグを読む</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="263" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>カードの暗証番号残り回数を読む（暗証番号不要）</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="265" />
        <source>Export diagnostic bundle</source>
        <translation>診断情報を書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="70" />
        <location filename="../../ui/maintenance_ui.py" line="341" />
        <source>No offline queue is connected.</source>
        <translation>オフライン送信待ちは接続されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="405" />
        <source>Not available on this kiosk.</source>
        <translation>この端末では使えません。</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="407" />
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="430" />
        <source>Writing the bundle…</source>
        <translation>診断情報を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="436" />
        <source>Could not write the bundle: {code}</source>
        <translation>診断情報を書き出せませんでした：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="441" />
        <source>Bundle written: {path}</source>
        <translation>診断情報を書き出しました：{path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>カードの暗証番号がロックされています</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>暗証番号の入力誤りが続いたため、安全のためカードがロックされました。図書館では解除できません。カードをお持ちになり、お住まいの市区町村の窓口で暗証番号の再設定をしてください。それまでは図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>このカードの電子証明書は使えません</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>カードの電子証明書が有効ではなくなっています。お住まいの市区町村の窓口でご相談ください。その間は図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>カードの電子証明書の有効期限が切れています</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>お住まいの市区町村の窓口で電子証明書を更新してください。その間は図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>このカードはまだ図書館に登録されていません</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>マイナンバーカードで借りるには、カウンターで一度だけ登録が必要です。カードをお持ちください。数分で終わります。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>このカードはここでは使えません</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>マイナンバーカードか図書館の利用カードをお使いいただくか、職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>カードを読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>もう一度カードを読み取り機に置き、暗証番号の画面が出るまでそのままにしてください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>ただいまカードを確認できません</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>マイナンバーカードを確認するサービスにつながりません。しばらくしてからお試しいただくか、図書館の利用カードをお使いいただくか、職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>この端末では、いまマイナンバーカードを確認できません。図書館の利用カードをお使いいただくか、職員にお声がけのうえ、下のコードをお見せください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>もう一度カードを読み取ってパスワードを入力するか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>現在、貸出を停止しています</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>カウンターでお尋ねください。職員がご案内します。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>利用者登録の有効期限が切れています</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>カウンターで更新してください。住所の分かるものをお持ちください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>貸出できる上限に達しています</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>先に返却いただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>お手続きが必要な事項があります</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>この利用カードは確認できませんでした</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>カードをお確かめいただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>図書館システムにつながりません</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>しばらくしてからお試しいただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>Sorry, that did not work</source>
        <translation>申し訳ありません、うまくいきませんでした</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>職員にお声がけいただき、下のコードをお見せください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="195" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>この本をパッドに置いてください。読み取ると貸出されます。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="196" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>すでにご利用中の貸出です。そのままお持ち帰りください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>The certificate was checked.</source>
        <translation>証明書を確認しました。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="208" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>このカードの利用者証明用電子証明書は失効しているため、ご利用いただけません。お手数ですが、お住まいの市区町村の窓口でご確認ください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="213" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>このカードの電子証明書を確認できませんでした。お手数ですが、職員にお知らせください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="216" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>ただいま電子証明書の有効性を確認できません。しばらくしてからもう一度お試しいただくか、図書館の利用カードをご利用ください。職員にもお知らせください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="221" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>この端末では、いまマイナンバーカードを確認できません。図書館の利用カードをご利用いただくか、職員にお知らせください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="226" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>この端末では、いま電子証明書の有効性を確認できません。図書館の利用カードをご利用いただくか、職員にお知らせください（画面のコードをお見せください）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>資料番号 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>返却期限 {date}（オフライン貸出：あとで図書館へ送信）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <source>Due back {date}</source>
        <translation>返却期限 {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="192" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>貸出できません：ほかの方の予約があります。カウンターにお預けください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>貸出できません：館内でのみご利用いただける資料です。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>貸出できません：この資料をカウンターにお持ちください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="197" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>貸出できません：オフライン時の上限に達しました。オンラインに戻ってからお借りください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>貸出できません：図書館システムにつながりません。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>貸出できません。カウンターでお尋ねください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>残り入力回数：%n回</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="103" />
        <source>Welcome! Borrow books here.</source>
        <translation>ようこそ！ここで本を借りられます。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="104" />
        <source>Place your My Number Card on the reader</source>
        <translation>マイナンバーカードを読み取り機に置いてください</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="105" />
        <source>Or scan the barcode of your library card</source>
        <translation>または図書館の利用カードのバーコードをかざしてください</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="106" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>下で言語を選べます。わからないことはカウンターの職員にお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="132" />
        <source>Reading your card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="133" />
        <location filename="../../ui/screens.py" line="136" />
        <source>Please leave the card on the reader.</source>
        <translation>カードは置いたままにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="135" />
        <source>Checking your PIN…</source>
        <translation>暗証番号を確認しています…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Checking with the library…</source>
        <translation>図書館システムに確認しています…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="139" />
        <location filename="../../ui/screens.py" line="145" />
        <source>This takes a moment.</source>
        <translation>少々お待ちください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Printing your receipt…</source>
        <translation>レシートを印刷しています…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="142" />
        <source>Please take it from the slot below.</source>
        <translation>下の取り出し口からお取りください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="144" />
        <source>Finishing…</source>
        <translation>終了しています…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="179" />
        <source>Only one try left</source>
        <translation>入力できるのはあと1回です</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="181" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>もう一度間違えるとカードがロックされ、市区町村の窓口でしか解除できなくなります。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>暗証番号に自信がないときは「やめる」を押して、市区町村の窓口でご相談ください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>I understand, enter PIN</source>
        <translation>わかりました、入力する</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="224" />
        <source>Enter your library card password</source>
        <translation>利用カードのパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="225" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>図書館に登録した4桁のパスワードです。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="227" />
        <source>Enter your 4-digit PIN</source>
        <translation>4桁の暗証番号を入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="229" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>カードに設定した利用者証明用電子証明書の暗証番号（数字4桁）です。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="245" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最後の1回です：間違えるとカードがロックされます。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="247" />
        <source>That PIN was not right. Please try again.</source>
        <translation>暗証番号が違います。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="338" />
        <source>Put your books on the pad</source>
        <translation>本をパッドの上に置いてください</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="339" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>パッドが読み取った本が下に表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="342" />
        <source>Borrow these too</source>
        <translation>これも借りる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="488" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n点の資料は貸出できませんでした。カウンターにお持ちください。職員がご案内します。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="577" />
        <source>Nothing was lent this time</source>
        <translation>今回は貸出がありませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="578" />
        <location filename="../../ui/screens.py" line="581" />
        <source>Please take your card with you.</source>
        <translation>カードをお忘れなく。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="580" />
        <source>Thank you for coming</source>
        <translation>ご利用ありがとうございました</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="340" />
        <source>Your books will appear here.</source>
        <translation>ここに本が表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="341" />
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="368" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>これまでの貸出：%n冊</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="370" />
        <source>Not lent: %n</source>
        <translation><numerusform>貸出不可：%n点</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="374" />
        <source>Reserved books waiting for you at the counter: %n</source>
        <translation><numerusform>ご予約の資料がカウンターに%n点届いています</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="378" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>始める前からパッドにあった資料が%n点あります。ご自分の本なら、ここで借りるか置き直してください。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>利用カードを読み取りました。受付は済んでいます。本をパッドに置いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="405" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>セットの資料がそろっていません：すべての部分をパッドに置いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>返却期限の書かれたレシートを印刷しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="460" />
        <source>Yes, print a receipt</source>
        <translation>はい、印刷する</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="461" />
        <source>No, thank you</source>
        <translation>いいえ、いりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="467" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>%n冊借りました</numerusform></translation>
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
        <translation>職員用コード：{code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="574" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>ありがとうございました。読書をお楽しみください。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="575" />
        <source>Please take your card and your books with you.</source>
        <translation>カードと本をお忘れなく。</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="568" />
        <source>Done</source>
        <translation>終わる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>4桁中%n桁入力済み</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>訂正</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="118" />
        <location filename="../../ui/demo.py" line="292" />
        <source>Receipt preview</source>
        <translation>レシートのプレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="171" />
        <source>Demo control panel</source>
        <translation>デモ操作パネル</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="408" />
        <source>A receipt was printed (below).</source>
        <translation>レシートが印刷されました（下に表示）。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="76" />
        <location filename="../../ui/demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>貸出できる</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="77" />
        <source>One PIN try left</source>
        <translation>暗証番号の残り1回</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="78" />
        <source>Patron blocked</source>
        <translation>利用停止中の利用者</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <source>PIN locked</source>
        <translation>暗証番号ロック</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>Not registered</source>
        <translation>図書館に未登録</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Certificate revoked</source>
        <translation>証明書失効</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>Certificate expired</source>
        <translation>証明書期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>紛失届あり</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="91" />
        <source>Registration expired</source>
        <translation>登録期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>貸出上限に達している</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Holds ready</source>
        <translation>予約資料あり</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="103" />
        <source>library use only</source>
        <translation>館内利用のみ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="105" />
        <source>set of %n</source>
        <translation><numerusform>%n点組</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="107" />
        <source>reserved</source>
        <translation>他の人が予約中</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="119" />
        <source>No receipt printed yet.</source>
        <translation>まだレシートは印刷されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="188" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>試し方：「貸出できる」カードを置き、貸出機で暗証番号 1234 を入力し、本をパッドに置いて「終了する」を押します。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="194" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>保守モード：図書館名を5回タップまたは Ctrl+Alt+M、パスコード {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="228" />
        <source>Library card</source>
        <translation>図書館の利用カード</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="253" />
        <source>Books: put on the pad</source>
        <translation>本：パッドに置く</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="201" />
        <source>Ready.</source>
        <translation>準備ができました。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="413" />
        <source>Library system: reconnect (online)</source>
        <translation>図書館システム：再接続する（オンライン）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="211" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>マイナンバーカード（仮想、暗証番号 1234）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="222" />
        <source>Take the card away</source>
        <translation>カードを取り去る</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="244" />
        <source>barcode (library card or book)</source>
        <translation>バーコード（利用カードまたは本）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="245" />
        <source>Scan barcode</source>
        <translation>バーコードを読む</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="268" />
        <source>item identifier on the RFID tag</source>
        <translation>RFIDタグの資料番号</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="269" />
        <source>Put on the pad</source>
        <translation>パッドに置く</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="276" />
        <source>Take everything off the pad</source>
        <translation>パッドの上のものをすべて取り去る</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <location filename="../../ui/demo.py" line="415" />
        <source>Library system: cut the link (offline)</source>
        <translation>図書館システム：接続を切る（オフライン）</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="338" />
        <source>Placing the card…</source>
        <translation>カードを置いています…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="343" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>仮想リーダーがありません：pcscd と vsmartcard-vpcd は動いていますか？</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="346" />
        <source>The card is on the reader.</source>
        <translation>カードを読み取り機に置きました。</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="352" />
        <source>The card was taken away.</source>
        <translation>カードを取り去りました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="83" />
        <location filename="../../ui/maintenance_ui.py" line="365" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>送信を断られた貸出（職員確認）：%n件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="264" />
        <source>Check the validation link now</source>
        <translation>証明書の検証サービスをいま確認</translation>
    </message>
</context>
</TS>
