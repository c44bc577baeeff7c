<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/bookmobile.py" line="51" />
        <source>Sync now (F5)</source>
        <translation>Sincronizar agora (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="78" />
        <source>Offline: loans are kept and sent to the library later</source>
        <translation>Off-line: os empréstimos ficam registrados e são enviados à biblioteca depois</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="88" />
        <source>They cannot be sent for now</source>
        <translation>Por enquanto não podem ser enviadas</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="112" />
        <location filename="../../ui/maintenance_ui.py" line="654" />
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="118" />
        <location filename="../../ui/maintenance_ui.py" line="661" />
        <source>Sync failed: {code}</source>
        <translation>A sincronização falhou: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="119" />
        <location filename="../../ui/maintenance_ui.py" line="665" />
        <source>Sent {sent}, refused {refused}, left {left}.</source>
        <translation>Enviadas {sent}, recusadas {refused}, restantes {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="74" />
        <location filename="../../ui/maintenance_ui.py" line="629" />
        <source>Checking the connection…</source>
        <translation>Verificando a conexão…</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="76" />
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="631" />
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="575" />
        <location filename="../../ui/maintenance_ui.py" line="633" />
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="86" />
        <location filename="../../ui/maintenance_ui.py" line="576" />
        <location filename="../../ui/maintenance_ui.py" line="634" />
        <source>Waiting transactions: %n</source>
        <translation><numerusform>Empréstimo aguardando envio: %n</numerusform><numerusform>Empréstimos aguardando envio: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Staff have been called</source>
        <translation>Um funcionário foi chamado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Please wait here; someone will come to help you.</source>
        <translation>Aguarde aqui, por favor: alguém virá ajudar você.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Please ask at the counter</source>
        <translation>Informe-se no balcão</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Staff there are happy to help.</source>
        <translation>A equipe do balcão terá prazer em ajudar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <location filename="../../ui/main_window.py" line="446" />
        <source>Library self-checkout</source>
        <translation>Autoatendimento da biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>Call staff</source>
        <translation>Chamar funcionário</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="470" />
        <source>Are you still there? This session ends in %n second(s).</source>
        <translation><numerusform>Você ainda está aí? A sessão termina em %n segundo.</numerusform><numerusform>Você ainda está aí? A sessão termina em %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="77" />
        <source>Maintenance: technician passcode</source>
        <translation>Manutenção: senha do técnico</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="119" />
        <source>Locked after too many wrong passcodes. Try again in %n second(s).</source>
        <translation><numerusform>Bloqueado após muitas senhas erradas. Tente de novo em %n segundo.</numerusform><numerusform>Bloqueado após muitas senhas erradas. Tente de novo em %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="122" />
        <source>No technician passcode is configured.</source>
        <translation>Nenhuma senha de técnico está configurada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_ui.py" line="125" />
        <source>Wrong passcode. %n try(ies) before a lockout.</source>
        <translation><numerusform>Senha errada. Resta %n tentativa antes do bloqueio.</numerusform><numerusform>Senha errada. Restam %n tentativas antes do bloqueio.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="462" />
        <source>Maintenance mode</source>
        <translation>Modo de manutenção</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="463" />
        <source>Leave maintenance</source>
        <translation>Sair da manutenção</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="466" />
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="467" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="468" />
        <source>Self-tests</source>
        <translation>Autotestes</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="469" />
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="470" />
        <source>Recent errors</source>
        <translation>Erros recentes</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="477" />
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="483" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="484" />
        <source>Refused on replay (for staff):</source>
        <translation>Recusadas no reenvio (para a equipe):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="490" />
        <source>Print a test receipt</source>
        <translation>Imprimir um comprovante de teste</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="491" />
        <source>Read a tag on the pad</source>
        <translation>Ler uma etiqueta na base</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="492" />
        <source>Read a card's PIN tries (no PIN)</source>
        <translation>Ler as tentativas de PIN do cartão (sem PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="494" />
        <source>Export diagnostic bundle</source>
        <translation>Exportar pacote de diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/bookmobile.py" line="72" />
        <location filename="../../ui/maintenance_ui.py" line="573" />
        <source>No offline queue is connected.</source>
        <translation>Nenhuma fila off-line conectada.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="678" />
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="701" />
        <source>Writing the bundle…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="707" />
        <source>Could not write the bundle: {code}</source>
        <translation>Não foi possível gravar o pacote: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="712" />
        <source>Bundle written: {path}</source>
        <translation>Pacote gravado: {path}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="96" />
        <source>Your card's PIN is locked</source>
        <translation>O PIN do seu cartão está bloqueado</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="97" />
        <source>The PIN was entered wrongly too many times, so the card has locked it to protect you. The library cannot unlock it. Please have the PIN reset at your city or town office (bring the card). Until then you can borrow with a library card.</source>
        <translation>O PIN foi digitado errado muitas vezes, e o cartão o bloqueou para proteger você. A biblioteca não pode desbloqueá-lo. Peça a redefinição do PIN na prefeitura da sua cidade (leve o cartão). Até lá, você pode pegar livros emprestados com o cartão da biblioteca.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="105" />
        <source>This card's certificate cannot be used</source>
        <translation>O certificado deste cartão não pode ser usado</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="106" />
        <source>The electronic certificate on your card is no longer valid. Please ask at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>O certificado eletrônico do seu cartão não é mais válido. Informe-se na prefeitura da sua cidade. Enquanto isso, você pode pegar livros emprestados com o cartão da biblioteca.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="113" />
        <source>The certificate on your card has expired</source>
        <translation>O certificado do seu cartão expirou</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="114" />
        <source>Please renew the electronic certificate at your city or town office. You can borrow with a library card in the meantime.</source>
        <translation>Renove o certificado eletrônico na prefeitura da sua cidade. Enquanto isso, você pode pegar livros emprestados com o cartão da biblioteca.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="121" />
        <source>This card is not registered with the library yet</source>
        <translation>Este cartão ainda não está registrado na biblioteca</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="122" />
        <source>To borrow with your My Number Card, please register it once at the library counter. Bring the card; it only takes a few minutes.</source>
        <translation>Para pegar livros emprestados com o cartão My Number, registre-o uma vez no balcão da biblioteca. Traga o cartão; leva só alguns minutos.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="129" />
        <source>This card cannot be used here</source>
        <translation>Este cartão não pode ser usado aqui</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="130" />
        <source>Please use your My Number Card or your library card, or ask a member of staff.</source>
        <translation>Use o cartão My Number ou o cartão da biblioteca, ou peça ajuda a um funcionário.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="133" />
        <source>The card could not be read</source>
        <translation>Não foi possível ler o cartão</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="134" />
        <source>Please place your card on the reader again and leave it there until the PIN screen appears.</source>
        <translation>Coloque o cartão no leitor de novo e deixe-o lá até aparecer a tela do PIN.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="140" />
        <location filename="../reasons.py" line="150" />
        <source>Your card cannot be checked right now</source>
        <translation>Não é possível verificar o seu cartão agora</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="141" />
        <source>The service that checks My Number Cards is not reachable. Please try again later, use your library card, or ask a member of staff.</source>
        <translation>O serviço que verifica o cartão My Number não está acessível. Tente mais tarde, use o cartão da biblioteca ou peça ajuda a um funcionário.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="151" />
        <source>The check of My Number Cards is not working on this kiosk at the moment. Please use your library card, or ask a member of staff and show them the code below.</source>
        <translation>No momento, este terminal não consegue verificar o cartão My Number. Use o cartão da biblioteca ou peça ajuda a um funcionário e mostre o código abaixo.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="158" />
        <source>The password was not right</source>
        <translation>A senha não está correta</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="159" />
        <source>Please scan your card and enter the password again, or ask at the counter.</source>
        <translation>Leia o cartão e digite a senha de novo, ou informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="162" />
        <source>Borrowing is paused on your library account</source>
        <translation>Os empréstimos estão suspensos na sua conta</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="163" />
        <source>Please ask at the counter; staff will gladly help.</source>
        <translation>Informe-se no balcão; a equipe terá prazer em ajudar.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="166" />
        <source>Your library registration has expired</source>
        <translation>O seu cadastro na biblioteca expirou</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="167" />
        <source>Please renew it at the counter. Bring something that shows your address.</source>
        <translation>Renove-o no balcão. Traga um documento com o seu endereço.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="170" />
        <source>You have reached your borrowing limit</source>
        <translation>Você atingiu o limite de empréstimos</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="171" />
        <source>Please return some items first, or ask at the counter.</source>
        <translation>Devolva alguns itens primeiro ou informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="174" />
        <source>There is something to settle on your account</source>
        <translation>Há uma pendência na sua conta</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="175" />
        <source>Please ask at the counter.</source>
        <translation>Informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="178" />
        <source>This library card was not recognised</source>
        <translation>Este cartão da biblioteca não foi reconhecido</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="179" />
        <source>Please check the card, or ask at the counter.</source>
        <translation>Verifique o cartão ou informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="182" />
        <source>The library system cannot be reached</source>
        <translation>Não é possível acessar o sistema da biblioteca</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="183" />
        <source>Please try again in a little while, or ask at the counter.</source>
        <translation>Tente de novo daqui a pouco ou informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="193" />
        <source>Sorry, that did not work</source>
        <translation>Desculpe, não funcionou</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="194" />
        <source>Please ask a member of staff and show them the code below.</source>
        <translation>Peça ajuda a um funcionário e mostre o código abaixo.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="202" />
        <source>Please put this book on the pad: it is lent once the pad has read it.</source>
        <translation>Coloque este livro na base: ele é emprestado assim que a base o lê.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="203" />
        <source>Already lent to you: you may take it with you.</source>
        <translation>Já está emprestado a você: pode levá-lo.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="214" />
        <source>The certificate was checked.</source>
        <translation>O certificado foi verificado.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="215" />
        <source>The user-authentication certificate on this card has been revoked, so the card cannot be used. Please ask at your city or town office.</source>
        <translation>O certificado de autenticação de usuário deste cartão foi revogado, por isso o cartão não pode ser usado. Informe-se na prefeitura da sua cidade.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="220" />
        <source>The electronic certificate on this card could not be confirmed. Please tell a member of staff.</source>
        <translation>Não foi possível confirmar o certificado eletrônico deste cartão. Avise um funcionário.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="223" />
        <source>The validity of electronic certificates cannot be checked right now. Please try again later or use your library card, and let a member of staff know too.</source>
        <translation>No momento não é possível verificar a validade dos certificados eletrônicos. Tente mais tarde ou use o cartão da biblioteca, e avise também um funcionário.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="228" />
        <source>My Number Cards cannot be checked on this kiosk right now. Please use your library card or tell a member of staff.</source>
        <translation>No momento, este terminal não consegue verificar o cartão My Number. Use o cartão da biblioteca ou avise um funcionário.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="233" />
        <source>The validity of electronic certificates cannot be checked on this kiosk right now. Please use your library card or tell a member of staff (show them the code on the screen).</source>
        <translation>No momento, este terminal não consegue verificar a validade dos certificados eletrônicos. Use o cartão da biblioteca ou avise um funcionário (mostre o código na tela).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>Item no. {id}</source>
        <translation>Item nº {id}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>Due back {date} (lent offline: sent to the library later)</source>
        <translation>Devolver até {date} (empréstimo off-line: enviado à biblioteca depois)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <location filename="../../ui/service_screens.py" line="47" />
        <source>Due back {date}</source>
        <translation>Devolver até {date}</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="199" />
        <source>Not lent: reserved for another patron. Please leave it at the counter.</source>
        <translation>Não emprestado: reservado para outra pessoa. Deixe-o no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="200" />
        <source>Not lent: this item is for use in the library only.</source>
        <translation>Não emprestado: este item é só para uso na biblioteca.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="201" />
        <source>Not lent: please take this item to the counter.</source>
        <translation>Não emprestado: leve este item ao balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="204" />
        <source>Not lent: the offline limit is reached. Please borrow it when we are online.</source>
        <translation>Não emprestado: o limite off-line foi atingido. Pegue-o emprestado quando estivermos on-line.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="207" />
        <source>Not lent: the library system cannot be reached. Please ask at the counter.</source>
        <translation>Não emprestado: o sistema da biblioteca não está acessível. Informe-se no balcão.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="210" />
        <source>Not lent. Please ask at the counter.</source>
        <translation>Não emprestado. Informe-se no balcão.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="82" />
        <source>Tries left: %n</source>
        <translation><numerusform>Tentativa restante: %n</numerusform><numerusform>Tentativas restantes: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="138" />
        <source>Welcome! Borrow books here.</source>
        <translation>Bem-vindo! Pegue livros emprestados aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="143" />
        <source>Place your My Number Card on the reader</source>
        <translation>Coloque o seu cartão My Number no leitor</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="145" />
        <source>Or scan the barcode of your library card</source>
        <translation>Ou leia o código de barras do cartão da biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="149" />
        <source>Choose your language below. Staff at the counter are happy to help.</source>
        <translation>Escolha o idioma abaixo. A equipe do balcão terá prazer em ajudar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="177" />
        <source>Reading your card…</source>
        <translation>Lendo o seu cartão…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="178" />
        <location filename="../../ui/screens.py" line="181" />
        <source>Please leave the card on the reader.</source>
        <translation>Deixe o cartão no leitor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="180" />
        <source>Checking your PIN…</source>
        <translation>Verificando o PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="183" />
        <source>Checking with the library…</source>
        <translation>Verificando com a biblioteca…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="184" />
        <location filename="../../ui/screens.py" line="190" />
        <location filename="../../ui/screens.py" line="196" />
        <source>This takes a moment.</source>
        <translation>Só um momento.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>Printing your receipt…</source>
        <translation>Imprimindo o comprovante…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="187" />
        <source>Please take it from the slot below.</source>
        <translation>Retire-o na abertura abaixo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="195" />
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="230" />
        <source>Only one try left</source>
        <translation>Resta só uma tentativa</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="232" />
        <source>If the PIN is wrong once more, the card locks and only the city office can reset it.</source>
        <translation>Se o PIN estiver errado mais uma vez, o cartão será bloqueado e só a prefeitura poderá redefini-lo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="235" />
        <source>Not sure of your PIN? Press Cancel and ask at your city or town office.</source>
        <translation>Não tem certeza do PIN? Toque em Cancelar e informe-se na prefeitura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="237" />
        <location filename="../../ui/service_screens.py" line="448" />
        <location filename="../../ui/widgets.py" line="151" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="238" />
        <source>I understand, enter PIN</source>
        <translation>Entendi, digitar o PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="275" />
        <source>Enter your library card password</source>
        <translation>Digite a senha do cartão da biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="276" />
        <source>The 4-digit password you registered with the library.</source>
        <translation>A senha de 4 dígitos que você cadastrou na biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="278" />
        <source>Enter your 4-digit PIN</source>
        <translation>Digite o seu PIN de 4 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="280" />
        <source>The PIN for user authentication (利用者証明用) that you set for the card.</source>
        <translation>O PIN de autenticação do usuário (利用者証明用) que você definiu para o cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="296" />
        <source>Last try: a wrong PIN locks the card.</source>
        <translation>Última tentativa: um PIN errado bloqueia o cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="298" />
        <source>That PIN was not right. Please try again.</source>
        <translation>O PIN não está correto. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="386" />
        <source>Put your books on the pad</source>
        <translation>Coloque os livros na base</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="387" />
        <source>Each book appears below once the pad has read it.</source>
        <translation>Cada livro aparece abaixo assim que a base o lê.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="390" />
        <source>Borrow these too</source>
        <translation>Pegar estes também</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="537" />
        <source>%n item(s) could not be lent. Please take them to the counter: staff will help.</source>
        <translation><numerusform>%n item não pôde ser emprestado. Leve-o ao balcão: a equipe vai ajudar.</numerusform><numerusform>%n itens não puderam ser emprestados. Leve-os ao balcão: a equipe vai ajudar.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="628" />
        <source>Nothing was lent this time</source>
        <translation>Nenhum item foi emprestado desta vez</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="629" />
        <location filename="../../ui/screens.py" line="632" />
        <source>Please take your card with you.</source>
        <translation>Não esqueça o seu cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="631" />
        <source>Thank you for coming</source>
        <translation>Obrigado pela visita</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="388" />
        <source>Your books will appear here.</source>
        <translation>Os seus livros aparecerão aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="389" />
        <location filename="../../ui/service_screens.py" line="119" />
        <location filename="../../ui/service_screens.py" line="206" />
        <location filename="../../ui/service_screens.py" line="300" />
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="420" />
        <source>Borrowed so far: %n</source>
        <translation><numerusform>Empréstimos: %n</numerusform><numerusform>Empréstimos: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="422" />
        <source>Not lent: %n</source>
        <translation><numerusform>Não emprestado: %n</numerusform><numerusform>Não emprestados: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="432" />
        <source>%n item(s) were on the pad before you started. Yours? Borrow them here, or lift them and put them back.</source>
        <translation><numerusform>%n item já estava na base. É seu? Pegue-o aqui ou coloque-o de novo.</numerusform><numerusform>%n itens já estavam na base. São seus? Pegue-os aqui ou coloque-os de novo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="442" />
        <source>That was a library card. You are signed in already: put your books on the pad.</source>
        <translation>Isso foi um cartão da biblioteca. Você já está identificado: coloque os livros na base.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="459" />
        <source>A set is not complete: please put all of its parts on the pad.</source>
        <translation>Um conjunto está incompleto: coloque todas as partes na base.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="508" />
        <source>Would you like a receipt with the due dates?</source>
        <translation>Deseja um comprovante com as datas de devolução?</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="509" />
        <source>Yes, print a receipt</source>
        <translation>Sim, imprimir o comprovante</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="510" />
        <source>No, thank you</source>
        <translation>Não, obrigado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="516" />
        <source>You borrowed %n item(s)</source>
        <translation><numerusform>Você pegou %n item emprestado</numerusform><numerusform>Você pegou %n itens emprestados</numerusform></translation>
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
        <translation>Código para a equipe: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="625" />
        <source>Thank you! Enjoy your reading.</source>
        <translation>Obrigado! Boa leitura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="626" />
        <source>Please take your card and your books with you.</source>
        <translation>Não esqueça o cartão e os livros.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="617" />
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets.py" line="103" />
        <source>%n of 4 digits entered</source>
        <translation><numerusform>%n de 4 dígitos digitado</numerusform><numerusform>%n de 4 dígitos digitados</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="152" />
        <source>Clear</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153" />
        <source>Enter</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="123" />
        <location filename="../../ui/demo.py" line="306" />
        <source>Receipt preview</source>
        <translation>Prévia do comprovante</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="183" />
        <source>Demo control panel</source>
        <translation>Painel de controle da demonstração</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="468" />
        <source>A receipt was printed (below).</source>
        <translation>Um comprovante foi impresso (abaixo).</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="79" />
        <location filename="../../ui/demo.py" line="92" />
        <source>Ready to borrow</source>
        <translation>Pode pegar emprestado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="80" />
        <source>One PIN try left</source>
        <translation>Resta 1 tentativa de PIN</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="81" />
        <source>Patron blocked</source>
        <translation>Usuário bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="82" />
        <source>PIN locked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="83" />
        <source>Not registered</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="84" />
        <source>Certificate revoked</source>
        <translation>Certificado revogado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="85" />
        <source>Certificate expired</source>
        <translation>Certificado expirado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="93" />
        <source>Card reported lost</source>
        <translation>Cartão dado como perdido</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="94" />
        <source>Registration expired</source>
        <translation>Cadastro expirado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="95" />
        <source>At the loan limit</source>
        <translation>No limite de empréstimos</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="106" />
        <source>library use only</source>
        <translation>só para consulta local</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo.py" line="108" />
        <source>set of %n</source>
        <translation><numerusform>conjunto de %n</numerusform><numerusform>conjunto de %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="110" />
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="124" />
        <source>No receipt printed yet.</source>
        <translation>Nenhum comprovante impresso ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="200" />
        <source>Try it: place the “Ready to borrow” card, type PIN 1234 on the kiosk, put books on the pad, then press Finish.</source>
        <translation>Experimente: coloque o cartão “Pode pegar emprestado”, digite o PIN 1234 no terminal, coloque livros na base e toque em Concluir.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="206" />
        <source>Maintenance: five taps on the library name or Ctrl+Alt+M, passcode {code}</source>
        <translation>Manutenção: cinco toques no nome da biblioteca ou Ctrl+Alt+M, código {code}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="240" />
        <source>Library card</source>
        <translation>Cartão da biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="265" />
        <source>Books: put on the pad</source>
        <translation>Livros: colocar na base</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="213" />
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="473" />
        <source>Library system: reconnect (online)</source>
        <translation>Sistema da biblioteca: reconectar (on-line)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="223" />
        <source>My Number Card (virtual, PIN 1234)</source>
        <translation>Cartão My Number (virtual, PIN 1234)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="234" />
        <source>Take the card away</source>
        <translation>Retirar o cartão</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="256" />
        <source>barcode (library card or book)</source>
        <translation>código de barras (cartão ou livro)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="257" />
        <source>Scan barcode</source>
        <translation>Ler código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="280" />
        <source>item identifier on the RFID tag</source>
        <translation>identificador do item na etiqueta RFID</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="281" />
        <source>Put on the pad</source>
        <translation>Colocar na base</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="288" />
        <source>Take everything off the pad</source>
        <translation>Retirar tudo da base</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="218" />
        <location filename="../../ui/demo.py" line="475" />
        <source>Library system: cut the link (offline)</source>
        <translation>Sistema da biblioteca: cortar a conexão (off-line)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="396" />
        <source>Placing the card…</source>
        <translation>Colocando o cartão…</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="404" />
        <source>No virtual reader: is pcscd running with vsmartcard-vpcd?</source>
        <translation>Sem leitor virtual: o pcscd com vsmartcard-vpcd está rodando?</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="407" />
        <source>The card is on the reader.</source>
        <translation>O cartão está no leitor.</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="412" />
        <source>The card was taken away.</source>
        <translation>O cartão foi retirado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bookmobile.py" line="90" />
        <location filename="../../ui/maintenance_ui.py" line="636" />
        <source>Refused, for staff: %n</source>
        <translation><numerusform>Recusada, para a equipe: %n</numerusform><numerusform>Recusadas, para a equipe: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="493" />
        <source>Check the validation link now</source>
        <translation>Verificar agora o serviço de validação</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="486" />
        <source>Check at the counter (the library system could not confirm these loans):</source>
        <translation>Verificar no balcão (empréstimos que o sistema da biblioteca não pôde confirmar):</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="488" />
        <source>It is lent</source>
        <translation>Está emprestado</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="489" />
        <source>Not lent: send it</source>
        <translation>Não emprestado: enviar</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="607" />
        <source>Could not record it: {code}</source>
        <translation>Não foi possível registrar: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="610" />
        <source>Recorded: the library system has this loan.</source>
        <translation>Registrado: o sistema da biblioteca tem este empréstimo.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="612" />
        <source>Recorded: this loan is sent with the next sync.</source>
        <translation>Registrado: este empréstimo será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="186" />
        <source>The number of books did not match</source>
        <translation>O número de livros não conferiu</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="187" />
        <source>Please take your books to the counter; staff will lend them to you. Nothing was lent from this stack.</source>
        <translation>Leve seus livros ao balcão; a equipe fará o empréstimo. Nenhum livro desta pilha foi emprestado.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="67" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="96" />
        <source>Holds ready, loans to renew</source>
        <translation>Reservas disponíveis, empréstimos a renovar</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="33" />
        <source>Returning…</source>
        <translation>Devolvendo…</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="15" />
        <source>Returned. Thank you!</source>
        <translation>Devolvido. Obrigado!</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="16" />
        <source>Returned. Someone has reserved it: please take it to the counter.</source>
        <translation>Devolvido. Este item está reservado: leve-o ao balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="17" />
        <source>Returned. It goes to another library: please take it to the counter.</source>
        <translation>Devolvido. Ele vai para outra biblioteca: leve-o ao balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="18" />
        <source>Returned. Please hand this item in at the counter.</source>
        <translation>Devolvido. Entregue este item no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="19" />
        <source>Its security tag could not be reset: please take it to the counter before you leave.</source>
        <translation>Não foi possível reativar a etiqueta de segurança: leve-o ao balcão antes de sair.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="22" />
        <source>Returned. Please take it to the counter.</source>
        <translation>Devolvido. Leve-o ao balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="37" />
        <source>(goes to: {where})</source>
        <translation>(destino: {where})</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="23" />
        <source>Not returned: the library system cannot be reached. Please use the return slot or the counter.</source>
        <translation>Não devolvido: o sistema da biblioteca não responde. Use a caixa de devolução ou o balcão.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="26" />
        <source>Not returned: this item is not on loan. Please leave it at the counter.</source>
        <translation>Não devolvido: este item não está emprestado. Deixe-o no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../return_words.py" line="29" />
        <source>Not returned. Please take this item to the counter.</source>
        <translation>Não devolvido. Leve este item ao balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="46" />
        <source>Due back {date} · overdue</source>
        <translation>Devolução {date} · atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="52" />
        <source>Renewing…</source>
        <translation>Renovando…</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="54" />
        <source>Renewed · new due date {date}</source>
        <translation>Renovado · nova devolução {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="57" />
        <source>Not renewed: {why}</source>
        <translation>Não renovado: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="59" />
        <source>Not sure it was renewed: please ask at the counter.</source>
        <translation>Não sabemos se foi renovado: pergunte no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="61" />
        <source>Not renewed: the library system cannot be reached.</source>
        <translation>Não renovado: o sistema da biblioteca não responde.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="62" />
        <source>Not renewed. Please ask at the counter.</source>
        <translation>Não renovado. Pergunte no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="392" />
        <location filename="../../ui/service_screens.py" line="115" />
        <source>Return books</source>
        <translation>Devolver livros</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="116" />
        <source>Put the books on the pad, or scan the barcode on each one.</source>
        <translation>Coloque os livros na base ou leia o código de barras de cada um.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="117" />
        <source>The books you return will appear here.</source>
        <translation>Os livros devolvidos aparecerão aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="118" />
        <location filename="../../ui/service_screens.py" line="205" />
        <location filename="../../ui/service_screens.py" line="299" />
        <source>Back to borrowing</source>
        <translation>Voltar aos empréstimos</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="120" />
        <source>Return these too</source>
        <translation>Devolver estes também</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="128" />
        <source>%n item(s) were on the pad before you started. Yours? Return them here, or lift them and put them back.</source>
        <translation><numerusform>%n item já estava na base. É seu? Devolva-o aqui ou coloque-o de novo.</numerusform><numerusform>%n itens já estavam na base. São seus? Devolva-os aqui ou coloque-os de novo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="200" />
        <source>Renew your loans</source>
        <translation>Renovar empréstimos</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="201" />
        <source>Tap a book, then "Renew this book". Or renew them all at once.</source>
        <translation>Toque em um livro e depois em "Renovar este livro". Ou renove todos de uma vez.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="202" />
        <source>You have no loans to renew.</source>
        <translation>Você não tem empréstimos para renovar.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="203" />
        <source>Renew this book</source>
        <translation>Renovar este livro</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="204" />
        <source>Renew all</source>
        <translation>Renovar todos</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="236" />
        <source>Your loans could not be read right now. Please ask at the counter.</source>
        <translation>Não foi possível ler seus empréstimos agora. Pergunte no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="239" />
        <location filename="../../ui/service_screens.py" line="337" />
        <source>Some details could not be read. Staff at the counter can tell you more.</source>
        <translation>Alguns detalhes não puderam ser lidos. A equipe do balcão pode informar mais.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="394" />
        <location filename="../../ui/service_screens.py" line="298" />
        <source>My account</source>
        <translation>Minha conta</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="322" />
        <source>Collect at: {place}</source>
        <translation>Retirar em: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="325" />
        <source>Kept until {date}</source>
        <translation>Guardado até {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="334" />
        <source>Your account could not be read right now. Please ask at the counter.</source>
        <translation>Não foi possível ler sua conta agora. Pergunte no balcão, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="388" />
        <source>How many books did you put on the pad?</source>
        <translation>Quantos livros você colocou na base?</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="390" />
        <source>Count only the books you want to borrow now, type the number and press Enter.</source>
        <translation>Conte só os livros que quer pegar emprestado agora, digite o número e toque em Confirmar.</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="441" />
        <source>The number of books does not match</source>
        <translation>O número de livros não confere</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="443" />
        <source>Please spread the books out on the pad so that they do not overlap, then press "Check again".</source>
        <translation>Espalhe os livros na base sem sobrepor e toque em "Verificar de novo".</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="449" />
        <source>Type the number again</source>
        <translation>Digitar o número de novo</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="450" />
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/service_screens.py" line="457" />
        <source>You entered {said}; the pad read {read}.</source>
        <translation>Você digitou {said}; a base leu {read}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="150" />
        <source>Return books (no card needed)</source>
        <translation>Devolver livros (sem cartão)</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="189" />
        <source>Looking up your account…</source>
        <translation>Consultando sua conta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="192" />
        <source>Reading the books on the pad…</source>
        <translation>Lendo os livros na base…</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Please do not move the books.</source>
        <translation>Não mexa nos livros, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="391" />
        <source>Books on the pad wait to be counted: count them</source>
        <translation>Há livros na base esperando a contagem: contar</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="393" />
        <source>Renew loans</source>
        <translation>Renovar empréstimos</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="63" />
        <source>Collect them at: {places}</source>
        <translation>Retire em: {places}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="307" />
        <source>Items out: %n</source>
        <translation><numerusform>Emprestado: %n</numerusform><numerusform>Emprestados: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="309" />
        <source>(overdue: %n)</source>
        <translation><numerusform>(atrasado: %n)</numerusform><numerusform>(atrasados: %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_screens.py" line="317" />
        <source>Reservations ready for pickup: %n</source>
        <translation><numerusform>Reserva pronta para retirada: %n</numerusform><numerusform>Reservas prontas para retirada: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens.py" line="60" />
        <source>%n reservation(s) are ready for you.</source>
        <translation><numerusform>%n reserva está pronta para você.</numerusform><numerusform>%n reservas estão prontas para você.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="112" />
        <source>another branch's</source>
        <translation>de outra biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="281" />
        <source>Receipt</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="282" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="283" />
        <source>Languages offered</source>
        <translation>Idiomas oferecidos</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="284" />
        <source>Large text by default</source>
        <translation>Texto grande por padrão</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="289" />
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="290" />
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="291" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="293" />
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="295" />
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="323" />
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="330" />
        <source>Not saved:</source>
        <translation>Não salvo:</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="336" />
        <source>Saved. The kiosk uses them now.</source>
        <translation>Salvo. O terminal já usa estas configurações.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="471" />
        <source>Change settings</source>
        <translation>Alterar configurações</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="475" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>When and where</source>
        <translation>Quando e onde</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_ui.py" line="480" />
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="141" />
        <source>Sorry, you cannot borrow here right now. Please ask at the counter.</source>
        <translation>Desculpe, não é possível pegar livros emprestados aqui agora. Por favor, pergunte no balcão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="147" />
        <source>Scan the barcode of your library card</source>
        <translation>Escaneie o código de barras do seu cartão da biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="325" />
        <source>Printer: paper out</source>
        <translation>Impressora: sem papel</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="326" />
        <source>Printer: cover open</source>
        <translation>Impressora: tampa aberta</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="327" />
        <source>RFID pad unplugged</source>
        <translation>Leitor RFID desconectado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="328" />
        <source>Scanner unplugged</source>
        <translation>Scanner desconectado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="330" />
        <source>Card reader unplugged</source>
        <translation>Leitor de cartão desconectado</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="332" />
        <source>Validation service down</source>
        <translation>Serviço de validação fora do ar</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="333" />
        <source>Faults (for technicians)</source>
        <translation>Falhas (para técnicos)</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault set: {fault}</source>
        <translation>Falha ativada: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="350" />
        <source>Fault cleared: {fault}</source>
        <translation>Falha removida: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/demo.py" line="401" />
        <source>The card reader is unplugged: plug it in first (Faults).</source>
        <translation>O leitor de cartão está desconectado: conecte-o primeiro (Falhas).</translation>
    </message>
</context>
</TS>
