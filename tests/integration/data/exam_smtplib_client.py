#!/usr/bin/python3
"""Python's standard smtplib against the practice server's exams, for tst_exam_clients_*.

Two ways of using the same library: as a careful program would ("correct") and as a hasty
script often does ("careless"). What each does differently:

  --tls required     STARTTLS or nothing: smtplib raises when it is not offered or refused
  --tls opportunistic STARTTLS when offered and accepted, else go on in clear text (careless)
  --retry N          a 4xx reply (RFC 5321 s.4.2.1) is temporary: wait the delay the server
                     states ("try again in N seconds", else --backoff) and send again, up to N
                     sessions in all
  --login-tries N    call login() again after a 535, up to N times (careless)
  --body-bytes N     the message body's size; sendmail() declares it with SIZE= (RFC 1870)
                     whenever the server offers SIZE

Exit status: 0 the message was accepted, 3 login refused, 4 recipients refused, 5 another SMTP
error, 6 a connection or TLS error, 7 still a temporary failure after the last try.
Every step is printed, so the test can show what the client did.
"""
import argparse
import re
import smtplib
import socket
import ssl
import sys
import time


class Temporary(Exception):
    """A 4xx reply or a 421 hang-up: the message may go through later."""

    def __init__(self, text, delay=None):
        super().__init__(text)
        self.delay = delay


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tls", choices=["required", "opportunistic"], default="required")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--sender", default="alice@example.com")
    parser.add_argument("--recipient", default="bob@example.com")
    parser.add_argument("--retry", type=int, default=1)
    parser.add_argument("--backoff", type=float, default=1.0)
    parser.add_argument("--login-tries", type=int, default=1)
    parser.add_argument("--body-bytes", type=int, default=100)
    return parser.parse_args()


def tls_context():
    # The practice server's certificate is self-signed and made on the fly: not verified here.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def start_tls(client, mode):
    if mode == "required":
        client.starttls(context=tls_context())  # raises when not offered or refused
        client.ehlo("client.example.org")
        print("TLS started")
        return
    if not client.has_extn("starttls"):
        print("no STARTTLS offered, going on in clear text")
        return
    try:
        client.starttls(context=tls_context())
        client.ehlo("client.example.org")
        print("TLS started")
    except smtplib.SMTPResponseException as error:
        print("STARTTLS refused (%d), going on in clear text" % error.smtp_code)


def log_in(client, arguments):
    for attempt in range(1, arguments.login_tries + 1):
        try:
            client.login(arguments.user, arguments.password)
            print("logged in")
            return
        except smtplib.SMTPAuthenticationError as error:
            print("login %d refused: %d" % (attempt, error.smtp_code))
            if attempt == arguments.login_tries:
                raise


def stated_delay(text):
    match = re.search(r"try again in (\d+) seconds", text)
    return int(match.group(1)) if match else None


def one_session(arguments, message):
    with smtplib.SMTP("localhost", arguments.port, timeout=20) as client:
        client.ehlo("client.example.org")
        start_tls(client, arguments.tls)
        if arguments.user:
            log_in(client, arguments)
        try:
            client.sendmail(arguments.sender, [arguments.recipient], message)
        except smtplib.SMTPRecipientsRefused as error:
            code, text = next(iter(error.recipients.values()))
            text = text.decode(errors="replace")
            if code // 100 == 4:
                raise Temporary("%d %s" % (code, text), stated_delay(text))
            raise
        except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as error:
            if error.smtp_code // 100 == 4:
                raise Temporary("%d %s" % (error.smtp_code, error.smtp_error.decode(errors="replace")))
            raise
        except smtplib.SMTPServerDisconnected as error:
            raise Temporary("disconnected: %s" % error)
    print("sent")


def send_with_retries(arguments, message):
    for attempt in range(1, arguments.retry + 1):
        try:
            one_session(arguments, message)
            return 0
        except Temporary as error:
            print("temporary failure: %s" % error)
            if attempt == arguments.retry:
                return 7
            delay = error.delay if error.delay is not None else arguments.backoff
            print("waiting %s s before try %d" % (delay, attempt + 1))
            time.sleep(delay)
    return 7


def main():
    arguments = parse_arguments()
    line = "The quick brown fox jumps over the lazy dog. " * 2 + "\r\n"
    body = (line * (arguments.body_bytes // len(line) + 1))[: arguments.body_bytes]
    message = (
        "From: <%s>\r\nTo: <%s>\r\nSubject: smtplib exam\r\n\r\n%s\r\n"
        % (arguments.sender, arguments.recipient, body)
    ).encode("ascii")
    try:
        return send_with_retries(arguments, message)
    except smtplib.SMTPAuthenticationError as error:
        print("login refused: %d %s" % (error.smtp_code, error.smtp_error.decode(errors="replace")))
        return 3
    except smtplib.SMTPRecipientsRefused as error:
        print("recipients refused: %s" % error.recipients)
        return 4
    except smtplib.SMTPException as error:
        print("SMTP error: %s" % error)
        return 5
    except (OSError, ssl.SSLError, socket.timeout) as error:
        print("connection error: %s" % error)
        return 6


if __name__ == "__main__":
    sys.exit(main())
