<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../bookmobile.py" line="39" />
        <source>Sync now (F5)</source>
        <translation>今すぐ同期 (F5)</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="83" />
        <location filename="../maintenance_ui.py" line="366" />
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="89" />
        <location filename="../maintenance_ui.py" line="373" />
        <source>Sync failed: {code}</source>
        <translation>同期できませんでした: {code}</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="90" />
        <location filename="../maintenance_ui.py" line="377" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>送信 {sent} 件、拒否 {refused} 件、残り {left} 件。</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="64" />
        <location filename="../maintenance_ui.py" line="341" />
        <source>Checking the connection…</source>
        <translation>接続を確認しています…</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="66" />
        <location filename="../maintenance_ui.py" line="332" />
        <location filename="../maintenance_ui.py" line="343" />
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="68" />
        <location filename="../maintenance_ui.py" line="332" />
        <location filename="../maintenance_ui.py" line="345" />
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookmobile.py" line="70" />
        <location filename="../maintenance_ui.py" line="333" />
        <location filename="../maintenance_ui.py" line="346" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>送信待ちの貸出: %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <location filename="../main_window.py" line="283" />
        <source>Library self-checkout</source>
        <translation>図書館 自動貸出機</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="307" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>ご利用中ですか? あと %n 秒で終了します。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="69" />
        <source>Maintenance: technician passcode</source>
        <translation>保守モード: 技術者パスコード</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="111" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>パスコードの誤りが続いたためロックしました。%n 秒後に再度お試しください。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="114" />
        <source>No technician passcode is configured.</source>
        <translation>技術者パスコードが設定されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../maintenance_ui.py" line="117" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>パスコードが違います。あと %n 回でロックします。</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="236" />
        <source>Maintenance mode</source>
        <translation>保守モード</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="237" />
        <source>Leave maintenance</source>
        <translation>保守モードを終了</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="240" />
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="241" />
        <source>Queue</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="242" />
        <source>Self-tests</source>
        <translation>自己診断</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="243" />
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="244" />
        <source>Recent errors</source>
        <translation>最近のエラー</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="249" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="251" />
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="252" />
        <source>Refused on replay (for staff):</source>
        <translation>再送で拒否された取引 (職員用):</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="253" />
        <source>Print a test receipt</source>
        <translation>テストレシートを印刷</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="254" />
        <source>Read a tag on the pad</source>
        <translation>パッド上のタグを読む</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="255" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>カードの暗証番号残り回数を読む (暗証番号不要)</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="257" />
        <source>Export diagnostic bundle</source>
        <translation>診断情報を書き出す</translation>
    </message>
    <message>
        <location filename="../bookmobile.py" line="62" />
        <location filename="../maintenance_ui.py" line="330" />
        <source>No offline queue is connected.</source>
        <translation>オフライン送信待ちは接続されていません。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="388" />
        <source>Not available on this kiosk.</source>
        <translation>この端末では使えません。</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="390" />
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="412" />
        <source>Writing the bundle…</source>
        <translation>診断情報を書き出しています…</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="418" />
        <source>Could not write the bundle: {code}</source>
        <translation>診断情報を書き出せませんでした: {code}</translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="423" />
        <source>Bundle written: {path}</source>
        <translation>診断情報を書き出しました: {path}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34" />
        <source>Your card's PIN is locked</source>
        <translation>カードの暗証番号がロックされています</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>暗証番号の入力誤りが続いたため、安全のためカードがロックされました。図書館では解除できません。カードをお持ちになり、お住まいの市区町村の窓口で暗証番号の再設定をしてください。それまでは図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42" />
        <source>This card's certificate cannot be used</source>
        <translation>このカードの電子証明書は使えません</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>カードの電子証明書が有効ではなくなっています。お住まいの市区町村の窓口でご相談ください。その間は図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49" />
        <source>The certificate on your card has expired</source>
        <translation>カードの電子証明書の有効期限が切れています</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>お住まいの市区町村の窓口で電子証明書を更新してください。その間は図書館の利用カードで借りられます。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56" />
        <source>This card is not registered with the library yet</source>
        <translation>このカードはまだ図書館に登録されていません</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>マイナンバーカードで借りるには、カウンターで一度だけ登録が必要です。カードをお持ちください。数分で終わります。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63" />
        <source>This card cannot be used here</source>
        <translation>このカードはここでは使えません</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>マイナンバーカードか図書館の利用カードをお使いいただくか、職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66" />
        <source>The card could not be read</source>
        <translation>カードを読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>もう一度カードを読み取り機に置き、暗証番号の画面が出るまでそのままにしてください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72" />
        <location filename="../messages.py" line="81" />
        <source>Your card cannot be checked right now</source>
        <translation>ただいまカードを確認できません</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>マイナンバーカードを確認するサービスにつながりません。しばらくしてからお試しいただくか、図書館の利用カードをお使いいただくか、職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>この端末では、いまマイナンバーカードを確認できません。図書館の利用カードをお使いいただくか、職員にお声がけのうえ、下のコードをお見せください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88" />
        <source>The password was not right</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>もう一度カードを読み取ってパスワードを入力するか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="91" />
        <source>Borrowing is paused on your library account</source>
        <translation>現在、貸出を停止しています</translation>
    </message>
    <message>
        <location filename="../messages.py" line="92" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>カウンターでお尋ねください。職員がご案内します。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94" />
        <source>Your library registration has expired</source>
        <translation>利用者登録の有効期限が切れています</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>カウンターで更新してください。住所の分かるものをお持ちください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97" />
        <source>You have reached your borrowing limit</source>
        <translation>貸出できる上限に達しています</translation>
    </message>
    <message>
        <location filename="../messages.py" line="98" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>先に返却いただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100" />
        <source>There is something to settle on your account</source>
        <translation>お手続きが必要な事項があります</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101" />
        <source>Please ask at the counter.</source>
        <translation>カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="103" />
        <source>This library card was not recognised</source>
        <translation>この利用カードは確認できませんでした</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>カードをお確かめいただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106" />
        <source>The library system cannot be reached</source>
        <translation>図書館システムにつながりません</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>しばらくしてからお試しいただくか、カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109" />
        <source>Sorry, that did not work</source>
        <translation>申し訳ありません、うまくいきませんでした</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>職員にお声がけいただき、下のコードをお見せください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="117" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121" />
        <source>Lent · due back {date} (recorded offline)</source>
        <translation>貸出 · 返却期限 {date} (オフラインで記録)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122" />
        <source>Lent · due back {date}</source>
        <translation>貸出 · 返却期限 {date}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>貸出できません: ほかの方の予約があります。カウンターにお預けください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>貸出できません: 館内でのみご利用いただける資料です。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>貸出できません: この資料をカウンターにお持ちください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144" />
        <source>Please put this item on the pad and scan it again.</source>
        <translation>この資料をパッドに置いて、もう一度読み取ってください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="146" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>貸出できません: オフライン時の上限に達しました。オンラインに戻ってからお借りください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="148" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>貸出できません: 図書館システムにつながりません。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>貸出できません。カウンターでお尋ねください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../messages.py" line="155" />
        <source>Tries left: %n</source>
        <translation><numerusform>残り入力回数: %n 回</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="85" />
        <source>Welcome! Borrow books here.</source>
        <translation>ようこそ! ここで本を借りられます。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="86" />
        <source>Place your My Number Card on the reader</source>
        <translation>マイナンバーカードを読み取り機に置いてください</translation>
    </message>
    <message>
        <location filename="../screens.py" line="87" />
        <source>Or scan the barcode of your library card</source>
        <translation>または図書館の利用カードのバーコードをかざしてください</translation>
    </message>
    <message>
        <location filename="../screens.py" line="88" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>下で言語を選べます。わからないことはカウンターの職員にお尋ねください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="114" />
        <source>Reading your card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="115" />
        <location filename="../screens.py" line="118" />
        <source>Please leave the card on the reader.</source>
        <translation>カードは置いたままにしてください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="117" />
        <source>Checking your PIN…</source>
        <translation>暗証番号を確認しています…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="120" />
        <source>Checking with the library…</source>
        <translation>図書館システムに確認しています…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="121" />
        <location filename="../screens.py" line="127" />
        <source>This takes a moment.</source>
        <translation>少々お待ちください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="123" />
        <source>Printing your receipt…</source>
        <translation>レシートを印刷しています…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="124" />
        <source>Please take it from the slot below.</source>
        <translation>下の取り出し口からお取りください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="126" />
        <source>Finishing…</source>
        <translation>終了しています…</translation>
    </message>
    <message>
        <location filename="../screens.py" line="161" />
        <source>Only one try left</source>
        <translation>入力できるのはあと1回です</translation>
    </message>
    <message>
        <location filename="../screens.py" line="163" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>もう一度間違えるとカードがロックされ、市区町村の窓口でしか解除できなくなります。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="166" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>暗証番号に自信がないときは「やめる」を押して、市区町村の窓口でご相談ください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="168" />
        <location filename="../widgets.py" line="99" />
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../screens.py" line="169" />
        <source>I understand, enter PIN</source>
        <translation>わかりました、入力する</translation>
    </message>
    <message>
        <location filename="../screens.py" line="206" />
        <source>Enter your library card password</source>
        <translation>利用カードのパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../screens.py" line="207" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>図書館に登録した4桁のパスワードです。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="209" />
        <source>Enter your 4-digit PIN</source>
        <translation>4桁の暗証番号を入力してください</translation>
    </message>
    <message>
        <location filename="../screens.py" line="211" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>カードに設定した利用者証明用電子証明書の暗証番号(数字4桁)です。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="226" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>最後の1回です: 間違えるとカードがロックされます。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="228" />
        <source>That PIN was not right. Please try again.</source>
        <translation>暗証番号が違います。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="275" />
        <source>Put your books on the pad</source>
        <translation>本をパッドの上に置いてください</translation>
    </message>
    <message>
        <location filename="../screens.py" line="276" />
        <source>You can also scan the barcode on the back of each book.</source>
        <translation>本の裏のバーコードを読み取ることもできます。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="277" />
        <source>Your books will appear here.</source>
        <translation>ここに本が表示されます。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="278" />
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location filename="../screens.py" line="311" />
        <source>Item</source>
        <translation>資料</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="307" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>これまでの貸出: %n 冊</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="322" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>セットの資料がそろっていません: すべての部分をパッドに置いてください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="362" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>返却期限の書かれたレシートを印刷しますか?</translation>
    </message>
    <message>
        <location filename="../screens.py" line="363" />
        <source>Yes, print a receipt</source>
        <translation>はい、印刷する</translation>
    </message>
    <message>
        <location filename="../screens.py" line="364" />
        <source>No, thank you</source>
        <translation>いいえ、いりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens.py" line="370" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>%n 冊借りました</numerusform></translation>
    </message>
    <message>
        <location filename="../screens.py" line="408" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../screens.py" line="421" />
        <source>Code for staff: {code}</source>
        <translation>職員用コード: {code}</translation>
    </message>
    <message>
        <location filename="../screens.py" line="452" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>ありがとうございました。読書をお楽しみください。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="453" />
        <source>Please take your card and your books with you.</source>
        <translation>カードと本をお忘れなく。</translation>
    </message>
    <message>
        <location filename="../screens.py" line="454" />
        <source>Done</source>
        <translation>終わる</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets.py" line="51" />
        <source>%n of 4 digits entered</source>
        <extracomment>language codes and their names in their own language (never translated)</extracomment>
        <translation><numerusform>4桁中 %n 桁入力済み</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="100" />
        <source>Clear</source>
        <translation>訂正</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="101" />
        <source>Enter</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../demo.py" line="120" />
        <location filename="../demo.py" line="296" />
        <source>Receipt preview</source>
        <translation>レシートのプレビュー</translation>
    </message>
    <message>
        <location filename="../demo.py" line="173" />
        <source>Demo control panel</source>
        <extracomment>hardware.sim.devices.SimulatedDevices: the pad, scanner and printer the kiosk drives through its drivers</extracomment>
        <translation>デモ操作パネル</translation>
    </message>
    <message>
        <location filename="../demo.py" line="414" />
        <source>A receipt was printed (below).</source>
        <translation>レシートが印刷されました (下に表示)。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="74" />
        <location filename="../demo.py" line="89" />
        <source>Ready to borrow</source>
        <translation>貸出できる</translation>
    </message>
    <message>
        <location filename="../demo.py" line="75" />
        <source>One PIN try left</source>
        <translation>暗証番号の残り1回</translation>
    </message>
    <message>
        <location filename="../demo.py" line="76" />
        <source>Patron blocked</source>
        <translation>利用停止中の利用者</translation>
    </message>
    <message>
        <location filename="../demo.py" line="77" />
        <source>PIN locked</source>
        <translation>暗証番号ロック</translation>
    </message>
    <message>
        <location filename="../demo.py" line="78" />
        <source>Not registered</source>
        <translation>図書館に未登録</translation>
    </message>
    <message>
        <location filename="../demo.py" line="79" />
        <source>Certificate revoked</source>
        <translation>証明書失効</translation>
    </message>
    <message>
        <location filename="../demo.py" line="80" />
        <source>Certificate expired</source>
        <translation>証明書期限切れ</translation>
    </message>
    <message>
        <location filename="../demo.py" line="90" />
        <source>Card reported lost</source>
        <translation>紛失届あり</translation>
    </message>
    <message>
        <location filename="../demo.py" line="91" />
        <source>Registration expired</source>
        <translation>登録期限切れ</translation>
    </message>
    <message>
        <location filename="../demo.py" line="92" />
        <source>At the loan limit</source>
        <translation>貸出上限に達している</translation>
    </message>
    <message>
        <location filename="../demo.py" line="93" />
        <source>Holds ready, loans to renew</source>
        <translation>予約資料あり・延長できる貸出あり</translation>
    </message>
    <message>
        <location filename="../demo.py" line="105" />
        <source>library use only</source>
        <translation>館内利用のみ</translation>
    </message>
    <message numerus="yes">
        <location filename="../demo.py" line="107" />
        <source>set of %n</source>
        <translation><numerusform>%n点組</numerusform></translation>
    </message>
    <message>
        <location filename="../demo.py" line="109" />
        <source>reserved</source>
        <translation>他の人が予約中</translation>
    </message>
    <message>
        <location filename="../demo.py" line="121" />
        <source>No receipt printed yet.</source>
        <translation>まだレシートは印刷されていません。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="190" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>試し方: 「貸出できる」カードを置き、貸出機で暗証番号 1234 を入力し、本をパッドに置いて「終了する」を押します。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="196" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>保守モード: 図書館名を5回タップまたは Ctrl+Alt+M、パスコード {code}</translation>
    </message>
    <message>
        <location filename="../demo.py" line="232" />
        <source>Library card</source>
        <translation>図書館の利用カード</translation>
    </message>
    <message>
        <location filename="../demo.py" line="257" />
        <source>Books: put on the pad</source>
        <translation>本: パッドに置く</translation>
    </message>
    <message>
        <location filename="../demo.py" line="203" />
        <source>Ready.</source>
        <translation>準備ができました。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="419" />
        <source>Library system: reconnect (online)</source>
        <translation>図書館システム: 再接続する (オンライン)</translation>
    </message>
    <message>
        <location filename="../demo.py" line="213" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>マイナンバーカード (仮想、暗証番号 1234)</translation>
    </message>
    <message>
        <location filename="../demo.py" line="224" />
        <source>Take the card away</source>
        <translation>カードを取り去る</translation>
    </message>
    <message>
        <location filename="../demo.py" line="0" />
        <source>Library card and books</source>
        <translation>利用カードと本</translation>
    </message>
    <message>
        <location filename="../demo.py" line="248" />
        <source>barcode (library card or book)</source>
        <translation>バーコード (利用カードまたは本)</translation>
    </message>
    <message>
        <location filename="../demo.py" line="249" />
        <source>Scan barcode</source>
        <translation>バーコードを読む</translation>
    </message>
    <message>
        <location filename="../demo.py" line="272" />
        <source>item identifier on the RFID tag</source>
        <translation>RFIDタグの資料番号</translation>
    </message>
    <message>
        <location filename="../demo.py" line="273" />
        <source>Put on the pad</source>
        <translation>パッドに置く</translation>
    </message>
    <message>
        <location filename="../demo.py" line="280" />
        <source>Take everything off the pad</source>
        <translation>パッドの上のものをすべて取り去る</translation>
    </message>
    <message>
        <location filename="../demo.py" line="208" />
        <location filename="../demo.py" line="421" />
        <source>Library system: cut the link (offline)</source>
        <translation>図書館システム: 接続を切る (オフライン)</translation>
    </message>
    <message>
        <location filename="../demo.py" line="342" />
        <source>Placing the card…</source>
        <translation>カードを置いています…</translation>
    </message>
    <message>
        <location filename="../demo.py" line="347" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>仮想リーダーがありません: pcscd と vsmartcard-vpcd は動いていますか?</translation>
    </message>
    <message>
        <location filename="../demo.py" line="350" />
        <source>The card is on the reader.</source>
        <translation>カードを読み取り機に置きました。</translation>
    </message>
    <message>
        <location filename="../demo.py" line="356" />
        <source>The card was taken away.</source>
        <translation>カードを取り去りました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookmobile.py" line="72" />
        <location filename="../maintenance_ui.py" line="348" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>送信を断られた貸出（職員確認）: %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../maintenance_ui.py" line="256" />
        <source>Check the validation link now</source>
        <translation>証明書の検証サービスをいま確認</translation>
    </message>
    <message>
        <source>Returning…</source>
        <translation>返却しています…</translation>
    </message>
    <message>
        <source>Returned. Thank you!</source>
        <translation>返却しました。ありがとうございました。</translation>
    </message>
    <message>
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>返却しました。予約が入っている資料です。カウンターへお持ちください。</translation>
    </message>
    <message>
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>返却しました。ほかの館の資料です。カウンターへお持ちください。</translation>
    </message>
    <message>
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>返却しました。この資料はカウンターにお渡しください。</translation>
    </message>
    <message>
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>防犯タグを戻せませんでした。お帰りの前にカウンターへお持ちください。</translation>
    </message>
    <message>
        <source>Returned. Please take it to the counter.</source>
        <translation>返却しました。カウンターへお持ちください。</translation>
    </message>
    <message>
        <source>(goes to: {where})</source>
        <translation>（行き先: {where}）</translation>
    </message>
    <message>
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>返却できませんでした: 図書館システムにつながりません。返却ポストかカウンターをご利用ください。</translation>
    </message>
    <message>
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>返却できませんでした: 貸出中の資料ではありません。カウンターにお預けください。</translation>
    </message>
    <message>
        <source>Not returned. Please take this item to the counter.</source>
        <translation>返却できませんでした。この資料はカウンターへお持ちください。</translation>
    </message>
    <message>
        <source>Due back {date} · overdue</source>
        <translation>返却期限 {date}・延滞中</translation>
    </message>
    <message>
        <source>Due back {date}</source>
        <translation>返却期限 {date}</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>延長しています…</translation>
    </message>
    <message>
        <source>Renewed · new due date {date}</source>
        <translation>延長しました・新しい返却期限 {date}</translation>
    </message>
    <message>
        <source>Not renewed: {why}</source>
        <translation>延長できませんでした: {why}</translation>
    </message>
    <message>
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>延長できたか確認できませんでした。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>延長できませんでした: 図書館システムにつながりません。</translation>
    </message>
    <message>
        <source>Not renewed. Please ask at the counter.</source>
        <translation>延長できませんでした。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <source>Return books</source>
        <translation>返却する</translation>
    </message>
    <message>
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>返却する本をパッドに置くか、1冊ずつバーコードを読み取ってください。</translation>
    </message>
    <message>
        <source>The books you return will appear here.</source>
        <translation>返却した本がここに表示されます。</translation>
    </message>
    <message>
        <source>Back to borrowing</source>
        <translation>貸出に戻る</translation>
    </message>
    <message>
        <source>Renew your loans</source>
        <translation>貸出の延長</translation>
    </message>
    <message>
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>本を選んで「この本を延長」を押してください。まとめて延長することもできます。</translation>
    </message>
    <message>
        <source>You have no loans to renew.</source>
        <translation>延長できる貸出はありません。</translation>
    </message>
    <message>
        <source>Renew this book</source>
        <translation>この本を延長</translation>
    </message>
    <message>
        <source>Renew all</source>
        <translation>すべて延長</translation>
    </message>
    <message>
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>いま貸出状況を読み取れませんでした。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>一部の情報を読み取れませんでした。詳しくはカウンターでお尋ねください。</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>利用状況の確認</translation>
    </message>
    <message>
        <source>Collect at: {place}</source>
        <translation>受取場所: {place}</translation>
    </message>
    <message>
        <source>Kept until {date}</source>
        <translation>取置期限 {date}</translation>
    </message>
    <message>
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>いま利用状況を読み取れませんでした。カウンターでお尋ねください。</translation>
    </message>
    <message>
        <source>How many books did you put on the pad?</source>
        <translation>パッドに置いた本は何冊ですか?</translation>
    </message>
    <message>
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>いま借りる本だけを数えて、冊数を入力し「確定」を押してください。</translation>
    </message>
    <message>
        <source>The number of books does not match</source>
        <translation>冊数が合いません</translation>
    </message>
    <message>
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>本が重ならないようにパッドの上に広げて置き直し、「もう一度確認」を押してください。</translation>
    </message>
    <message>
        <source>Type the number again</source>
        <translation>冊数を入れ直す</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>You entered {said}; the pad read {read}.</source>
        <translation>入力された冊数: {said}冊、読み取った冊数: {read}冊</translation>
    </message>
    <message>
        <source>Return books (no card needed)</source>
        <translation>返却する（カード不要）</translation>
    </message>
    <message>
        <source>Looking up your account…</source>
        <translation>利用状況を確認しています…</translation>
    </message>
    <message>
        <source>Reading the books on the pad…</source>
        <translation>パッドの上の本を読み取っています…</translation>
    </message>
    <message>
        <source>Please do not move the books.</source>
        <translation>本を動かさないでください。</translation>
    </message>
    <message>
        <source>Books on the pad wait to be counted: count them</source>
        <translation>パッドの上にまだ数えていない本があります: 冊数を入力する</translation>
    </message>
    <message>
        <source>Renew loans</source>
        <translation>貸出を延長</translation>
    </message>
    <message>
        <source>Collect them at: {places}</source>
        <translation>受取場所: {places}</translation>
    </message>
    <message>
        <source>The number of books did not match</source>
        <translation>冊数が合いませんでした</translation>
    </message>
    <message>
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>本をカウンターへお持ちください。係員が貸出します。この本はまだ貸出されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Items out: %n</source>
        <translation><numerusform>貸出中: %n 冊</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(overdue: %n)</source>
        <translation><numerusform>（延滞: %n 冊）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>受取可能な予約資料: %n 冊</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>ご予約の資料が %n 冊届いています。</numerusform></translation>
    </message>
    <message>
        <source>another branch's</source>
        <translation>他館の資料</translation>
    </message>
</context>
</TS>