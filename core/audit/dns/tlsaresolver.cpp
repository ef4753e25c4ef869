#include "tlsaresolver.h"

#include <QFile>
#include <QSocketNotifier>

#include <unbound.h>

namespace SmtpTutor {

namespace {
constexpr int kTypeTlsa = 52; // RFC 6698 s.7.1
constexpr int kClassIn = 1;
const char kRootKey[] = "/usr/share/dns/root.key";
} // namespace

struct TlsaResolver::Question
{
    TlsaResolver *resolver;
    QString name;
    int id = 0;
};

TlsaResolver::TlsaResolver(const QHostAddress &nameserver, QObject *parent)
    : QObject(parent)
{
    m_ctx = ub_ctx_create();
    if (!m_ctx) {
        m_setupError = tr("libunbound could not create a resolver context.");
        return;
    }
    int error = 0;
    if (!nameserver.isNull()) {
        // libunbound refuses to ask loopback addresses unless told otherwise.
        error = ub_ctx_set_option(m_ctx, "do-not-query-localhost:", "no");
        // libunbound answers names under .test (RFC 6761) itself with NXDOMAIN; the given server
        // is asked about them instead, as QDnsLookup asks it (the test zones live there).
        if (!error)
            error = ub_ctx_set_option(m_ctx, "local-zone:", "test. transparent");
        if (!error)
            error = ub_ctx_set_fwd(m_ctx, nameserver.toString().toLatin1().constData());
    } else {
        error = ub_ctx_resolvconf(m_ctx, nullptr);
        if (!error && QFile::exists(QString::fromLatin1(kRootKey))) {
            error = ub_ctx_add_ta_file(m_ctx, kRootKey);
            m_trustAnchor = error == 0;
        }
    }
    if (!error)
        error = ub_ctx_async(m_ctx, 1);
    const int fd = error ? -1 : ub_fd(m_ctx);
    if (error || fd < 0) {
        m_setupError = tr("libunbound could not be set up: %1")
                           .arg(QString::fromUtf8(ub_strerror(error ? error : UB_NOERROR)));
        ub_ctx_delete(m_ctx);
        m_ctx = nullptr;
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (m_ctx)
            ub_process(m_ctx); // runs callback() for every answer that arrived
    });
}

TlsaResolver::~TlsaResolver()
{
    cancel();
    if (m_ctx)
        ub_ctx_delete(m_ctx);
}

void TlsaResolver::resolve(const QString &name)
{
    auto *question = new Question { this, name };
    if (!m_ctx) {
        deliver(question, UB_INITFAIL, nullptr);
        return;
    }
    const int error = ub_resolve_async(m_ctx, name.toUtf8().constData(), kTypeTlsa, kClassIn, question,
        &TlsaResolver::callback, &question->id);
    if (error) {
        deliver(question, error, nullptr);
        return;
    }
    m_open.insert(question->id, question);
}

void TlsaResolver::cancel()
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        ub_cancel(m_ctx, it.key());
        delete it.value();
    }
    m_open.clear();
}

void TlsaResolver::callback(void *data, int error, ub_result *result)
{
    auto *question = static_cast<Question *>(data);
    question->resolver->m_open.remove(question->id);
    question->resolver->deliver(question, error, result);
}

void TlsaResolver::deliver(Question *question, int error, ub_result *result)
{
    TlsaAnswer answer;
    answer.name = question->name;
    delete question;
    if (error) {
        answer.error = QString::fromUtf8(ub_strerror(error));
    } else if (result) {
        answer.secure = result->secure != 0;
        answer.bogus = result->bogus != 0;
        if (result->why_bogus)
            answer.whyBogus = QString::fromUtf8(result->why_bogus);
        // RCODE 0 (an answer, possibly empty) and 3 (NXDOMAIN) both mean "no TLSA" when empty.
        if (result->rcode != 0 && result->rcode != 3)
            answer.error = tr("the DNS server answered with RCODE %1").arg(result->rcode);
        for (int i = 0; result->havedata && result->data[i]; ++i)
            answer.records.append(tlsaText(QByteArray(result->data[i], result->len[i])));
    }
    if (result)
        ub_resolve_free(result);
    Q_EMIT answered(answer);
}

QString TlsaResolver::tlsaText(const QByteArray &rdata)
{
    if (rdata.size() < 3)
        return QString();
    return QStringLiteral("%1 %2 %3 %4")
        .arg(quint8(rdata[0]))
        .arg(quint8(rdata[1]))
        .arg(quint8(rdata[2]))
        .arg(QString::fromLatin1(rdata.mid(3).toHex()));
}

} // namespace SmtpTutor
