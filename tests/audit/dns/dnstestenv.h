#pragma once

// Where the DNS tests find the test DNS server of tools/dns/start (SMTP_TUTOR_DNS_SERVER) and
// its CA and MTA-STS certificate. Under CI=true a missing server is a failure, elsewhere a skip.

#include <QHostAddress>
#include <QTest>

namespace SmtpTutor::Testing {

inline QHostAddress testDnsServer()
{
    return QHostAddress(qEnvironmentVariable("SMTP_TUTOR_DNS_SERVER"));
}

} // namespace SmtpTutor::Testing

// In initTestCase(): fails (CI) or skips the whole suite when the test DNS server is not running.
#define SMTP_TUTOR_REQUIRE_TEST_DNS()                                                                        \
    do {                                                                                                     \
        if (SmtpTutor::Testing::testDnsServer().isNull()) {                                                  \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("SMTP_TUTOR_DNS_SERVER is not set: the test DNS server is not running");               \
            QSKIP("SMTP_TUTOR_DNS_SERVER is not set: start it with eval \"$(tools/dns/start DIR)\" (as "     \
                  "root)");                                                                                  \
        }                                                                                                    \
    } while (false)
