#include "exercisechoiceview.h"

#include "uihelpers.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace SmtpTutor {

namespace {
// A push button whose text wraps: port uses and reply meanings are sentences, not words. The
// number in front is the key that picks it.
class ChoiceButton : public QPushButton
{
public:
    ChoiceButton(int number, const QString &text, QWidget *parent)
        : QPushButton(parent)
        , m_text(text)
        , m_label(new QLabel(this))
        , m_number(number)
    {
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::RichText);
        m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
        setLabel({}, {});
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->addWidget(m_label);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setToolTip(text);
        setAutoDefault(true); // Enter picks the answer with the focus, as Space does
    }
    // Right or wrong is shown in the reply colours (green, red) and with a mark, never by colour alone.
    void setLabel(const QString &mark, const QColor &color)
    {
        const QString text = QStringLiteral("<b>%1.</b> %2").arg(m_number).arg(m_text.toHtmlEscaped());
        m_label->setText(mark.isEmpty() ? text
                                        : QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>")
                                              .arg(color.name(), mark, text));
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return m_label->heightForWidth(width - 20) + 12; }
    QSize sizeHint() const override
    {
        const int width = std::min(m_label->sizeHint().width() + 20, 320);
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override { return {80, m_label->fontMetrics().height() + 12}; }

private:
    QString m_text;
    QLabel *m_label;
    int m_number;
};
} // namespace

ExerciseChoiceView::ExerciseChoiceView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ExerciseChoiceView::setQuestion(const ExerciseQuestion &question)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_answered = false;
    for (int i = 0; i < question.choices.size(); ++i) {
        auto *button = new ChoiceButton(i + 1, question.choices.at(i), this);
        Ui::name(button, QStringLiteral("choiceButton%1").arg(i),
                 tr("Answer %1: %2").arg(i + 1).arg(question.choices.at(i)));
        connect(button, &QPushButton::clicked, this, [this, i] { Q_EMIT chosen(i); });
        button->installEventFilter(this);
        m_layout->addWidget(button);
        button->show(); // now, not with the layout's queued show: the focus may go to it at once
        m_buttons << button;
    }
}

void ExerciseChoiceView::showVerdict(const ExerciseQuestion &question, int picked)
{
    m_answered = true;
    for (int i = 0; i < m_buttons.size(); ++i) {
        auto *button = static_cast<ChoiceButton *>(m_buttons.at(i));
        if (i == question.answer)
            button->setLabel(QStringLiteral("✓"), Ui::replyClassColor(200, palette()));
        else if (i == picked)
            button->setLabel(QStringLiteral("✗"), Ui::replyClassColor(500, palette()));
        else
            button->setEnabled(false); // the answer stays readable; the others step back
    }
}

void ExerciseChoiceView::focusFirstChoice()
{
    if (!m_buttons.isEmpty())
        m_buttons.first()->setFocus(Qt::OtherFocusReason);
}

bool ExerciseChoiceView::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down walk the answers like a list; the focus stays among them at both ends.
    if (event->type() == QEvent::KeyPress && !m_answered) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const qsizetype index = m_buttons.indexOf(static_cast<QPushButton *>(watched));
        if (index >= 0 && (key == Qt::Key_Up || key == Qt::Key_Down)) {
            const qsizetype next = key == Qt::Key_Up ? std::max<qsizetype>(index - 1, 0)
                                                     : std::min<qsizetype>(index + 1, m_buttons.size() - 1);
            m_buttons.at(next)->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SmtpTutor
