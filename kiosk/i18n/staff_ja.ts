<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Staff</name>
    <message>
        <source>OK: the card was authenticated, or the device is ready. Nothing to do.</source>
        <translation>正常です。カードの認証が済んだか、機器が使える状態です。対応は不要です。</translation>
    </message>
    <message>
        <source>The card was read; the PIN is needed next.</source>
        <translation>カードを読み取りました。次に暗証番号の入力が必要です。</translation>
    </message>
    <message>
        <source>The OCSP responder said the certificate is good.</source>
        <translation>OCSPレスポンダーから、証明書は有効との回答がありました。</translation>
    </message>
    <message>
        <source>The certificate is not on the current CRL.</source>
        <translation>証明書は最新のCRLに載っていません（有効です）。</translation>
    </message>
    <message>
        <source>Offline, the certificate was checked against the stored CRL, which is recent enough to accept cards: it is not on it.</source>
        <translation>オフラインのため、保存しているCRLで確認しました。CRLはカードを受け付けられる新しさで、証明書は載っていません。</translation>
    </message>
    <message>
        <source>The PIN is locked after three wrong tries. Only the city or town office can reset it (the kiosk never tries again); offer the library card.</source>
        <translation>暗証番号を3回続けて誤ったため、ロックされています。解除できるのは市区町村の窓口だけです（端末から再試行することはありません）。図書館カードでの貸出をご案内してください。</translation>
    </message>
    <message>
        <source>The PIN was wrong; the tries left are shown. After the last one the card locks.</source>
        <translation>暗証番号が違います。残りの入力回数が表示されています。使い切るとカードがロックされます。</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits. Nothing was sent to the card, so no try was spent.</source>
        <translation>暗証番号は4桁の数字です。カードには何も送っていないため、入力回数は減っていません。</translation>
    </message>
    <message>
        <source>The card is authenticated but not linked to a library patron. Link it at the counter (kiosk link add; the patron types the PIN).</source>
        <translation>カードの認証はできましたが、図書館の利用者とまだ紐付けられていません。カウンターで紐付けてください（kiosk link add。暗証番号はご本人が入力します）。</translation>
    </message>
    <message>
        <source>The card has no JPKI application: it is not a My Number Card, or its user-authentication certificate was never issued. Offer the library card; the city or town office issues the certificate.</source>
        <translation>このカードには公的個人認証（JPKI）の機能がありません。マイナンバーカードではないか、利用者証明用電子証明書が発行されていません。図書館カードでの貸出をご案内し、証明書の発行は市区町村の窓口をご案内してください。</translation>
    </message>
    <message>
        <source>A smartphone's JPKI is not accepted at this kiosk ([card].accept_smartphone is off). Ask the patron to use the card itself or the library card.</source>
        <translation>スマートフォン用電子証明書は、この端末では受け付けていません（[card].accept_smartphone が無効）。マイナンバーカード本体か図書館カードをお使いいただくようご案内してください。</translation>
    </message>
    <message>
        <source>A Basic Resident Register card (Juki card) is not accepted. Offer the library card; a My Number Card can be used instead.</source>
        <translation>住民基本台帳カード（住基カード）は使えません。図書館カードでの貸出をご案内してください。マイナンバーカードがあればそちらをお使いいただけます。</translation>
    </message>
    <message>
        <source>The card holds a JPKI token this kiosk does not know, so it was refused. Offer the library card and tell the supplier which card it was.</source>
        <translation>この端末が対応していない種類の公的個人認証のカードのため、受け付けませんでした。図書館カードでの貸出をご案内し、どのカードだったかを保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>The card announced a certificate larger than [card].max_certificate_bytes and was refused as possibly hostile. Offer the library card; if a genuine card keeps doing this, tell the supplier.</source>
        <translation>カードが [card].max_certificate_bytes を超える大きさの証明書を示したため、不正なカードのおそれがあるとしてお断りしました。図書館カードでの貸出をご案内してください。正規のカードで繰り返す場合は、保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>The certificate read from the card is not a valid X.509 certificate. Ask the patron to place the card again; if it repeats, offer the library card and suggest the city or town office.</source>
        <translation>カードから読み取った証明書が、正しいX.509証明書の形式ではありません。もう一度カードを置いていただき、繰り返す場合は図書館カードでの貸出と、市区町村の窓口でのご確認をご案内してください。</translation>
    </message>
    <message>
        <source>The card's user-authentication certificate has expired. The patron renews it at the city or town office; offer the library card meanwhile.</source>
        <translation>カードの利用者証明用電子証明書の有効期限が切れています。市区町村の窓口で更新していただくようご案内し、それまでは図書館カードでの貸出をご案内してください。</translation>
    </message>
    <message>
        <source>The card's certificate is revoked (OCSP or a CRL says so). Send the patron to the city or town office; offer the library card.</source>
        <translation>カードの電子証明書は失効しています（OCSPまたはCRLによる）。市区町村の窓口をご案内し、図書館カードでの貸出をご案内してください。</translation>
    </message>
    <message>
        <source>The validation service does not know this certificate. If genuine cards get this answer, check [validation] (responder, trust anchors); otherwise send the patron to the city or town office.</source>
        <translation>検証サービスがこの証明書を把握していません。正規のカードでもこうなる場合は [validation] の設定（レスポンダー、トラストアンカー）を確認してください。そうでなければ市区町村の窓口をご案内してください。</translation>
    </message>
    <message>
        <source>The card's certificate is suspended. Send the patron to the city or town office; offer the library card.</source>
        <translation>カードの電子証明書は一時停止されています。市区町村の窓口をご案内し、図書館カードでの貸出をご案内してください。</translation>
    </message>
    <message>
        <source>The card's certificate is revoked. Send the patron to the city or town office; offer the library card.</source>
        <translation>カードの電子証明書は失効しています。市区町村の窓口をご案内し、図書館カードでの貸出をご案内してください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader during the operation. Ask the patron to place it again and leave it there until the PIN screen appears.</source>
        <translation>処理の途中でカードが読み取り機から離れました。もう一度カードを置き、暗証番号の画面が出るまでそのままにしていただくようご案内してください。</translation>
    </message>
    <message>
        <source>No card is on the reader.</source>
        <translation>読み取り機にカードがありません。</translation>
    </message>
    <message>
        <source>The card did not answer in time. Ask the patron to place it again.</source>
        <translation>カードが時間内に応答しませんでした。もう一度カードを置いていただくようご案内してください。</translation>
    </message>
    <message>
        <source>The card session had already ended when the PIN arrived (the card was taken off, or the session was reset); nothing was sent to the card. Ask the patron to start again.</source>
        <translation>暗証番号が届いた時点で、カードとの通信はすでに終わっていました（カードが離れたか、セッションがやり直されました）。カードには何も送っていません。最初からやり直していただくようご案内してください。</translation>
    </message>
    <message>
        <source>The card answered something unexpected. Ask the patron to place it again; if several cards do this, restart the card reader.</source>
        <translation>カードから想定外の応答がありました。もう一度カードを置いていただき、複数のカードで起きる場合はカード読み取り機を再起動してください。</translation>
    </message>
    <message>
        <source>No card reader is connected, or pcscd is not running. Check the reader's USB cable, then restart pcscd or the kiosk.</source>
        <translation>カード読み取り機が接続されていないか、pcscd が動いていません。読み取り機のUSBケーブルを確認し、pcscd または端末を再起動してください。</translation>
    </message>
    <message>
        <source>The card reader named in [card].reader is not among the connected readers. Check its cable, or the name in the configuration.</source>
        <translation>[card].reader で指定したカード読み取り機が、接続されている読み取り機の中に見つかりません。ケーブルか、設定の名前を確認してください。</translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) failed. Restart pcscd or the kiosk.</source>
        <translation>スマートカードのサービス（pcscd）で問題が起きました。pcscd または端末を再起動してください。</translation>
    </message>
    <message>
        <source>A reader (the card reader or the RFID pad, whichever is named) is in use by another program or failing. Close the other program or reconnect the reader; if it persists, restart the kiosk.</source>
        <translation>読み取り機（カード読み取り機またはRFIDパッドのうち表示されている方）が、他のプログラムに使われているか故障しています。他のプログラムを終了するか読み取り機をつなぎ直し、直らない場合は端末を再起動してください。</translation>
    </message>
    <message>
        <source>The card or its reader failed in an unexpected way. Ask the patron to place the card again; if it repeats, restart the card reader.</source>
        <translation>カードまたは読み取り機で想定外の問題が起きました。もう一度カードを置いていただき、繰り返す場合はカード読み取り機を再起動してください。</translation>
    </message>
    <message>
        <source>The certificate was not issued by a configured JPKI user-authentication CA, or its signature or key is not acceptable. If genuine cards are refused, check [identity].trust_anchors (the 2015 and the 2023 CA).</source>
        <translation>証明書が、設定されている公的個人認証の利用者証明用CAから発行されたものではないか、署名または鍵が基準を満たしていません。正規のカードがお断りになる場合は、[identity].trust_anchors（2015年と2023年のCA）を確認してください。</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: the kiosk's clock is probably wrong. Check the date and time (NTP).</source>
        <translation>証明書の有効期間がまだ始まっていません。端末の時計がずれている可能性があります。日付と時刻（NTP）を確認してください。</translation>
    </message>
    <message>
        <source>The issuing CA certificate has expired. Check that [identity].trust_anchors holds the current JPKI CA certificates.</source>
        <translation>発行元のCA証明書の有効期限が切れています。[identity].trust_anchors に現在の公的個人認証のCA証明書が入っているか確認してください。</translation>
    </message>
    <message>
        <source>The card's signature does not match its certificate: the card may be damaged or forged. Do not lend with it; offer the library card and look at the card at the counter.</source>
        <translation>カードの署名が証明書と一致しません。カードの故障または偽造のおそれがあります。このカードでは貸出せず、図書館カードでの貸出をご案内し、カウンターでカードを確認してください。</translation>
    </message>
    <message>
        <source>The link table or its key file cannot be used (key file too short or readable by others, empty patron number). Fix it as the log says; the key file must be mode 0600.</source>
        <translation>紐付けテーブルまたはその鍵ファイルが使えません（鍵ファイルが短い、他の利用者から読める、利用者番号が空など）。ログのとおりに直してください。鍵ファイルの権限は 0600 にしてください。</translation>
    </message>
    <message>
        <source>The link table's key file cannot be used. Check [identity].link_key_file (mode 0600, 32 bytes or more).</source>
        <translation>紐付けテーブルの鍵ファイルが使えません。[identity].link_key_file を確認してください（権限 0600、32バイト以上）。</translation>
    </message>
    <message>
        <source>The link table cannot be opened. Check [identity].link_database and that [kiosk].data_dir is writable.</source>
        <translation>紐付けテーブルを開けません。[identity].link_database と、[kiosk].data_dir に書き込めるかを確認してください。</translation>
    </message>
    <message>
        <source>No JPKI trust anchor is configured, or its file is missing: set [identity].trust_anchors. Until then every My Number Card is refused.</source>
        <translation>公的個人認証のトラストアンカーが設定されていないか、そのファイルがありません。[identity].trust_anchors を設定してください。それまではマイナンバーカードをすべてお断りします。</translation>
    </message>
    <message>
        <source>A trust anchor in [identity].trust_anchors cannot be used (not a CA certificate, or without a key identifier). Replace the file with the JPKI CA certificate.</source>
        <translation>[identity].trust_anchors のトラストアンカーが使えません（CA証明書でない、または鍵識別子がない）。公的個人認証のCA証明書に差し替えてください。</translation>
    </message>
    <message>
        <source>My Number Card identification could not be set up; the log says which setting to fix.</source>
        <translation>マイナンバーカードによる本人確認を準備できませんでした。直すべき設定はログに記録されています。</translation>
    </message>
    <message>
        <source>The configuration has an error; the message names the key and the fix (kiosk config check).</source>
        <translation>設定に誤りがあります。メッセージに示された項目と直し方に従ってください（kiosk config check）。</translation>
    </message>
    <message>
        <source>Identification failed without a more precise reason. See the recent errors in maintenance.</source>
        <translation>詳しい理由が分からないまま本人確認に失敗しました。保守画面の最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The library system refused the patron without a more precise reason. Look at the patron's record in the library system.</source>
        <translation>図書館システムが、詳しい理由を示さずに利用者をお断りしました。図書館システムで利用者の記録を確認してください。</translation>
    </message>
    <message>
        <source>The patron session was driven in a way it does not allow (a program fault). Export a diagnostic bundle and send it to the supplier.</source>
        <translation>利用者セッションが想定外の手順で操作されました（プログラムの不具合）。診断データを書き出し、保守業者にお送りください。</translation>
    </message>
    <message>
        <source>Lending failed in an unexpected way. See the recent errors, and check the item at the counter.</source>
        <translation>想定外の理由で貸出に失敗しました。最近のエラーを確認し、カウンターで資料を確認してください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Look at the printer's state.</source>
        <translation>貸出票を印刷できませんでした。プリンターの状態を確認してください。</translation>
    </message>
    <message>
        <source>No receipt printer is configured ([printer].port), so no receipt was printed.</source>
        <translation>プリンター（[printer].port）が設定されていないため、貸出票は印刷していません。</translation>
    </message>
    <message>
        <source>The validation service could not be used just now. Cards are refused until it answers; if it lasts, check the network to the LGWAN.</source>
        <translation>いま検証サービスを利用できません。応答が戻るまでマイナンバーカードはお断りします。長く続く場合はLGWANへのネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The validation server cannot be reached (connection refused, or no route). Check the network and [validation].ocsp_url and proxy; cards are refused meanwhile.</source>
        <translation>検証サーバーに接続できません（接続拒否、または経路がない）。ネットワークと [validation].ocsp_url、proxy を確認してください。その間マイナンバーカードはお断りします。</translation>
    </message>
    <message>
        <source>The validation server did not answer in time. If it lasts, check the network and the [validation] timeouts; cards are refused meanwhile.</source>
        <translation>検証サーバーが時間内に応答しませんでした。続く場合はネットワークと [validation] のタイムアウトを確認してください。その間マイナンバーカードはお断りします。</translation>
    </message>
    <message>
        <source>The proxy to the validation server failed. Check [validation].proxy and the LGWAN gateway.</source>
        <translation>検証サーバーへのプロキシで問題が起きました。[validation].proxy とLGWANのゲートウェイを確認してください。</translation>
    </message>
    <message>
        <source>The OCSP responder is busy and asks to try later. Cards are refused until it answers.</source>
        <translation>OCSPレスポンダーが混雑しており、後で試すよう回答しました。応答が戻るまでマイナンバーカードはお断りします。</translation>
    </message>
    <message>
        <source>The OCSP responder reported an internal error. Cards are refused until it recovers; if it lasts, tell its operator.</source>
        <translation>OCSPレスポンダーが内部エラーを返しました。回復するまでマイナンバーカードはお断りします。続く場合はレスポンダーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The CRL is past its nextUpdate and no newer one could be fetched. Check [validation].crl_url and the network, or import a new CRL (kiosk cert crl import).</source>
        <translation>CRLが次回更新日時（nextUpdate）を過ぎており、新しいCRLを取得できませんでした。[validation].crl_url とネットワークを確認するか、新しいCRLを取り込んでください（kiosk cert crl import）。</translation>
    </message>
    <message>
        <source>No CRL is stored for the issuing CA. Fetch one (kiosk cert crl fetch) or import one from USB (kiosk cert crl import).</source>
        <translation>発行元CAのCRLが保存されていません。取得するか（kiosk cert crl fetch）、USBから取り込んでください（kiosk cert crl import）。</translation>
    </message>
    <message>
        <source>Offline, and the stored CRL is older than [validation].offline_max_crl_age_s, so cards are refused. Bring the kiosk online, or import a fresh CRL.</source>
        <translation>オフラインで、保存しているCRLが [validation].offline_max_crl_age_s より古いため、マイナンバーカードはお断りしています。端末をオンラインにするか、新しいCRLを取り込んでください。</translation>
    </message>
    <message>
        <source>The validation service cannot be reached and offline acceptance is off ([validation].offline_acceptance), so cards are refused. Check the network.</source>
        <translation>検証サービスにつながらず、オフラインでの受け付け（[validation].offline_acceptance）も無効のため、マイナンバーカードはお断りしています。ネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The TLS connection to the validation server failed (its certificate, the pinning, or the client certificate). Check ca_bundle, pinned_cert, client_cert and client_key in [validation].</source>
        <translation>検証サーバーとのTLS接続に失敗しました（サーバー証明書、ピン留め、クライアント証明書のいずれか）。[validation] の ca_bundle、pinned_cert、client_cert、client_key を確認してください。</translation>
    </message>
    <message>
        <source>The validation server answered with the wrong content type or too much data. Check that the URL points at the OCSP responder or the CRL.</source>
        <translation>検証サーバーの応答の種類が違うか、大きすぎます。URLがOCSPレスポンダーまたはCRLを指しているか確認してください。</translation>
    </message>
    <message>
        <source>The validation settings cannot be used (for example an unreadable pinned certificate). Fix [validation] as the log says.</source>
        <translation>検証の設定が使えません（ピン留めした証明書が読めない、など）。ログのとおりに [validation] を直してください。</translation>
    </message>
    <message>
        <source>No validation service is configured, so every My Number Card is refused (fail closed). Set up [validation].</source>
        <translation>検証サービスが設定されていないため、マイナンバーカードはすべてお断りしています（安全側に倒した動作です）。[validation] を設定してください。</translation>
    </message>
    <message>
        <source>The validation check failed in an unexpected way. See the recent errors and tell the supplier.</source>
        <translation>証明書の検証が想定外の理由で失敗しました。最近のエラーを確認し、保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP answer must not be believed. The recent errors give the precise reason; tell the responder's operator.</source>
        <translation>OCSP応答は信頼できません。詳しい理由は最近のエラーで確認し、レスポンダーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP answer's signature does not verify, or uses an algorithm not supported: forged or damaged. Cards are refused; tell the responder's operator.</source>
        <translation>OCSP応答の署名を検証できないか、対応していない方式です。偽造または破損のおそれがあります。マイナンバーカードはお断りしています。レスポンダーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP answer is about another certificate than the one asked. Check that [validation].ocsp_url is the right responder.</source>
        <translation>OCSP応答が、問い合わせたものとは別の証明書についての回答でした。[validation].ocsp_url が正しいレスポンダーか確認してください。</translation>
    </message>
    <message>
        <source>The OCSP answer does not decode. Check that [validation].ocsp_url points at an OCSP responder.</source>
        <translation>OCSP応答を解読できません。[validation].ocsp_url がOCSPレスポンダーを指しているか確認してください。</translation>
    </message>
    <message>
        <source>The OCSP responder says the kiosk's request is malformed. Tell the supplier (and try [validation].ocsp_method = "post").</source>
        <translation>OCSPレスポンダーが、端末からの要求の形式が不正だと回答しました。保守業者にお知らせください（[validation].ocsp_method = "post" もお試しください）。</translation>
    </message>
    <message>
        <source>The OCSP answer carries another request's nonce: a replayed or cached answer. Check that no proxy caches the answers; cards are refused meanwhile.</source>
        <translation>OCSP応答に別の要求のナンスが入っています。再送またはキャッシュされた応答です。応答をキャッシュしているプロキシがないか確認してください。その間マイナンバーカードはお断りします。</translation>
    </message>
    <message>
        <source>The OCSP answer carries no nonce, so it may be replayed. The responder must return the nonce; tell its operator.</source>
        <translation>OCSP応答にナンスが入っていないため、再送された応答のおそれがあります。レスポンダーはナンスを返す必要があります。運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP answer is dated in the future: the kiosk's or the responder's clock is wrong. Check the kiosk's date and time (NTP).</source>
        <translation>OCSP応答の日時が未来になっています。端末またはレスポンダーの時計がずれています。端末の日付と時刻（NTP）を確認してください。</translation>
    </message>
    <message>
        <source>The OCSP answer is out of date (past its nextUpdate, or too old): a stale cache, or a wrong clock. Check the proxies and the kiosk's date and time.</source>
        <translation>OCSP応答が古くなっています（nextUpdate を過ぎている、または古すぎる）。キャッシュが古いか、時計がずれています。プロキシと、端末の日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>The OCSP answer is signed by a certificate the issuing CA did not delegate for OCSP. Check [validation].responder_certs, or tell the responder's operator.</source>
        <translation>OCSP応答が、発行元CAからOCSP署名を委任されていない証明書で署名されています。[validation].responder_certs を確認するか、レスポンダーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP answer is signed by neither the issuing CA nor a responder it names. Check [validation].responder_certs and the trust anchors.</source>
        <translation>OCSP応答の署名者が、発行元CAでもCAが指定したレスポンダーでもありません。[validation].responder_certs とトラストアンカーを確認してください。</translation>
    </message>
    <message>
        <source>The OCSP responder wants signed requests, which this kiosk does not send. Tell the responder's operator.</source>
        <translation>OCSPレスポンダーは署名付きの要求を求めていますが、この端末は署名付きの要求を送りません。レスポンダーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The OCSP responder refuses to answer this kiosk. Check its access rights with the responder's operator ([validation].client_cert).</source>
        <translation>OCSPレスポンダーがこの端末への回答を拒否しました。レスポンダーの運用者と利用権限を確認してください（[validation].client_cert）。</translation>
    </message>
    <message>
        <source>A CRL that must not be used; the log says why. Fetch or import a correct one.</source>
        <translation>使えないCRLです。理由はログに記録されています。正しいCRLを取得するか、取り込んでください。</translation>
    </message>
    <message>
        <source>The CRL's signature does not verify with the CA's key: damaged or forged. It was not used; fetch or import it again.</source>
        <translation>CRLの署名がCAの鍵で検証できません。破損または偽造のおそれがあるため、使いませんでした。もう一度取得するか、取り込んでください。</translation>
    </message>
    <message>
        <source>The file is not a CRL, or it does not decode. Fetch or import the right file.</source>
        <translation>ファイルがCRLではないか、解読できません。正しいファイルを取得するか、取り込んでください。</translation>
    </message>
    <message>
        <source>The CRL is dated in the future. Check the kiosk's date and time (NTP).</source>
        <translation>CRLの日時が未来になっています。端末の日付と時刻（NTP）を確認してください。</translation>
    </message>
    <message>
        <source>Delta CRLs, and CRLs that cover only part of the certificates, are not supported. Use the CA's full CRL.</source>
        <translation>差分CRLや、一部の証明書だけを対象とするCRLには対応していません。CAの完全なCRLを使ってください。</translation>
    </message>
    <message>
        <source>The CRL is not from a configured CA. Check [validation].crl_url and [identity].trust_anchors.</source>
        <translation>CRLが、設定されているCAのものではありません。[validation].crl_url と [identity].trust_anchors を確認してください。</translation>
    </message>
    <message>
        <source>The CRL is older than the one already stored, so it was not stored (--force replaces it anyway).</source>
        <translation>すでに保存しているCRLより古いため、保存しませんでした（それでも置き換える場合は --force を付けてください）。</translation>
    </message>
    <message>
        <source>The CRL store on disk could not be read or written (full disk, permissions). Check [kiosk].data_dir.</source>
        <translation>ディスク上のCRLの保存場所を読み書きできません（空き容量不足、権限など）。[kiosk].data_dir を確認してください。</translation>
    </message>
    <message>
        <source>This validation client has no CRL store: a set-up fault. Tell the supplier.</source>
        <translation>この検証クライアントにはCRLの保存場所がありません。設定の不具合です。保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>[validation].crl_url is not set, so no CRL can be fetched. Set it, or import CRLs from USB.</source>
        <translation>[validation].crl_url が設定されていないため、CRLを取得できません。設定するか、USBからCRLを取り込んでください。</translation>
    </message>
    <message>
        <source>The stored CRL is past 80 % of the age allowed offline. Fetch or import a new one soon.</source>
        <translation>保存しているCRLが、オフラインで認められる期間の8割を過ぎました。早めに新しいCRLを取得するか、取り込んでください。</translation>
    </message>
    <message>
        <source>The responder says [validation].probe_cert is revoked: the test card's certificate was revoked, or the setting names the wrong file.</source>
        <translation>レスポンダーが [validation].probe_cert を失効と回答しました。試験用カードの証明書が失効したか、設定が別のファイルを指しています。</translation>
    </message>
    <message>
        <source>The responder does not know [validation].probe_cert. Check the setting, and that the responder is the right one.</source>
        <translation>レスポンダーが [validation].probe_cert を把握していません。設定と、レスポンダーが正しいかを確認してください。</translation>
    </message>
    <message>
        <source>[validation].probe_cert was issued by none of the trust anchors. Use a certificate from a configured JPKI CA.</source>
        <translation>[validation].probe_cert は、どのトラストアンカーからも発行されていません。設定されている公的個人認証のCAが発行した証明書を使ってください。</translation>
    </message>
    <message>
        <source>[validation].probe_cert cannot be read as a certificate. Check the file.</source>
        <translation>[validation].probe_cert を証明書として読み取れません。ファイルを確認してください。</translation>
    </message>
    <message>
        <source>The live check of the validation link failed unexpectedly. See the recent errors.</source>
        <translation>検証回線の確認が想定外の理由で失敗しました。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The library system does not know this card number. Check the card at the counter.</source>
        <translation>図書館システムにこのカード番号が登録されていません。カウンターでカードを確認してください。</translation>
    </message>
    <message>
        <source>The library system says the patron record is not valid. Check it at the counter.</source>
        <translation>図書館システムが、利用者の記録を無効と回答しました。カウンターで確認してください。</translation>
    </message>
    <message>
        <source>The library card's password was wrong. The patron can try again, or staff can reset it in the library system.</source>
        <translation>図書館カードのパスワードが違います。もう一度入力していただくか、図書館システムでパスワードを再設定してください。</translation>
    </message>
    <message>
        <source>The library card is reported lost, so lending is blocked. Confirm the patron's identity at the counter and issue a new card.</source>
        <translation>この図書館カードは紛失届が出ているため、貸出を止めています。カウンターでご本人を確認し、カードを再発行してください。</translation>
    </message>
    <message>
        <source>The library system blocks lending to this patron. Look at the patron's record at the counter.</source>
        <translation>図書館システムで、この利用者への貸出が止められています。カウンターで利用者の記録を確認してください。</translation>
    </message>
    <message>
        <source>The patron's registration has expired. Renew it at the counter (with proof of address).</source>
        <translation>利用者登録の有効期限が切れています。カウンターで更新してください（住所の確認が必要です）。</translation>
    </message>
    <message>
        <source>The patron has reached the borrowing limit. Returns first, or the counter decides.</source>
        <translation>貸出冊数の上限に達しています。先に返却していただくようご案内するか、カウンターで対応してください。</translation>
    </message>
    <message>
        <source>The patron has too many overdue items. Ask for them back at the counter.</source>
        <translation>延滞中の資料が多すぎます。カウンターで返却をお願いしてください。</translation>
    </message>
    <message>
        <source>The patron has reached a limit of the library system. Check it at the counter.</source>
        <translation>図書館システムの上限に達しています。カウンターで確認してください。</translation>
    </message>
    <message>
        <source>The patron's fines or fees are above the library's limit. Settle them at the counter.</source>
        <translation>延滞料などが図書館の上限を超えています。カウンターで精算してください。</translation>
    </message>
    <message>
        <source>The patron has fines or fees to settle at the counter.</source>
        <translation>精算が必要な料金があります。カウンターで精算してください。</translation>
    </message>
    <message>
        <source>The library system could not be reached. Loans go to the offline journal where allowed; if it lasts, check the network and the library system ([sip2]).</source>
        <translation>図書館システムにつながりませんでした。許可されている場合は、オフライン貸出として記録します。続く場合はネットワークと図書館システム（[sip2]）を確認してください。</translation>
    </message>
    <message>
        <source>Offline: the library system (or, on the printer's line, the printer) says it is offline. Check the network or the device's online switch.</source>
        <translation>オフラインです。図書館システム（プリンターの行ではプリンター）がオフラインと報告しています。ネットワーク、または機器のオンライン状態を確認してください。</translation>
    </message>
    <message>
        <source>The library system cannot be reached (no connection). Check the network and [sip2].host and port.</source>
        <translation>図書館システムに接続できません。ネットワークと [sip2].host、port を確認してください。</translation>
    </message>
    <message>
        <source>The library system did not answer in time. Check its load and the network; [sip2].timeout_s sets the wait.</source>
        <translation>図書館システムが時間内に応答しませんでした。システムの負荷とネットワークを確認してください。待ち時間は [sip2].timeout_s で設定します。</translation>
    </message>
    <message>
        <source>The connection to the library system closed or failed. It reconnects by itself; if it keeps happening, check the network.</source>
        <translation>図書館システムとの接続が切れました。自動で再接続します。繰り返す場合はネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The library system went away during a replay; the rest waits for the next sync.</source>
        <translation>再送の途中で図書館システムとの接続が切れました。残りは次の同期で送信します。</translation>
    </message>
    <message>
        <source>No library system is configured ([sip2]), so nothing can be synced.</source>
        <translation>図書館システム（[sip2]）が設定されていないため、同期できません。</translation>
    </message>
    <message>
        <source>Another sync of the offline journal is running (the kiosk, or another command); nothing was sent. Run it again when that one has finished.</source>
        <translation>オフライン記録の同期が別に実行中です（端末または別のコマンド）。何も送信していません。終わってからもう一度実行してください。</translation>
    </message>
    <message>
        <source>The library system refused the kiosk's login. Check [sip2].username and password with the library system's administrator.</source>
        <translation>図書館システムが端末のログインを拒否しました。[sip2].username と password を図書館システムの管理者と確認してください。</translation>
    </message>
    <message>
        <source>An error in the conversation with the library system (SIP2). See the recent errors.</source>
        <translation>図書館システム（SIP2）とのやり取りでエラーが起きました。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The library system sent bytes that are not a valid SIP2 message. Check [sip2].encoding and terminator; if it lasts, tell the library system's supplier.</source>
        <translation>図書館システムから、正しいSIP2メッセージではないデータが届きました。[sip2].encoding と terminator を確認し、続く場合は図書館システムの業者にお知らせください。</translation>
    </message>
    <message>
        <source>A SIP2 message's checksum does not match: noise on the line, or error detection set differently on the two sides ([sip2].error_detection).</source>
        <translation>SIP2メッセージのチェックサムが一致しません。回線の雑音か、双方の誤り検出の設定（[sip2].error_detection）の食い違いです。</translation>
    </message>
    <message>
        <source>The library system sent a SIP2 command this kiosk does not know; it was ignored.</source>
        <translation>図書館システムから、この端末が知らないSIP2コマンドが届きました。無視しました。</translation>
    </message>
    <message>
        <source>A SIP2 message could not be encoded (text the character set cannot carry). Check [sip2].encoding (utf-8 for Japanese).</source>
        <translation>SIP2メッセージを符号化できませんでした（文字コードで表せない文字）。[sip2].encoding を確認してください（日本語には utf-8）。</translation>
    </message>
    <message>
        <source>The library system sent more data without a terminator than any SIP2 message holds. Check [sip2].terminator.</source>
        <translation>図書館システムから、終端記号のないままSIP2メッセージとしては長すぎるデータが届きました。[sip2].terminator を確認してください。</translation>
    </message>
    <message>
        <source>The library system broke the SIP2 conversation rules (a reply of the wrong type, endless resend requests). Tell its supplier.</source>
        <translation>図書館システムがSIP2の手順に反しました（種類の違う応答、再送要求の繰り返しなど）。図書館システムの業者にお知らせください。</translation>
    </message>
    <message>
        <source>A SIP2 request was sent while another still waited for its reply (a program fault). Tell the supplier.</source>
        <translation>SIP2の要求が応答を待っている間に、次の要求が送られました（プログラムの不具合）。保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>A loan had to be undone (the tag's security could not be switched) and the library system refused the check-in. Check the item at the counter.</source>
        <translation>タグのセキュリティを切り替えられなかったため貸出を取り消そうとしましたが、図書館システムが返却処理を拒否しました。カウンターで資料を確認してください。</translation>
    </message>
    <message>
        <source>The library system does not know this item. Check its barcode or tag at the counter.</source>
        <translation>図書館システムにこの資料が登録されていません。カウンターでバーコードまたはタグを確認してください。</translation>
    </message>
    <message>
        <source>The item is reserved for another patron. Put it on the hold shelf.</source>
        <translation>ほかの利用者の予約がある資料です。予約棚に置いてください。</translation>
    </message>
    <message>
        <source>The item is for use in the library only.</source>
        <translation>館内利用のみの資料です。</translation>
    </message>
    <message>
        <source>The item does not circulate.</source>
        <translation>貸出対象外の資料です。</translation>
    </message>
    <message>
        <source>The library system shows the item as lent to someone else. Check it in at the counter, then lend it.</source>
        <translation>図書館システムでは、この資料はほかの利用者に貸出中です。カウンターで返却処理をしてから貸出してください。</translation>
    </message>
    <message>
        <source>The item is already lent to this patron. Renew it at the counter if wanted.</source>
        <translation>この資料はすでにこの利用者に貸出中です。必要であればカウンターで延長してください。</translation>
    </message>
    <message>
        <source>The link failed after the request was sent and the outcome could not be looked up. Check the item's status in the library system before lending it again.</source>
        <translation>要求を送った後で接続が切れ、結果を確認できませんでした。もう一度貸出する前に、図書館システムで資料の状態を確認してください。</translation>
    </message>
    <message>
        <source>The library system refused the renewal.</source>
        <translation>図書館システムが貸出の延長を拒否しました。</translation>
    </message>
    <message>
        <source>The item is not lent to this patron, so it cannot be renewed or returned as such.</source>
        <translation>この資料はこの利用者に貸出されていないため、延長や返却の対象になりません。</translation>
    </message>
    <message>
        <source>The library system refused without a reason the kiosk knows; the patron was shown its own message.</source>
        <translation>図書館システムが、端末の知らない理由でお断りしました。利用者には図書館システムのメッセージが表示されています。</translation>
    </message>
    <message>
        <source>The tag's security could not be switched to lent, so the loan was undone. Lend the item at the counter.</source>
        <translation>タグのセキュリティを「貸出中」に切り替えられなかったため、貸出を取り消しました。カウンターで貸出してください。</translation>
    </message>
    <message>
        <source>The item's tag could not be used. Lend the item at the counter.</source>
        <translation>資料のタグが使えませんでした。カウンターで貸出してください。</translation>
    </message>
    <message>
        <source>No RFID pad is configured, so no tag's security can be switched and nothing is lent. Set [rfid].port.</source>
        <translation>RFIDパッドが設定されていないため、タグのセキュリティを切り替えられず、貸出できません。[rfid].port を設定してください。</translation>
    </message>
    <message>
        <source>The item was scanned but its tag is not on the pad, so its security could not be switched. The patron puts it on the pad and scans it again.</source>
        <translation>バーコードは読み取りましたが、資料のタグがパッドの上にないため、セキュリティを切り替えられませんでした。資料をパッドに置いて、もう一度読み取っていただいてください。</translation>
    </message>
    <message>
        <source>The item's tag is not on the pad.</source>
        <translation>資料のタグがパッドの上にありません。</translation>
    </message>
    <message>
        <source>Not every part of the set is on the pad, so it was not lent ([rfid] sets).</source>
        <translation>セット資料の一部がパッドの上にないため、貸出しませんでした（[rfid] のセットの設定による）。</translation>
    </message>
    <message>
        <source>This identification method may not lend offline.</source>
        <translation>この本人確認の方法では、オフライン貸出はできません。</translation>
    </message>
    <message>
        <source>The library system is away and offline lending is off ([offline].lending).</source>
        <translation>図書館システムにつながらず、オフライン貸出（[offline].lending）も無効です。</translation>
    </message>
    <message>
        <source>The library system is away and this identification method may not lend offline ([offline].identification).</source>
        <translation>図書館システムにつながらず、この本人確認の方法ではオフライン貸出ができません（[offline].identification）。</translation>
    </message>
    <message>
        <source>The patron has reached the offline limit ([offline].items_per_patron).</source>
        <translation>オフライン貸出の上限（[offline].items_per_patron）に達しています。</translation>
    </message>
    <message>
        <source>The offline journal refused the loan; the log says why.</source>
        <translation>オフライン記録が貸出の記録を拒否しました。理由はログに記録されています。</translation>
    </message>
    <message>
        <source>The item already waits in the offline journal. Check it at the counter.</source>
        <translation>この資料はすでにオフライン記録で送信待ちです。カウンターで確認してください。</translation>
    </message>
    <message>
        <source>The disk is full, so the offline journal cannot record more loans. Free space in [kiosk].data_dir and sync.</source>
        <translation>ディスクがいっぱいのため、オフライン記録にこれ以上貸出を記録できません。[kiosk].data_dir の空きを作り、同期してください。</translation>
    </message>
    <message>
        <source>The offline journal could not record the loan. See the recent errors.</source>
        <translation>オフライン記録に貸出を記録できませんでした。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The patron number or the item number is not valid text, so the loan could not be recorded offline.</source>
        <translation>利用者番号または資料番号が正しい文字列ではないため、オフラインで記録できませんでした。</translation>
    </message>
    <message>
        <source>The disk of the offline journal is full. Free space in [kiosk].data_dir.</source>
        <translation>オフライン記録のディスクがいっぱいです。[kiosk].data_dir の空きを作ってください。</translation>
    </message>
    <message>
        <source>The offline journal cannot be opened, so offline lending is off. Check [kiosk].data_dir and the key file.</source>
        <translation>オフライン記録を開けないため、オフライン貸出は使えません。[kiosk].data_dir と鍵ファイルを確認してください。</translation>
    </message>
    <message>
        <source>The offline journal failed. See the recent errors.</source>
        <translation>オフライン記録で問題が起きました。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The offline journal's key file cannot be used. Check data_dir/offline.key (mode 0600).</source>
        <translation>オフライン記録の鍵ファイルが使えません。data_dir/offline.key（権限 0600）を確認してください。</translation>
    </message>
    <message>
        <source>The offline journal's key file cannot be read (permissions, or the file is missing).</source>
        <translation>オフライン記録の鍵ファイルを読めません（権限、またはファイルがない）。</translation>
    </message>
    <message>
        <source>The offline journal's key file is damaged. Restore it from the backup: without it the waiting loans cannot be read.</source>
        <translation>オフライン記録の鍵ファイルが壊れています。バックアップから戻してください。鍵がないと、送信待ちの貸出を読み出せません。</translation>
    </message>
    <message>
        <source>A journal row is sealed with a key that is no longer in the key file (a key rotation went wrong). Restore the previous key file.</source>
        <translation>記録の一部が、鍵ファイルにもうない鍵で暗号化されています（鍵の更新に失敗しています）。以前の鍵ファイルを戻してください。</translation>
    </message>
    <message>
        <source>A journal row cannot be read. See the recent errors.</source>
        <translation>オフライン記録の行を読めません。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>A journal row failed its integrity check: damaged or tampered with. Do not delete the journal; tell the supplier.</source>
        <translation>オフライン記録の行が完全性の検査に失敗しました。破損または改ざんのおそれがあります。記録は削除せず、保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>The RFID pad failed. See the recent errors.</source>
        <translation>RFIDパッドで問題が起きました。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The RFID reader is not present. Check the USB cable and [rfid].port.</source>
        <translation>RFID読み取り機が見つかりません。USBケーブルと [rfid].port を確認してください。</translation>
    </message>
    <message>
        <source>The RFID reader does not answer. Switch it off and on again.</source>
        <translation>RFID読み取り機が応答しません。電源を入れ直してください。</translation>
    </message>
    <message>
        <source>The RFID reader sent bytes that are not a valid frame. Check [rfid].port and the cable, then switch the reader off and on again.</source>
        <translation>RFID読み取り機から正しくないデータが届きました。[rfid].port とケーブルを確認し、読み取り機の電源を入れ直してください。</translation>
    </message>
    <message>
        <source>Something tried to send a command the kiosk never sends to tags (a lock); it was stopped. Tell the supplier.</source>
        <translation>タグに送ってはならないコマンド（ロック）を送ろうとしたため、止めました。保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>The tag did not answer (it left the pad, or the radio link failed). Put the item back on the pad.</source>
        <translation>タグが応答しませんでした（パッドから離れたか、無線の通信に失敗）。資料をパッドに置き直してください。</translation>
    </message>
    <message>
        <source>The reader could not write to the tag. Try again; if it keeps failing, replace the tag.</source>
        <translation>タグに書き込めませんでした。もう一度試し、失敗が続く場合はタグを交換してください。</translation>
    </message>
    <message>
        <source>The tag's security read back differently from what was written. Try again (kiosk device security); if it keeps failing, replace the tag.</source>
        <translation>タグのセキュリティを読み直した値が、書き込んだ値と違います。もう一度試し（kiosk device security）、続く場合はタグを交換してください。</translation>
    </message>
    <message>
        <source>The tag's memory does not hold a valid record of the configured data model ([rfid].tag_model). Encode the tag again.</source>
        <translation>タグのメモリに、設定したデータモデル（[rfid].tag_model）の正しい記録がありません。タグを書き直してください。</translation>
    </message>
    <message>
        <source>The tag's basic block fails its CRC: the tag is damaged or badly written. Encode it again.</source>
        <translation>タグの基本ブロックのCRCが一致しません。タグの破損か書き込みの誤りです。書き直してください。</translation>
    </message>
    <message>
        <source>The tag is written in another data model or an unknown version. Check [rfid].tag_model, or encode the tag again.</source>
        <translation>タグが別のデータモデルか、未知の版で書かれています。[rfid].tag_model を確認するか、タグを書き直してください。</translation>
    </message>
    <message>
        <source>The tag is blank. Encode it at the counter.</source>
        <translation>タグに何も書き込まれていません。カウンターで書き込んでください。</translation>
    </message>
    <message>
        <source>An extension block of the tag fails its checksum; the item still lends if its number reads. Encode the tag again.</source>
        <translation>タグの拡張ブロックのチェックサムが一致しません。資料番号が読めれば貸出はできます。タグを書き直してください。</translation>
    </message>
    <message>
        <source>The chain of the tag's extension blocks is broken; the item number may still read. Encode the tag again.</source>
        <translation>タグの拡張ブロックのつながりが壊れています。資料番号は読める場合があります。タグを書き直してください。</translation>
    </message>
    <message>
        <source>An extension block of the tag does not decode. Encode the tag again.</source>
        <translation>タグの拡張ブロックを解読できません。タグを書き直してください。</translation>
    </message>
    <message>
        <source>The tag's owner library (ISIL) does not decode; the item still lends. Encode the tag again when convenient.</source>
        <translation>タグの所蔵館コード（ISIL）を解読できません。貸出はできます。都合のよいときにタグを書き直してください。</translation>
    </message>
    <message>
        <source>A numeric field of the tag does not decode. Encode the tag again.</source>
        <translation>タグの数値の項目を解読できません。タグを書き直してください。</translation>
    </message>
    <message>
        <source>The tag uses an ISO 28560-2 compaction this kiosk does not support. Encode it again (UTF-8 for Japanese titles).</source>
        <translation>タグが、この端末の対応していないISO 28560-2の圧縮方式を使っています。書き直してください（日本語の書名はUTF-8で）。</translation>
    </message>
    <message>
        <source>A UID is 8 bytes in hex (16 digits), as kiosk device inventory shows it.</source>
        <translation>UIDは16進数で8バイト（16桁）です。kiosk device inventory の表示のとおりに入力してください。</translation>
    </message>
    <message>
        <source>The tag's UID is not in the UID table ([rfid].uid_table). Add it.</source>
        <translation>タグのUIDがUID表（[rfid].uid_table）にありません。追加してください。</translation>
    </message>
    <message>
        <source>A line of the UID table ([rfid].uid_table) is not in the form uid,item. Correct the file.</source>
        <translation>UID表（[rfid].uid_table）に、「uid,item」の形になっていない行があります。ファイルを直してください。</translation>
    </message>
    <message>
        <source>Printer: paper out. Load a new roll.</source>
        <translation>プリンターの用紙がありません。新しいロール紙を入れてください。</translation>
    </message>
    <message>
        <source>Printer: the paper is nearly finished. Have a new roll ready.</source>
        <translation>プリンターの用紙が残りわずかです。新しいロール紙を用意してください。</translation>
    </message>
    <message>
        <source>Printer: the cover is open. Close it.</source>
        <translation>プリンターのカバーが開いています。閉じてください。</translation>
    </message>
    <message>
        <source>Printer error (a cutter jam?). Open the printer, clear it and close the cover.</source>
        <translation>プリンターのエラーです（カッターの紙詰まりなど）。プリンターを開けて取り除き、カバーを閉じてください。</translation>
    </message>
    <message>
        <source>The printer cannot print now (paper, cover or an error); its state says which.</source>
        <translation>プリンターはいま印刷できません（用紙、カバー、エラーのいずれか）。状態の表示で確認してください。</translation>
    </message>
    <message>
        <source>The printer does not answer status requests. Is it switched on and online?</source>
        <translation>プリンターが状態の問い合わせに応答しません。電源が入っていて、オンラインになっているか確認してください。</translation>
    </message>
    <message>
        <source>The printer is not present. Check the cable and [printer].port.</source>
        <translation>プリンターが見つかりません。ケーブルと [printer].port を確認してください。</translation>
    </message>
    <message>
        <source>The device on the printer port does not answer like an ESC/POS printer. Check [printer].port.</source>
        <translation>プリンターのポートにつながっている機器が、ESC/POSプリンターとして応答しません。[printer].port を確認してください。</translation>
    </message>
    <message>
        <source>A barcode scanner failed. See the recent errors.</source>
        <translation>バーコードスキャナーで問題が起きました。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The scanner is not present. Check its cable and its port in [barcode].</source>
        <translation>スキャナーが見つかりません。ケーブルと、[barcode] のポートの設定を確認してください。</translation>
    </message>
    <message>
        <source>python-evdev is not installed, so keyboard-wedge scanners cannot be read. Install python3-evdev.</source>
        <translation>python-evdev が入っていないため、キーボード接続のスキャナーを読み取れません。python3-evdev をインストールしてください。</translation>
    </message>
    <message>
        <source>The scanned code's check digit is wrong: a misread, or the wrong scheme in [barcode].check_digit.</source>
        <translation>読み取ったコードのチェックディジットが合いません。読み取りの誤りか、[barcode].check_digit の方式の設定違いです。</translation>
    </message>
    <message>
        <source>Modulus 11 gives 10 for this number, which the configured scheme does not allow: not a valid number.</source>
        <translation>このコードはモジュラス11の計算で10になり、設定した方式では有効な番号になりません。</translation>
    </message>
    <message>
        <source>Nothing was scanned within the time allowed.</source>
        <translation>制限時間内に何も読み取られませんでした。</translation>
    </message>
    <message>
        <source>Not configured at this kiosk.</source>
        <translation>この端末には設定されていません。</translation>
    </message>
    <message>
        <source>The device node is present.</source>
        <translation>機器が接続されています。</translation>
    </message>
    <message>
        <source>The device node is missing. Check the cable and the path.</source>
        <translation>機器が見つかりません。ケーブルとパスを確認してください。</translation>
    </message>
    <message>
        <source>A technician passcode is 6 to 16 digits.</source>
        <translation>保守用パスコードは6～16桁の数字です。</translation>
    </message>
    <message>
        <source>The two passcodes typed differ. Type them again.</source>
        <translation>2回入力したパスコードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The folder for the diagnostic bundle cannot be created. Check [kiosk].data_dir.</source>
        <translation>診断データの保存先フォルダーを作成できません。[kiosk].data_dir を確認してください。</translation>
    </message>
    <message>
        <source>The diagnostic bundle could not be written (a full disk?).</source>
        <translation>診断データを書き込めませんでした（ディスクの空き不足など）。</translation>
    </message>
    <message>
        <source>The screens' translations could not be built (pyside6-lrelease), so the screens show English. Reinstall PySide6-Essentials.</source>
        <translation>画面の翻訳を作成できなかったため（pyside6-lrelease）、画面は英語で表示されます。PySide6-Essentials を入れ直してください。</translation>
    </message>
    <message>
        <source>A file given on the command line cannot be read.</source>
        <translation>コマンドで指定したファイルを読めません。</translation>
    </message>
    <message>
        <source>The command was given wrongly; see its --help.</source>
        <translation>コマンドの指定に誤りがあります。--help で使い方を確認してください。</translation>
    </message>
    <message>
        <source>No configured trust anchor issued this certificate. Give --issuer, or set [identity].trust_anchors.</source>
        <translation>設定されているトラストアンカーのどれも、この証明書を発行していません。--issuer を指定するか、[identity].trust_anchors を設定してください。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the CA given with --issuer.</source>
        <translation>この証明書は、--issuer で指定したCAが発行したものではありません。</translation>
    </message>
    <message>
        <source>The demo could not prepare its folder.</source>
        <translation>デモ用のフォルダーを準備できませんでした。</translation>
    </message>
    <message>
        <source>The demo could not set up its virtual card reader. Is pcscd running with the vpcd driver?</source>
        <translation>デモ用の仮想カード読み取り機を準備できませんでした。vpcd ドライバーを組み込んだ pcscd が動いているか確認してください。</translation>
    </message>
    <message>
        <source>There is no graphical display. Run it in a desktop session, or over ssh -X.</source>
        <translation>画面（ディスプレイ）がありません。デスクトップ環境か、ssh -X で実行してください。</translation>
    </message>
    <message>
        <source>The demo library system cannot listen on that port (is it in use?).</source>
        <translation>デモの図書館システムが、そのポートで待ち受けできません（使用中ではありませんか）。</translation>
    </message>
    <message>
        <source>There is no refused transaction with that number; kiosk queue refusals lists them.</source>
        <translation>その番号の拒否された取引はありません。kiosk queue refusals で一覧を確認してください。</translation>
    </message>
    <message>
        <source>The command failed; its message says why.</source>
        <translation>コマンドが失敗しました。理由はメッセージのとおりです。</translation>
    </message>
    <message>
        <source>The validation server answered with an HTTP server error (5xx): it is busy or failing. Cards are refused until it recovers; if it lasts, tell its operator.</source>
        <translation>検証サーバーがHTTPのサーバーエラー（5xx）を返しました。混雑しているか、障害が起きています。回復するまでマイナンバーカードはお断りします。続く場合はサーバーの運用者にお知らせください。</translation>
    </message>
    <message>
        <source>The validation server answered with an HTTP status that is not an answer (404, a redirect). Check [validation].ocsp_url and crl_url.</source>
        <translation>検証サーバーが、応答として使えないHTTPステータス（404、リダイレクトなど）を返しました。[validation].ocsp_url と crl_url を確認してください。</translation>
    </message>
    <message>
        <source>A validation problem this kiosk has no explanation for; cards are refused. See the recent errors and tell the supplier.</source>
        <translation>この端末に説明の登録がない検証の問題です。マイナンバーカードはお断りしています。最近のエラーを確認し、保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>An OCSP answer that cannot be believed, for a reason this kiosk has no explanation for; cards are refused. Tell the supplier.</source>
        <translation>この端末に説明の登録がない理由で、OCSP応答を信頼できません。マイナンバーカードはお断りしています。保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>A CRL problem this kiosk has no explanation for; cards are refused when the CRL is needed. Tell the supplier.</source>
        <translation>この端末に説明の登録がないCRLの問題です。CRLが必要な場合、マイナンバーカードはお断りします。保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>Offline lending could not take this item, for a reason this kiosk has no explanation for. Lend it at the counter.</source>
        <translation>この端末に説明の登録がない理由で、この資料をオフラインで貸出できませんでした。カウンターで貸出してください。</translation>
    </message>
    <message>
        <source>A code this kiosk has no explanation for. Note it and tell the supplier.</source>
        <translation>この端末に説明の登録がないコードです。コードを控えて、保守業者にお知らせください。</translation>
    </message>
    <message>
        <source>A card stopped answering in the middle of a command and the reader is still held by it. Ask the patron to lift the card; if this stays, unplug and replug the card reader or restart pcscd.</source>
        <translation>カードが処理の途中で応答しなくなり、カードリーダーがそのカードに占有されたままです。利用者にカードを持ち上げていただいてください。それでも解消しない場合は、カードリーダーを抜き差しするか、pcscdを再起動してください。</translation>
    </message>
    <message>
        <source>The library system sent a number the kiosk cannot read (not plain ASCII digits). The kiosk ignores that field; tell the library system's supplier if it repeats.</source>
        <translation>図書館システムから、端末が読めない数値（半角数字以外）が送られてきました。端末はその項目を無視します。繰り返し起きる場合は、図書館システムの業者にお知らせください。</translation>
    </message>
    <message>
        <source>The kiosk's status file cannot be read (missing, damaged or too large). If the kiosk is running, wait a few seconds; otherwise start it, and check [metrics].status_file.</source>
        <translation>端末の状態ファイルを読めません（ない、壊れている、または大きすぎます）。端末が動作中なら数秒待ってください。動作していない場合は起動し、[metrics].status_file を確認してください。</translation>
    </message>
    <message>
        <source>The kiosk cannot write its status file. Check that [metrics].status_file's folder exists and is writable by the kiosk user.</source>
        <translation>端末の状態ファイルを書き込めません。[metrics].status_file のフォルダーがあり、kioskユーザーが書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The offline journal could not be read for the status; the counts shown may be old. Run kiosk queue status to see why.</source>
        <translation>状態表示のためにオフライン記録を読めませんでした。表示中の件数は古い可能性があります。原因は kiosk queue status で確認してください。</translation>
    </message>
    <message>
        <source>The metrics endpoint's port is already used by another program. Choose another [metrics].port or stop the other program.</source>
        <translation>メトリクス用のポートが別のプログラムに使われています。[metrics].port を別の番号にするか、そのプログラムを止めてください。</translation>
    </message>
    <message>
        <source>The metrics endpoint could not be started. See the recent errors, and check [metrics].port.</source>
        <translation>メトリクスの提供を開始できませんでした。最近のエラーを確認し、[metrics].port を確かめてください。</translation>
    </message>
    <message>
        <source>Offline loans have been waiting for more than an hour. Check the library system link, then sync (maintenance, F5 on the bookmobile, or kiosk queue sync).</source>
        <translation>オフライン貸出が1時間以上送信待ちです。図書館システムとの接続を確認してから、同期してください（保守モード、移動図書館ではF5、または kiosk queue sync）。</translation>
    </message>
    <message>
        <source>Some offline loans need staff: refused by the library system, or not settled. See the refusal list in maintenance or kiosk queue refusals.</source>
        <translation>職員の確認が必要なオフライン貸出があります（図書館システムに断られたもの、または確定できないもの）。保守モードの一覧、または kiosk queue refusals で確認してください。</translation>
    </message>
    <message>
        <source>The library system is away and this library card number does not match [barcode].patron_patterns (or its check digit), so it may not borrow offline. Check the card at the counter.</source>
        <translation>図書館システムに接続できず、この図書館カードの番号が [barcode].patron_patterns（またはチェックディジット）に合わないため、オフラインでは貸し出せません。カウンターでカードを確認してください。</translation>
    </message>
    <message>
        <source>A tag on the pad could not be decoded because of a fault in the kiosk's tag decoder (only that tag is skipped). Lend the item at the counter, and send a diagnostic bundle to the supplier.</source>
        <translation>端末のタグ読み取り処理の不具合で、読み取り台のタグを解読できませんでした（そのタグだけを飛ばしています）。その資料はカウンターで貸し出し、診断情報を業者に送ってください。</translation>
    </message>
    <message>
        <source>The UID table ([rfid].uid_table) is not UTF-8 text. Save it as UTF-8 and restart the kiosk.</source>
        <translation>UID対応表（[rfid].uid_table）がUTF-8のテキストではありません。UTF-8で保存し直し、端末を再起動してください。</translation>
    </message>
    <message>
        <source>One of the kiosk's threads for this device stopped because of a fault; it is being restarted. If this repeats, restart the kiosk and send a diagnostic bundle to the supplier.</source>
        <translation>この機器を扱う端末内の処理（スレッド）が不具合で止まったため、再起動しています。繰り返す場合は端末を再起動し、診断情報を業者に送ってください。</translation>
    </message>
    <message>
        <source>One of the kiosk's threads for this device ended on its own; it is being restarted. If this repeats, restart the kiosk.</source>
        <translation>この機器を扱う端末内の処理（スレッド）が終了したため、再起動しています。繰り返す場合は端末を再起動してください。</translation>
    </message>
    <message>
        <source>A key file could not be written (a full disk, or a folder the kiosk user cannot write). Free space or fix the folder's permissions in [kiosk].data_dir; nothing was overwritten.</source>
        <translation>鍵ファイルを書き込めませんでした（ディスクがいっぱいか、kioskユーザーが書き込めないフォルダーです）。[kiosk].data_dir の空き容量を確保するか、フォルダーの権限を直してください。既存のものは上書きしていません。</translation>
    </message>
    <message>
        <source>Some offline loans could not be confirmed with the library system after several tries. Check each at the counter, then answer "it is lent" or "not lent: send it" in maintenance (or kiosk queue check).</source>
        <translation>何度か試しても図書館システムで確定できなかったオフライン貸出があります。それぞれカウンターで確認し、保守モード（または kiosk queue check）で「貸出済み」か「未貸出：送信する」を選んでください。</translation>
    </message>
    <message>
        <source>The library system could not say whether this offline loan reached it. Check the item at the counter and answer in maintenance (or kiosk queue check --lent/--send).</source>
        <translation>このオフライン貸出が図書館システムに届いたか確認できませんでした。カウンターで資料を確認し、保守モード（または kiosk queue check --lent/--send）で回答してください。</translation>
    </message>
    <message>
        <source>The maintenance lock state could not be saved (disk full or folder not writable); it is kept in memory until the kiosk restarts. Free space in [kiosk].data_dir.</source>
        <translation>保守モードのロック状態を保存できませんでした（ディスクがいっぱいか、フォルダーに書き込めません）。端末を再起動するまではメモリー上で保持します。[kiosk].data_dir の空き容量を確保してください。</translation>
    </message>
    <message>
        <source>A file the command needs could not be read or written; the message names it.</source>
        <translation>コマンドに必要なファイルを読み書きできませんでした。メッセージにファイル名が表示されています。</translation>
    </message>
    <message>
        <source>Twice the number of books the patron typed did not match what the pad read, so nothing was lent from the stack. Lend the books at the counter; if the pad often misses books, check it (maintenance: read a tag).</source>
        <translation>利用者が入力した冊数と読み取り台が読んだ冊数が2回とも合わなかったため、この本はどれも貸し出していません。カウンターで貸し出してください。読み取り台がよく本を読み落とす場合は点検してください（保守モード：タグの読み取り）。</translation>
    </message>
    <message>
        <source>Returns are not possible here now (the library system cannot be reached, or its connector cannot take returns). The patron uses the return slot or the counter.</source>
        <translation>いまこの端末では返却できません（図書館システムに接続できないか、接続方式が返却に対応していません）。返却ポストかカウンターをご案内してください。</translation>
    </message>
    <message>
        <source>A return failed in an unexpected way. Check the item at the counter (is it still lent?) and see the recent errors.</source>
        <translation>返却が想定外の理由で失敗しました。カウンターで資料を確認し（貸出中のままか）、最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>A renewal failed in an unexpected way. Check the loan at the counter and see the recent errors.</source>
        <translation>貸出延長が想定外の理由で失敗しました。カウンターで貸出状況を確認し、最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>The patron's account (loans, holds) could not be read from the library system. See the library link's state.</source>
        <translation>利用者の貸出・予約状況を図書館システムから読めませんでした。図書館システムとの接続状態を確認してください。</translation>
    </message>
    <message>
        <source>My Number Card reader</source>
        <translation>マイナンバーカードリーダー</translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation>RFIDパッド</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>バーコードスキャナー</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>レシートプリンター</translation>
    </message>
    <message>
        <source>Library system link</source>
        <translation>図書館システムとの接続</translation>
    </message>
    <message>
        <source>Card validation service</source>
        <translation>カード有効性確認サービス</translation>
    </message>
    <message>
        <source>Offline journal</source>
        <translation>オフライン貸出記録</translation>
    </message>
    <message>
        <source>Kiosk programs (threads)</source>
        <translation>端末の内部処理（スレッド）</translation>
    </message>
    <message>
        <source>Lending</source>
        <translation>貸出処理</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保守</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Working. Nothing to do.</source>
        <translation>正常に動作しています。対応は不要です。</translation>
    </message>
    <message>
        <source>Needs attention soon. See the recent errors.</source>
        <translation>近いうちに対応が必要です。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>Not working. See the recent errors.</source>
        <translation>動作していません。最近のエラーを確認してください。</translation>
    </message>
    <message>
        <source>Not checked yet: it is checked when it is next used.</source>
        <translation>まだ確認していません。次に使われたときに確認します。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Too many wrong technician passcodes: entry is locked for a while ([maintenance].lockout_s).</source>
        <translation>保守用パスコードの誤りが続いたため、しばらく入れないようにしました（[maintenance].lockout_s）。</translation>
    </message>
    <message>
        <source>The passcode lock could not be saved. Check that [kiosk].data_dir is writable.</source>
        <translation>パスコードのロック状態を保存できませんでした。[kiosk].data_dir に書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>A task of the kiosk failed unexpectedly. If it repeats, send a diagnostic bundle to the supplier.</source>
        <translation>端末の処理が予期せず失敗しました。繰り返す場合は、診断データを出力して保守業者に送ってください。</translation>
    </message>
    <message>
        <source>A card stopped answering and was given up. Ask the patron to place it again.</source>
        <translation>カードが応答しなくなったため、読み取りを中止しました。利用者にカードを置き直してもらってください。</translation>
    </message>
    <message>
        <source>Something went wrong; the code beside this names it. Send a diagnostic bundle to the supplier if it repeats.</source>
        <translation>問題が発生しました。内容は横のコードのとおりです。繰り返す場合は、診断データを出力して保守業者に送ってください。</translation>
    </message>
    <message>
        <source>A test receipt was printed. Check that it came out whole, cut, and marked as a test.</source>
        <translation>テスト印刷をしました。最後まで印刷されて切り取られ、テスト印刷と書かれていることを確認してください。</translation>
    </message>
    <message>
        <source>The card on the reader was read: PIN tries left: {tries_left}. No PIN was used.</source>
        <translation>リーダー上のカードを読み取りました。暗証番号の残り回数は{tries_left}回です（暗証番号は使っていません）。</translation>
    </message>
    <message>
        <source>Tags on the pad: {tags} (unreadable: {unreadable}, partly readable: {partial}).</source>
        <translation>パッド上のタグ: {tags}枚（読めないもの: {unreadable}枚、一部だけ読めたもの: {partial}枚）。</translation>
    </message>
    <message>
        <source>The card validation service works: it gave a signed, current answer.</source>
        <translation>カード有効性確認サービスは正常です。署名付きの最新の応答がありました。</translation>
    </message>
    <message>
        <source>The card validation service works, but:</source>
        <translation>カード有効性確認サービスは動作していますが、次の点に注意してください。</translation>
    </message>
    <message>
        <source>The test failed:</source>
        <translation>テストは失敗しました。</translation>
    </message>
    <message>
        <source>This test is not available on this kiosk (the device is not configured).</source>
        <translation>この端末ではこのテストを使えません（機器が設定されていません）。</translation>
    </message>
    <message>
        <source>The settings were not changed: a value is not allowed (the message names the key and the fix), or data_dir/site-settings.toml was edited by hand and cannot be read.</source>
        <translation>設定は変更されていません。使えない値が含まれているか（メッセージに項目名と直し方があります）、data_dir/site-settings.toml が手で編集されて読めなくなっています。</translation>
    </message>
    <message>
        <source>The settings could not be saved to data_dir/site-settings.toml, so nothing was changed. Check that [kiosk].data_dir exists and is writable by the kiosk user.</source>
        <translation>設定を data_dir/site-settings.toml に保存できなかったため、何も変更していません。[kiosk].data_dir があり、端末のユーザーが書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>A speech engine is missing, so the spoken guidance of some languages cannot be rendered: pyopenjtalk for Japanese (reinstall the kiosk's Python packages), espeak-ng for the others (Debian package espeak-ng). Then run kiosk speech render.</source>
        <translation>音声合成エンジンがないため、一部の言語の音声案内を作成できません。日本語は pyopenjtalk（端末の Python パッケージを入れ直してください）、その他の言語は espeak-ng（Debian パッケージ espeak-ng）が必要です。そのあと kiosk speech render を実行してください。</translation>
    </message>
    <message>
        <source>Open JTalk's dictionary is not installed, so the Japanese spoken guidance cannot be rendered. Install the Debian package open-jtalk-mecab-naist-jdic, then run kiosk speech render.</source>
        <translation>Open JTalk の辞書が入っていないため、日本語の音声案内を作成できません。Debian パッケージ open-jtalk-mecab-naist-jdic を入れてから、kiosk speech render を実行してください。</translation>
    </message>
    <message>
        <source>A phrase of the spoken guidance could not be rendered, so it is not spoken. See the recent errors; kiosk speech render tries again.</source>
        <translation>音声案内の一部の文を作成できなかったため、その文は読み上げられません。最近のエラーを確認してください。kiosk speech render で作成をやり直せます。</translation>
    </message>
    <message>
        <source>Rendering the spoken guidance did not finish in time (a busy machine). What was rendered is kept; the rest is rendered at the next start, or run kiosk speech render.</source>
        <translation>音声案内の作成が時間内に終わりませんでした（端末の負荷が高いため）。作成済みの分はそのまま使います。残りは次回の起動時に作成されます。すぐに作成するには kiosk speech render を実行してください。</translation>
    </message>
    <message>
        <source>The spoken guidance cannot be written to the speech folder of [kiosk].data_dir (permissions, or a full disk). Fix it, then run kiosk speech render.</source>
        <translation>[kiosk].data_dir の speech フォルダーに音声案内を書き込めません（権限、またはディスクの空き不足）。原因を解消してから kiosk speech render を実行してください。</translation>
    </message>
    <message>
        <source>The maintenance lock state file is damaged or is not the file the kiosk writes, so maintenance entry is locked for one lockout (as after too many wrong passcodes). Wait for it to end; if this repeats, check the file in [kiosk].data_dir.</source>
        <translation>保守モードのロック状態ファイルが壊れているか、端末が書いたものではないため、パスコードを続けて誤ったときと同じく、ロック時間ひとつ分、保守モードに入れません。終わるまでお待ちください。繰り返す場合は [kiosk].data_dir のファイルを確認してください。</translation>
    </message>
    <message>
        <source>The maintenance lock state file cannot be opened (permissions), so maintenance entry is locked for one lockout (as after too many wrong passcodes). Let the kiosk user read and write the file in [kiosk].data_dir.</source>
        <translation>保守モードのロック状態ファイルを開けない（権限）ため、パスコードを続けて誤ったときと同じく、ロック時間ひとつ分、保守モードに入れません。[kiosk].data_dir のファイルを kiosk ユーザーが読み書きできるようにしてください。</translation>
    </message>
    <message>
        <source>One of the kiosk's threads has been busy with one task far longer than it ever should (a device or a server that never answers). The kiosk is restarted by its watchdog; if this repeats, send a diagnostic bundle to the supplier.</source>
        <translation>端末内の処理（スレッド）のひとつが、本来かかるはずのない長い時間、一つの作業から戻っていません（応答しない機器やサーバーがあります）。端末は監視機能（ウォッチドッグ）により再起動されます。繰り返す場合は診断情報を業者に送ってください。</translation>
    </message>
    <message>
        <source>Log writer</source>
        <translation>ログの書き出し</translation>
    </message>
</context>
</TS>
