#include "dooranswerpanel.h"

#include "common/error.h"
#include "venue/venueformat.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Marquee {

DoorAnswerPanel::DoorAnswerPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("doorAnswer"));
    setAutoFillBackground(true);
    m_symbol = new QLabel(this);
    m_symbol->setObjectName(QStringLiteral("doorAnswerSymbol"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("doorAnswerHeadline"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("doorAnswerDetail"));
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("doorAnswerCode"));
    for (QLabel *label : {m_symbol, m_headline, m_detail, m_code}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);   // event titles and entrance names are people's text
        label->setWordWrap(true);
    }
    QFont font = m_symbol->font();
    font.setPointSize(96);
    font.setBold(true);
    m_symbol->setFont(font);
    font.setPointSize(54);
    m_headline->setFont(font);
    font.setPointSize(24);
    font.setBold(false);
    m_detail->setFont(font);
    font.setPointSize(14);
    m_code->setFont(font);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_symbol);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_code);
    layout->addStretch(1);
    showWaiting();
}

void DoorAnswerPanel::setAnswer(DoorLook::Answer answer)
{
    m_answer = answer;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, DoorLook::background(answer));
    palette.setColor(QPalette::WindowText, DoorLook::foreground(answer));
    setPalette(palette);
    for (QLabel *label : {m_symbol, m_headline, m_detail, m_code})
        label->setStyleSheet(QStringLiteral("color: %1;").arg(DoorLook::foreground(answer).name()));
    m_symbol->setText(DoorLook::symbol(answer));
    static const char *const names[] = {"valid", "used", "invalid", "notChecked", "waiting"};
    setProperty("answer", QString::fromLatin1(names[int(answer)]));
}

void DoorAnswerPanel::showWaiting()
{
    setAnswer(DoorLook::Answer::Waiting);
    m_headline->setText(tr("Scan a ticket"));
    m_detail->setText(tr("Hold the ticket's code under the scanner, or type it and press Enter."));
    m_code->clear();
}

void DoorAnswerPanel::showScan(const DoorScan &scan, const VenueSettings &venue)
{
    setAnswer(DoorLook::answerFor(scan));
    m_headline->setText(headlineFor(scan));
    m_detail->setText(detailFor(scan, venue, locale()));
    m_code->setText(scan.code);
}

void DoorAnswerPanel::showNotChecked(const QString &code, const Error &error)
{
    setAnswer(DoorLook::Answer::NotChecked);
    m_headline->setText(tr("NOT CHECKED"));
    m_detail->setText(tr("%1 Scan the ticket again.").arg(error.message()));
    m_code->setText(code);
}

QString DoorAnswerPanel::headline() const
{
    return m_headline->text();
}

QString DoorAnswerPanel::detail() const
{
    return m_detail->text();
}

QString DoorAnswerPanel::headlineFor(const DoorScan &scan)
{
    switch (scan.outcome) {
    case DoorScan::Outcome::Admitted: return tr("VALID");
    case DoorScan::Outcome::Readmitted: return tr("VALID: BACK IN");
    case DoorScan::Outcome::CheckedOut: return tr("CHECKED OUT");
    case DoorScan::Outcome::AlreadyUsed: return tr("ALREADY USED");
    case DoorScan::Outcome::Refused: break;
    }
    return tr("NOT VALID");
}

QString DoorAnswerPanel::detailFor(const DoorScan &scan, const VenueSettings &venue, const QLocale &locale)
{
    const VenueFormat format(venue, locale);
    const auto where = [](const QString &entrance) {
        return entrance.isEmpty() ? tr("the box office") : tr("entrance %1").arg(entrance);
    };
    switch (scan.outcome) {
    case DoorScan::Outcome::Admitted:
        return tr("%1 — welcome in.").arg(scan.eventTitle);
    case DoorScan::Outcome::Readmitted:
        return tr("%1 — back in after going out.").arg(scan.eventTitle);
    case DoorScan::Outcome::CheckedOut:
        return tr("%1 — may come back in once with this ticket.").arg(scan.eventTitle);
    case DoorScan::Outcome::AlreadyUsed:
        if (!scan.usedAt.isValid())
            return scan.refusal.message();
        if (!scan.usedInside)
            return tr("Came in at %1 at %2 and went out; this event does not allow re-entry.")
                .arg(format.time(scan.usedAt), where(scan.usedEntrance));
        return tr("Used at %1 at %2.").arg(format.time(scan.usedAt), where(scan.usedEntrance));
    case DoorScan::Outcome::Refused:
        break;
    }
    if (scan.refusal.code() == ErrorCode::TicketForAnotherEvent && !scan.eventTitle.isEmpty())
        return tr("This ticket is for another event: %1.").arg(scan.eventTitle);
    return scan.refusal.message();
}

void DoorAnswerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_answer == DoorLook::Answer::Waiting)
        showWaiting();
    QFrame::changeEvent(event);
}

} // namespace Marquee
