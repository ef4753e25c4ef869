#include "exampicker.h"

#include "uihelpers.h"
#include "wrappinglabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace SmtpTutor {

ExamPicker::ExamPicker(QWidget *parent)
    : QWidget(parent)
    , m_examBox(new QComboBox(this))
    , m_delayLabel(new QLabel(tr("&Retry accepted after:"), this))
    , m_delayBox(new QSpinBox(this))
    , m_description(new WrappingLabel(this)) // the form places it on a row of its own
{
    Ui::name(m_examBox, QStringLiteral("practiceExamComboBox"),
        tr("Exam: the server misbehaves on purpose and grades your mail client"));
    Ui::name(m_delayBox, QStringLiteral("practiceGreylistDelaySpinBox"),
        tr("Seconds the client must wait before its retry is accepted"));
    Ui::name(m_description, QStringLiteral("practiceExamDescription"), tr("What the exam's server does"));
    m_examBox->addItem(tr("No exam (play the scenario)"));
    m_examBox->setItemData(0,
        tr("The server plays the chosen scenario and grades nothing."), Qt::ToolTipRole);
    for (ExamId id : ExamCatalog::all()) {
        const ExamInfo info = ExamCatalog::info(id);
        m_examBox->addItem(info.title, info.name);
        m_examBox->setItemData(m_examBox->count() - 1, info.serverDoes, Qt::ToolTipRole);
    }
    // RFC 6647 s.2.1: greylisting delays are typically minutes; a minute keeps the exam short.
    // 1 s to a day, as `serve --greylist-delay` takes.
    m_delayBox->setRange(1, 86400);
    m_delayBox->setValue(ExamOptions().greylistDelaySeconds);
    m_delayBox->setSuffix(tr(" s"));
    m_delayLabel->setBuddy(m_delayBox);
    m_description->setWordWrap(true);
    // Under the choice it describes, not centred in whatever height the form gives the row.
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_examBox, 1);
    row->addWidget(m_delayLabel);
    row->addWidget(m_delayBox);
    connect(m_examBox, &QComboBox::currentIndexChanged, this, [this] {
        showChoice();
        Q_EMIT examChanged();
    });
    connect(m_delayBox, &QSpinBox::valueChanged, this, &ExamPicker::examChanged);
    showChoice();
}

std::optional<ExamOptions> ExamPicker::exam() const
{
    const std::optional<ExamId> id = ExamCatalog::fromName(m_examBox->currentData().toString());
    if (!id)
        return std::nullopt;
    ExamOptions options;
    options.exam = *id;
    options.greylistDelaySeconds = m_delayBox->value();
    return options;
}

void ExamPicker::choose(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_examBox->findData(name);
    m_examBox->setCurrentIndex(index < 0 ? 0 : index);
}

void ExamPicker::showChoice()
{
    const std::optional<ExamOptions> chosen = exam();
    const bool greylist = chosen && chosen->exam == ExamId::Greylist;
    m_delayLabel->setVisible(greylist);
    m_delayBox->setVisible(greylist);
    m_description->setText(chosen ? ExamCatalog::info(chosen->exam).serverDoes : QString());
    m_description->setVisible(chosen.has_value());
    m_examBox->setToolTip(m_examBox->currentData(Qt::ToolTipRole).toString());
}

} // namespace SmtpTutor
