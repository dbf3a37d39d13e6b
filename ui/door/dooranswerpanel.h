#pragma once

#include "doorlook.h"
#include "domain/doorscan.h"
#include "domain/venuesettings.h"

#include <QFrame>

class QLabel;

namespace Marquee {

class Error;

// The big answer of the last scan, readable from two metres: a coloured field with a symbol, one word or two
// ("VALID", "ALREADY USED", "NOT VALID") and one line that says when, where or why. Times in the venue's zone.
class DoorAnswerPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit DoorAnswerPanel(QWidget *parent = nullptr);

    void showWaiting();
    void showScan(const DoorScan &scan, const VenueSettings &venue);
    // The terminal could not ask (connection, rights): nothing is known about the ticket.
    void showNotChecked(const QString &code, const Error &error);

    DoorLook::Answer answer() const { return m_answer; }
    QString headline() const;
    QString detail() const;

    // The words of an answer, for the panel and the list of last scans.
    static QString headlineFor(const DoorScan &scan);
    static QString detailFor(const DoorScan &scan, const VenueSettings &venue, const QLocale &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setAnswer(DoorLook::Answer answer);

    QLabel *m_symbol = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_code = nullptr;
    DoorLook::Answer m_answer = DoorLook::Answer::Waiting;
};

} // namespace Marquee
