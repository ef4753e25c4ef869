#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// A session whose commands the learner puts in order.
struct OrderingItem
{
    QString situation;   // who talks to which server, and why
    QStringList commands; // the one right order
    QString explanation;
    QString reference;   // "RFC 5321 s.3.3"
};

// "Type the command that ...": what the command does, and one right answer.
struct TypedCommandTask
{
    QString does;   // "starts a mail transaction from alice@example.com"
    QString answer; // "MAIL FROM:<alice@example.com>"
    QString explanation;
    QString reference;
};

// The exercise items that are not derived from the reference catalog, read from
// resources/exercises/*.json (compiled in under ":/exercises"). Like the catalog, problems do
// not throw: they are collected in loadErrors() and the readable items are kept.
class ExerciseData
{
public:
    static const ExerciseData &instance(); // ":/exercises", loaded on first use
    static ExerciseData loadFromDirectory(const QString &directory);

    const QList<OrderingItem> &orderings() const { return m_orderings; }
    const QList<TypedCommandTask> &typedCommands() const { return m_typedCommands; }
    const QStringList &loadErrors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

private:
    void loadOrderings(const QString &path);
    void loadTypedCommands(const QString &path);

    QList<OrderingItem> m_orderings;
    QList<TypedCommandTask> m_typedCommands;
    QStringList m_errors;
};

} // namespace SmtpTutor
