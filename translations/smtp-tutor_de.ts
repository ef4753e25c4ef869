<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>QObject</name>
        <message>
            <source>The certificate expired on %1: the server's operator must renew it.</source>
            <translation>Das Zertifikat ist am %1 abgelaufen: Der Betreiber des Servers muss es erneuern.</translation>
        </message>
        <message>
            <source>The certificate only becomes valid on %1 (or this computer's clock is wrong).</source>
            <translation>Das Zertifikat wird erst am %1 gültig (oder die Uhr dieses Computers geht falsch).</translation>
        </message>
        <message>
            <source>The certificate is for other names (%1), not for "%2", the name you asked for. Either the name is wrong or the server presents the wrong certificate.</source>
            <translation>Das Zertifikat gilt für andere Namen (%1), nicht für „%2“, den angefragten Namen. Entweder ist der Name falsch oder der Server legt das falsche Zertifikat vor.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: nobody you trust vouches for it. Trust it explicitly (--cafile) only if you know it belongs to this server.</source>
            <translation>Das Zertifikat ist selbst signiert: Niemand, dem Sie vertrauen, bürgt dafür. Vertrauen Sie ihm ausdrücklich (--cafile) nur, wenn Sie wissen, dass es zu diesem Server gehört.</translation>
        </message>
        <message>
            <source>The chain does not lead to an authority this computer trusts (a private CA, or the server leaves out an intermediate certificate).</source>
            <translation>Die Kette führt zu keiner Zertifizierungsstelle, der dieser Computer vertraut (eine private CA, oder der Server lässt ein Zwischenzertifikat weg).</translation>
        </message>
        <message>
            <source>The certificate has been revoked by its issuer.</source>
            <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
        </message>
        <message>
            <source>The server presented no certificate at all.</source>
            <translation>Der Server hat überhaupt kein Zertifikat vorgelegt.</translation>
        </message>
        <message>
            <source>The certificate is valid for %1 and chains to a trusted authority.</source>
            <translation>Das Zertifikat ist für %1 gültig und führt zu einer vertrauenswürdigen Zertifizierungsstelle.</translation>
        </message>
        <message>
            <source> You accepted this for this run only.</source>
            <translation> Sie haben das nur für diesen Durchlauf akzeptiert.</translation>
        </message>
        <message>
            <source>The server said: "%1"</source>
            <translation>Der Server sagte: „%1“</translation>
        </message>
        <message>
            <source>It is not taking connections right now (busy, shutting down, or limiting connections from your address). Try again later.</source>
            <translation>Er nimmt gerade keine Verbindungen an (ausgelastet, fährt herunter oder begrenzt Verbindungen von Ihrer Adresse). Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>It refuses to talk to your address at all. This is usually a block list entry or a missing reverse DNS name for your IP address.</source>
            <translation>Er verweigert mit Ihrer Adresse jedes Gespräch. Meist steckt ein Eintrag in einer Sperrliste dahinter oder ein fehlender Reverse-DNS-Name für Ihre IP-Adresse.</translation>
        </message>
        <message>
            <source>A server greets with 220 when it is ready; anything else means it is not.</source>
            <translation>Ein Server grüßt mit 220, wenn er bereit ist; alles andere heißt, er ist es nicht.</translation>
        </message>
        <message>
            <source>The server did not accept the greeting name. Some servers want a fully qualified name that resolves (try --ehlo with your real host name).</source>
            <translation>Der Server hat den Begrüßungsnamen nicht akzeptiert. Manche Server verlangen einen vollständigen, auflösbaren Namen (versuchen Sie --ehlo mit Ihrem echten Hostnamen).</translation>
        </message>
        <message>
            <source>The user name or password is wrong, or this account may not send mail here. Some providers require an app password or OAuth2 instead of the normal password.</source>
            <translation>Benutzername oder Passwort sind falsch, oder dieses Konto darf hier keine E-Mail senden. Manche Anbieter verlangen ein App-Passwort oder OAuth2 statt des normalen Passworts.</translation>
        </message>
        <message>
            <source>The server wants a stronger mechanism or an encrypted session for this login.</source>
            <translation>Der Server verlangt für diese Anmeldung ein stärkeres Verfahren oder eine verschlüsselte Sitzung.</translation>
        </message>
        <message>
            <source>Authentication is temporarily unavailable on the server side; try later.</source>
            <translation>Die Anmeldung ist auf Serverseite vorübergehend nicht verfügbar; versuchen Sie es später.</translation>
        </message>
        <message>
            <source>AUTH came at the wrong moment (already logged in, or AUTH is not enabled here).</source>
            <translation>AUTH kam im falschen Moment (schon angemeldet, oder AUTH ist hier nicht aktiviert).</translation>
        </message>
        <message>
            <source>The login was not accepted.</source>
            <translation>Die Anmeldung wurde nicht akzeptiert.</translation>
        </message>
        <message>
            <source>The server wants you to log in (or to start TLS) before it accepts mail. Give --user and a password, and use --tls starttls on port 587.</source>
            <translation>Der Server verlangt eine Anmeldung (oder den Start von TLS), bevor er E-Mail annimmt. Geben Sie --user und ein Passwort an und verwenden Sie --tls starttls auf Port 587.</translation>
        </message>
        <message>
            <source>The server does not accept mail from this sender or from your address (policy, block list, or SPF).</source>
            <translation>Der Server nimmt von diesem Absender oder von Ihrer Adresse keine E-Mail an (Richtlinie, Sperrliste oder SPF).</translation>
        </message>
        <message>
            <source>The sender address was refused.</source>
            <translation>Die Absenderadresse wurde abgelehnt.</translation>
        </message>
        <message>
            <source>That mailbox does not exist on this server. Check the address for typos.</source>
            <translation>Dieses Postfach gibt es auf diesem Server nicht. Prüfen Sie die Adresse auf Tippfehler.</translation>
        </message>
        <message>
            <source>Relay denied: this server is not the destination for that domain and will not forward mail for you without a login. Authenticate on the submission port, or deliver to the domain's own MX host.</source>
            <translation>Weiterleitung verweigert: Dieser Server ist nicht das Ziel für diese Domain und leitet ohne Anmeldung keine E-Mail für Sie weiter. Melden Sie sich am Einlieferungsport an oder stellen Sie direkt beim MX-Host der Domain zu.</translation>
        </message>
        <message>
            <source>A temporary refusal, very often greylisting: the server wants to see the same delivery retried after some minutes. Real mail servers retry by themselves; try again in 5 to 15 minutes.</source>
            <translation>Eine vorübergehende Ablehnung, sehr oft Greylisting: Der Server will dieselbe Zustellung nach einigen Minuten noch einmal sehen. Echte Mailserver wiederholen von selbst; versuchen Sie es in 5 bis 15 Minuten erneut.</translation>
        </message>
        <message>
            <source>Too many recipients for now, or the mailbox is out of space; try later.</source>
            <translation>Vorerst zu viele Empfänger, oder das Postfach ist voll; versuchen Sie es später.</translation>
        </message>
        <message>
            <source>The recipient's mailbox is over its quota.</source>
            <translation>Das Postfach des Empfängers hat sein Kontingent überschritten.</translation>
        </message>
        <message>
            <source>The recipient was refused.</source>
            <translation>Der Empfänger wurde abgelehnt.</translation>
        </message>
        <message>
            <source>The message is larger than the server accepts.</source>
            <translation>Die Nachricht ist größer, als der Server annimmt.</translation>
        </message>
        <message>
            <source>The message was refused by the server's content or sender policy.</source>
            <translation>Die Nachricht wurde von der Inhalts- oder Absenderrichtlinie des Servers abgelehnt.</translation>
        </message>
        <message>
            <source>The message was not accepted.</source>
            <translation>Die Nachricht wurde nicht angenommen.</translation>
        </message>
        <message>
            <source>The name %1 does not resolve to an address. Check its spelling; for a mail domain look up its mail servers first (smtp-tutor-cli mx DOMAIN).</source>
            <translation>Der Name %1 lässt sich zu keiner Adresse auflösen. Prüfen Sie die Schreibweise; bei einer Maildomain suchen Sie zuerst ihre Mailserver (smtp-tutor-cli mx DOMAIN).</translation>
        </message>
        <message>
            <source>Port %1 of %2 actively refused the connection: no mail server listens there, the port is wrong, or a firewall rejects it.</source>
            <translation>Port %1 von %2 hat die Verbindung aktiv abgelehnt: Dort lauscht kein Mailserver, der Port ist falsch, oder eine Firewall weist sie ab.</translation>
        </message>
        <message>
            <source>The network reported a problem reaching %1: %2</source>
            <translation>Das Netzwerk meldet ein Problem beim Erreichen von %1: %2</translation>
        </message>
        <message>
            <source>No answer at all on port 25: the packets are silently dropped. Most home and mobile Internet providers block outgoing port 25 to stop infected computers from sending spam. Try the submission ports 587 or 465 (or 2525), or run the probe from a server in a data centre.</source>
            <translation>Gar keine Antwort auf Port 25: Die Pakete werden stillschweigend verworfen. Die meisten Anbieter für Privat- und Mobilfunkanschlüsse sperren ausgehenden Port 25, damit infizierte Computer keinen Spam versenden. Versuchen Sie die Einlieferungsports 587 oder 465 (oder 2525), oder prüfen Sie von einem Server in einem Rechenzentrum aus.</translation>
        </message>
        <message>
            <source>No answer at all on port %1: a firewall drops the packets, or the host is down.</source>
            <translation>Gar keine Antwort auf Port %1: Eine Firewall verwirft die Pakete, oder der Host ist nicht in Betrieb.</translation>
        </message>
        <message>
            <source>The port is open but no greeting came. The server may expect TLS from the first byte (port 465: --tls implicit), may not be a mail server, or may deliberately make clients wait (a tarpit).</source>
            <translation>Der Port ist offen, aber es kam keine Begrüßung. Der Server erwartet vielleicht TLS ab dem ersten Byte (Port 465: --tls implicit), ist gar kein Mailserver oder lässt Clients absichtlich warten (eine Teergrube).</translation>
        </message>
        <message>
            <source>The server stopped answering in the middle of the session (step %1).</source>
            <translation>Der Server hat mitten in der Sitzung aufgehört zu antworten (Schritt %1).</translation>
        </message>
        <message>
            <source>The whole session took longer than its deadline. A server that answers one byte at a time, or a very slow network, ends here; raise --timeout if the server is merely slow.</source>
            <translation>Die ganze Sitzung hat länger als ihre Frist gedauert. Ein Server, der Byte für Byte antwortet, oder ein sehr langsames Netz endet hier; erhöhen Sie --timeout, wenn der Server bloß langsam ist.</translation>
        </message>
        <message>
            <source>The server hung up without a reply (step %1). It may reject your address without saying so, or it crashed.</source>
            <translation>Der Server hat ohne Antwort aufgelegt (Schritt %1). Vielleicht lehnt er Ihre Adresse kommentarlos ab, oder er ist abgestürzt.</translation>
        </message>
        <message>
            <source>Data arrived in clear text right after the server agreed to start TLS. Such data must never be trusted: it is the trace of a man-in-the-middle injection or of a badly broken server (RFC 3207 s.4.2).</source>
            <translation>Direkt nachdem der Server dem Start von TLS zugestimmt hatte, kamen Daten im Klartext an. Solchen Daten darf man nie trauen: Sie sind die Spur eines Angriffs in der Mitte oder eines schwer defekten Servers (RFC 3207 Abschn. 4.2).</translation>
        </message>
        <message>
            <source>The server does not list STARTTLS, so this session cannot be encrypted. On a submission port that is a misconfiguration; on port 25 it can also mean that something on the path removes it (STARTTLS stripping).</source>
            <translation>Der Server führt STARTTLS nicht auf, also kann diese Sitzung nicht verschlüsselt werden. Auf einem Einlieferungsport ist das eine Fehlkonfiguration; auf Port 25 kann es auch heißen, dass etwas unterwegs es entfernt (STARTTLS-Stripping).</translation>
        </message>
        <message>
            <source>The server listed STARTTLS but refused to start it (%1). Usually its certificate or key is broken or missing; it is a problem on the server side.</source>
            <translation>Der Server führt STARTTLS auf, hat den Start aber verweigert (%1). Meist ist sein Zertifikat oder Schlüssel defekt oder fehlt; das Problem liegt auf der Serverseite.</translation>
        </message>
        <message>
            <source>Your user name and password were NOT sent: the session is not encrypted, so anyone on the path could read them, and a missing STARTTLS may be an attacker removing it. Use --tls starttls or implicit; --allow-plaintext-auth exists only for test servers on a network you control.</source>
            <translation>Ihr Benutzername und Ihr Passwort wurden NICHT gesendet: Die Sitzung ist nicht verschlüsselt, also könnte jeder unterwegs sie lesen, und ein fehlendes STARTTLS kann ein Angreifer sein, der es entfernt. Verwenden Sie --tls starttls oder implicit; --allow-plaintext-auth gibt es nur für Testserver in einem Netz, das Sie selbst kontrollieren.</translation>
        </message>
        <message>
            <source>TLS could not be established. The server may not speak TLS on this port (implicit TLS belongs to 465, STARTTLS to 25 and 587), or you and the server share no protocol version or cipher. %1</source>
            <translation>TLS kam nicht zustande. Vielleicht spricht der Server auf diesem Port kein TLS (implizites TLS gehört zu 465, STARTTLS zu 25 und 587), oder Sie und der Server haben keine gemeinsame Protokollversion und kein gemeinsames Verschlüsselungsverfahren. %1</translation>
        </message>
        <message>
            <source>The server's certificate did not pass verification, so nothing more was sent. %1</source>
            <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden, deshalb wurde nichts weiter gesendet. %1</translation>
        </message>
        <message>
            <source>The server offers no login method the probe can use here. Port 25 normally offers no AUTH at all; submission servers often offer it only after STARTTLS. %1</source>
            <translation>Der Server bietet kein Anmeldeverfahren an, das die Prüfung hier nutzen kann. Port 25 bietet normalerweise gar kein AUTH an; Einlieferungsserver oft erst nach STARTTLS. %1</translation>
        </message>
        <message>
            <source>The server kept sending login challenges after the mechanism had nothing more to say; the probe stopped instead of answering forever.</source>
            <translation>Der Server hat weiter Anmelde-Challenges geschickt, als das Verfahren nichts mehr zu sagen hatte; die Prüfung hat aufgehört, statt endlos zu antworten.</translation>
        </message>
        <message>
            <source>The probe was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbindet</translation>
        </message>
        <message>
            <source>greeted, waiting for EHLO</source>
            <translation>begrüßt, wartet auf EHLO</translation>
        </message>
        <message>
            <source>introduced (EHLO done)</source>
            <translation>vorgestellt (EHLO erledigt)</translation>
        </message>
        <message>
            <source>MAIL FROM given</source>
            <translation>MAIL FROM angegeben</translation>
        </message>
        <message>
            <source>recipients given</source>
            <translation>Empfänger angegeben</translation>
        </message>
        <message>
            <source>receiving the message</source>
            <translation>empfängt die Nachricht</translation>
        </message>
        <message>
            <source>logging in (AUTH)</source>
            <translation>meldet sich an (AUTH)</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>The server broke the rules of the SMTP dialogue: a reply that is not valid SMTP, or one that no command asked for. It may not be a mail server at all, or a broken middlebox sits in between. %1</source>
            <translation>Der Server hat die Regeln des SMTP-Dialogs verletzt: eine Antwort, die kein gültiges SMTP ist, oder eine, nach der kein Befehl gefragt hat. Vielleicht ist er gar kein Mailserver, oder ein defektes Zwischengerät sitzt dazwischen. %1</translation>
        </message>
        <message>
            <source>The probe refused to send a command with a line break inside it. %1</source>
            <translation>Der Test hat einen Befehl mit einem Zeilenumbruch darin nicht gesendet. %1</translation>
        </message>
        <message>
            <source>The server sent something that is not a valid SMTP reply. It may not be a mail server at all, or a broken middlebox sits in between. %1</source>
            <translation>Der Server hat etwas gesendet, das keine gültige SMTP-Antwort ist. Vielleicht ist er gar kein Mailserver, oder ein defektes Zwischengerät sitzt dazwischen. %1</translation>
        </message>
        <message>
            <source>The certificate is self-signed: nobody you trust vouches for it. Trust it only if you know it belongs to this server.</source>
            <translation>Das Zertifikat ist selbst signiert: Niemand, dem Sie vertrauen, bürgt dafür. Vertrauen Sie ihm nur, wenn Sie wissen, dass es zu diesem Server gehört.</translation>
        </message>
        <message>
            <source>The server did not accept the greeting name. Some servers want a fully qualified name that resolves, such as this computer's real host name.</source>
            <translation>Der Server hat den Namen in der Begrüßung nicht angenommen. Manche Server verlangen einen vollständigen, auflösbaren Namen, etwa den echten Hostnamen dieses Computers.</translation>
        </message>
        <message>
            <source>The server wants you to log in (or to start TLS) before it accepts mail. On port 587 that means STARTTLS first, then a user name and a password.</source>
            <translation>Der Server verlangt eine Anmeldung (oder TLS), bevor er Mail annimmt. Auf Port 587 heißt das: zuerst STARTTLS, dann Benutzername und Passwort.</translation>
        </message>
        <message>
            <source>The name %1 does not resolve to an address. Check its spelling; a mail domain often has no address of its own, only MX records naming its mail servers.</source>
            <translation>Der Name %1 löst zu keiner Adresse auf. Prüfen Sie die Schreibweise; eine Maildomain hat oft keine eigene Adresse, nur MX-Einträge, die ihre Mailserver nennen.</translation>
        </message>
        <message>
            <source>The port is open but no greeting came. The server may expect TLS from the first byte (implicit TLS, as on port 465), may not be a mail server, or may deliberately make clients wait (a tarpit).</source>
            <translation>Der Port ist offen, aber es kam keine Begrüßung. Der Server erwartet vielleicht TLS ab dem ersten Byte (implizites TLS wie auf Port 465), ist gar kein Mailserver oder lässt Clients absichtlich warten (eine Teergrube).</translation>
        </message>
        <message>
            <source>The whole session took longer than its deadline. A server that answers one byte at a time, or a very slow network, ends here; a longer timeout helps if the server is merely slow.</source>
            <translation>Die ganze Sitzung dauerte länger als ihre Frist. Ein Server, der Byte für Byte antwortet, oder ein sehr langsames Netz endet hier; ein längeres Zeitlimit hilft, wenn der Server nur langsam ist.</translation>
        </message>
        <message>
            <source>Your user name and password were NOT sent: the session is not encrypted, so anyone on the path could read them, and a missing STARTTLS may be an attacker removing it. Encrypt the session first; sending a password in clear is only for test servers on a network you control.</source>
            <translation>Benutzername und Passwort wurden NICHT gesendet: Die Sitzung ist nicht verschlüsselt, jeder auf dem Weg könnte sie lesen, und ein fehlendes STARTTLS kann ein Angreifer sein, der es entfernt. Verschlüsseln Sie die Sitzung zuerst; ein Passwort im Klartext ist nur für Testserver in einem Netz gedacht, das Sie selbst kontrollieren.</translation>
        </message>
    </context>
    <context>
        <name>ReplyParser</name>
        <message>
            <source>The server sent a line longer than the allowed maximum without ending it.</source>
            <translation>Der Server hat eine Zeile gesendet, die länger als erlaubt ist, ohne sie zu beenden.</translation>
        </message>
        <message>
            <source>A reply line did not begin with a three-digit code.</source>
            <translation>Eine Antwortzeile begann nicht mit einem dreistelligen Code.</translation>
        </message>
        <message>
            <source>A reply code was outside the range SMTP defines (200 to 559).</source>
            <translation>Ein Antwortcode lag außerhalb des Bereichs, den SMTP festlegt (200 bis 559).</translation>
        </message>
        <message>
            <source>The lines of one multi-line reply carried different codes.</source>
            <translation>Die Zeilen einer mehrzeiligen Antwort trugen unterschiedliche Codes.</translation>
        </message>
        <message>
            <source>A reply code was followed by something other than a space or a dash.</source>
            <translation>Auf einen Antwortcode folgte etwas anderes als ein Leerzeichen oder ein Bindestrich.</translation>
        </message>
        <message>
            <source>A multi-line reply went on for more lines than allowed.</source>
            <translation>Eine mehrzeilige Antwort hatte mehr Zeilen als erlaubt.</translation>
        </message>
        <message>
            <source>A reply was larger than the allowed maximum size.</source>
            <translation>Eine Antwort war größer als erlaubt.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::AddressSyntax</name>
        <message>
            <source>An address literal must be closed with "]".</source>
            <translation>Ein Adressliteral muss mit „]“ geschlossen werden.</translation>
        </message>
        <message>
            <source>"%1" is not a valid IPv6 address.</source>
            <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
        </message>
        <message>
            <source>"[%1]" uses an address tag no server knows; only IPv6: is defined.</source>
            <translation>„[%1]“ verwendet eine Adresskennung, die kein Server kennt; definiert ist nur IPv6:.</translation>
        </message>
        <message>
            <source>"[%1]" is not a valid IPv4 address literal.</source>
            <translation>„[%1]“ ist kein gültiges IPv4-Adressliteral.</translation>
        </message>
        <message>
            <source>The quoted local part is empty.</source>
            <translation>Der Lokalteil in Anführungszeichen ist leer.</translation>
        </message>
        <message>
            <source>A backslash in a quoted local part must be followed by a printable character.</source>
            <translation>Auf einen Backslash im Lokalteil in Anführungszeichen muss ein druckbares Zeichen folgen.</translation>
        </message>
        <message>
            <source>The quoted local part contains a control character.</source>
            <translation>Der Lokalteil in Anführungszeichen enthält ein Steuerzeichen.</translation>
        </message>
        <message>
            <source>The quoted local part has no closing quote.</source>
            <translation>Dem Lokalteil in Anführungszeichen fehlt das schließende Anführungszeichen.</translation>
        </message>
        <message>
            <source>The address contains a space; a local part with spaces must be quoted.</source>
            <translation>Die Adresse enthält ein Leerzeichen; ein Lokalteil mit Leerzeichen muss in Anführungszeichen stehen.</translation>
        </message>
        <message>
            <source>The local part contains "%1", which must be quoted.</source>
            <translation>Der Lokalteil enthält „%1“; das muss in Anführungszeichen stehen.</translation>
        </message>
        <message>
            <source>The local part before "@" is missing.</source>
            <translation>Der Lokalteil vor „@“ fehlt.</translation>
        </message>
        <message>
            <source>A backslash outside quotes is not valid in RFC 5321 (write "a\\b"@...); Postfix accepts it.</source>
            <translation>Ein Backslash außerhalb von Anführungszeichen ist nach RFC 5321 ungültig (schreiben Sie "a\\b"@...); Postfix nimmt ihn hin.</translation>
        </message>
        <message>
            <source>"%1" is not a valid dot-string: dots must separate words (RFC 5321 s.4.1.2); Postfix accepts it.</source>
            <translation>„%1“ ist kein gültiger Dot-String: Punkte müssen Wörter trennen (RFC 5321 Abschn. 4.1.2); Postfix nimmt es hin.</translation>
        </message>
        <message>
            <source>The domain after "@" is missing.</source>
            <translation>Die Domain nach „@“ fehlt.</translation>
        </message>
        <message>
            <source>A domain in SMTP has no trailing dot (RFC 5321 s.2.3.5); Postfix accepts it.</source>
            <translation>Eine Domain hat in SMTP keinen Punkt am Ende (RFC 5321 Abschn. 2.3.5); Postfix nimmt ihn hin.</translation>
        </message>
        <message>
            <source>The domain is longer than 255 octets (RFC 5321 s.4.5.3.1.2).</source>
            <translation>Die Domain ist länger als 255 Oktette (RFC 5321 Abschn. 4.5.3.1.2).</translation>
        </message>
        <message>
            <source>The domain "%1" has an empty label (two dots in a row, or a dot at the start).</source>
            <translation>Die Domain „%1“ hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang).</translation>
        </message>
        <message>
            <source>A domain label is longer than 63 characters (RFC 1035 s.2.3.4).</source>
            <translation>Ein Domain-Label ist länger als 63 Zeichen (RFC 1035 Abschn. 2.3.4).</translation>
        </message>
        <message>
            <source>The domain label "%1" begins or ends with a hyphen.</source>
            <translation>Das Domain-Label „%1“ beginnt oder endet mit einem Bindestrich.</translation>
        </message>
        <message>
            <source>The domain "%1" contains "%2", which no host name may contain.</source>
            <translation>Die Domain „%1“ enthält „%2“, was in keinem Hostnamen vorkommen darf.</translation>
        </message>
        <message>
            <source>"%1" looks like an IP address: write it as an address literal, e.g. [192.0.2.1].</source>
            <translation>„%1“ sieht wie eine IP-Adresse aus: Schreiben Sie sie als Adressliteral, z. B. [192.0.2.1].</translation>
        </message>
        <message>
            <source>"_" is not allowed in a host name (RFC 5321 s.4.1.2); Postfix accepts it.</source>
            <translation>„_“ ist in einem Hostnamen nicht erlaubt (RFC 5321 Abschn. 4.1.2); Postfix nimmt es hin.</translation>
        </message>
        <message>
            <source>The local part is longer than 64 octets (RFC 5321 s.4.5.3.1.1).</source>
            <translation>Der Lokalteil ist länger als 64 Oktette (RFC 5321 Abschn. 4.5.3.1.1).</translation>
        </message>
        <message>
            <source>The address has no "@domain".</source>
            <translation>Der Adresse fehlt „@domain“.</translation>
        </message>
        <message>
            <source>"%1" has no domain; RFC 5321 s.4.1.1.3 allows that only for Postmaster. Postfix appends its own domain.</source>
            <translation>„%1“ hat keine Domain; RFC 5321 Abschn. 4.1.1.3 erlaubt das nur für Postmaster. Postfix hängt seine eigene Domain an.</translation>
        </message>
        <message>
            <source>Something follows the quoted local part other than "@".</source>
            <translation>Auf den Lokalteil in Anführungszeichen folgt etwas anderes als „@“.</translation>
        </message>
        <message>
            <source>Each hop of a source route must be written "@domain".</source>
            <translation>Jede Station einer Quellroute muss als „@domain“ geschrieben werden.</translation>
        </message>
        <message>
            <source>The source route "%1" is obsolete and ignored (RFC 5321 s.4.1.2, Appendix C).</source>
            <translation>Die Quellroute „%1“ ist veraltet und wird ignoriert (RFC 5321 Abschn. 4.1.2, Anhang C).</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CommandLineEdit</name>
        <message>
            <source>Message line (a line with only "." ends the message)</source>
            <translation>Nachrichtenzeile (eine Zeile nur mit „.“ beendet die Nachricht)</translation>
        </message>
        <message>
            <source>Type an SMTP command, e.g. EHLO laptop.example.org, then press Enter</source>
            <translation>SMTP-Befehl eingeben, z. B. EHLO laptop.example.org, dann Eingabetaste drücken</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CommandLineRecipe</name>
        <message>
            <source># then type the commands one per line</source>
            <translation># dann die Befehle eingeben, einen pro Zeile</translation>
        </message>
        <message>
            <source># telnet cannot speak TLS, and port %1 starts with TLS: use openssl below.</source>
            <translation># telnet spricht kein TLS, und Port %1 beginnt mit TLS: openssl unten verwenden.</translation>
        </message>
        <message>
            <source>
# telnet cannot go on after STARTTLS: use openssl instead.</source>
            <translation>
# telnet kann nach STARTTLS nicht weitermachen: stattdessen openssl verwenden.</translation>
        </message>
        <message>
            <source>
# openssl has already sent EHLO and STARTTLS; go on with EHLO %1</source>
            <translation>
# openssl hat EHLO und STARTTLS schon gesendet; weiter mit EHLO %1</translation>
        </message>
        <message>
            <source># Plain text, by hand
%1

# With TLS, by hand
%2

# In one go
%3
</source>
            <translation># Klartext, von Hand
%1

# Mit TLS, von Hand
%2

# In einem Rutsch
%3
</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CommandParser</name>
        <message>
            <source>The line is not valid UTF-8.</source>
            <translation>Die Zeile ist kein gültiges UTF-8.</translation>
        </message>
        <message>
            <source>The line begins with white space; Postfix ignores it.</source>
            <translation>Die Zeile beginnt mit Leerraum; Postfix ignoriert ihn.</translation>
        </message>
        <message>
            <source>The line is empty.</source>
            <translation>Die Zeile ist leer.</translation>
        </message>
        <message>
            <source>QUIT takes no argument (RFC 5321 s.4.1.1.10); Postfix ignores it.</source>
            <translation>QUIT nimmt kein Argument (RFC 5321 Abschn. 4.1.1.10); Postfix ignoriert es.</translation>
        </message>
        <message>
            <source>"%1" is not an SMTP command this server knows.</source>
            <translation>„%1“ ist kein SMTP-Befehl, den dieser Server kennt.</translation>
        </message>
        <message>
            <source>RFC 5321 puts exactly one space after the command word; Postfix accepts more.</source>
            <translation>RFC 5321 sieht genau ein Leerzeichen nach dem Befehlswort vor; Postfix nimmt auch mehr hin.</translation>
        </message>
        <message>
            <source>MAIL must be followed by "FROM:" and the sender in angle brackets.</source>
            <translation>Auf MAIL müssen „FROM:“ und der Absender in spitzen Klammern folgen.</translation>
        </message>
        <message>
            <source>RCPT must be followed by "TO:" and the recipient in angle brackets.</source>
            <translation>Auf RCPT müssen „TO:“ und der Empfänger in spitzen Klammern folgen.</translation>
        </message>
        <message>
            <source>RFC 5321 s.4.1.1 has no space after "%1"; Postfix tolerates it.</source>
            <translation>RFC 5321 Abschn. 4.1.1 sieht nach „%1“ kein Leerzeichen vor; Postfix duldet es.</translation>
        </message>
        <message>
            <source>The sender address is missing after "FROM:".</source>
            <translation>Nach „FROM:“ fehlt die Absenderadresse.</translation>
        </message>
        <message>
            <source>The recipient address is missing after "TO:".</source>
            <translation>Nach „TO:“ fehlt die Empfängeradresse.</translation>
        </message>
        <message>
            <source>The address must be written in angle brackets, e.g. &lt;alice@example.com&gt;.</source>
            <translation>Die Adresse muss in spitzen Klammern stehen, z. B. &lt;alice@example.com&gt;.</translation>
        </message>
        <message>
            <source>The closing "&gt;" of the address is missing.</source>
            <translation>Das schließende „&gt;“ der Adresse fehlt.</translation>
        </message>
        <message>
            <source>Parameters must be separated from the address by a space.</source>
            <translation>Parameter müssen durch ein Leerzeichen von der Adresse getrennt sein.</translation>
        </message>
        <message>
            <source>"&lt;&gt;" is only allowed as a sender (MAIL FROM:&lt;&gt;), never as a recipient.</source>
            <translation>„&lt;&gt;“ ist nur als Absender erlaubt (MAIL FROM:&lt;&gt;), nie als Empfänger.</translation>
        </message>
        <message>
            <source>A domain with non-ASCII letters needs the SMTPUTF8 parameter (RFC 6531).</source>
            <translation>Eine Domain mit Nicht-ASCII-Buchstaben braucht den Parameter SMTPUTF8 (RFC 6531).</translation>
        </message>
        <message>
            <source>A domain with non-ASCII letters needs a transaction started with SMTPUTF8 (RFC 6531).</source>
            <translation>Eine Domain mit Nicht-ASCII-Buchstaben braucht eine Transaktion, die mit SMTPUTF8 begonnen wurde (RFC 6531).</translation>
        </message>
        <message>
            <source>Non-ASCII letters in an address need SMTPUTF8 (RFC 6531 s.3.4); Postfix lets a local part through without it.</source>
            <translation>Nicht-ASCII-Buchstaben in einer Adresse brauchen SMTPUTF8 (RFC 6531 Abschn. 3.4); Postfix lässt einen Lokalteil auch ohne durch.</translation>
        </message>
        <message>
            <source>%1 needs the client's own host name or address literal, e.g. %1 client.example.org.</source>
            <translation>%1 braucht den eigenen Hostnamen des Clients oder ein Adressliteral, z. B. %1 client.example.org.</translation>
        </message>
        <message>
            <source>"%1" is not a domain name or address literal (RFC 5321 s.4.1.1.1); Postfix accepts it anyway.</source>
            <translation>„%1“ ist weder ein Domainname noch ein Adressliteral (RFC 5321 Abschn. 4.1.1.1); Postfix nimmt es trotzdem hin.</translation>
        </message>
        <message>
            <source>%1 takes no argument.</source>
            <translation>%1 nimmt kein Argument.</translation>
        </message>
        <message>
            <source>VRFY needs the user name or address to check.</source>
            <translation>VRFY braucht den Benutzernamen oder die Adresse, die geprüft werden soll.</translation>
        </message>
        <message>
            <source>VRFY takes one name or address; a name with spaces must be quoted.</source>
            <translation>VRFY nimmt einen Namen oder eine Adresse; ein Name mit Leerzeichen muss in Anführungszeichen stehen.</translation>
        </message>
        <message>
            <source>VRFY needs a name or address, not "&lt;&gt;".</source>
            <translation>VRFY braucht einen Namen oder eine Adresse, nicht „&lt;&gt;“.</translation>
        </message>
        <message>
            <source>"%1" has no local part; Postfix looks it up anyway.</source>
            <translation>„%1“ hat keinen Lokalteil; Postfix sucht trotzdem danach.</translation>
        </message>
        <message>
            <source>AUTH needs a mechanism name, e.g. AUTH PLAIN.</source>
            <translation>AUTH braucht den Namen eines Verfahrens, z. B. AUTH PLAIN.</translation>
        </message>
        <message>
            <source>AUTH takes a mechanism and at most one initial response.</source>
            <translation>AUTH nimmt ein Verfahren und höchstens eine erste Antwort.</translation>
        </message>
        <message>
            <source>BODY takes 7BIT or 8BITMIME (RFC 6152); this server knows no other value.</source>
            <translation>BODY nimmt 7BIT oder 8BITMIME (RFC 6152); andere Werte kennt dieser Server nicht.</translation>
        </message>
        <message>
            <source>SIZE= takes the message size in bytes, digits only (RFC 1870).</source>
            <translation>SIZE= nimmt die Nachrichtengröße in Bytes, nur Ziffern (RFC 1870).</translation>
        </message>
        <message>
            <source>ENVID= takes an identifier written as xtext (RFC 3461 s.4.4).</source>
            <translation>ENVID= nimmt eine Kennung in xtext-Schreibweise (RFC 3461 Abschn. 4.4).</translation>
        </message>
        <message>
            <source>RET= takes FULL or HDRS (RFC 3461 s.4.3).</source>
            <translation>RET= nimmt FULL oder HDRS (RFC 3461 Abschn. 4.3).</translation>
        </message>
        <message>
            <source>NOTIFY= takes NEVER or a list of SUCCESS, FAILURE and DELAY (RFC 3461 s.4.1).</source>
            <translation>NOTIFY= nimmt NEVER oder eine Liste aus SUCCESS, FAILURE und DELAY (RFC 3461 Abschn. 4.1).</translation>
        </message>
        <message>
            <source>ORCPT= takes an address type, ";" and the address as xtext (RFC 3461 s.4.2).</source>
            <translation>ORCPT= nimmt einen Adresstyp, „;“ und die Adresse als xtext (RFC 3461 Abschn. 4.2).</translation>
        </message>
        <message>
            <source>The server does not know the parameter "%1".</source>
            <translation>Der Server kennt den Parameter „%1“ nicht.</translation>
        </message>
        <message>
            <source>"%1" looks like a message header or a web request, not an SMTP command. Message headers belong after DATA.</source>
            <translation>„%1“ sieht wie eine Kopfzeile oder eine Webanfrage aus, nicht wie ein SMTP-Befehl. Kopfzeilen gehören in die Nachricht nach DATA.</translation>
        </message>
        <message>
            <source>A command line may be at most %1 octets including CRLF; this one has %2.</source>
            <translation>Eine Befehlszeile darf einschließlich CRLF höchstens %1 Oktette lang sein; diese hat %2.</translation>
        </message>
        <message>
            <source>%1 is optional (RFC 5321 s.4.5.1), and many servers leave it out.</source>
            <translation>%1 ist optional (RFC 5321 Abschn. 4.5.1), und viele Server bieten es nicht an.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CommandValues</name>
        <message>
            <source>a carriage return (CR, %1)</source>
            <translation>einen Wagenrücklauf (CR, %1)</translation>
        </message>
        <message>
            <source>a line feed (LF, %1)</source>
            <translation>einen Zeilenvorschub (LF, %1)</translation>
        </message>
        <message>
            <source>a NUL byte (%1)</source>
            <translation>ein NUL-Byte (%1)</translation>
        </message>
        <message>
            <source>a tab (%1)</source>
            <translation>einen Tabulator (%1)</translation>
        </message>
        <message>
            <source>a control character (%1)</source>
            <translation>ein Steuerzeichen (%1)</translation>
        </message>
        <message>
            <source>It contains %1. A line break inside a value would end the command early and smuggle in a second one.</source>
            <translation>Der Wert enthält %1. Ein Zeilenumbruch in einem Wert würde den Befehl vorzeitig beenden und einen zweiten einschmuggeln.</translation>
        </message>
        <message>
            <source>Give the address without angle brackets: they are added when the command is built.</source>
            <translation>Geben Sie die Adresse ohne spitze Klammern an: Sie werden beim Bau des Befehls ergänzt.</translation>
        </message>
        <message>
            <source>"%1" is not a valid mailbox (local-part@domain, RFC 5321 s.4.1.2): %2</source>
            <translation>„%1“ ist kein gültiges Postfach (Lokalteil@Domain, RFC 5321 Abschn. 4.1.2): %2</translation>
        </message>
        <message>
            <source>It contains a space; it must be a single word.</source>
            <translation>Der Wert enthält ein Leerzeichen; er muss ein einzelnes Wort sein.</translation>
        </message>
        <message>
            <source>The password contains %1, which no login mechanism can carry (RFC 4616 s.2).</source>
            <translation>Das Passwort enthält %1, das kein Anmeldeverfahren übertragen kann (RFC 4616 Abschn. 2).</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ConsoleDiagramLink</name>
        <message>
            <source>the message, ended by a line with only "."</source>
            <translation>die Nachricht, beendet mit einer Zeile, die nur „.“ enthält</translation>
        </message>
        <message>
            <source>you</source>
            <translation>du</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ConsoleWidget</name>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Simulator console</source>
            <translation>Simulator-Konsole</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Befehlszeile</translation>
        </message>
        <message>
            <source>Input mode</source>
            <translation>Eingabemodus</translation>
        </message>
        <message>
            <source>Send the line</source>
            <translation>Zeile senden</translation>
        </message>
        <message>
            <source>Enter sends; Up and Down recall earlier lines; Tab or typing completes commands</source>
            <translation>Eingabetaste sendet; Pfeil hoch und runter holen frühere Zeilen zurück; Tab oder Weitertippen vervollständigt Befehle</translation>
        </message>
        <message>
            <source>&lt;b style="color:%1"&gt;Message&lt;/b&gt;</source>
            <translation>&lt;b style="color:%1"&gt;Nachricht&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b style="color:%1"&gt;Login&lt;/b&gt;</source>
            <translation>&lt;b style="color:%1"&gt;Anmeldung&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Command&lt;/b&gt;</source>
            <translation>&lt;b&gt;Befehl&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Every line is part of the message until a line with only "."</source>
            <translation>Jede Zeile gehört zur Nachricht, bis eine Zeile nur „.“ enthält</translation>
        </message>
        <message>
            <source>The server waits for a base64 answer to its 334 question</source>
            <translation>Der Server wartet auf eine Base64-Antwort auf seine 334-Frage</translation>
        </message>
        <message>
            <source>Each line is one SMTP command</source>
            <translation>Jede Zeile ist ein SMTP-Befehl</translation>
        </message>
        <message>
            <source>Base64 answer to the server's question (hidden in the transcript)</source>
            <translation>Base64-Antwort auf die Frage des Servers (in der Mitschrift verborgen)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::DiagramExport</name>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG picture (*.svg)</source>
            <translation>SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <source>Mermaid text (*.mmd *.md)</source>
            <translation>Mermaid-Text (*.mmd *.md)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::DiagramLayout</name>
        <message>
            <source>message: 1 line, %1 bytes</source>
            <translation>Nachricht: 1 Zeile, %1 Bytes</translation>
        </message>
        <message>
            <source>message: %n lines, %1 bytes</source>
            <translation>Nachricht: %n Zeilen, %1 Bytes</translation>
        </message>
        <message>
            <source>your turn: %1</source>
            <translation>du bist dran: %1</translation>
        </message>
        <message>
            <source>client command %1</source>
            <translation>Befehl des Clients %1</translation>
        </message>
        <message>
            <source>server reply %1 and 1 more line</source>
            <translation>Antwort des Servers %1 und 1 weitere Zeile</translation>
        </message>
        <message numerus="yes">
            <source>server reply %1 and %n more lines</source>
            <translation>
                <numerusform>Antwort des Servers %1 und %n weitere Zeile</numerusform>
                <numerusform>Antwort des Servers %1 und %n weitere Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>server reply %1</source>
            <translation>Antwort des Servers %1</translation>
        </message>
        <message>
            <source>message, 1 line, %1 bytes</source>
            <translation>Nachricht, 1 Zeile, %1 Bytes</translation>
        </message>
        <message numerus="yes">
            <source>message, %n lines, %1 bytes</source>
            <translation>
                <numerusform>Nachricht, %n Zeile, %1 Bytes</numerusform>
                <numerusform>Nachricht, %n Zeilen, %1 Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (+1 line)</source>
            <translation>%1 (+1 Zeile)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (+%n lines)</source>
            <translation>
                <numerusform>%1 (+%n Zeile)</numerusform>
                <numerusform>%1 (+%n Zeilen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamTexts</name>
        <message>
            <source>STARTTLS stripped</source>
            <translation>STARTTLS entfernt</translation>
        </message>
        <message>
            <source>The EHLO reply offers AUTH but not STARTTLS, as if someone on the path had cut the STARTTLS line out.</source>
            <translation>Die Antwort auf EHLO bietet AUTH an, aber nicht STARTTLS, als hätte jemand auf dem Weg die STARTTLS-Zeile herausgeschnitten.</translation>
        </message>
        <message>
            <source>A client set up for TLS stops: it sends no password and no mail in clear text and tells its user that the server did not offer TLS.</source>
            <translation>Ein für TLS eingerichteter Client hört auf: Er sendet kein Passwort und keine Mail im Klartext und sagt seinem Benutzer, dass der Server kein TLS angeboten hat.</translation>
        </message>
        <message>
            <source>STARTTLS refused</source>
            <translation>STARTTLS abgelehnt</translation>
        </message>
        <message>
            <source>STARTTLS is offered, but the answer to it is 454 4.7.0 TLS not available due to local problem.</source>
            <translation>STARTTLS wird angeboten, aber die Antwort darauf ist 454 4.7.0 TLS not available due to local problem.</translation>
        </message>
        <message>
            <source>A client that needs TLS gives up for now and reports it; it never goes on to log in without encryption.</source>
            <translation>Ein Client, der TLS braucht, gibt vorerst auf und meldet das; er meldet sich niemals ohne Verschlüsselung an.</translation>
        </message>
        <message>
            <source>Bytes injected before TLS</source>
            <translation>Eingeschleuste Bytes vor TLS</translation>
        </message>
        <message>
            <source>Right after the 220 to STARTTLS, and before the TLS handshake, the server writes a fake EHLO reply in clear text that offers AUTH PLAIN. Inside TLS only AUTH LOGIN is offered.</source>
            <translation>Direkt nach der 220 auf STARTTLS und vor dem TLS-Handshake schreibt der Server eine gefälschte EHLO-Antwort im Klartext, die AUTH PLAIN anbietet. Innerhalb von TLS wird nur AUTH LOGIN angeboten.</translation>
        </message>
        <message>
            <source>It throws away whatever arrived before the handshake, sends EHLO again inside TLS and acts only on that new list (here: AUTH LOGIN, never AUTH PLAIN).</source>
            <translation>Er verwirft alles, was vor dem Handshake ankam, sendet EHLO innerhalb von TLS erneut und richtet sich nur nach dieser neuen Liste (hier: AUTH LOGIN, niemals AUTH PLAIN).</translation>
        </message>
        <message>
            <source>Greylisting</source>
            <translation>Greylisting (vorläufige Abweisung)</translation>
        </message>
        <message>
            <source>The first attempt for each sender and recipient gets 450 4.2.0 at RCPT TO, with the number of seconds to wait; a retry after that delay is accepted.</source>
            <translation>Der erste Versuch für jeden Absender und Empfänger bekommt bei RCPT TO eine 450 4.2.0 mit der Wartezeit in Sekunden; eine Wiederholung nach dieser Wartezeit wird angenommen.</translation>
        </message>
        <message>
            <source>It treats 450 as temporary: it keeps the message and tries again later, after the delay the server asked for, and does not hammer the server meanwhile.</source>
            <translation>Er versteht 450 als vorübergehend: Er behält die Nachricht, versucht es nach der vom Server verlangten Wartezeit erneut und bestürmt den Server in der Zwischenzeit nicht.</translation>
        </message>
        <message>
            <source>421 during DATA</source>
            <translation>421 während DATA</translation>
        </message>
        <message>
            <source>The first message is read to its end, then answered 421 4.3.2 instead of 250 and the connection is closed: the message was not accepted. Later attempts are accepted.</source>
            <translation>Die erste Nachricht wird bis zum Ende gelesen, dann mit 421 4.3.2 statt 250 beantwortet und die Verbindung geschlossen: Die Nachricht wurde nicht angenommen. Spätere Versuche werden angenommen.</translation>
        </message>
        <message>
            <source>It takes 421 as a temporary failure: it keeps the message and sends it again later (or tells its user it did not go); it never reports it as sent.</source>
            <translation>Er versteht 421 als vorübergehenden Fehler: Er behält die Nachricht und sendet sie später erneut (oder sagt seinem Benutzer, dass sie nicht verschickt wurde); er meldet sie niemals als gesendet.</translation>
        </message>
        <message>
            <source>Login refused once</source>
            <translation>Anmeldung einmal abgelehnt</translation>
        </message>
        <message>
            <source>Every AUTH in the first session that logs in is answered 535 5.7.8, even with the right password. Later sessions log in normally.</source>
            <translation>Jedes AUTH in der ersten Sitzung, die sich anmeldet, wird mit 535 5.7.8 beantwortet, auch mit dem richtigen Passwort. Spätere Sitzungen melden sich normal an.</translation>
        </message>
        <message>
            <source>It reports the refusal to its user and stops; it does not try the same login again and again (more than 3 retries in a row fails), and it does not send mail as if it were logged in.</source>
            <translation>Er meldet die Ablehnung seinem Benutzer und hört auf; er versucht dieselbe Anmeldung nicht immer wieder (mehr als 3 Wiederholungen hintereinander fallen durch) und sendet keine Mail, als wäre er angemeldet.</translation>
        </message>
        <message>
            <source>Size limit</source>
            <translation>Größenbeschränkung</translation>
        </message>
        <message>
            <source>EHLO advertises SIZE 1000000: messages over 1,000,000 bytes are refused with 552 5.3.4.</source>
            <translation>EHLO kündigt SIZE 1000000 an: Nachrichten über 1.000.000 Bytes werden mit 552 5.3.4 abgelehnt.</translation>
        </message>
        <message>
            <source>It declares the size of the message with SIZE= in MAIL FROM, so the server can refuse a message that is too big before it is sent, or does not send a larger message at all.</source>
            <translation>Er gibt die Größe der Nachricht mit SIZE= in MAIL FROM an, damit der Server eine zu große Nachricht ablehnen kann, bevor sie gesendet wird, oder sendet eine größere Nachricht gar nicht erst.</translation>
        </message>
    </context>
    <context>
        <name>ExamGrader</name>
        <message>
            <source>the server stopped while this session was still open, so the exam cannot tell what the client would have done next</source>
            <translation>Der Server wurde angehalten, während diese Sitzung noch offen war; daher kann die Prüfung nicht sagen, was der Client als Nächstes getan hätte</translation>
        </message>
    </context>
    <context>
        <name>ExamReplies</name>
        <message>
            <source>The exam refuses STARTTLS on purpose. A client that needs TLS must not go on to log in in clear text.</source>
            <translation>Die Prüfung lehnt STARTTLS absichtlich ab. Ein Client, der TLS braucht, darf sich danach nicht im Klartext anmelden.</translation>
        </message>
        <message>
            <source>Injected by the exam in clear text after the 220 and before the TLS handshake, as an attacker on the path could. A correct client throws it away unread.</source>
            <translation>Von der Prüfung nach der 220 und vor dem TLS-Handshake im Klartext eingeschleust, wie es ein Angreifer auf dem Weg könnte. Ein korrekter Client verwirft das ungelesen.</translation>
        </message>
        <message>
            <source>Greylisting: the first attempt for this sender and recipient is deferred. A correct client keeps the message and tries again after the delay.</source>
            <translation>Greylisting: Der erste Versuch für diesen Absender und Empfänger wird zurückgestellt. Ein korrekter Client behält die Nachricht und versucht es nach der Wartezeit erneut.</translation>
        </message>
        <message>
            <source>The exam ends the session instead of accepting the message: it was not delivered. A correct client treats 421 as temporary and sends the message again later.</source>
            <translation>Die Prüfung beendet die Sitzung, statt die Nachricht anzunehmen: Sie wurde nicht zugestellt. Ein korrekter Client versteht 421 als vorübergehend und sendet die Nachricht später erneut.</translation>
        </message>
    </context>
    <context>
        <name>StripStartTlsGrader</name>
        <message numerus="yes">
            <source>   (%n more line(s) of the EHLO reply, none of them STARTTLS)</source>
            <translation>
                <numerusform>   (%n weitere Zeile der EHLO-Antwort, nicht STARTTLS)</numerusform>
                <numerusform>   (%n weitere Zeilen der EHLO-Antwort, keine davon STARTTLS)</numerusform>
            </translation>
        </message>
        <message>
            <source>sent AUTH in clear text although the server offered no STARTTLS: its password could be read on the way</source>
            <translation>Der Client hat AUTH im Klartext gesendet, obwohl der Server kein STARTTLS angeboten hat: Sein Passwort konnte unterwegs mitgelesen werden</translation>
        </message>
        <message>
            <source>sent MAIL FROM in clear text although the server offered no STARTTLS: it sends mail without the encryption it should insist on</source>
            <translation>Der Client hat MAIL FROM im Klartext gesendet, obwohl der Server kein STARTTLS angeboten hat: Er verschickt Mail ohne die Verschlüsselung, auf der er bestehen sollte</translation>
        </message>
        <message>
            <source>hung up before the server's EHLO reply, so the exam did not start</source>
            <translation>Der Client hat die Verbindung vor der EHLO-Antwort des Servers getrennt, daher hat die Prüfung nicht begonnen</translation>
        </message>
        <message>
            <source>saw no STARTTLS in the EHLO reply and stopped: no password and no mail went out in clear text</source>
            <translation>Der Client hat in der EHLO-Antwort kein STARTTLS gesehen und aufgehört: Weder ein Passwort noch eine Mail ging im Klartext hinaus</translation>
        </message>
    </context>
    <context>
        <name>StartTlsRefusedGrader</name>
        <message>
            <source>went on after the 454 and sent AUTH in clear text: its password could be read on the way</source>
            <translation>Der Client hat nach der 454 weitergemacht und AUTH im Klartext gesendet: Sein Passwort konnte unterwegs mitgelesen werden</translation>
        </message>
        <message>
            <source>sent AUTH in clear text without even asking for STARTTLS</source>
            <translation>Der Client hat AUTH im Klartext gesendet, ohne überhaupt nach STARTTLS zu fragen</translation>
        </message>
        <message>
            <source>never asked for STARTTLS, so the exam did not take place: set the client up to use STARTTLS</source>
            <translation>Der Client hat nie nach STARTTLS gefragt, daher hat die Prüfung nicht stattgefunden: Richten Sie den Client für STARTTLS ein</translation>
        </message>
        <message>
            <source>sent no password after the 454, but went on to send mail in clear text: acceptable only for server-to-server mail that uses TLS when it can, never for a client that requires it</source>
            <translation>Der Client hat nach der 454 kein Passwort gesendet, aber danach Mail im Klartext verschickt: Das ist nur bei Mail von Server zu Server vertretbar, die TLS nutzt, wenn es geht, niemals bei einem Client, der TLS verlangt</translation>
        </message>
        <message>
            <source>gave up after the 454 without sending a password in clear text</source>
            <translation>Der Client hat nach der 454 aufgegeben, ohne ein Passwort im Klartext zu senden</translation>
        </message>
    </context>
    <context>
        <name>StartTlsInjectionGrader</name>
        <message>
            <source>did not send EHLO again inside TLS: it went on with what it was told in clear text, which anyone on the path could have written</source>
            <translation>Der Client hat innerhalb von TLS nicht erneut EHLO gesendet: Er hat sich auf das verlassen, was ihm im Klartext gesagt wurde, und das hätte jeder auf dem Weg schreiben können</translation>
        </message>
        <message>
            <source>used AUTH PLAIN, which only the injected clear-text reply offered: it acted on bytes that came before the TLS handshake</source>
            <translation>Der Client hat AUTH PLAIN benutzt, das nur die eingeschleuste Klartext-Antwort angeboten hatte: Er hat sich nach Bytes gerichtet, die vor dem TLS-Handshake kamen</translation>
        </message>
        <message>
            <source>never asked for STARTTLS, so the exam did not take place: set the client up to use STARTTLS</source>
            <translation>Der Client hat nie nach STARTTLS gefragt, daher hat die Prüfung nicht stattgefunden: Richten Sie den Client für STARTTLS ein</translation>
        </message>
        <message>
            <source>hung up instead of starting TLS after bytes it had not asked for: it did not act on them</source>
            <translation>Der Client hat nach Bytes, um die er nicht gebeten hatte, die Verbindung getrennt, statt TLS zu starten: Er hat sich nicht nach ihnen gerichtet</translation>
        </message>
        <message>
            <source>the TLS handshake failed (%1). A client that refuses the injected bytes is safe, but so is one that does not trust the certificate; the exam cannot tell which it was</source>
            <translation>Der TLS-Handshake ist fehlgeschlagen (%1). Ein Client, der die eingeschleusten Bytes zurückweist, ist sicher, aber ebenso einer, der dem Zertifikat nicht vertraut; die Prüfung kann nicht erkennen, was davon zutraf</translation>
        </message>
        <message>
            <source>ignored the injected bytes: it sent EHLO again inside TLS and used only the new list</source>
            <translation>Der Client hat die eingeschleusten Bytes ignoriert: Er hat innerhalb von TLS erneut EHLO gesendet und nur die neue Liste benutzt</translation>
        </message>
        <message>
            <source>hung up inside TLS before sending any command</source>
            <translation>Der Client hat die Verbindung innerhalb von TLS getrennt, bevor er einen Befehl gesendet hat</translation>
        </message>
    </context>
    <context>
        <name>GreylistGrader</name>
        <message>
            <source>(retry after %1 s)</source>
            <translation>(Wiederholung nach %1 s)</translation>
        </message>
        <message numerus="yes">
            <source> It had come back %n time(s) too early before that.</source>
            <translation>
                <numerusform> Davor war er %n Mal zu früh wiedergekommen.</numerusform>
                <numerusform> Davor war er %n Mal zu früh wiedergekommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>came back after %1 s (the server asked for %2 s) and the retry was accepted.%3</source>
            <translation>Der Client ist nach %1 s wiedergekommen (der Server hatte %2 s verlangt), und die Wiederholung wurde angenommen.%3</translation>
        </message>
        <message>
            <source>named no recipient, so the exam did not start</source>
            <translation>Der Client hat keinen Empfänger angegeben, daher hat die Prüfung nicht begonnen</translation>
        </message>
        <message>
            <source>did not come back with an accepted retry within the exam's %1 s</source>
            <translation>Der Client ist innerhalb der %1 s der Prüfung nicht mit einer angenommenen Wiederholung wiedergekommen</translation>
        </message>
        <message>
            <source>the exam ended %1 s after the first 450, before the client came back with an accepted retry</source>
            <translation>Die Prüfung endete %1 s nach der ersten 450, bevor der Client mit einer angenommenen Wiederholung wiederkam</translation>
        </message>
    </context>
    <context>
        <name>Disconnect421Grader</name>
        <message>
            <source>(sent again after %1 s)</source>
            <translation>(erneut gesendet nach %1 s)</translation>
        </message>
        <message>
            <source>took the 421 as temporary and sent the message again %1 s later; it was accepted</source>
            <translation>Der Client hat die 421 als vorübergehend verstanden und die Nachricht %1 s später erneut gesendet; sie wurde angenommen</translation>
        </message>
        <message>
            <source>sent no message, so the exam did not start</source>
            <translation>Der Client hat keine Nachricht gesendet, daher hat die Prüfung nicht begonnen</translation>
        </message>
        <message>
            <source>did not send the message again within the exam's %1 s. A correct client keeps it and tries later, or tells you it was not sent; check what yours said</source>
            <translation>Der Client hat die Nachricht innerhalb der %1 s der Prüfung nicht erneut gesendet. Ein korrekter Client behält sie und versucht es später, oder er sagt Ihnen, dass sie nicht gesendet wurde; prüfen Sie, was Ihrer gemeldet hat</translation>
        </message>
        <message>
            <source>the exam ended %1 s after the 421, before the client sent the message again</source>
            <translation>Die Prüfung endete %1 s nach der 421, bevor der Client die Nachricht erneut gesendet hat</translation>
        </message>
    </context>
    <context>
        <name>AuthFailThenOkGrader</name>
        <message>
            <source>went on to MAIL FROM after its login was refused, as if it were logged in</source>
            <translation>Der Client hat nach der abgelehnten Anmeldung mit MAIL FROM weitergemacht, als wäre er angemeldet</translation>
        </message>
        <message>
            <source>tried to log in %1 times in a row after 535: a client must report the refusal, not loop</source>
            <translation>Der Client hat %1-mal hintereinander versucht, sich nach einer 535 anzumelden: Ein Client muss die Ablehnung melden, statt es endlos zu wiederholen</translation>
        </message>
        <message>
            <source>did not try to log in, so the exam did not take place: give the client a user name and password</source>
            <translation>Der Client hat keine Anmeldung versucht, daher hat die Prüfung nicht stattgefunden: Geben Sie dem Client einen Benutzernamen und ein Passwort</translation>
        </message>
        <message numerus="yes">
            <source>stopped after %n refused login(s) and sent no mail; it should now tell you the login failed</source>
            <translation>
                <numerusform>Der Client hat nach %n abgelehnten Anmeldung aufgehört und keine Mail gesendet; er sollte Ihnen jetzt sagen, dass die Anmeldung fehlgeschlagen ist</numerusform>
                <numerusform>Der Client hat nach %n abgelehnten Anmeldungen aufgehört und keine Mail gesendet; er sollte Ihnen jetzt sagen, dass die Anmeldung fehlgeschlagen ist</numerusform>
            </translation>
        </message>
        <message>
            <source>logged in on a later try, after the earlier refusal</source>
            <translation>Der Client hat sich nach der früheren Ablehnung bei einem späteren Versuch angemeldet</translation>
        </message>
        <message>
            <source>logged in before any login was refused</source>
            <translation>Der Client hat sich angemeldet, bevor eine Anmeldung abgelehnt wurde</translation>
        </message>
    </context>
    <context>
        <name>SizeLimitGrader</name>
        <message>
            <source>sent a message over the %1-byte limit without declaring its size: the server had to read all of it only to refuse it</source>
            <translation>Der Client hat eine Nachricht über der Grenze von %1 Bytes gesendet, ohne ihre Größe anzugeben: Der Server musste sie ganz lesen, nur um sie abzulehnen</translation>
        </message>
        <message>
            <source>sent a message within the limit without SIZE=, so the exam cannot tell whether it would have stopped a bigger one. Send one over %1 bytes to find out</source>
            <translation>Der Client hat eine Nachricht innerhalb der Grenze ohne SIZE= gesendet, daher kann die Prüfung nicht sagen, ob er eine größere zurückgehalten hätte. Senden Sie eine über %1 Bytes, um es herauszufinden</translation>
        </message>
        <message>
            <source>declared the message's size with SIZE= in MAIL FROM</source>
            <translation>Der Client hat die Größe der Nachricht mit SIZE= in MAIL FROM angegeben</translation>
        </message>
        <message>
            <source>declared a size over the limit with SIZE=, so the server refused it before a byte of the message was sent</source>
            <translation>Der Client hat mit SIZE= eine Größe über der Grenze angegeben, daher hat der Server sie abgelehnt, bevor ein Byte der Nachricht gesendet wurde</translation>
        </message>
        <message>
            <source>sent no mail. If it refused because the message is bigger than %1 bytes, that is right; the exam cannot see why</source>
            <translation>Der Client hat keine Mail gesendet. Wenn er sich geweigert hat, weil die Nachricht größer als %1 Bytes ist, ist das richtig; die Prüfung kann den Grund nicht sehen</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExamPicker</name>
        <message>
            <source>&amp;Retry accepted after:</source>
            <translation>&amp;Wiederholung angenommen nach:</translation>
        </message>
        <message>
            <source>Exam: the server misbehaves on purpose and grades your mail client</source>
            <translation>Prüfung: Der Server verhält sich absichtlich falsch und bewertet Ihr Mailprogramm</translation>
        </message>
        <message>
            <source>Seconds the client must wait before its retry is accepted</source>
            <translation>Sekunden, die der Client warten muss, bevor seine Wiederholung angenommen wird</translation>
        </message>
        <message>
            <source>What the exam's server does</source>
            <translation>Was der Server in dieser Prüfung tut</translation>
        </message>
        <message>
            <source>No exam (play the scenario)</source>
            <translation>Keine Prüfung (das Szenario spielen)</translation>
        </message>
        <message>
            <source>The server plays the chosen scenario and grades nothing.</source>
            <translation>Der Server spielt das gewählte Szenario und bewertet nichts.</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExamReportCard</name>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>What a correct client does:</source>
            <translation>Was ein korrekter Client tut:</translation>
        </message>
        <message>
            <source>Where the rule is written: %1</source>
            <translation>Wo die Regel steht: %1</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>NICHT BESTANDEN</translation>
        </message>
        <message>
            <source>INCOMPLETE</source>
            <translation>UNVOLLSTÄNDIG</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>Sitzung %1</translation>
        </message>
        <message>
            <source>sessions %1</source>
            <translation>Sitzungen %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExamReportCards</name>
        <message>
            <source>Each client session gets a report card here while the exam runs.</source>
            <translation>Während die Prüfung läuft, bekommt hier jede Sitzung eines Clients ein Zeugnis.</translation>
        </message>
        <message>
            <source>Exam verdicts so far</source>
            <translation>Bisherige Ergebnisse der Prüfung</translation>
        </message>
        <message>
            <source>Exam report cards, newest first</source>
            <translation>Zeugnisse der Prüfung, das neueste zuerst</translation>
        </message>
        <message>
            <source>(the newest %1 cards are shown)</source>
            <translation>(die neuesten %1 Zeugnisse werden gezeigt)</translation>
        </message>
        <message>
            <source>No verdict yet. Point a mail client at the server: each attempt gets a report card here as soon as it is graded.</source>
            <translation>Noch kein Ergebnis. Richten Sie ein Mailprogramm auf den Server aus: Jeder Versuch bekommt hier ein Zeugnis, sobald er bewertet ist.</translation>
        </message>
        <message>
            <source>%1 %2, %3 %4, %5 %6</source>
            <translation>%1 %2, %3 %4, %5 %6</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseChoiceView</name>
        <message>
            <source>Answer %1: %2</source>
            <translation>Antwort %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseCommandCheck</name>
        <message>
            <source>A server would answer: %1
%2 (%3)</source>
            <translation>Ein Server würde antworten: %1
%2 (%3)</translation>
        </message>
        <message>
            <source>The server understands that line, but %1 does something other than what the task asks for.</source>
            <translation>Der Server versteht diese Zeile, aber %1 tut etwas anderes, als die Aufgabe verlangt.</translation>
        </message>
        <message>
            <source>%1 is the right command, but "%2" is not what the task names.</source>
            <translation>%1 ist der richtige Befehl, aber „%2“ ist nicht das, was die Aufgabe nennt.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseCommandView</name>
        <message>
            <source>Chec&amp;k</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Your command</source>
            <translation>Ihr Befehl</translation>
        </message>
        <message>
            <source>Check the command</source>
            <translation>Befehl prüfen</translation>
        </message>
        <message>
            <source>Type one command line, as a client sends it</source>
            <translation>Eine Befehlszeile eingeben, so wie ein Client sie sendet</translation>
        </message>
        <message>
            <source>Check the command (Enter)</source>
            <translation>Befehl prüfen (Eingabetaste)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseGenerator</name>
        <message>
            <source>What does reply code %1 mean?</source>
            <translation>Was bedeutet der Antwortcode %1?</translation>
        </message>
        <message>
            <source>%1 means "%2". %3</source>
            <translation>%1 bedeutet „%2“. %3</translation>
        </message>
        <message>
            <source>What is port %1 for?</source>
            <translation>Wofür ist Port %1 da?</translation>
        </message>
        <message>
            <source>Port %1 (%2, %3): %4</source>
            <translation>Port %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>A server answers:
%1
Is this failure temporary or permanent?</source>
            <translation>Ein Server antwortet:
%1
Ist dieser Fehler vorübergehend oder dauerhaft?</translation>
        </message>
        <message>
            <source>Temporary: try the same again later</source>
            <translation>Vorübergehend: dasselbe später noch einmal versuchen</translation>
        </message>
        <message>
            <source>Permanent: change something before trying again</source>
            <translation>Dauerhaft: erst etwas ändern, dann erneut versuchen</translation>
        </message>
        <message>
            <source>The first digit is 4: a temporary failure. %1</source>
            <translation>Die erste Ziffer ist 4: ein vorübergehender Fehler. %1</translation>
        </message>
        <message>
            <source>The first digit is 5: a permanent failure. %1</source>
            <translation>Die erste Ziffer ist 5: ein dauerhafter Fehler. %1</translation>
        </message>
        <message>
            <source>%1
Put the client's commands in the order it sends them.</source>
            <translation>%1
Bringen Sie die Befehle des Clients in die Reihenfolge, in der er sie sendet.</translation>
        </message>
        <message>
            <source>Type the command that %1.</source>
            <translation>Geben Sie den Befehl ein, der Folgendes tut: %1.</translation>
        </message>
        <message>
            <source>A right answer is %1. %2 (%3)</source>
            <translation>Eine richtige Antwort ist %1. %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseOrderView</name>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Check order</source>
            <translation>Reihenfolge &amp;prüfen</translation>
        </message>
        <message>
            <source>Commands to put in order</source>
            <translation>Zu ordnende Befehle</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Check order</source>
            <translation>Reihenfolge prüfen</translation>
        </message>
        <message>
            <source>Move the selected command up (Alt+Up)</source>
            <translation>Den gewählten Befehl nach oben schieben (Alt+Pfeil hoch)</translation>
        </message>
        <message>
            <source>Move the selected command down (Alt+Down)</source>
            <translation>Den gewählten Befehl nach unten schieben (Alt+Pfeil runter)</translation>
        </message>
        <message>
            <source>Check the order (Enter)</source>
            <translation>Reihenfolge prüfen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Drag the commands, or select one and press Alt+Up / Alt+Down.</source>
            <translation>Ziehen Sie die Befehle, oder wählen Sie einen und drücken Sie Alt+Pfeil hoch / Alt+Pfeil runter.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExercisePanel</name>
        <message>
            <source>Next question</source>
            <translation>Nächste Frage</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Kind of question</source>
            <translation>Art der Frage</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktestand</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Gemischt</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Richtig!</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>Nicht ganz.</translation>
        </message>
        <message>
            <source>Score: %1 of %2</source>
            <translation>Punkte: %1 von %2</translation>
        </message>
        <message>
            <source>Question number</source>
            <translation>Nummer der Frage</translation>
        </message>
        <message>
            <source>Choosing a kind starts a new round</source>
            <translation>Die Wahl einer Art beginnt eine neue Runde</translation>
        </message>
        <message>
            <source>Rounds of %1 questions drawn from the reference: reply codes, ports, the order of a session, typing a command, and whether a failure is worth retrying.</source>
            <translation>Runden zu %1 Fragen aus der Referenz: Antwortcodes, Ports, die Reihenfolge einer Sitzung, einen Befehl eintippen und ob sich nach einem Fehler ein neuer Versuch lohnt.</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Fragen:</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Nächste Frage</translation>
        </message>
        <message>
            <source>Next question (Enter)</source>
            <translation>Nächste Frage (Eingabetaste)</translation>
        </message>
        <message>
            <source>Go on to the next question of the round</source>
            <translation>Weiter zur nächsten Frage der Runde</translation>
        </message>
        <message>
            <source>Type the command first, then press Enter.</source>
            <translation>Erst den Befehl eingeben, dann die Eingabetaste drücken.</translation>
        </message>
        <message>
            <source>&amp;See the score</source>
            <translation>&amp;Ergebnis ansehen</translation>
        </message>
        <message>
            <source>The right order:</source>
            <translation>Die richtige Reihenfolge:</translation>
        </message>
        <message>
            <source>Round complete</source>
            <translation>Runde beendet</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Frage %1 von %2</translation>
        </message>
        <message>
            <source>Draw another question</source>
            <translation>Eine andere Frage ziehen</translation>
        </message>
        <message>
            <source>Quick questions drawn from the reference: reply codes, ports, the order of commands, and whether a failure is worth retrying.</source>
            <translation>Kurze Fragen aus der Referenz: Antwortcodes, Ports, die Reihenfolge der Befehle und ob sich ein neuer Versuch nach einem Fehler lohnt.</translation>
        </message>
        <message>
            <source>Answer %1: %2</source>
            <translation>Antwort %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseQuestion</name>
        <message>
            <source>Reply codes</source>
            <translation>Antwortcodes</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Command order</source>
            <translation>Befehlsreihenfolge</translation>
        </message>
        <message>
            <source>Temporary or permanent?</source>
            <translation>Vorübergehend oder dauerhaft?</translation>
        </message>
        <message>
            <source>Type the command</source>
            <translation>Befehl eintippen</translation>
        </message>
        <message>
            <source>The order must hold every command exactly once.</source>
            <translation>Die Reihenfolge muss jeden Befehl genau einmal enthalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the commands are in their right place.</source>
            <translation>
                <numerusform>%n der Befehle steht an der richtigen Stelle.</numerusform>
                <numerusform>%n der Befehle stehen an der richtigen Stelle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExerciseScorePage</name>
        <message>
            <source>&amp;Retry the missed questions</source>
            <translation>Verpasste Fragen &amp;wiederholen</translation>
        </message>
        <message>
            <source>&amp;New round</source>
            <translation>&amp;Neue Runde</translation>
        </message>
        <message>
            <source>Round score</source>
            <translation>Ergebnis der Runde</translation>
        </message>
        <message>
            <source>Score of the round</source>
            <translation>Punkte der Runde</translation>
        </message>
        <message>
            <source>How the round went</source>
            <translation>Wie die Runde lief</translation>
        </message>
        <message>
            <source>Questions missed</source>
            <translation>Verpasste Fragen</translation>
        </message>
        <message>
            <source>Retry the missed questions</source>
            <translation>Verpasste Fragen wiederholen</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Neue Runde</translation>
        </message>
        <message>
            <source>Ask again exactly the questions answered wrongly</source>
            <translation>Genau die falsch beantworteten Fragen noch einmal stellen</translation>
        </message>
        <message>
            <source>Draw a new round of questions</source>
            <translation>Eine neue Runde Fragen ziehen</translation>
        </message>
        <message>
            <source>%1 of %2 right</source>
            <translation>%1 von %2 richtig</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Retry the %n missed</source>
            <translation>
                <numerusform>Die %n verpasste Frage &amp;wiederholen</numerusform>
                <numerusform>Die %n verpassten Fragen &amp;wiederholen</numerusform>
            </translation>
        </message>
        <message>
            <source>Every answer right. A new round draws other questions.</source>
            <translation>Alles richtig. Eine neue Runde zieht andere Fragen.</translation>
        </message>
        <message>
            <source>Retry the ones you missed until they stick, or start a new round.</source>
            <translation>Wiederholen Sie die verpassten Fragen, bis sie sitzen, oder beginnen Sie eine neue Runde.</translation>
        </message>
        <message>
            <source>Missed:</source>
            <translation>Verpasst:</translation>
        </message>
        <message>
            <source>Right answer:</source>
            <translation>Richtige Antwort:</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ExplainView</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Recognised:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Erkannt:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Who says this:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wer das sagt:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Cause:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ursache:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; &lt;a href="%1"&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; &lt;a href="%1"&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explain a reply</source>
            <translation>Antwort erklären</translation>
        </message>
        <message>
            <source>Reply to explain</source>
            <translation>Zu erklärende Antwort</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>Paste a reply, e.g. 550 5.1.1 &lt;bob@example.net&gt;: Recipient address rejected</source>
            <translation>Antwort einfügen, z. B. 550 5.1.1 &lt;bob@example.net&gt;: Recipient address rejected</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>Erklären</translation>
        </message>
        <message>
            <source>Explain the pasted text</source>
            <translation>Den eingefügten Text erklären</translation>
        </message>
        <message>
            <source>Also works for a bare code (421), an enhanced code (5.7.1), a port (587) or a command.</source>
            <translation>Funktioniert auch mit einem bloßen Code (421), einem erweiterten Code (5.7.1), einem Port (587) oder einem Befehl.</translation>
        </message>
        <message>
            <source>Nothing to explain.</source>
            <translation>Nichts zu erklären.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1 (%2xx):&lt;/b&gt; %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1 (%2xx):&lt;/b&gt; %3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1 %2:&lt;/b&gt; %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1 %2:&lt;/b&gt; %3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Common causes:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Häufige Ursachen:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was tun:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Enhanced code %1, %2:&lt;/b&gt; %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Erweiterter Code %1, %2:&lt;/b&gt; %3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Port %1, %2:&lt;/b&gt; %3 (%4)&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Port %1, %2:&lt;/b&gt; %3 (%4)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;: %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;: %3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Common causes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Häufige Ursachen:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Watch out:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Achtung:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Hinweise:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::HelpDialog</name>
        <message>
            <source>SMTP Guide</source>
            <translation>SMTP-Leitfaden</translation>
        </message>
        <message>
            <source>SMTP guide</source>
            <translation>SMTP-Leitfaden</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Key takeaways&lt;/h2&gt;&lt;ul&gt;</source>
            <translation>&lt;h2&gt;Das Wichtigste&lt;/h2&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>&lt;/table&gt;&lt;h2&gt;Try it from a terminal&lt;/h2&gt;</source>
            <translation>&lt;/table&gt;&lt;h2&gt;Im Terminal ausprobieren&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Questions and answers&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Fragen und Antworten&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;/ul&gt;&lt;h2&gt;Common errors and how to fix them&lt;/h2&gt;&lt;table width="100%" cellpadding="4"&gt;</source>
            <translation>&lt;/ul&gt;&lt;h2&gt;Häufige Fehler und ihre Behebung&lt;/h2&gt;&lt;table width="100%" cellpadding="4"&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Where mail travels&lt;/b&gt; (the highlighted hop is the one your session plays)</source>
            <translation>&lt;b&gt;Der Weg einer E-Mail&lt;/b&gt; (hervorgehoben ist die Etappe, die deine Sitzung spielt)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;small&gt;&lt;i&gt;From a terminal:&lt;/i&gt; %1&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;&lt;i&gt;Im Terminal:&lt;/i&gt; %1&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::LessonPanel</name>
        <message>
            <source>Fill it in for me</source>
            <translation>Für mich ausfüllen</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Choose a lesson</source>
            <translation>Lektion wählen</translation>
        </message>
        <message>
            <source>What this lesson is about</source>
            <translation>Worum es in dieser Lektion geht</translation>
        </message>
        <message>
            <source>Lesson progress</source>
            <translation>Fortschritt der Lektion</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>What this step does</source>
            <translation>Was dieser Schritt bewirkt</translation>
        </message>
        <message>
            <source>The line to type</source>
            <translation>Die einzugebende Zeile</translation>
        </message>
        <message>
            <source>What the server's answer meant</source>
            <translation>Was die Antwort des Servers bedeutete</translation>
        </message>
        <message>
            <source>All steps of the lesson</source>
            <translation>Alle Schritte der Lektion</translation>
        </message>
        <message>
            <source>Restart the lesson</source>
            <translation>Lektion neu beginnen</translation>
        </message>
        <message>
            <source>Resume where you left off</source>
            <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
        </message>
        <message>
            <source>Put the step's command into the command line; press Enter to send it</source>
            <translation>Den Befehl des Schritts in die Befehlszeile setzen; mit der Eingabetaste senden</translation>
        </message>
        <message>
            <source>Start this lesson again from the first step</source>
            <translation>Diese Lektion noch einmal ab dem ersten Schritt beginnen</translation>
        </message>
        <message>
            <source>Replay the steps you already finished and continue</source>
            <translation>Die schon erledigten Schritte wiederholen und weitermachen</translation>
        </message>
        <message>
            <source>Drill: %1</source>
            <translation>Übung: %1</translation>
        </message>
        <message>
            <source>Type this, then press Enter:</source>
            <translation>Das eingeben, dann die Eingabetaste drücken:</translation>
        </message>
        <message>
            <source>All steps</source>
            <translation>Alle Schritte</translation>
        </message>
        <message>
            <source>This lesson cannot be loaded: %1</source>
            <translation>Diese Lektion lässt sich nicht laden: %1</translation>
        </message>
        <message>
            <source>This lesson cannot start: %1</source>
            <translation>Diese Lektion kann nicht beginnen: %1</translation>
        </message>
        <message>
            <source>%v of %m steps</source>
            <translation>%v von %m Schritten</translation>
        </message>
        <message>
            <source>Choose a lesson or a drill...</source>
            <translation>Lektion oder Übung wählen …</translation>
        </message>
        <message>
            <source>Lesson complete</source>
            <translation>Lektion abgeschlossen</translation>
        </message>
        <message>
            <source>Free practice</source>
            <translation>Freies Üben</translation>
        </message>
        <message>
            <source>&lt;p&gt;Keep typing in the console to experiment, or choose another lesson.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tippen Sie in der Konsole weiter, um zu experimentieren, oder wählen Sie eine andere Lektion.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You are in free mode: type any command in the console and the simulated server answers. Click a line in the transcript to see why it came.&lt;/p&gt;&lt;p&gt;To be guided, choose an entry in the list above: the first lesson walks through a whole mail delivery in nine steps; each &lt;i&gt;drill&lt;/i&gt; lets you run into one server error and learn what a correct client does about it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sie sind im freien Modus: Tippen Sie einen beliebigen Befehl in die Konsole, und der simulierte Server antwortet. Klicken Sie auf eine Zeile der Mitschrift, um zu sehen, warum sie kam.&lt;/p&gt;&lt;p&gt;Wenn Sie geführt werden möchten, wählen Sie oben einen Eintrag: Die erste Lektion geht in neun Schritten eine ganze Zustellung durch; jede &lt;i&gt;Übung&lt;/i&gt; lässt Sie in einen Serverfehler laufen und zeigt, was ein korrekter Client dann tut.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Anything you like: the server is still listening.</source>
            <translation>Was Sie möchten: Der Server hört weiter zu.</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Schritt %1 von %2: %3</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The server should answer:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Der Server sollte antworten:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>(empty line)</source>
            <translation>(leere Zeile)</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Gut gemacht.</translation>
        </message>
        <message>
            <source>Keep going.</source>
            <translation>Weiter so.</translation>
        </message>
        <message>
            <source>Not this step's command.</source>
            <translation>Nicht der Befehl dieses Schritts.</translation>
        </message>
        <message>
            <source>The server said no.</source>
            <translation>Der Server hat abgelehnt.</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; means: %2</source>
            <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; bedeutet: %2</translation>
        </message>
        <message>
            <source>&amp;Lessons and Drills...</source>
            <translation>&amp;Lektionen und Drills...</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Nächste Lektion</translation>
        </message>
        <message>
            <source>The lesson running</source>
            <translation>Die laufende Lektion</translation>
        </message>
        <message>
            <source>Choose a lesson or a drill</source>
            <translation>Eine Lektion oder einen Drill wählen</translation>
        </message>
        <message>
            <source>Go on to the next lesson</source>
            <translation>Mit der nächsten Lektion weitermachen</translation>
        </message>
        <message>
            <source>All lessons and drills, with what each teaches and how far you got</source>
            <translation>Alle Lektionen und Drills, worum es jeweils geht und wie weit Sie gekommen sind</translation>
        </message>
        <message>
            <source>Open the next lesson in the list</source>
            <translation>Die nächste Lektion der Liste öffnen</translation>
        </message>
        <message>
            <source>Resume the lesson?</source>
            <translation>Lektion fortsetzen?</translation>
        </message>
        <message>
            <source>You got to step %1 of %2 in "%3". Go on from there, or start again from the first step?</source>
            <translation>Sie waren in „%3“ bei Schritt %1 von %2. Dort weitermachen oder beim ersten Schritt neu beginnen?</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Start Over</source>
            <translation>&amp;Neu beginnen</translation>
        </message>
        <message>
            <source>No lesson running</source>
            <translation>Keine Lektion läuft</translation>
        </message>
        <message>
            <source>Next lesson: %1</source>
            <translation>Nächste Lektion: %1</translation>
        </message>
        <message>
            <source>Nothing more: the connection is closed. Type "connect" to open a new one and experiment, or go on to the next lesson.</source>
            <translation>Nichts mehr: Die Verbindung ist geschlossen. Tippen Sie „connect“, um eine neue zu öffnen und zu experimentieren, oder machen Sie mit der nächsten Lektion weiter.</translation>
        </message>
        <message>
            <source>&lt;p&gt;You are in free mode: type any command in the console and the simulated server answers. Click a line in the transcript to see why it came.&lt;/p&gt;&lt;p&gt;To be guided, press &lt;i&gt;Lessons and Drills&lt;/i&gt; above: the first lesson walks through a whole mail delivery in nine steps; each &lt;i&gt;drill&lt;/i&gt; lets you run into one server error and learn what a correct client does about it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sie sind im freien Modus: Tippen Sie einen beliebigen Befehl in die Konsole, und der simulierte Server antwortet. Klicken Sie eine Zeile der Mitschrift an, um zu sehen, warum sie kam.&lt;/p&gt;&lt;p&gt;Für eine Anleitung drücken Sie oben &lt;i&gt;Lektionen und Drills&lt;/i&gt;: Die erste Lektion führt in neun Schritten durch eine ganze Mailzustellung; jeder &lt;i&gt;Drill&lt;/i&gt; lässt Sie in einen Serverfehler laufen und zeigt, was ein korrekter Client dann tut.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You finished every step of "%1".&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sie haben alle Schritte von „%1“ geschafft.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;That was the last one in the list. Choose any lesson again, or keep typing in the console to experiment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Das war die letzte der Liste. Wählen Sie eine beliebige Lektion erneut, oder tippen Sie weiter in der Konsole, um zu experimentieren.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Go on with the next lesson, or keep typing in the console to experiment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Machen Sie mit der nächsten Lektion weiter, oder tippen Sie weiter in der Konsole, um zu experimentieren.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::LessonRunner</name>
        <message>
            <source>2xx means the command worked.</source>
            <translation>2xx heißt: Der Befehl hat funktioniert.</translation>
        </message>
        <message>
            <source>3xx means the server is waiting for more from you.</source>
            <translation>3xx heißt: Der Server wartet auf mehr von Ihnen.</translation>
        </message>
        <message>
            <source>4xx is a temporary failure: a correct client tries again later.</source>
            <translation>4xx ist ein vorübergehender Fehler: Ein korrekter Client versucht es später erneut.</translation>
        </message>
        <message>
            <source>5xx is a permanent failure: repeating the same thing will not help; fix it first.</source>
            <translation>5xx ist ein dauerhafter Fehler: Dasselbe zu wiederholen hilft nicht; beheben Sie erst die Ursache.</translation>
        </message>
        <message>
            <source>The server answered "%1".</source>
            <translation>Der Server antwortete „%1“.</translation>
        </message>
        <message>
            <source>This step asks for %1, but you sent "%2".</source>
            <translation>Dieser Schritt verlangt %1, Sie haben aber „%2“ gesendet.</translation>
        </message>
        <message>
            <source>Nothing is connected, so nothing answered.</source>
            <translation>Es besteht keine Verbindung, also hat auch nichts geantwortet.</translation>
        </message>
        <message>
            <source>While the server collects the message, every line you type is part of it; the server answers only after the lone ".".</source>
            <translation>Während der Server die Nachricht entgegennimmt, gehört jede getippte Zeile zu ihr; der Server antwortet erst nach dem einzelnen „.“.</translation>
        </message>
        <message>
            <source>Line added to the message. End it with a line holding only ".".</source>
            <translation>Zeile zur Nachricht hinzugefügt. Beenden Sie sie mit einer Zeile, die nur „.“ enthält.</translation>
        </message>
        <message>
            <source>The server wants the next piece (334).</source>
            <translation>Der Server will das nächste Stück (334).</translation>
        </message>
        <message>
            <source>This step asks for %1, but the line was empty: press Enter only after typing a command.</source>
            <translation>Dieser Schritt verlangt %1, aber die Zeile war leer: Drücken Sie die Eingabetaste erst, wenn Sie einen Befehl getippt haben.</translation>
        </message>
        <message>
            <source>Did you mean "%1"?</source>
            <translation>Meinten Sie „%1“?</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::MailFlowMap</name>
        <message>
            <source>This session. </source>
            <translation>Diese Sitzung. </translation>
        </message>
        <message>
            <source>Where mail travels</source>
            <translation>Der Weg einer E-Mail</translation>
        </message>
        <message>
            <source>Your mail program</source>
            <translation>Dein Mailprogramm</translation>
        </message>
        <message>
            <source>Submission server</source>
            <translation>Einlieferungsserver</translation>
        </message>
        <message>
            <source>Sending MTA</source>
            <translation>Sendender MTA</translation>
        </message>
        <message>
            <source>Recipient's MX</source>
            <translation>MX des Empfängers</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>587 / 465</source>
            <translation>587 / 465</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>25, via MX</source>
            <translation>25, über MX</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>Zustellung</translation>
        </message>
        <message>
            <source>Submission: your program hands the message in</source>
            <translation>Einlieferung: dein Programm gibt die Nachricht ab</translation>
        </message>
        <message>
            <source>Queue: the provider takes over</source>
            <translation>Warteschlange: der Anbieter übernimmt</translation>
        </message>
        <message>
            <source>Relay: server to server on port 25</source>
            <translation>Weiterleitung: von Server zu Server auf Port 25</translation>
        </message>
        <message>
            <source>Delivery: into the mailbox</source>
            <translation>Zustellung: ins Postfach</translation>
        </message>
        <message>
            <source>Your mail program connects to your own provider on port 587 (STARTTLS) or 465 (TLS from the first byte) and logs in with AUTH before it may send. This is the only hop where a person's password is involved.</source>
            <translation>Dein Mailprogramm verbindet sich mit deinem eigenen Anbieter auf Port 587 (STARTTLS) oder 465 (TLS ab dem ersten Byte) und meldet sich mit AUTH an, bevor es senden darf. Nur auf dieser Etappe ist das Passwort eines Menschen im Spiel.</translation>
        </message>
        <message>
            <source>Once the submission server said 250 after the message, the mail sits in the queue of the provider's sending server, often the same machine. From here on the provider is responsible for it, retries included.</source>
            <translation>Sobald der Einlieferungsserver nach der Nachricht 250 gesagt hat, liegt die Mail in der Warteschlange des sendenden Servers des Anbieters, oft derselbe Rechner. Ab hier ist der Anbieter verantwortlich, auch für neue Versuche.</translation>
        </message>
        <message>
            <source>The sending server asks DNS for the MX records of the recipient's domain and connects to the best one on port 25. Nobody logs in: the receiving server judges the sender by its address, its IP and its own list of domains.</source>
            <translation>Der sendende Server fragt das DNS nach den MX-Einträgen der Domain des Empfängers und verbindet sich mit dem besten auf Port 25. Niemand meldet sich an: Der empfangende Server beurteilt den Absender nach Adresse, IP und seiner eigenen Liste von Domains.</translation>
        </message>
        <message>
            <source>The MX accepts mail only for the domains it serves and files it in the recipient's mailbox. The recipient reads it later over IMAP or POP3, not SMTP.</source>
            <translation>Der MX nimmt nur Mail für die Domains an, die er bedient, und legt sie im Postfach des Empfängers ab. Gelesen wird sie später über IMAP oder POP3, nicht über SMTP.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pick a hop&lt;/b&gt; (click it, or use the arrow keys) to read what happens there.</source>
            <translation>&lt;b&gt;Wähle eine Etappe&lt;/b&gt; (anklicken oder mit den Pfeiltasten), um zu lesen, was dort geschieht.</translation>
        </message>
        <message>
            <source>this session</source>
            <translation>diese Sitzung</translation>
        </message>
        <message>
            <source>This session plays the hop: %1.</source>
            <translation>Diese Sitzung spielt die Etappe: %1.</translation>
        </message>
        <message>
            <source>Selected: %1. %2</source>
            <translation>Ausgewählt: %1. %2</translation>
        </message>
        <message>
            <source>From your mail program to the submission server, the sending MTA, the recipient's MX and the mailbox.</source>
            <translation>Von deinem Mailprogramm zum Einlieferungsserver, zum sendenden MTA, zum MX des Empfängers und ins Postfach.</translation>
        </message>
        <message>
            <source>This session, %1: %2 → %3</source>
            <translation>Diese Sitzung, %1: %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::MainWindow</name>
        <message>
            <source>&amp;Lessons and Drills...</source>
            <translation>&amp;Lektionen und Drills...</translation>
        </message>
        <message>
            <source>All lessons and drills, with what each teaches and how far you got</source>
            <translation>Alle Lektionen und Drills, worum es jeweils geht und wie weit Sie gekommen sind</translation>
        </message>
        <message>
            <source>SMTP Tutor</source>
            <translation>SMTP Tutor</translation>
        </message>
        <message>
            <source>&amp;New Session</source>
            <translation>&amp;Neue Sitzung</translation>
        </message>
        <message>
            <source>Drop the connection, clear the transcript and connect again</source>
            <translation>Verbindung trennen, Mitschrift leeren und neu verbinden</translation>
        </message>
        <message>
            <source>&amp;Export Transcript...</source>
            <translation>Mitschrift &amp;exportieren …</translation>
        </message>
        <message>
            <source>Save the transcript as text or JSON (passwords are never included)</source>
            <translation>Die Mitschrift als Text oder JSON speichern (Passwörter sind nie enthalten)</translation>
        </message>
        <message>
            <source>&amp;Copy Selected Lines</source>
            <translation>Ausgewählte Zeilen &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the selected transcript lines to the clipboard</source>
            <translation>Die ausgewählten Zeilen der Mitschrift in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close SMTP Tutor</source>
            <translation>SMTP Tutor schließen</translation>
        </message>
        <message>
            <source>SMTP &amp;Guide</source>
            <translation>SMTP-&amp;Leitfaden</translation>
        </message>
        <message>
            <source>Key takeaways, questions and answers, common errors and command-line recipes</source>
            <translation>Das Wichtigste, Fragen und Antworten, häufige Fehler und Rezepte für die Befehlszeile</translation>
        </message>
        <message>
            <source>&amp;Explain a Reply...</source>
            <translation>Antwort &amp;erklären …</translation>
        </message>
        <message>
            <source>Paste any server reply and read what it means</source>
            <translation>Eine beliebige Serverantwort einfügen und lesen, was sie bedeutet</translation>
        </message>
        <message>
            <source>&amp;About SMTP Tutor</source>
            <translation>Ü&amp;ber SMTP Tutor</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version und Lizenz</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>The server now speaks as %1</source>
            <translation>Der Server spricht jetzt wie %1</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Show or hide the %1 panel</source>
            <translation>Den Bereich „%1“ ein- oder ausblenden</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Now playing: %1</source>
            <translation>Es läuft: %1</translation>
        </message>
        <message>
            <source>Export Transcript</source>
            <translation>Mitschrift exportieren</translation>
        </message>
        <message>
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Text (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Transcript saved to %1</source>
            <translation>Mitschrift gespeichert unter %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>About SMTP Tutor</source>
            <translation>Über SMTP Tutor</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SMTP Tutor %1&lt;/h3&gt;&lt;p&gt;Learn how mail servers talk, one command at a time: a simulated server to practise on, guided lessons and drills, and a reference of reply codes, ports and commands.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SMTP Tutor %1&lt;/h3&gt;&lt;p&gt;Lernen Sie, wie Mailserver miteinander sprechen, Befehl für Befehl: ein simulierter Server zum Üben, geführte Lektionen und Übungen sowie eine Referenz der Antwortcodes, Ports und Befehle.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Probe Real Server...</source>
            <translation>Echten Server &amp;prüfen …</translation>
        </message>
        <message>
            <source>Connect to a real mail server: TLS, certificate, capabilities and a diagnosis</source>
            <translation>Mit einem echten Mailserver verbinden: TLS, Zertifikat, Fähigkeiten und eine Diagnose</translation>
        </message>
        <message>
            <source>P&amp;ractice Server</source>
            <translation>Ü&amp;bungsserver</translation>
        </message>
        <message>
            <source>Run the simulated server on 127.0.0.1 so your own mail client can talk to it</source>
            <translation>Den simulierten Server auf 127.0.0.1 betreiben, damit Ihr eigenes Mailprogramm mit ihm sprechen kann</translation>
        </message>
        <message>
            <source>Export &amp;Diagram...</source>
            <translation>&amp;Diagramm exportieren...</translation>
        </message>
        <message>
            <source>Save the sequence diagram as a PNG or SVG picture or as Mermaid text</source>
            <translation>Das Sequenzdiagramm als PNG- oder SVG-Bild oder als Mermaid-Text speichern</translation>
        </message>
        <message>
            <source>Export Diagram</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Diagram saved to %1</source>
            <translation>Diagramm gespeichert unter %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Practice &amp;Server</source>
            <translation>Übungsserv&amp;er</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <source>Select all the text or lines where the cursor is (the transcript otherwise)</source>
            <translation>Den ganzen Text oder alle Zeilen dort auswählen, wo der Cursor steht (sonst die Mitschrift)</translation>
        </message>
        <message>
            <source>&amp;Find in Transcript...</source>
            <translation>In der Mitschrift &amp;suchen …</translation>
        </message>
        <message>
            <source>Search the transcript for a code, a command or a word</source>
            <translation>Die Mitschrift nach einem Code, einem Befehl oder einem Wort durchsuchen</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <source>Go to the next transcript line that matches</source>
            <translation>Zur nächsten passenden Zeile der Mitschrift gehen</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <source>Go to the previous transcript line that matches</source>
            <translation>Zur vorherigen passenden Zeile der Mitschrift gehen</translation>
        </message>
        <message>
            <source>C&amp;lear Transcript</source>
            <translation>Mitschrift &amp;leeren</translation>
        </message>
        <message>
            <source>Empty the transcript; the connection and the lesson go on</source>
            <translation>Die Mitschrift leeren; die Verbindung und die Lektion laufen weiter</translation>
        </message>
        <message>
            <source>&amp;Wrap Long Lines</source>
            <translation>Lange Zeilen &amp;umbrechen</translation>
        </message>
        <message>
            <source>Show long replies on several lines instead of cutting them off</source>
            <translation>Lange Antworten auf mehrere Zeilen verteilen, statt sie abzuschneiden</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Larger text in the transcript, the lesson and the reference</source>
            <translation>Größere Schrift in Mitschrift, Lektion und Referenz</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Smaller text in the transcript, the lesson and the reference</source>
            <translation>Kleinere Schrift in Mitschrift, Lektion und Referenz</translation>
        </message>
        <message>
            <source>Reset &amp;Zoom</source>
            <translation>&amp;Normale Größe</translation>
        </message>
        <message>
            <source>The usual text size again</source>
            <translation>Wieder die übliche Schriftgröße</translation>
        </message>
        <message>
            <source>&amp;Command Line</source>
            <translation>Befehls&amp;zeile</translation>
        </message>
        <message>
            <source>Put the cursor in the command line (Esc in a table or pane does too)</source>
            <translation>Den Cursor in die Befehlszeile setzen (Esc in einer Tabelle oder einem Bereich tut das auch)</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>Nächs&amp;ter Bereich</translation>
        </message>
        <message>
            <source>Move the focus to the next pane: command line, transcript, lesson, reference</source>
            <translation>Den Fokus in den nächsten Bereich setzen: Befehlszeile, Mitschrift, Lektion, Referenz</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>V&amp;origer Bereich</translation>
        </message>
        <message>
            <source>Move the focus to the previous pane</source>
            <translation>Den Fokus in den vorigen Bereich setzen</translation>
        </message>
        <message>
            <source>Lesso&amp;n</source>
            <translation>&amp;Lektion</translation>
        </message>
        <message>
            <source>E&amp;xercises</source>
            <translation>Ü&amp;bungen</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Referenz</translation>
        </message>
        <message>
            <source>Session &amp;Toolbar</source>
            <translation>Sitzungs-&amp;Werkzeugleiste</translation>
        </message>
        <message>
            <source>Show or hide the toolbar with the server choice</source>
            <translation>Die Werkzeugleiste mit der Serverauswahl zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>&amp;Open Scenario or Recording...</source>
            <translation>Szenario oder Aufzeichnung ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Play a server profile from a JSON file, or replay a recorded session (a probe report or an exported transcript)</source>
            <translation>Ein Serverprofil aus einer JSON-Datei spielen oder eine aufgezeichnete Sitzung abspielen (einen Prüfbericht oder eine exportierte Mitschrift)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::MxLookup</name>
        <message>
            <source>%1 has neither MX nor address records: it cannot receive mail.</source>
            <translation>%1 hat weder MX- noch Adresseinträge: Die Domain kann keine E-Mail empfangen.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticeServerDock</name>
        <message>
            <source>Practice server</source>
            <translation>Übungsserver</translation>
        </message>
        <message>
            <source>Show or hide the practice server, which real mail programs can connect to</source>
            <translation>Den Übungsserver ein- oder ausblenden, mit dem sich echte Mailprogramme verbinden können</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticeServerWidget</name>
        <message>
            <source>Replay a recording…</source>
            <translation>Aufzeichnung abspielen …</translation>
        </message>
        <message>
            <source>Also TLS from the first byte on port</source>
            <translation>Zusätzlich TLS ab dem ersten Byte auf Port</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Copy settings</source>
            <translation>Einstellungen kopieren</translation>
        </message>
        <message>
            <source>Scenario the practice server plays</source>
            <translation>Szenario, das der Übungsserver spielt</translation>
        </message>
        <message>
            <source>Replay a recorded session</source>
            <translation>Eine aufgezeichnete Sitzung abspielen</translation>
        </message>
        <message>
            <source>Port for plain and STARTTLS sessions</source>
            <translation>Port für Klartext- und STARTTLS-Sitzungen</translation>
        </message>
        <message>
            <source>Also listen with implicit TLS</source>
            <translation>Zusätzlich mit implizitem TLS lauschen</translation>
        </message>
        <message>
            <source>Port for implicit TLS</source>
            <translation>Port für implizites TLS</translation>
        </message>
        <message>
            <source>Start or stop the practice server</source>
            <translation>Den Übungsserver starten oder anhalten</translation>
        </message>
        <message>
            <source>Practice server status</source>
            <translation>Zustand des Übungsservers</translation>
        </message>
        <message>
            <source>Settings for a mail client</source>
            <translation>Einstellungen für ein Mailprogramm</translation>
        </message>
        <message>
            <source>Copy the client settings</source>
            <translation>Die Client-Einstellungen kopieren</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Transcript of the selected session</source>
            <translation>Mitschrift der ausgewählten Sitzung</translation>
        </message>
        <message>
            <source>Received messages</source>
            <translation>Empfangene Nachrichten</translation>
        </message>
        <message>
            <source>Message headers</source>
            <translation>Kopfzeilen der Nachricht</translation>
        </message>
        <message>
            <source>Message body</source>
            <translation>Nachrichtentext</translation>
        </message>
        <message>
            <source>Raw message</source>
            <translation>Rohe Nachricht</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>ein freier Port</translation>
        </message>
        <message>
            <source>Listen on 127.0.0.1 so mail programs on this computer can connect</source>
            <translation>Auf 127.0.0.1 lauschen, damit sich Mailprogramme auf diesem Computer verbinden können</translation>
        </message>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Kopfzeilen</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Szenario:</translation>
        </message>
        <message>
            <source>E&amp;xam:</source>
            <translation>Prü&amp;fung:</translation>
        </message>
        <message>
            <source>Port %1, security: STARTTLS; set the client up as for a real mail server: the exam grades what it does when the server misbehaves</source>
            <translation>Port %1, Sicherheit: STARTTLS; richten Sie den Client wie für einen echten Mailserver ein: Die Prüfung bewertet, was er tut, wenn sich der Server falsch verhält</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Mitschrift</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>No certificate for TLS: %1</source>
            <translation>Kein Zertifikat für TLS: %1</translation>
        </message>
        <message>
            <source>Stopped. The server listens on 127.0.0.1 only, so only programs on this computer can reach it.</source>
            <translation>Angehalten. Der Server lauscht nur auf 127.0.0.1, also erreichen ihn nur Programme auf diesem Computer.</translation>
        </message>
        <message>
            <source>Recorded sessions (probe --json output, exported transcripts) (*.json);;All files (*)</source>
            <translation>Aufgezeichnete Sitzungen (Ausgabe von probe --json, exportierte Mitschriften) (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot replay %1: %2</source>
            <translation>%1 kann nicht abgespielt werden: %2</translation>
        </message>
        <message>
            <source>Preparing the TLS certificate…</source>
            <translation>TLS-Zertifikat wird vorbereitet …</translation>
        </message>
        <message>
            <source>Cannot listen on 127.0.0.1 port %1: %2</source>
            <translation>Lauschen auf 127.0.0.1, Port %1, nicht möglich: %2</translation>
        </message>
        <message>
            <source>Listening on 127.0.0.1 (%1). Point a mail program at it with the settings below.</source>
            <translation>Lauscht auf 127.0.0.1 (%1). Richten Sie ein Mailprogramm mit den Einstellungen unten darauf aus.</translation>
        </message>
        <message>
            <source>Not started: %1</source>
            <translation>Nicht gestartet: %1</translation>
        </message>
        <message>
            <source>Stopped. The sessions and messages of the last run stay here until the next start.</source>
            <translation>Angehalten. Die Sitzungen und Nachrichten des letzten Laufs bleiben bis zum nächsten Start hier.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Server (host): 127.0.0.1 (or localhost)</source>
            <translation>Server (Host): 127.0.0.1 (oder localhost)</translation>
        </message>
        <message>
            <source>(chosen at start)</source>
            <translation>(wird beim Start gewählt)</translation>
        </message>
        <message>
            <source>Port %1, security: SSL/TLS (TLS from the first byte)</source>
            <translation>Port %1, Sicherheit: SSL/TLS (TLS ab dem ersten Byte)</translation>
        </message>
        <message>
            <source>Port %1, security: STARTTLS%2</source>
            <translation>Port %1, Sicherheit: STARTTLS%2</translation>
        </message>
        <message>
            <source> (required before anything else)</source>
            <translation> (vor allem anderen verlangt)</translation>
        </message>
        <message>
            <source> (or none)</source>
            <translation> (oder keine)</translation>
        </message>
        <message>
            <source>Port %1, security: none</source>
            <translation>Port %1, Sicherheit: keine</translation>
        </message>
        <message>
            <source>Port %1, security: SSL/TLS</source>
            <translation>Port %1, Sicherheit: SSL/TLS</translation>
        </message>
        <message>
            <source>User name: %1   Password: %2 (teaching data)</source>
            <translation>Benutzername: %1   Passwort: %2 (Übungsdaten)</translation>
        </message>
        <message>
            <source>No login: this scenario does not offer AUTH</source>
            <translation>Keine Anmeldung: Dieses Szenario bietet kein AUTH an</translation>
        </message>
        <message>
            <source>Mailboxes: %1 at %2</source>
            <translation>Postfächer: %1 bei %2</translation>
        </message>
        <message>
            <source>Certificate: self-signed for localhost; trust %1 or accept it once in the mail program</source>
            <translation>Zertifikat: selbst signiert für localhost; vertrauen Sie %1 oder akzeptieren Sie es einmal im Mailprogramm</translation>
        </message>
        <message>
            <source>closed: %1</source>
            <translation>geschlossen: %1</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>Klartext</translation>
        </message>
        <message>
            <source>Session #%1, queue id %2</source>
            <translation>Sitzung Nr. %1, Warteschlangen-ID %2</translation>
        </message>
        <message>
            <source>Why this port</source>
            <translation>Warum dieser Port</translation>
        </message>
        <message>
            <source>These settings cannot start the practice server.</source>
            <translation>Mit diesen Einstellungen lässt sich der Übungsserver nicht starten.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::Probe</name>
        <message>
            <source>Cancelled by the user.</source>
            <translation>Vom Benutzer abgebrochen.</translation>
        </message>
        <message>
            <source>The server sent a reply nobody asked for.</source>
            <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat.</translation>
        </message>
        <message>
            <source>The server greeted with %1 instead of 220.</source>
            <translation>Der Server hat mit %1 statt mit 220 gegrüßt.</translation>
        </message>
        <message>
            <source>EHLO was refused with %1.</source>
            <translation>EHLO wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>HELO was refused with %1.</source>
            <translation>HELO wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>The server answered STARTTLS with %1 instead of 220.</source>
            <translation>Der Server hat STARTTLS mit %1 statt mit 220 beantwortet.</translation>
        </message>
        <message>
            <source>The server sent challenge number %1 to %2, which has no such step.</source>
            <translation>Der Server hat Challenge Nummer %1 zu %2 gesendet, das keinen solchen Schritt hat.</translation>
        </message>
        <message>
            <source>The login was refused with %1.</source>
            <translation>Die Anmeldung wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>MAIL FROM was refused with %1.</source>
            <translation>MAIL FROM wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>DATA was refused with %1.</source>
            <translation>DATA wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>The message was refused with %1.</source>
            <translation>Die Nachricht wurde mit %1 abgelehnt.</translation>
        </message>
        <message>
            <source>STARTTLS was asked for, but the server does not offer it.</source>
            <translation>STARTTLS war verlangt, aber der Server bietet es nicht an.</translation>
        </message>
        <message>
            <source>Credentials were not sent because the session is not encrypted.</source>
            <translation>Die Zugangsdaten wurden nicht gesendet, weil die Sitzung nicht verschlüsselt ist.</translation>
        </message>
        <message>
            <source>The server offers no AUTH in this session.</source>
            <translation>Der Server bietet in dieser Sitzung kein AUTH an.</translation>
        </message>
        <message>
            <source>The server offers %1; none of them is supported here.</source>
            <translation>Der Server bietet %1 an; keines davon wird hier unterstützt.</translation>
        </message>
        <message>
            <source>%1 was asked for, but the server offers only %2.</source>
            <translation>%1 war verlangt, aber der Server bietet nur %2 an.</translation>
        </message>
        <message>
            <source>RCPT TO:&lt;%1&gt; was refused with %2.</source>
            <translation>RCPT TO:&lt;%1&gt; wurde mit %2 abgelehnt.</translation>
        </message>
        <message>
            <source>The server did not answer QUIT properly: %1</source>
            <translation>Der Server hat QUIT nicht ordnungsgemäß beantwortet: %1</translation>
        </message>
        <message>
            <source>Clear-text data followed the 220 to STARTTLS: a sign of command injection (RFC 3207 s.4.2).</source>
            <translation>Auf die 220 zu STARTTLS folgten Klartextdaten: ein Zeichen für eingeschleuste Befehle (RFC 3207 Abschn. 4.2).</translation>
        </message>
        <message>
            <source>TLS from the first byte (implicit TLS, RFC 8314).</source>
            <translation>TLS ab dem ersten Byte (implizites TLS, RFC 8314).</translation>
        </message>
        <message>
            <source>STARTTLS is offered.</source>
            <translation>STARTTLS wird angeboten.</translation>
        </message>
        <message>
            <source>STARTTLS is not offered: everything, including any password, would travel in clear.</source>
            <translation>STARTTLS wird nicht angeboten: Alles, auch jedes Passwort, ginge im Klartext über die Leitung.</translation>
        </message>
        <message>
            <source>AUTH (%1) is offered before TLS: a careless client could send its password in clear.</source>
            <translation>AUTH (%1) wird schon vor TLS angeboten: Ein unvorsichtiger Client könnte sein Passwort im Klartext senden.</translation>
        </message>
        <message>
            <source>AUTH (%1) is offered without any way to encrypt: passwords would be readable on the path.</source>
            <translation>AUTH (%1) wird ohne jede Möglichkeit zur Verschlüsselung angeboten: Passwörter wären unterwegs lesbar.</translation>
        </message>
        <message>
            <source>AUTH is offered only after TLS, as it should be.</source>
            <translation>AUTH wird erst nach TLS angeboten, wie es sein soll.</translation>
        </message>
        <message>
            <source>%1 is obsolete (RFC 8996); TLS 1.2 or 1.3 is expected.</source>
            <translation>%1 ist veraltet (RFC 8996); erwartet wird TLS 1.2 oder 1.3.</translation>
        </message>
        <message>
            <source>The server does not understand EHLO; it was greeted with HELO (no extensions).</source>
            <translation>Der Server versteht EHLO nicht; er wurde mit HELO begrüßt (ohne Erweiterungen).</translation>
        </message>
        <message>
            <source>%1 was refused for now (%2): possibly greylisting.</source>
            <translation>%1 wurde vorerst abgelehnt (%2): möglicherweise Greylisting.</translation>
        </message>
        <message>
            <source>A command was not sent because it contains a line break or NUL, which would smuggle a second command onto the wire.</source>
            <translation>Ein Befehl wurde nicht gesendet, weil er einen Zeilenumbruch oder ein NUL enthält, das einen zweiten Befehl auf die Leitung schmuggeln würde.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeDialog</name>
        <message>
            <source>Probe a real mail server</source>
            <translation>Einen echten Mailserver prüfen</translation>
        </message>
        <message>
            <source>Host or domain</source>
            <translation>Host oder Domain</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <source>It is a mail domain: probe its first MX host</source>
            <translation>Es ist eine Maildomain: ihren ersten MX-Host prüfen</translation>
        </message>
        <message>
            <source>Resolve MX</source>
            <translation>MX auflösen</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>Automatic (STARTTLS when offered, implicit on 465)</source>
            <translation>Automatisch (STARTTLS, wenn angeboten, implizit auf 465)</translation>
        </message>
        <message>
            <source>STARTTLS (required)</source>
            <translation>STARTTLS (verlangt)</translation>
        </message>
        <message>
            <source>Implicit TLS</source>
            <translation>Implizites TLS</translation>
        </message>
        <message>
            <source>None (plain text)</source>
            <translation>Keine (Klartext)</translation>
        </message>
        <message>
            <source>EHLO name</source>
            <translation>EHLO-Name</translation>
        </message>
        <message>
            <source>this computer's name</source>
            <translation>Name dieses Computers</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>leave empty to skip AUTH</source>
            <translation>leer lassen, um AUTH zu überspringen</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Used for this probe only; never saved, never shown in the transcript.</source>
            <translation>Nur für diese Prüfung verwendet; nie gespeichert, nie in der Mitschrift angezeigt.</translation>
        </message>
        <message>
            <source>AUTH mechanism</source>
            <translation>AUTH-Verfahren</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Allow the password without TLS (test servers only)</source>
            <translation>Das Passwort auch ohne TLS erlauben (nur für Testserver)</translation>
        </message>
        <message>
            <source>Allow plaintext AUTH</source>
            <translation>AUTH im Klartext erlauben</translation>
        </message>
        <message>
            <source>Envelope sender</source>
            <translation>Absender im Umschlag</translation>
        </message>
        <message>
            <source>you@example.com (empty: no envelope test)</source>
            <translation>sie@example.com (leer: kein Umschlagtest)</translation>
        </message>
        <message>
            <source>Envelope recipients</source>
            <translation>Empfänger im Umschlag</translation>
        </message>
        <message>
            <source>someone@example.com, other@example.com</source>
            <translation>jemand@example.com, andere@example.com</translation>
        </message>
        <message>
            <source>Really send a short test message (otherwise RSET, nothing is delivered)</source>
            <translation>Wirklich eine kurze Testnachricht senden (sonst RSET, nichts wird zugestellt)</translation>
        </message>
        <message>
            <source>Send a test message</source>
            <translation>Testnachricht senden</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Zeitlimit</translation>
        </message>
        <message>
            <source> s per step</source>
            <translation> s pro Schritt</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>&amp;Verschlüsselung:</translation>
        </message>
        <message>
            <source>EHLO &amp;name:</source>
            <translation>EHLO-&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Zeitlimit:</translation>
        </message>
        <message>
            <source>Login and envelope (optional)</source>
            <translation>Anmeldung und Umschlag (optional)</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;Mechanism:</source>
            <translation>Ver&amp;fahren:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;An:</translation>
        </message>
        <message>
            <source>&amp;Probe</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Probe</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Check &amp;all ports</source>
            <translation>&amp;Alle Ports prüfen</translation>
        </message>
        <message>
            <source>Check all ports</source>
            <translation>Alle Ports prüfen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Bereit.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Mitschrift</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>TLS and certificate</source>
            <translation>TLS und Zertifikat</translation>
        </message>
        <message>
            <source>Timings</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>TLS / certificate</source>
            <translation>TLS / Zertifikat</translation>
        </message>
        <message>
            <source>Enter a host name or address.</source>
            <translation>Geben Sie einen Hostnamen oder eine Adresse ein.</translation>
        </message>
        <message>
            <source>The port must be a number from 1 to 65535.</source>
            <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
        </message>
        <message>
            <source>Looking up the mail servers of %1 ...</source>
            <translation>Suche die Mailserver von %1 …</translation>
        </message>
        <message>
            <source>%1 accepts no mail.</source>
            <translation>%1 nimmt keine E-Mail an.</translation>
        </message>
        <message>
            <source>Probing %1 port %2: %3 ...</source>
            <translation>Prüfe %1, Port %2: %3 …</translation>
        </message>
        <message>
            <source>Connecting to %1 port %2 ...</source>
            <translation>Verbinde mit %1, Port %2 …</translation>
        </message>
        <message>
            <source>Certificate problem</source>
            <translation>Zertifikatsproblem</translation>
        </message>
        <message>
            <source>The server's certificate did not pass verification:

%1

Go on for this probe only? Nothing has been sent over this connection yet.</source>
            <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden:

%1

Nur für diese Prüfung trotzdem fortfahren? Über diese Verbindung wurde noch nichts gesendet.</translation>
        </message>
        <message>
            <source>Result: OK
</source>
            <translation>Ergebnis: OK
</translation>
        </message>
        <message>
            <source>Result: FAILED at step %1

What it means:
%2
</source>
            <translation>Ergebnis: GESCHEITERT bei Schritt %1

Was das bedeutet:
%2
</translation>
        </message>
        <message>
            <source>Greeting: %1

</source>
            <translation>Begrüßung: %1

</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Before TLS:
  %1

</source>
            <translation>Vor TLS:
  %1

</translation>
        </message>
        <message>
            <source>After TLS:
  %1

</source>
            <translation>Nach TLS:
  %1

</translation>
        </message>
        <message>
            <source>Added by TLS: %1
</source>
            <translation>Durch TLS hinzugekommen: %1
</translation>
        </message>
        <message>
            <source>Gone after TLS: %1
</source>
            <translation>Nach TLS weggefallen: %1
</translation>
        </message>
        <message>
            <source>Protocol: %1
Cipher: %2
</source>
            <translation>Protokoll: %1
Verschlüsselungsverfahren: %2
</translation>
        </message>
        <message>
            <source>Verdict: %1

</source>
            <translation>Urteil: %1

</translation>
        </message>
        <message>
            <source>[%1] Subject: %2
    Issuer: %3
    Names: %4
    Valid from %5 to %6
    SHA-256: %7

</source>
            <translation>[%1] Inhaber: %2
    Aussteller: %3
    Namen: %4
    Gültig von %5 bis %6
    SHA-256: %7

</translation>
        </message>
        <message>
            <source>No TLS in this session.</source>
            <translation>Kein TLS in dieser Sitzung.</translation>
        </message>
        <message>
            <source>port %1: %2</source>
            <translation>Port %1: %2</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>Port check finished in %1 ms.</source>
            <translation>Portprüfung nach %1 ms beendet.</translation>
        </message>
        <message>
            <source>Checking %1 ports of %2 at once ...</source>
            <translation>Prüfe %1 Ports von %2 gleichzeitig …</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>SMTP Tutor</source>
            <translation>SMTP Tutor</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Verfahren</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Sending a test message needs at least one recipient.</source>
            <translation>Für eine Testnachricht braucht es mindestens einen Empfänger.</translation>
        </message>
        <message>
            <source>Enter the password for %1, or clear the user name.</source>
            <translation>Geben Sie das Passwort für %1 ein, oder leeren Sie den Benutzernamen.</translation>
        </message>
        <message>
            <source>
What to change:
</source>
            <translation>
Was Sie ändern können:
</translation>
        </message>
        <message>
            <source>587 submission (STARTTLS)</source>
            <translation>587 Einlieferung (STARTTLS)</translation>
        </message>
        <message>
            <source>465 submission (implicit TLS)</source>
            <translation>465 Einlieferung (implizites TLS)</translation>
        </message>
        <message>
            <source>25 server to server</source>
            <translation>25 von Server zu Server</translation>
        </message>
        <message>
            <source>2525 alternative</source>
            <translation>2525 Ausweichport</translation>
        </message>
        <message>
            <source>Auditing %1: %2 ...</source>
            <translation>Prüfe %1: %2 ...</translation>
        </message>
        <message>
            <source>Audit finished: grade %1.</source>
            <translation>Prüfung fertig: Note %1.</translation>
        </message>
        <message>
            <source>Auditing %1 port %2 ...</source>
            <translation>Prüfe %1 Port %2 ...</translation>
        </message>
        <message>
            <source>Waiting for your answer about the certificate of %1 port %2 ...</source>
            <translation>Warte auf Ihre Antwort zum Zertifikat von %1 Port %2 ...</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Vertraute Zertifikate</translation>
        </message>
        <message>
            <source>Grade the server: TLS versions and ciphers, certificate, STARTTLS injection, open relay, DNS.</source>
            <translation>Den Server benoten: TLS-Versionen und Cipher, Zertifikat, STARTTLS-Injection, offenes Relay, DNS.</translation>
        </message>
        <message>
            <source>Ports of %1, checked at once in %2 ms:</source>
            <translation>Ports von %1, gleichzeitig geprüft in %2 ms:</translation>
        </message>
        <message>
            <source>Done: %1 port %2 did what was asked.</source>
            <translation>Fertig: %1, Port %2, hat getan, was verlangt war.</translation>
        </message>
        <message>
            <source>Failed at step %1: %2</source>
            <translation>Gescheitert bei Schritt %1: %2</translation>
        </message>
        <message>
            <source>T&amp;rusted certificates...</source>
            <translation>V&amp;ertraute Zertifikate...</translation>
        </message>
        <message>
            <source>Au&amp;dit</source>
            <translation>&amp;Gesamtprüfung</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Gesamtprüfung</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeOptions</name>
        <message>
            <source>No host was given.</source>
            <translation>Es wurde kein Host angegeben.</translation>
        </message>
        <message>
            <source>A user name was given without a password (or token).</source>
            <translation>Es wurde ein Benutzername ohne Passwort (oder Token) angegeben.</translation>
        </message>
        <message>
            <source>Unknown login mechanism "%1".</source>
            <translation>Unbekanntes Anmeldeverfahren „%1“.</translation>
        </message>
        <message>
            <source>A login mechanism was chosen without a user name.</source>
            <translation>Es wurde ein Anmeldeverfahren ohne Benutzernamen gewählt.</translation>
        </message>
        <message>
            <source>Sending a test message needs at least one recipient.</source>
            <translation>Für eine Testnachricht braucht es mindestens einen Empfänger.</translation>
        </message>
        <message>
            <source>The port must be a number from 1 to 65535.</source>
            <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
        </message>
        <message>
            <source>Without encryption the password would cross the network readable by anyone on the path. Choose encryption, or allow the password in clear explicitly (test servers on a network you control only).</source>
            <translation>Ohne Verschlüsselung ginge das Passwort für jeden auf dem Weg lesbar durchs Netz. Wählen Sie eine Verschlüsselung, oder erlauben Sie das Passwort im Klartext ausdrücklich (nur für Testserver in einem Netz, das Sie selbst verwalten).</translation>
        </message>
        <message>
            <source>The timeout must be a number of seconds, more than 0 and at most %1.</source>
            <translation>Die Zeitgrenze muss eine Zahl von Sekunden sein, größer als 0 und höchstens %1.</translation>
        </message>
        <message>
            <source>A password (or token) was given without a user name.</source>
            <translation>Ein Passwort (oder Token) wurde ohne Benutzernamen angegeben.</translation>
        </message>
        <message>
            <source>Unknown login mechanism "%1"; the probe knows %2.</source>
            <translation>Unbekanntes Anmeldeverfahren „%1“; die Prüfung kennt %2.</translation>
        </message>
        <message>
            <source>Stopping after the login needs a user name.</source>
            <translation>Um nach der Anmeldung aufzuhören, braucht es einen Benutzernamen.</translation>
        </message>
        <message>
            <source>Stopping after RCPT TO needs a recipient.</source>
            <translation>Um nach RCPT TO aufzuhören, braucht es einen Empfänger.</translation>
        </message>
        <message>
            <source>Stopping after DATA needs a test message to be sent.</source>
            <translation>Um nach DATA aufzuhören, muss eine Testnachricht gesendet werden.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ReferenceDock</name>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Reference topics</source>
            <translation>Themen der Referenz</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Commands</source>
            <translation>Befehle</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>Erklären</translation>
        </message>
        <message>
            <source>%1. What to do: %2</source>
            <translation>%1. Was tun: %2</translation>
        </message>
        <message>
            <source>Search reply codes</source>
            <translation>Antwortcodes durchsuchen</translation>
        </message>
        <message>
            <source>Search: a code (550), an enhanced code (5.1.1) or a word (greylist)</source>
            <translation>Suche: ein Code (550), ein erweiterter Code (5.1.1) oder ein Wort (greylist)</translation>
        </message>
        <message>
            <source>Reply codes</source>
            <translation>Antwortcodes</translation>
        </message>
        <message>
            <source>About the selected reply code</source>
            <translation>Zum ausgewählten Antwortcode</translation>
        </message>
        <message>
            <source>Select a code to read about it.</source>
            <translation>Wählen Sie einen Code, um mehr darüber zu lesen.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Common causes:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Häufige Ursachen:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was tun:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Example:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Beispiel:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Mail ports</source>
            <translation>Mail-Ports</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>SMTP commands</source>
            <translation>SMTP-Befehle</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Syntax</source>
            <translation>Syntax</translation>
        </message>
        <message>
            <source>About the selected command</source>
            <translation>Zum ausgewählten Befehl</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;When:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wann:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Example:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Beispiel:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>Commands that replay this session</source>
            <translation>Befehle, die diese Sitzung nachspielen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the commands</source>
            <translation>Die Befehle kopieren</translation>
        </message>
        <message>
            <source>Use: %1</source>
            <translation>Zweck: %1</translation>
        </message>
        <message>
            <source>Watch out: %1</source>
            <translation>Achtung: %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ReplyCodeModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Enhanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>Common causes</source>
            <translation>Häufige Ursachen</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was tun</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::SequenceDiagramView</name>
        <message>
            <source>wait</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>encrypted: %1</source>
            <translation>verschlüsselt: %1</translation>
        </message>
        <message>
            <source>Sequence diagram of the session</source>
            <translation>Sequenzdiagramm der Sitzung</translation>
        </message>
        <message>
            <source>Click an arrow to see its transcript line; click a folded reply to open it</source>
            <translation>Klicke auf einen Pfeil, um seine Zeile im Protokoll zu sehen; ein Klick auf eine gefaltete Antwort öffnet sie</translation>
        </message>
        <message>
            <source>The diagram grows here as the session runs.</source>
            <translation>Hier wächst das Diagramm, während die Sitzung läuft.</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message numerus="yes">
            <source>... %n more rows: export as SVG or Mermaid for the whole session</source>
            <translation>
                <numerusform>... %n weitere Zeile: als SVG oder Mermaid exportieren, um die ganze Sitzung zu erhalten</numerusform>
                <numerusform>... %n weitere Zeilen: als SVG oder Mermaid exportieren, um die ganze Sitzung zu erhalten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::SessionStatusWidget</name>
        <message>
            <source>Session state</source>
            <translation>Sitzungszustand</translation>
        </message>
        <message>
            <source>Session phase</source>
            <translation>Sitzungsphase</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Umschlag</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>nicht verbunden</translation>
        </message>
        <message>
            <source>greeted</source>
            <translation>begrüßt</translation>
        </message>
        <message>
            <source>after EHLO</source>
            <translation>nach EHLO</translation>
        </message>
        <message>
            <source>in transaction</source>
            <translation>in einer Transaktion</translation>
        </message>
        <message>
            <source>in DATA</source>
            <translation>in DATA</translation>
        </message>
        <message>
            <source>logging in</source>
            <translation>bei der Anmeldung</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Phase: %1</translation>
        </message>
        <message>
            <source>TLS on</source>
            <translation>TLS an</translation>
        </message>
        <message>
            <source>TLS off</source>
            <translation>TLS aus</translation>
        </message>
        <message>
            <source>The connection is encrypted</source>
            <translation>Die Verbindung ist verschlüsselt</translation>
        </message>
        <message>
            <source>Everything travels in clear text</source>
            <translation>Alles geht im Klartext über die Leitung</translation>
        </message>
        <message>
            <source>Logged in as %1</source>
            <translation>Angemeldet als %1</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Envelope: none</source>
            <translation>Umschlag: keiner</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Von %1 an %2</translation>
        </message>
        <message>
            <source>(no recipient yet)</source>
            <translation>(noch kein Empfänger)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::SimulatorSession</name>
        <message>
            <source>Connection dropped</source>
            <translation>Verbindung abgebrochen</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 (simulated)</source>
            <translation>Verbunden mit %1, Port %2 (simuliert)</translation>
        </message>
        <message>
            <source>TLS started (implicit TLS, before the greeting)</source>
            <translation>TLS gestartet (implizites TLS, vor der Begrüßung)</translation>
        </message>
        <message>
            <source>Connection closed by the client</source>
            <translation>Verbindung vom Client geschlossen</translation>
        </message>
        <message>
            <source>The connection is closed. Type "connect" to open a new one.</source>
            <translation>Die Verbindung ist geschlossen. Tippen Sie „connect“, um eine neue zu öffnen.</translation>
        </message>
        <message>
            <source>Not connected yet. Type "connect" to reach the server.</source>
            <translation>Noch nicht verbunden. Tippen Sie „connect“, um den Server zu erreichen.</translation>
        </message>
        <message>
            <source>TLS started: from here on everything is encrypted; say EHLO again</source>
            <translation>TLS gestartet: Ab hier ist alles verschlüsselt; senden Sie erneut EHLO</translation>
        </message>
        <message>
            <source>Connection closed by the server</source>
            <translation>Verbindung vom Server geschlossen</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 (a recorded session played back)</source>
            <translation>Verbunden mit %1, Port %2 (eine aufgezeichnete Sitzung wird abgespielt)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::SmtpConnection</name>
        <message>
            <source>No connection within %1 s: the port is filtered or the host is unreachable.</source>
            <translation>Keine Verbindung innerhalb von %1 s: Der Port wird gefiltert oder der Host ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>The TLS handshake did not finish within %1 s.</source>
            <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen.</translation>
        </message>
        <message>
            <source>The server sent no complete reply within %1 s.</source>
            <translation>Der Server hat innerhalb von %1 s keine vollständige Antwort gesendet.</translation>
        </message>
        <message>
            <source>The session passed its overall deadline of %1 s.</source>
            <translation>Die Sitzung hat ihre Gesamtfrist von %1 s überschritten.</translation>
        </message>
        <message>
            <source>Connecting to %1 port %2 with TLS from the first byte</source>
            <translation>Verbinde mit %1, Port %2, mit TLS ab dem ersten Byte</translation>
        </message>
        <message>
            <source>Connecting to %1 port %2</source>
            <translation>Verbinde mit %1, Port %2</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 after %3 ms</source>
            <translation>Verbunden mit %1, Port %2, nach %3 ms</translation>
        </message>
        <message>
            <source>TLS started: %1, %2</source>
            <translation>TLS gestartet: %1, %2</translation>
        </message>
        <message>
            <source>The server broke the reply format: %1</source>
            <translation>Der Server hat das Antwortformat verletzt: %1</translation>
        </message>
        <message>
            <source>The server announced it is closing the connection (421).</source>
            <translation>Der Server hat angekündigt, dass er die Verbindung schließt (421).</translation>
        </message>
        <message>
            <source>After its 220 to STARTTLS the server sent %1 more byte(s) in clear text before the TLS handshake. A server must not do that; it is how a man in the middle injects commands or replies (RFC 3207 s.4.2). The probe stops and ignores them.</source>
            <translation>Nach seiner 220 zu STARTTLS hat der Server vor dem TLS-Handshake noch %1 Byte(s) im Klartext gesendet. Das darf ein Server nicht; so schleust ein Angreifer in der Mitte Befehle oder Antworten ein (RFC 3207 Abschn. 4.2). Die Prüfung bricht ab und ignoriert sie.</translation>
        </message>
        <message>
            <source>Certificate problems accepted for this run only: %1</source>
            <translation>Zertifikatsprobleme nur für diesen Durchlauf akzeptiert: %1</translation>
        </message>
        <message>
            <source>The certificate failed verification: %1</source>
            <translation>Das Zertifikat hat die Prüfung nicht bestanden: %1</translation>
        </message>
        <message>
            <source>The connection was refused: nothing listens on that port, or a firewall rejects it.</source>
            <translation>Die Verbindung wurde abgelehnt: Auf diesem Port lauscht nichts, oder eine Firewall weist sie ab.</translation>
        </message>
        <message>
            <source>The host name could not be resolved: %1</source>
            <translation>Der Hostname konnte nicht aufgelöst werden: %1</translation>
        </message>
        <message>
            <source>The server closed the connection during the TLS handshake.</source>
            <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
        </message>
        <message>
            <source>The TLS handshake failed: %1</source>
            <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Netzwerkfehler: %1</translation>
        </message>
        <message>
            <source>The server closed the connection in the middle of a reply.</source>
            <translation>Der Server hat die Verbindung mitten in einer Antwort geschlossen.</translation>
        </message>
        <message>
            <source>The server closed the connection without a reply.</source>
            <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
        </message>
        <message>
            <source>The server sent %1 byte(s) that no command asked for, before the next command went out ("%2"). Taking them as the next answer would pair every later reply with the wrong command, so the session stops here.</source>
            <translation>Der Server hat %1 Byte(s) gesendet, nach denen kein Befehl gefragt hat, bevor der nächste Befehl hinausging („%2“). Sie als nächste Antwort zu nehmen, würde jede spätere Antwort dem falschen Befehl zuordnen; deshalb endet die Sitzung hier.</translation>
        </message>
        <message>
            <source>The server sent a reply nobody asked for: "%1". It came in addition to the answer to the last command; taking it as the answer to the next one would pair every later reply with the wrong command (RFC 5321 s.4.2), so the session stops here.</source>
            <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: „%1“. Sie kam zusätzlich zur Antwort auf den letzten Befehl; sie als Antwort auf den nächsten zu nehmen, würde jede spätere Antwort dem falschen Befehl zuordnen (RFC 5321 Abschn. 4.2); deshalb endet die Sitzung hier.</translation>
        </message>
        <message>
            <source>The server sent a reply nobody asked for.</source>
            <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::TranscriptModel</name>
        <message>
            <source>Hidden: %1</source>
            <translation>Verborgen: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Dir</source>
            <translation>Richt.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::TranscriptPanel</name>
        <message>
            <source>Transcript</source>
            <translation>Mitschrift</translation>
        </message>
        <message>
            <source>Transcript of the session</source>
            <translation>Mitschrift der Sitzung</translation>
        </message>
        <message>
            <source>Why this line came</source>
            <translation>Warum diese Zeile kam</translation>
        </message>
        <message>
            <source>Copy selected lines</source>
            <translation>Ausgewählte Zeilen kopieren</translation>
        </message>
        <message>
            <source>Select a line to see why it came.</source>
            <translation>Wählen Sie eine Zeile, um zu sehen, warum sie kam.</translation>
        </message>
        <message>
            <source>Reply code:</source>
            <translation>Antwortcode:</translation>
        </message>
        <message>
            <source>Enhanced code %1:</source>
            <translation>Erweiterter Code %1:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>You sent:</source>
            <translation>Gesendet:</translation>
        </message>
        <message>
            <source>Hidden:</source>
            <translation>Verborgen:</translation>
        </message>
        <message>
            <source> (never stored, never exported)</source>
            <translation> (nie gespeichert, nie exportiert)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Hinweis:</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <source>Encrypted:</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <source>yes, this line travelled inside TLS</source>
            <translation>ja, diese Zeile lief innerhalb von TLS</translation>
        </message>
        <message>
            <source>no, this line travelled in clear text</source>
            <translation>nein, diese Zeile lief im Klartext</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <source>The transcript and the diagram side by side</source>
            <translation>Protokoll und Diagramm nebeneinander</translation>
        </message>
        <message>
            <source>Only the transcript lines</source>
            <translation>Nur die Zeilen des Protokolls</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Only the sequence diagram</source>
            <translation>Nur das Sequenzdiagramm</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::Translation</name>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>The language changes the next time SMTP Tutor starts</source>
            <translation>Die Sprache wechselt beim nächsten Start von SMTP Tutor</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::Ui</name>
        <message>
            <source>success</source>
            <translation>Erfolg</translation>
        </message>
        <message>
            <source>intermediate: the server waits for more</source>
            <translation>Zwischenstand: Der Server wartet auf mehr</translation>
        </message>
        <message>
            <source>temporary failure: try again later</source>
            <translation>vorübergehender Fehler: später erneut versuchen</translation>
        </message>
        <message>
            <source>permanent failure: fix something before trying again</source>
            <translation>dauerhafter Fehler: erst etwas beheben, dann erneut versuchen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Learn SMTP by talking to a simulated mail server.</source>
            <translation>SMTP lernen im Gespräch mit einem simulierten Mailserver.</translation>
        </message>
        <message>
            <source>Exit as soon as the window has been shown (start-up benchmark).</source>
            <translation>Beenden, sobald das Fenster angezeigt wurde (Startzeit-Messung).</translation>
        </message>
        <message>
            <source>Start the lesson or drill with this id (e.g. drill-greylist).</source>
            <translation>Die Lektion oder Übung mit dieser Kennung starten (z. B. drill-greylist).</translation>
        </message>
        <message>
            <source>Play this scenario (a built-in name or a JSON file) in free mode.</source>
            <translation>Dieses Szenario (ein eingebauter Name oder eine JSON-Datei) im freien Modus spielen.</translation>
        </message>
        <message>
            <source>Open the practice server panel and start the server on 127.0.0.1.</source>
            <translation>Den Bereich des Übungsservers öffnen und den Server auf 127.0.0.1 starten.</translation>
        </message>
        <message>
            <source>Exit as soon as the window has been shown with all its panels filled in (start-up benchmark).</source>
            <translation>Beenden, sobald das Fenster mit allen ausgefüllten Bereichen angezeigt wurde (Startzeit-Messung).</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::LessonBrowser</name>
        <message>
            <source>Lessons and Drills</source>
            <translation>Lektionen und Drills</translation>
        </message>
        <message>
            <source>Lessons and drills</source>
            <translation>Lektionen und Drills</translation>
        </message>
        <message>
            <source>The lesson walks through a whole delivery; each drill runs into one server error on purpose. Choose one and press Enter.</source>
            <translation>Die Lektion führt durch eine ganze Zustellung; jeder Drill läuft absichtlich in einen Serverfehler. Wählen Sie einen Eintrag und drücken Sie die Eingabetaste.</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>What it teaches</source>
            <translation>Worum es geht</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>✓ done</source>
            <translation>✓ erledigt</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 von %2 Schritten</translation>
        </message>
        <message>
            <source>Drill: %1</source>
            <translation>Übung: %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeRemedyText</name>
        <message>
            <source>Enter this computer's full host name in the "EHLO name" field.</source>
            <translation>Tragen Sie den vollständigen Hostnamen dieses Computers in das Feld „EHLO-Name“ ein.</translation>
        </message>
        <message>
            <source>Fill in "User" and "Password" under "Login and envelope".</source>
            <translation>Füllen Sie „Benutzer“ und „Passwort“ unter „Anmeldung und Umschlag“ aus.</translation>
        </message>
        <message>
            <source>Choose "STARTTLS (required)" under "Encryption" (port 587).</source>
            <translation>Wählen Sie „STARTTLS (verlangt)“ unter „Verschlüsselung“ (Port 587).</translation>
        </message>
        <message>
            <source>Choose "Implicit TLS" under "Encryption" (port 465).</source>
            <translation>Wählen Sie „Implizites TLS“ unter „Verschlüsselung“ (Port 465).</translation>
        </message>
        <message>
            <source>Raise the "Timeout" if the server is merely slow.</source>
            <translation>Erhöhen Sie das „Zeitlimit“, wenn der Server nur langsam ist.</translation>
        </message>
        <message>
            <source>If you know this certificate belongs to the server, answer Yes when the dialog asks about it (it is then trusted for this probe only).</source>
            <translation>Wenn Sie wissen, dass dieses Zertifikat zum Server gehört, antworten Sie mit Ja, wenn der Dialog danach fragt (es gilt dann nur für diese Prüfung).</translation>
        </message>
        <message>
            <source>Only for a test server on a network you control: tick "Allow the password without TLS".</source>
            <translation>Nur für einen Testserver in einem Netz, das Sie kontrollieren: Kreuzen Sie „Das Passwort auch ohne TLS erlauben“ an.</translation>
        </message>
        <message>
            <source>For a mail domain, tick "It is a mail domain: probe its first MX host".</source>
            <translation>Bei einer Maildomain kreuzen Sie „Es ist eine Maildomain: ihren ersten MX-Host prüfen“ an.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ReferenceHtml</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;When:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wann:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Only after the server lists&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; in its EHLO reply.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Nur wenn der Server&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; in seiner EHLO-Antwort nennt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Example:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Beispiel:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Replies it can get:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Mögliche Antworten:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Common causes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Häufige Ursachen:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was tun:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The server's name.&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Der Name des Servers.&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;mdash; not an extension SMTP Tutor knows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;mdash; keine Erweiterung, die SMTP Tutor kennt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Mechanisms offered:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Angebotene Verfahren:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>a mechanism SMTP Tutor does not describe</source>
            <translation>ein Verfahren, das SMTP Tutor nicht beschreibt</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1; see also %2</source>
            <translation>%1; siehe auch %2</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Rule:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Regel:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::TranscriptDetail</name>
        <message>
            <source>Note:</source>
            <translation>Hinweis:</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <source>Encrypted:</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <source>yes, this line travelled inside TLS</source>
            <translation>ja, diese Zeile lief innerhalb von TLS</translation>
        </message>
        <message>
            <source>no, this line travelled in clear text</source>
            <translation>nein, diese Zeile lief im Klartext</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <source>Reply code:</source>
            <translation>Antwortcode:</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Common causes:&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Häufige Ursachen:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Enhanced code %1:</source>
            <translation>Erweiterter Code %1:</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>You sent:</source>
            <translation>Gesendet:</translation>
        </message>
        <message>
            <source>an empty line</source>
            <translation>eine leere Zeile</translation>
        </message>
        <message>
            <source>Hidden:</source>
            <translation>Verborgen:</translation>
        </message>
        <message>
            <source> (never stored, never exported)</source>
            <translation> (nie gespeichert, nie exportiert)</translation>
        </message>
        <message>
            <source>A line with only a dot ends the message; the server answers it (RFC 5321 s.4.1.1.4).</source>
            <translation>Eine Zeile mit nur einem Punkt beendet die Nachricht; der Server antwortet darauf (RFC 5321 s.4.1.1.4).</translation>
        </message>
        <message>
            <source>A line of the message. After 354 everything is message text until a line with only a dot (RFC 5321 s.4.1.1.4).</source>
            <translation>Eine Zeile der Nachricht. Nach 354 ist alles Nachrichtentext bis zu einer Zeile mit nur einem Punkt (RFC 5321 s.4.1.1.4).</translation>
        </message>
        <message>
            <source>An answer to the server's 334 question during the login (RFC 4954 s.4).</source>
            <translation>Eine Antwort auf die 334-Frage des Servers während der Anmeldung (RFC 4954 s.4).</translation>
        </message>
        <message>
            <source>An empty line is no command: the server expects a verb such as EHLO or NOOP on every line.</source>
            <translation>Eine leere Zeile ist kein Befehl: Der Server erwartet in jeder Zeile ein Verb wie EHLO oder NOOP.</translation>
        </message>
        <message>
            <source>This is not an SMTP command the reference knows.</source>
            <translation>Das ist kein SMTP-Befehl, den die Referenz kennt.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Did you mean&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;?&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Meinten Sie&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;?&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::FindBar</name>
        <message>
            <source>Find in transcript</source>
            <translation>In der Mitschrift suchen</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>Gesuchter Text</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Text in the transcript, e.g. 250 or STARTTLS</source>
            <translation>Text in der Mitschrift, z. B. 250 oder STARTTLS</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Vorheriger Treffer (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next match (F3 or Enter)</source>
            <translation>Nächster Treffer (F3 oder Eingabetaste)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Die Suchleiste schließen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Die Suchleiste schließen (Esc)</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>Kein Treffer</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::Persona</name>
        <message>
            <source>(%1 words it this way; %2 says "%3 %4". RFC 5321 fixes the reply codes, not the texts.)</source>
            <translation>(So formuliert es %1; %2 sagt „%3 %4“. RFC 5321 legt die Antwortcodes fest, nicht die Texte.)</translation>
        </message>
        <message>
            <source>The server cannot take mail now and closes the connection. Try again later.</source>
            <translation>Der Server kann gerade keine Mail annehmen und beendet die Verbindung. Versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <source>The server refuses to talk to this client. Only QUIT is accepted now.</source>
            <translation>Der Server verweigert diesem Client das Gespräch. Angenommen wird jetzt nur noch QUIT.</translation>
        </message>
        <message>
            <source>The server is ready. 220 is the greeting; the client speaks next, normally with EHLO.</source>
            <translation>Der Server ist bereit. 220 ist die Begrüßung; als Nächstes spricht der Client, normalerweise mit EHLO.</translation>
        </message>
        <message>
            <source> This port uses TLS from the first byte (implicit TLS), so everything here is already encrypted.</source>
            <translation> Dieser Port verwendet TLS ab dem ersten Byte (implizites TLS), hier ist also schon alles verschlüsselt.</translation>
        </message>
        <message>
            <source>The server closes the connection.</source>
            <translation>Der Server beendet die Verbindung.</translation>
        </message>
        <message>
            <source>The greeting was a refusal (554), so every command but QUIT is out of sequence.</source>
            <translation>Die Begrüßung war eine Ablehnung (554), daher kommt jeder Befehl außer QUIT zur falschen Zeit.</translation>
        </message>
        <message>
            <source>This port requires encryption before anything else: send STARTTLS, then EHLO again. Only EHLO, HELO, STARTTLS, NOOP and QUIT work before that.</source>
            <translation>Dieser Port verlangt zuerst Verschlüsselung: Senden Sie STARTTLS und danach erneut EHLO. Vorher funktionieren nur EHLO, HELO, STARTTLS, NOOP und QUIT.</translation>
        </message>
        <message>
            <source>NOOP does nothing; the server only shows it is still there.</source>
            <translation>NOOP bewirkt nichts; der Server zeigt nur, dass er noch da ist.</translation>
        </message>
        <message>
            <source>The server says goodbye and closes the connection. Mail already answered with 250 is safe; an unfinished transaction is dropped.</source>
            <translation>Der Server verabschiedet sich und beendet die Verbindung. Mail, die bereits mit 250 beantwortet wurde, ist sicher angekommen; eine nicht abgeschlossene Transaktion wird verworfen.</translation>
        </message>
        <message>
            <source>This server does not implement that command.</source>
            <translation>Dieser Server kennt diesen Befehl nicht.</translation>
        </message>
        <message>
            <source>BDAT belongs to CHUNKING (RFC 3030), which this simulated server does not offer; use DATA.</source>
            <translation>BDAT gehört zu CHUNKING (RFC 3030), das dieser simulierte Server nicht anbietet; verwenden Sie DATA.</translation>
        </message>
        <message>
            <source> %1 ends the session: servers hang up on such clients to protect themselves.</source>
            <translation> %1 beendet die Sitzung: Server legen bei solchen Clients auf, um sich zu schützen.</translation>
        </message>
        <message>
            <source> Type HELP for the list of commands.</source>
            <translation> Mit HELP erhalten Sie die Liste der Befehle.</translation>
        </message>
        <message>
            <source>The server is going down (maintenance or overload) and closes the connection. Nothing was accepted in this transaction; a sending server will try again later.</source>
            <translation>Der Server fährt herunter (Wartung oder Überlastung) und beendet die Verbindung. In dieser Transaktion wurde nichts angenommen; ein sendender Server versucht es später erneut.</translation>
        </message>
        <message>
            <source>%1 needs your host name (or an address literal such as [192.0.2.1]) after it, e.g. "%1 client.example.org".</source>
            <translation>Nach %1 gehört Ihr Hostname (oder ein Adressliteral wie [192.0.2.1]), z. B. „%1 client.example.org“.</translation>
        </message>
        <message>
            <source>The server greets %1 and lists its extensions, one per line: what it supports (SIZE is the largest message in bytes%2%3).</source>
            <translation>Der Server begrüßt %1 und zählt seine Erweiterungen auf, eine pro Zeile: was er unterstützt (SIZE ist die größte Nachricht in Bytes%2%3).</translation>
        </message>
        <message>
            <source>, STARTTLS offers encryption</source>
            <translation>, STARTTLS bietet Verschlüsselung an</translation>
        </message>
        <message>
            <source>, AUTH lists the login methods</source>
            <translation>, AUTH nennt die Anmeldeverfahren</translation>
        </message>
        <message>
            <source> Your unfinished mail transaction was dropped.</source>
            <translation> Ihre nicht abgeschlossene Mail-Transaktion wurde verworfen.</translation>
        </message>
        <message>
            <source> This session is encrypted.</source>
            <translation> Diese Sitzung ist verschlüsselt.</translation>
        </message>
        <message>
            <source>RSET takes no argument.</source>
            <translation>RSET hat kein Argument.</translation>
        </message>
        <message>
            <source>The transaction is cancelled: sender and recipients are forgotten. You stay logged in and greeted; start again with MAIL FROM.</source>
            <translation>Die Transaktion ist abgebrochen: Absender und Empfänger sind vergessen. Sie bleiben angemeldet und begrüßt; beginnen Sie neu mit MAIL FROM.</translation>
        </message>
        <message>
            <source>Nothing to reset: no transaction was open.</source>
            <translation>Nichts zurückzusetzen: Es war keine Transaktion offen.</translation>
        </message>
        <message>
            <source>This server has VRFY switched off, so it cannot be used to find out which addresses exist.</source>
            <translation>Dieser Server hat VRFY abgeschaltet; damit lässt sich nicht herausfinden, welche Adressen es gibt.</translation>
        </message>
        <message>
            <source>%1 wants a full address with a domain here, not a bare user name.</source>
            <translation>%1 verlangt hier eine vollständige Adresse mit Domain, keinen bloßen Benutzernamen.</translation>
        </message>
        <message>
            <source>252 means "cannot verify, but I will take the message and try". %1 answers every VRFY this way without looking the address up, so that nobody can use it to find out which mailboxes exist.</source>
            <translation>252 bedeutet „kann ich nicht prüfen, aber ich nehme die Nachricht an und versuche es“. %1 beantwortet jedes VRFY so, ohne die Adresse nachzuschlagen, damit niemand damit herausfinden kann, welche Postfächer es gibt.</translation>
        </message>
        <message>
            <source>ETRN, like MAIL, needs EHLO first.</source>
            <translation>ETRN braucht wie MAIL zuerst EHLO.</translation>
        </message>
        <message>
            <source>ETRN cannot come in the middle of a mail transaction; RSET first.</source>
            <translation>ETRN ist mitten in einer Mail-Transaktion nicht erlaubt; zuerst RSET.</translation>
        </message>
        <message>
            <source>ETRN needs one domain: ETRN example.org.</source>
            <translation>ETRN braucht genau eine Domain: ETRN example.org.</translation>
        </message>
        <message>
            <source>ETRN asks a server to send on the mail it queued for a domain. This server keeps no such queue for %1.</source>
            <translation>ETRN bittet einen Server, die für eine Domain zurückgehaltene Mail weiterzusenden. Dieser Server hält für %1 keine solche Warteschlange.</translation>
        </message>
        <message>
            <source>STARTTLS takes no argument.</source>
            <translation>STARTTLS hat kein Argument.</translation>
        </message>
        <message>
            <source>%1 offers STARTTLS in its EHLO reply, and takes it only after that: send EHLO first, then STARTTLS. (Postfix would take it here.)</source>
            <translation>%1 bietet STARTTLS in seiner EHLO-Antwort an und nimmt es erst danach an: Senden Sie zuerst EHLO, dann STARTTLS. (Postfix würde es hier annehmen.)</translation>
        </message>
        <message>
            <source>This session is already encrypted; STARTTLS can be used only once.</source>
            <translation>Diese Sitzung ist bereits verschlüsselt; STARTTLS geht nur einmal.</translation>
        </message>
        <message>
            <source>This server does not offer STARTTLS (it is not in the EHLO reply).</source>
            <translation>Dieser Server bietet kein STARTTLS an (es fehlt in der EHLO-Antwort).</translation>
        </message>
        <message>
            <source>Now the TLS handshake starts. Afterwards everything is encrypted, the server forgets the EHLO and any transaction, and you must send EHLO again (its list changes: no STARTTLS, maybe AUTH).</source>
            <translation>Jetzt beginnt der TLS-Handshake. Danach ist alles verschlüsselt, der Server vergisst das EHLO und jede Transaktion, und Sie müssen erneut EHLO senden (die Liste ändert sich: kein STARTTLS mehr, vielleicht AUTH).</translation>
        </message>
        <message>
            <source>AUTH must come before MAIL FROM; RSET first.</source>
            <translation>AUTH muss vor MAIL FROM kommen; zuerst RSET.</translation>
        </message>
        <message>
            <source>You are already logged in as %1; one AUTH per session.</source>
            <translation>Sie sind bereits als %1 angemeldet; ein AUTH pro Sitzung.</translation>
        </message>
        <message>
            <source>Write AUTH, a mechanism from the EHLO list and optionally the base64 initial response, e.g. AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=.</source>
            <translation>Schreiben Sie AUTH, ein Verfahren aus der EHLO-Liste und wahlweise die base64-kodierte erste Antwort, z. B. AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=.</translation>
        </message>
        <message>
            <source>"%1" is not among the mechanisms this server offers (%2).</source>
            <translation>„%1“ gehört nicht zu den Verfahren, die dieser Server anbietet (%2).</translation>
        </message>
        <message>
            <source>214 is a help reply. This list is the tutor's own; a real Postfix does not implement HELP and would answer %1 %2.</source>
            <translation>214 ist eine Hilfe-Antwort. Diese Liste stammt vom Tutor; ein echtes Postfix kennt HELP nicht und würde %1 %2 antworten.</translation>
        </message>
        <message>
            <source>214 is a help reply. This list is the tutor's own; a real %1 lists its commands in one short line.</source>
            <translation>214 ist eine Hilfe-Antwort. Diese Liste stammt vom Tutor; ein echtes %1 nennt seine Befehle in einer kurzen Zeile.</translation>
        </message>
        <message>
            <source>A transaction is already open (MAIL FROM was accepted). Finish it with DATA, or send RSET to start over.</source>
            <translation>Es ist schon eine Transaktion offen (MAIL FROM wurde angenommen). Schließen Sie sie mit DATA ab, oder senden Sie RSET, um neu zu beginnen.</translation>
        </message>
        <message>
            <source>You announced %1 bytes with SIZE=, more than this server's limit of %2 bytes (see SIZE in the EHLO reply).</source>
            <translation>Sie haben mit SIZE= %1 Bytes angekündigt, mehr als die Grenze dieses Servers von %2 Bytes (siehe SIZE in der EHLO-Antwort).</translation>
        </message>
        <message>
            <source>This server only takes mail from logged-in users. Log in with AUTH (see the AUTH line of the EHLO reply), then send MAIL FROM again.</source>
            <translation>Dieser Server nimmt Mail nur von angemeldeten Benutzern an. Melden Sie sich mit AUTH an (siehe die AUTH-Zeile der EHLO-Antwort) und senden Sie dann erneut MAIL FROM.</translation>
        </message>
        <message>
            <source>the null sender &lt;&gt; (used for bounces)</source>
            <translation>dem leeren Absender &lt;&gt; (für Unzustellbarkeitsmeldungen)</translation>
        </message>
        <message>
            <source>The transaction has begun with sender %1. Next come the recipients with RCPT TO.</source>
            <translation>Die Transaktion hat mit %1 als Absender begonnen. Als Nächstes kommen die Empfänger mit RCPT TO.</translation>
        </message>
        <message>
            <source>RCPT TO needs an open transaction: send MAIL FROM:&lt;sender&gt; first.</source>
            <translation>RCPT TO braucht eine offene Transaktion: Senden Sie zuerst MAIL FROM:&lt;Absender&gt;.</translation>
        </message>
        <message>
            <source>%1 is a DSN parameter (RFC 3461), and this server does not offer DSN in its EHLO reply.</source>
            <translation>%1 ist ein DSN-Parameter (RFC 3461), und dieser Server bietet DSN in seiner EHLO-Antwort nicht an.</translation>
        </message>
        <message>
            <source>The null path &lt;&gt; may only be a sender (for bounces), never a recipient.</source>
            <translation>Der leere Pfad &lt;&gt; darf nur Absender sein (für Unzustellbarkeitsmeldungen), nie Empfänger.</translation>
        </message>
        <message>
            <source>This transaction has reached the recipient limit. Send the message, then the rest in another transaction.</source>
            <translation>Diese Transaktion hat die Höchstzahl an Empfängern erreicht. Senden Sie die Nachricht und den Rest in einer weiteren Transaktion.</translation>
        </message>
        <message>
            <source>%1 is accepted (1 recipient so far).</source>
            <translation>%1 wurde angenommen (bisher 1 Empfänger).</translation>
        </message>
        <message>
            <source>%1 is accepted (%2 recipients so far).</source>
            <translation>%1 wurde angenommen (bisher %2 Empfänger).</translation>
        </message>
        <message>
            <source> It is a local mailbox.</source>
            <translation> Es ist ein lokales Postfach.</translation>
        </message>
        <message>
            <source> It is a remote address: you are logged in, so the server will relay it.</source>
            <translation> Es ist eine entfernte Adresse: Sie sind angemeldet, also leitet der Server die Mail weiter.</translation>
        </message>
        <message>
            <source> Add more with RCPT TO, or send DATA.</source>
            <translation> Weitere Empfänger mit RCPT TO, oder senden Sie DATA.</translation>
        </message>
        <message>
            <source>DATA comes after MAIL FROM and at least one accepted RCPT TO.</source>
            <translation>DATA kommt nach MAIL FROM und mindestens einem angenommenen RCPT TO.</translation>
        </message>
        <message>
            <source>No RCPT TO was accepted in this transaction, so there is nobody to deliver to. Add a recipient the server accepts first.</source>
            <translation>In dieser Transaktion wurde kein RCPT TO angenommen, es gibt also niemanden, an den zugestellt werden könnte. Fügen Sie zuerst einen Empfänger hinzu, den der Server annimmt.</translation>
        </message>
        <message>
            <source>DATA takes no argument; the message follows on the next lines.</source>
            <translation>DATA hat kein Argument; die Nachricht folgt in den nächsten Zeilen.</translation>
        </message>
        <message>
            <source>Send the message now: headers (From:, To:, Subject:), an empty line, the body, and finally a line with only ".". A line of your own that starts with "." gets one more "." (dot-stuffing).</source>
            <translation>Senden Sie jetzt die Nachricht: Kopfzeilen (From:, To:, Subject:), eine Leerzeile, den Text und zum Schluss eine Zeile, die nur „.“ enthält. Eine eigene Zeile, die mit „.“ beginnt, bekommt einen weiteren „.“ vorangestellt (Dot-Stuffing).</translation>
        </message>
        <message>
            <source>The message has %1 bytes, more than this server's limit of %2. Nothing was delivered; the transaction is over.</source>
            <translation>Die Nachricht hat %1 Bytes, mehr als die Grenze dieses Servers von %2. Nichts wurde zugestellt; die Transaktion ist beendet.</translation>
        </message>
        <message>
            <source>The server has taken responsibility for the message (%1 bytes, 1 recipient) under queue id %2. You may send another MAIL FROM, or QUIT.</source>
            <translation>Der Server hat die Verantwortung für die Nachricht übernommen (%1 Bytes, 1 Empfänger), Warteschlangen-ID %2. Sie können ein weiteres MAIL FROM oder QUIT senden.</translation>
        </message>
        <message>
            <source>The server has taken responsibility for the message (%1 bytes, %2 recipients) under queue id %3. You may send another MAIL FROM, or QUIT.</source>
            <translation>Der Server hat die Verantwortung für die Nachricht übernommen (%1 Bytes, %2 Empfänger), Warteschlangen-ID %3. Sie können ein weiteres MAIL FROM oder QUIT senden.</translation>
        </message>
        <message>
            <source>The server is ready for your PLAIN credentials: send base64 of "\0user\0password" on the next line (or * to give up).</source>
            <translation>Der Server wartet auf Ihre PLAIN-Zugangsdaten: Senden Sie in der nächsten Zeile „\0Benutzer\0Passwort“ in base64 (oder *, um aufzugeben).</translation>
        </message>
        <message>
            <source>"VXNlcm5hbWU6" is base64 for "Username:". Send your user name in base64 on the next line (or * to give up).</source>
            <translation>„VXNlcm5hbWU6“ ist base64 für „Username:“. Senden Sie Ihren Benutzernamen in base64 in der nächsten Zeile (oder *, um aufzugeben).</translation>
        </message>
        <message>
            <source>You sent "*", which cancels an AUTH exchange. You are not logged in.</source>
            <translation>Sie haben „*“ gesendet, das bricht eine AUTH-Anmeldung ab. Sie sind nicht angemeldet.</translation>
        </message>
        <message>
            <source>No AUTH exchange is in progress.</source>
            <translation>Es läuft keine AUTH-Anmeldung.</translation>
        </message>
        <message>
            <source>The answer to the challenge was longer than the %1 octets an AUTH line may have, so the server ends the exchange. You are not logged in.</source>
            <translation>Die Antwort auf die Aufforderung war länger als die %1 Oktette, die eine AUTH-Zeile haben darf; der Server bricht die Anmeldung ab. Sie sind nicht angemeldet.</translation>
        </message>
        <message>
            <source>The PLAIN response must be base64 of "\0user\0password"; </source>
            <translation>Die PLAIN-Antwort muss „\0Benutzer\0Passwort“ in base64 sein; </translation>
        </message>
        <message>
            <source>this line is not valid base64.</source>
            <translation>diese Zeile ist kein gültiges base64.</translation>
        </message>
        <message>
            <source>this one is empty.</source>
            <translation>diese ist leer.</translation>
        </message>
        <message>
            <source>The decoded PLAIN response must hold three parts separated by NUL bytes: an optional identity, the user name and the password.</source>
            <translation>Die dekodierte PLAIN-Antwort muss aus drei durch NUL-Bytes getrennten Teilen bestehen: einer optionalen Identität, dem Benutzernamen und dem Passwort.</translation>
        </message>
        <message>
            <source>The PLAIN response asks to act as another user ("%1"); this server does not allow that.</source>
            <translation>Die PLAIN-Antwort will im Namen eines anderen Benutzers handeln („%1“); das erlaubt dieser Server nicht.</translation>
        </message>
        <message>
            <source>The user name must be sent in base64; this line is not valid base64.</source>
            <translation>Der Benutzername muss in base64 gesendet werden; diese Zeile ist kein gültiges base64.</translation>
        </message>
        <message>
            <source>"UGFzc3dvcmQ6" is base64 for "Password:". Send the password in base64 on the next line (or * to give up).</source>
            <translation>„UGFzc3dvcmQ6“ ist base64 für „Password:“. Senden Sie das Passwort in base64 in der nächsten Zeile (oder *, um aufzugeben).</translation>
        </message>
        <message>
            <source>The password must be sent in base64; this line is not valid base64.</source>
            <translation>Das Passwort muss in base64 gesendet werden; diese Zeile ist kein gültiges base64.</translation>
        </message>
        <message>
            <source>The user name or the password is wrong. Check both, and that each was base64-encoded without a trailing newline.</source>
            <translation>Benutzername oder Passwort ist falsch. Prüfen Sie beides und ob jedes ohne abschließenden Zeilenumbruch base64-kodiert wurde.</translation>
        </message>
        <message>
            <source>You are logged in as %1. The server now knows who sends, and a submission server lets logged-in users send to any domain.</source>
            <translation>Sie sind als %1 angemeldet. Der Server weiß jetzt, wer sendet, und ein Einlieferungsserver lässt angemeldete Benutzer an jede Domain senden.</translation>
        </message>
        <message>
            <source>An address without a domain is completed with this server's own name, which is not a domain it receives mail for, so this would be relaying. Write the full address, e.g. &lt;alice@%1&gt;.</source>
            <translation>Eine Adresse ohne Domain wird mit dem eigenen Namen dieses Servers ergänzt; für diese Domain nimmt er keine Mail an, das wäre also Weiterleitung (Relaying). Schreiben Sie die vollständige Adresse, z. B. &lt;alice@%1&gt;.</translation>
        </message>
        <message>
            <source>%1 is not a domain this server receives mail for, and you are not logged in: passing the message on would make it an open relay. Send to a local address (e.g. @%2)%3.</source>
            <translation>Für %1 nimmt dieser Server keine Mail an, und Sie sind nicht angemeldet: Die Nachricht weiterzugeben, würde ihn zum offenen Relay machen. Senden Sie an eine lokale Adresse (z. B. @%2)%3.</translation>
        </message>
        <message>
            <source> or log in with AUTH first</source>
            <translation> oder melden Sie sich zuerst mit AUTH an</translation>
        </message>
        <message>
            <source>This mailbox has moved. The server names the new address but will not forward the message itself; send it to &lt;%1&gt; instead.</source>
            <translation>Dieses Postfach ist umgezogen. Der Server nennt die neue Adresse, leitet die Nachricht aber nicht selbst weiter; senden Sie sie stattdessen an &lt;%1&gt;.</translation>
        </message>
        <message>
            <source>The domain is local, but it has no mailbox called "%1" (this server knows: %2). Check the spelling.</source>
            <translation>Die Domain ist lokal, aber es gibt kein Postfach namens „%1“ (dieser Server kennt: %2). Prüfen Sie die Schreibweise.</translation>
        </message>
        <message>
            <source>The mailbox exists but has no room now. This is temporary (4xx): a sending server keeps the message and retries later.</source>
            <translation>Das Postfach gibt es, aber es ist gerade voll. Das ist vorübergehend (4xx): Ein sendender Server behält die Nachricht und versucht es später erneut.</translation>
        </message>
        <message>
            <source>Greylisting: this server defers the first attempt from an unknown client/sender/recipient combination. Real mail servers retry; many spam tools do not. Send the same RCPT TO again (after RSET and MAIL FROM, or in a new session) and it will pass.</source>
            <translation>Greylisting: Dieser Server weist den ersten Versuch einer unbekannten Kombination aus Client, Absender und Empfänger vorläufig ab. Echte Mailserver versuchen es erneut, viele Spam-Programme nicht. Senden Sie dasselbe RCPT TO noch einmal (nach RSET und MAIL FROM oder in einer neuen Sitzung), dann geht es durch.</translation>
        </message>
        <message>
            <source>252 means "I will accept mail for this address but cannot promise more". Most servers answer VRFY this way so that it cannot be used to harvest addresses.</source>
            <translation>252 bedeutet „ich nehme Mail für diese Adresse an, kann aber nicht mehr versprechen“. Die meisten Server beantworten VRFY so, damit niemand damit Adressen sammeln kann.</translation>
        </message>
        <message>
            <source>this one has %1</source>
            <translation>diese hat %1</translation>
        </message>
        <message>
            <source>this one was far longer</source>
            <translation>diese war weit länger</translation>
        </message>
        <message>
            <source>A command line may be at most %1 octets including CRLF; %2. The server ignores it and waits for the next command.</source>
            <translation>Eine Befehlszeile darf einschließlich CRLF höchstens %1 Oktette lang sein; %2. Der Server übergeht sie und wartet auf den nächsten Befehl.</translation>
        </message>
        <message>
            <source>The client took too long to send a complete line, so the server gives up on it and closes the connection. Nothing unfinished was accepted.</source>
            <translation>Der Client hat zu lange für eine vollständige Zeile gebraucht; der Server gibt auf und beendet die Verbindung. Nichts Unfertiges wurde angenommen.</translation>
        </message>
        <message>
            <source>The server already has as many sessions open as it takes, so it refuses this one at once. A 4xx is temporary: try again later.</source>
            <translation>Der Server hat schon so viele Sitzungen offen, wie er annimmt, und lehnt diese sofort ab. Ein 4xx ist vorübergehend: Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The server has no room left for mail; the message is dropped and the session closed. A 4xx is temporary: try again later.</source>
            <translation>Der Server hat keinen Platz mehr für Mail; die Nachricht wird verworfen und die Sitzung beendet. Ein 4xx ist vorübergehend: Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Introduce yourself first: this server requires EHLO (or HELO) before a mail transaction starts.</source>
            <translation>Stellen Sie sich zuerst vor: Dieser Server verlangt EHLO (oder HELO), bevor eine Mail-Transaktion beginnt.</translation>
        </message>
        <message>
            <source>The greeting the recorded server sent.</source>
            <translation>Die Begrüßung, die der aufgezeichnete Server gesendet hat.</translation>
        </message>
        <message>
            <source>The recording has no such command, so the simulator answers on its own. %1</source>
            <translation>Die Aufzeichnung enthält diesen Befehl nicht, daher antwortet der Simulator selbst. %1</translation>
        </message>
        <message>
            <source>The recording never finished a message; the simulator accepts it on its own.</source>
            <translation>In der Aufzeichnung wurde nie eine Nachricht abgeschlossen; der Simulator nimmt sie selbst an.</translation>
        </message>
        <message>
            <source>The recording has no further AUTH step.</source>
            <translation>Die Aufzeichnung enthält keinen weiteren AUTH-Schritt.</translation>
        </message>
        <message>
            <source> The recording has no more of these, so its last reply is given again.</source>
            <translation> Die Aufzeichnung enthält keine weiteren davon, daher kommt ihre letzte Antwort noch einmal.</translation>
        </message>
        <message>
            <source>first</source>
            <translation>1</translation>
        </message>
        <message>
            <source>second</source>
            <translation>2</translation>
        </message>
        <message>
            <source>third</source>
            <translation>3</translation>
        </message>
        <message>
            <source>%1th</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>end of a message (the lone dot)</source>
            <translation>das Nachrichtenende (der einzelne Punkt)</translation>
        </message>
        <message>
            <source>AUTH answer</source>
            <translation>die AUTH-Antwort</translation>
        </message>
        <message>
            <source>%1 command</source>
            <translation>den Befehl %1</translation>
        </message>
        <message>
            <source>The recorded server gave this reply to the %1 %2 of its session (%3).</source>
            <translation>Der aufgezeichnete Server gab diese Antwort auf %2 Nr. %1 seiner Sitzung (%3).</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticePortNote</name>
        <message>
            <source>a free port</source>
            <translation>einem freien Port</translation>
        </message>
        <message>
            <source>This server plays port %1, but listens on %2 here: only the administrator (root) may open a port below 1024, and an unprivileged port behaves the same for a mail program.</source>
            <translation>Dieser Server spielt Port %1, lauscht hier aber auf %2: Einen Port unter 1024 darf nur der Administrator (root) öffnen, und ein unprivilegierter Port verhält sich für ein Mailprogramm genauso.</translation>
        </message>
        <message>
            <source>This server plays port %1 and listens on %2 here, the port chosen above.</source>
            <translation>Dieser Server spielt Port %1 und lauscht hier auf %2, dem oben gewählten Port.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticeConnection</name>
        <message>
            <source>the client closed the connection</source>
            <translation>der Client hat die Verbindung beendet</translation>
        </message>
        <message>
            <source>Connection from %1 port %2 to port %3</source>
            <translation>Verbindung von %1 Port %2 zu Port %3</translation>
        </message>
        <message>
            <source>Implicit TLS: %1</source>
            <translation>Implizites TLS: %1</translation>
        </message>
        <message>
            <source>the scenario refuses every session</source>
            <translation>das Szenario lehnt jede Sitzung ab</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Abgelehnt: %1</translation>
        </message>
        <message>
            <source>the practice server stopped</source>
            <translation>der Übungsserver wurde angehalten</translation>
        </message>
        <message>
            <source>The practice server holds no more mail in memory.</source>
            <translation>Der Übungsserver kann keine weitere Mail im Speicher halten.</translation>
        </message>
        <message>
            <source>out of memory for mail</source>
            <translation>kein Speicher mehr für Mail</translation>
        </message>
        <message>
            <source>A message line longer than %1 octets was cut here into pieces, as a real MTA does.</source>
            <translation>Eine Nachrichtenzeile mit mehr als %1 Oktetten wurde hier in Stücke geteilt, wie es ein echter MTA tut.</translation>
        </message>
        <message>
            <source>the session ended with QUIT</source>
            <translation>die Sitzung endete mit QUIT</translation>
        </message>
        <message>
            <source>the server ended the session (%1)</source>
            <translation>der Server hat die Sitzung beendet (%1)</translation>
        </message>
        <message>
            <source>The client sent a line longer than %1 octets; it was dropped unread.</source>
            <translation>Der Client hat eine Zeile mit mehr als %1 Oktetten gesendet; sie wurde ungelesen verworfen.</translation>
        </message>
        <message>
            <source>(further message lines are not shown)</source>
            <translation>(weitere Nachrichtenzeilen werden nicht angezeigt)</translation>
        </message>
        <message>
            <source>(the transcript of this session is full; later lines are not kept)</source>
            <translation>(das Protokoll dieser Sitzung ist voll; spätere Zeilen werden nicht aufbewahrt)</translation>
        </message>
        <message>
            <source>The practice server has no certificate, so TLS cannot start.</source>
            <translation>Der Übungsserver hat kein Zertifikat, daher kann TLS nicht starten.</translation>
        </message>
        <message>
            <source>no certificate for STARTTLS</source>
            <translation>kein Zertifikat für STARTTLS</translation>
        </message>
        <message>
            <source>%1 bytes sent after STARTTLS but before the TLS handshake were thrown away unread (RFC 3207 s.4.2).</source>
            <translation>%1 Bytes, die nach STARTTLS, aber vor dem TLS-Handshake kamen, wurden ungelesen verworfen (RFC 3207 Abschn. 4.2).</translation>
        </message>
        <message>
            <source>Starting TLS (server side)</source>
            <translation>TLS wird gestartet (Serverseite)</translation>
        </message>
        <message>
            <source>TLS started: %1</source>
            <translation>TLS gestartet: %1</translation>
        </message>
        <message>
            <source> (the client did not take its last replies)</source>
            <translation> (der Client hat seine letzten Antworten nicht mehr abgeholt)</translation>
        </message>
        <message>
            <source>The TLS handshake did not finish in time.</source>
            <translation>Der TLS-Handshake wurde nicht rechtzeitig fertig.</translation>
        </message>
        <message>
            <source>TLS handshake timed out</source>
            <translation>Zeitüberschreitung beim TLS-Handshake</translation>
        </message>
        <message>
            <source>No complete line within %1 s.</source>
            <translation>Keine vollständige Zeile innerhalb von %1 s.</translation>
        </message>
        <message>
            <source>timeout exceeded</source>
            <translation>Zeitlimit überschritten</translation>
        </message>
        <message>
            <source>Socket error: %1</source>
            <translation>Socket-Fehler: %1</translation>
        </message>
        <message>
            <source>TLS handshake failed: %1</source>
            <translation>TLS-Handshake fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Connection closed: %1</source>
            <translation>Verbindung beendet: %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticeCertificate</name>
        <message>
            <source>cannot read the certificate %1: %2</source>
            <translation>das Zertifikat %1 lässt sich nicht lesen: %2</translation>
        </message>
        <message>
            <source>%1 holds no PEM certificate</source>
            <translation>%1 enthält kein PEM-Zertifikat</translation>
        </message>
        <message>
            <source>cannot read the key %1: %2</source>
            <translation>der Schlüssel %1 lässt sich nicht lesen: %2</translation>
        </message>
        <message>
            <source>%1 holds no unencrypted RSA or EC private key in PEM form</source>
            <translation>%1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel im PEM-Format</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 lässt sich nicht anlegen</translation>
        </message>
        <message>
            <source>the openssl program could not be started (install the openssl package): %1</source>
            <translation>das Programm openssl ließ sich nicht starten (installieren Sie das Paket openssl): %1</translation>
        </message>
        <message>
            <source>openssl failed: %1</source>
            <translation>openssl ist gescheitert: %1</translation>
        </message>
        <message>
            <source>another program is still making the certificate in %1</source>
            <translation>ein anderes Programm erzeugt gerade noch das Zertifikat in %1</translation>
        </message>
        <message>
            <source>openssl did not finish within a minute</source>
            <translation>openssl wurde nicht innerhalb einer Minute fertig</translation>
        </message>
        <message>
            <source>openssl wrote a certificate that cannot be loaded</source>
            <translation>openssl hat ein Zertifikat geschrieben, das sich nicht laden lässt</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PracticeServer</name>
        <message>
            <source>an implicit-TLS listener needs a certificate and key</source>
            <translation>ein Port mit implizitem TLS braucht ein Zertifikat und einen Schlüssel</translation>
        </message>
        <message>
            <source>the practice server already has %1 sessions open</source>
            <translation>der Übungsserver hat schon %1 Sitzungen offen</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ServerPicker</name>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Simulated server</source>
            <translation>Simulierter Server</translation>
        </message>
        <message>
            <source>%1 (port %2)</source>
            <translation>%1 (Port %2)</translation>
        </message>
        <message>
            <source>Speaks as:</source>
            <translation>Spricht wie:</translation>
        </message>
        <message>
            <source>Server personality</source>
            <translation>Server-Persönlichkeit</translation>
        </message>
        <message>
            <source>Choose whose words the simulated server uses: Postfix or Exim</source>
            <translation>Wählen, mit wessen Worten der simulierte Server antwortet: Postfix oder Exim</translation>
        </message>
        <message>
            <source>Postfix's replies, with enhanced status codes such as 5.7.1</source>
            <translation>Die Antworten von Postfix, mit erweiterten Statuscodes wie 5.7.1</translation>
        </message>
        <message>
            <source>Exim's replies, as its example configuration sends them: no enhanced status codes</source>
            <translation>Die Antworten von Exim, wie seine Beispielkonfiguration sie sendet: ohne erweiterte Statuscodes</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>This scenario cannot be loaded:
%1</source>
            <translation>Dieses Szenario lässt sich nicht laden:
%1</translation>
        </message>
        <message>
            <source>Choose which kind of server the simulator plays, or replay a recorded one</source>
            <translation>Wählen, welche Art von Server der Simulator spielt, oder einen aufgezeichneten Server abspielen</translation>
        </message>
        <message>
            <source>Open scenario or recording...</source>
            <translation>Szenario oder Aufzeichnung öffnen …</translation>
        </message>
        <message>
            <source>Recorded Session</source>
            <translation>Aufgezeichnete Sitzung</translation>
        </message>
        <message>
            <source>This recorded session cannot be replayed:
%1</source>
            <translation>Diese aufgezeichnete Sitzung lässt sich nicht abspielen:
%1</translation>
        </message>
        <message>
            <source>the recording %1 (%2)</source>
            <translation>die Aufzeichnung %1 (%2)</translation>
        </message>
        <message>
            <source>A recorded session answers in the words of the server it was recorded from</source>
            <translation>Eine aufgezeichnete Sitzung antwortet mit den Worten des Servers, von dem sie stammt</translation>
        </message>
        <message>
            <source>Open Scenario or Recording</source>
            <translation>Szenario oder Aufzeichnung öffnen</translation>
        </message>
        <message>
            <source>Scenarios and recorded sessions (*.json);;All files (*)</source>
            <translation>Szenarien und aufgezeichnete Sitzungen (*.json);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::AuditReportView</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Save the audit as HTML</source>
            <translation>Prüfbericht als HTML speichern</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML-Dateien (*.html)</translation>
        </message>
        <message>
            <source>Save the audit as JSON</source>
            <translation>Prüfbericht als JSON speichern</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Audit report</source>
            <translation>Prüfbericht</translation>
        </message>
        <message>
            <source>Save as &amp;HTML...</source>
            <translation>Als &amp;HTML speichern...</translation>
        </message>
        <message>
            <source>Save as &amp;JSON...</source>
            <translation>Als &amp;JSON speichern...</translation>
        </message>
        <message>
            <source>No audit has run yet. "Audit" checks TLS versions and ciphers, the certificate, STARTTLS injection, open relay and DNS, and grades the server.</source>
            <translation>Noch keine Prüfung gelaufen. „Gesamtprüfung“ untersucht TLS-Versionen und Cipher, das Zertifikat, STARTTLS-Injection, offenes Relay und DNS und benotet den Server.</translation>
        </message>
        <message>
            <source>No grade</source>
            <translation>Keine Note</translation>
        </message>
        <message>
            <source>No grade: the server could not be reached or talked to, so nothing could be checked.</source>
            <translation>Keine Note: Der Server war nicht erreichbar oder antwortete nicht, also konnte nichts geprüft werden.</translation>
        </message>
        <message>
            <source>Grade %1</source>
            <translation>Note %1</translation>
        </message>
        <message>
            <source>Grade %1: nothing found that lowers the grade.</source>
            <translation>Note %1: Nichts gefunden, was die Note senkt.</translation>
        </message>
        <message>
            <source>Grade %1, capped by: %2</source>
            <translation>Note %1, begrenzt durch: %2</translation>
        </message>
        <message>
            <source>Incomplete: some checks could not run, so the grade may be too kind.</source>
            <translation>Unvollständig: Einige Prüfungen konnten nicht laufen, die Note ist daher vielleicht zu gut.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Mail domain %1, mail servers: %2</source>
            <translation>Maildomain %1, Mailserver: %2</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CertificateChainView</name>
        <message>
            <source>Certificate chain</source>
            <translation>Zertifikatskette</translation>
        </message>
        <message>
            <source>The server's certificate first, each issuer one level below it.</source>
            <translation>Zuerst das Zertifikat des Servers, jeder Aussteller eine Ebene darunter.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Server certificate (self-signed)</source>
            <translation>Serverzertifikat (selbstsigniert)</translation>
        </message>
        <message>
            <source>Server certificate</source>
            <translation>Serverzertifikat</translation>
        </message>
        <message>
            <source>Root</source>
            <translation>Wurzelzertifikat</translation>
        </message>
        <message>
            <source>Last certificate sent</source>
            <translation>Zuletzt gesendetes Zertifikat</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Zwischenzertifikat</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Namen</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>No certificate</source>
            <translation>Kein Zertifikat</translation>
        </message>
        <message>
            <source>This session had no TLS, or the handshake did not get that far.</source>
            <translation>Diese Sitzung hatte kein TLS, oder der Handshake kam nicht so weit.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CheckStatusStyle</name>
        <message>
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Pass: the server does what the standards ask here.</source>
            <translation>Bestanden: Der Server tut hier, was die Standards verlangen.</translation>
        </message>
        <message>
            <source>Warning: it works, but it is weaker than it should be; worth fixing.</source>
            <translation>Warnung: Es funktioniert, ist aber schwächer als es sein sollte; lohnt sich zu beheben.</translation>
        </message>
        <message>
            <source>Fail: this breaks a rule that matters for security or delivery; fix it.</source>
            <translation>Fehler: Das verletzt eine Regel, die für Sicherheit oder Zustellung zählt; beheben Sie es.</translation>
        </message>
        <message>
            <source>Information: worth knowing, nothing to fix.</source>
            <translation>Information: Wissenswert, nichts zu beheben.</translation>
        </message>
        <message>
            <source>Not checked: the check could not run, so it says nothing either way.</source>
            <translation>Nicht geprüft: Die Prüfung konnte nicht laufen und sagt daher weder das eine noch das andere.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CheckRowWidget</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Show or hide the explanation</source>
            <translation>Erklärung zeigen oder verbergen</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Why it matters:</source>
            <translation>Warum es wichtig ist:</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Was zu tun ist:</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Prüfung:</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CheckListView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Noch nichts anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::HostAuditSection</name>
        <message>
            <source>%1 port %2</source>
            <translation>%1 Port %2</translation>
        </message>
        <message>
            <source>Could not be audited: %1</source>
            <translation>Konnte nicht geprüft werden: %1</translation>
        </message>
        <message>
            <source>Certificate chain</source>
            <translation>Zertifikatskette</translation>
        </message>
        <message>
            <source>How long each check took (they run side by side)</source>
            <translation>Wie lange jede Prüfung dauerte (sie laufen nebeneinander)</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::TimingWaterfall</name>
        <message>
            <source>Timings</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Begrüßung</translation>
        </message>
        <message>
            <source>EHLO</source>
            <translation>EHLO</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>TLS handshake</source>
            <translation>TLS-Handshake</translation>
        </message>
        <message>
            <source>EHLO after TLS</source>
            <translation>EHLO nach TLS</translation>
        </message>
        <message>
            <source>AUTH</source>
            <translation>AUTH</translation>
        </message>
        <message>
            <source>MAIL FROM</source>
            <translation>MAIL FROM</translation>
        </message>
        <message>
            <source>RCPT TO</source>
            <translation>RCPT TO</translation>
        </message>
        <message>
            <source>DATA</source>
            <translation>DATA</translation>
        </message>
        <message>
            <source>RSET</source>
            <translation>RSET</translation>
        </message>
        <message>
            <source>QUIT</source>
            <translation>QUIT</translation>
        </message>
        <message>
            <source>No timings yet.</source>
            <translation>Noch keine Zeiten.</translation>
        </message>
        <message>
            <source>%1: starts at %2 ms, takes %3 ms</source>
            <translation>%1: beginnt bei %2 ms, dauert %3 ms</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>0 ms</source>
            <translation>0 ms</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeSummaryPage</name>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Anmeldung:</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Verschlüsselung:</translation>
        </message>
        <message>
            <source>Greeting:</source>
            <translation>Begrüßung:</translation>
        </message>
        <message>
            <source>No probe has run yet.</source>
            <translation>Noch keine Probe gelaufen.</translation>
        </message>
        <message>
            <source>The login succeeded (AUTH %1): the server accepted the user name and password.</source>
            <translation>Die Anmeldung ist gelungen (AUTH %1): Der Server hat Benutzername und Passwort angenommen.</translation>
        </message>
        <message>
            <source>The login failed (AUTH %1): %2</source>
            <translation>Die Anmeldung ist fehlgeschlagen (AUTH %1): %2</translation>
        </message>
        <message>
            <source>No login was tried (no user name was given).</source>
            <translation>Keine Anmeldung versucht (kein Benutzername angegeben).</translation>
        </message>
        <message>
            <source>The login was not tried: the probe stopped before AUTH (see below).</source>
            <translation>Die Anmeldung wurde nicht versucht: Die Probe endete vor AUTH (siehe unten).</translation>
        </message>
        <message>
            <source>No login was tried.</source>
            <translation>Keine Anmeldung versucht.</translation>
        </message>
        <message>
            <source>None: this session was not encrypted.</source>
            <translation>Keine: Diese Sitzung war nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>implicit TLS</source>
            <translation>implizites TLS</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>%1 with %2, %3; certificate: %4</source>
            <translation>%1 mit %2, %3; Zertifikat: %4</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Result: OK. %1 port %2 did everything that was asked.</source>
            <translation>Ergebnis: OK. %1 Port %2 hat alles Verlangte getan.</translation>
        </message>
        <message>
            <source>Result: FAILED at step %1.</source>
            <translation>Ergebnis: FEHLGESCHLAGEN bei Schritt %1.</translation>
        </message>
        <message>
            <source>What it means: %1</source>
            <translation>Was es bedeutet: %1</translation>
        </message>
        <message>
            <source>What to change:</source>
            <translation>Was Sie ändern können:</translation>
        </message>
        <message>
            <source>Waiting for your answer: the server's certificate did not pass verification.</source>
            <translation>Warte auf Ihre Antwort: Das Zertifikat des Servers hat die Prüfung nicht bestanden.</translation>
        </message>
        <message>
            <source>Not tried yet: nothing has been sent over this connection.</source>
            <translation>Noch nicht versucht: Über diese Verbindung wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Answer the question about the certificate to go on, or cancel.</source>
            <translation>Beantworten Sie die Frage zum Zertifikat, um fortzufahren, oder brechen Sie ab.</translation>
        </message>
        <message>
            <source>Login: %1</source>
            <translation>Anmeldung: %1</translation>
        </message>
        <message>
            <source>Encryption: %1</source>
            <translation>Verschlüsselung: %1</translation>
        </message>
        <message>
            <source>Greeting: %1</source>
            <translation>Begrüßung: %1</translation>
        </message>
        <message>
            <source>The TLS handshake stopped at the certificate check: %1</source>
            <translation>Der TLS-Handshake hielt bei der Zertifikatsprüfung an: %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CapabilitiesTable</name>
        <message>
            <source>Capabilities</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Erweiterung</translation>
        </message>
        <message>
            <source>Before TLS</source>
            <translation>Vor TLS</translation>
        </message>
        <message>
            <source>After TLS</source>
            <translation>Nach TLS</translation>
        </message>
        <message>
            <source>— (not asked)</source>
            <translation>— (nicht gefragt)</translation>
        </message>
        <message>
            <source>✓ offered</source>
            <translation>✓ angeboten</translation>
        </message>
        <message>
            <source>✕ not offered</source>
            <translation>✕ nicht angeboten</translation>
        </message>
        <message>
            <source>No EHLO reply in this session.</source>
            <translation>Keine EHLO-Antwort in dieser Sitzung.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeTlsPage</name>
        <message>
            <source>TLS and certificate</source>
            <translation>TLS und Zertifikat</translation>
        </message>
        <message>
            <source>No TLS in this session.</source>
            <translation>Kein TLS in dieser Sitzung.</translation>
        </message>
        <message>
            <source>Protocol: %1, cipher: %2</source>
            <translation>Protokoll: %1, Cipher: %2</translation>
        </message>
        <message>
            <source>Verdict: %1</source>
            <translation>Urteil: %1</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::ProbeTimingsPage</name>
        <message>
            <source>Timings</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>In total: %1 ms</source>
            <translation>Insgesamt: %1 ms</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::PortMatrixView</name>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Port matrix</source>
            <translation>Port-Übersicht</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Begrüßung</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>AUTH before TLS</source>
            <translation>AUTH vor TLS</translation>
        </message>
        <message>
            <source>AUTH after TLS</source>
            <translation>AUTH nach TLS</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Ports of %1, checked at once:</source>
            <translation>Ports von %1, gleichzeitig geprüft:</translation>
        </message>
        <message>
            <source>checking ...</source>
            <translation>wird geprüft ...</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>geprüft</translation>
        </message>
        <message>
            <source>NOT verified: %1</source>
            <translation>NICHT geprüft: %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::CertificateQuestionDialog</name>
        <message>
            <source>Certificate problem</source>
            <translation>Problem mit dem Zertifikat</translation>
        </message>
        <message>
            <source>The certificate of %1 port %2 did not pass verification:</source>
            <translation>Das Zertifikat von %1 Port %2 hat die Prüfung nicht bestanden:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Inhaber:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Aussteller:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Gültig:</translation>
        </message>
        <message>
            <source>from %1 until %2</source>
            <translation>von %1 bis %2</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the one the server's administrator gives you. Nothing has been sent over this connection yet.</source>
            <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt. Über diese Verbindung wurde noch nichts gesendet.</translation>
        </message>
        <message>
            <source>Go on for this probe &amp;only</source>
            <translation>Nur für diese Probe &amp;fortfahren</translation>
        </message>
        <message>
            <source>&amp;Trust this certificate for this host</source>
            <translation>Diesem Zertifikat für diesen Host &amp;vertrauen</translation>
        </message>
        <message>
            <source>Remembers the fingerprint for %1 port %2 only; a different certificate is asked about again.</source>
            <translation>Merkt sich den Fingerabdruck nur für %1 Port %2; nach einem anderen Zertifikat wird wieder gefragt.</translation>
        </message>
    </context>
    <context>
        <name>SmtpTutor::TrustedCertificatesDialog</name>
        <message>
            <source>Trusted certificates</source>
            <translation>Vertraute Zertifikate</translation>
        </message>
        <message>
            <source>Certificates you chose to trust, each for one host and port only. A probe of that host and port accepts exactly this certificate without asking.</source>
            <translation>Zertifikate, denen Sie vertrauen, jedes nur für einen Host und Port. Eine Probe dieses Hosts und Ports nimmt genau dieses Zertifikat ohne Nachfrage an.</translation>
        </message>
        <message>
            <source>Host and port</source>
            <translation>Host und Port</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256-Fingerabdruck</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>%1 port %2</source>
            <translation>%1 Port %2</translation>
        </message>
    </context>
</TS>
