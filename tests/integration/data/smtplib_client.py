#!/usr/bin/python3
"""One short SMTP session with Python's standard smtplib, for tst_practice_clients.

Exit status: 0 the message was accepted, 3 login refused, 4 every recipient refused,
5 another SMTP error, 6 a connection or TLS error. The error line smtplib reports goes to
standard output, as a mail program would show it.
"""
import argparse
import smtplib
import socket
import ssl
import sys


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["plain", "starttls", "implicit"], required=True)
    parser.add_argument("--cafile")
    parser.add_argument("--user")
    parser.add_argument("--password")
    # "login" is smtplib's own choice (SMTP.login); PLAIN/LOGIN force the mechanism.
    parser.add_argument("--mechanism", choices=["login", "PLAIN", "LOGIN"], default="login")
    parser.add_argument("--no-initial-response", action="store_true")
    parser.add_argument("--sender", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--smtputf8", action="store_true")
    return parser.parse_args()


def authenticate(client, arguments):
    if arguments.mechanism == "login":
        client.login(arguments.user, arguments.password)
        return
    client.user, client.password = arguments.user, arguments.password
    method = client.auth_plain if arguments.mechanism == "PLAIN" else client.auth_login
    client.auth(arguments.mechanism, method, initial_response_ok=not arguments.no_initial_response)


def main():
    arguments = parse_arguments()
    context = ssl.create_default_context(cafile=arguments.cafile) if arguments.cafile else None
    message = (
        "From: <%s>\r\nTo: <%s>\r\nSubject: smtplib practice\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHello from smtplib, gr\u00fc\u00dfe.\r\n"
        % (arguments.sender, arguments.recipient)
    ).encode("utf-8")
    try:
        if arguments.mode == "implicit":
            client = smtplib.SMTP_SSL("localhost", arguments.port, timeout=20, context=context)
        else:
            client = smtplib.SMTP("localhost", arguments.port, timeout=20)
        with client:
            client.ehlo("client.example.org")
            if arguments.mode == "starttls":
                client.starttls(context=context)
                client.ehlo("client.example.org")
            if arguments.user:
                authenticate(client, arguments)
            options = ["SMTPUTF8"] if arguments.smtputf8 else []
            client.sendmail(arguments.sender, [arguments.recipient], message, mail_options=options)
            print("sent")
            return 0
    except smtplib.SMTPAuthenticationError as error:
        print("login refused: %d %s" % (error.smtp_code, error.smtp_error.decode(errors="replace")))
        return 3
    except smtplib.SMTPRecipientsRefused as error:
        for recipient, (code, text) in error.recipients.items():
            print("recipient refused: %s: %d %s" % (recipient, code, text.decode(errors="replace")))
        return 4
    except smtplib.SMTPException as error:
        print("SMTP error: %s" % error)
        return 5
    except (OSError, ssl.SSLError, socket.timeout) as error:
        print("connection error: %s" % error)
        return 6


if __name__ == "__main__":
    sys.exit(main())
