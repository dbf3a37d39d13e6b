#include "shiftbar.h"

#include "cashamountdialog.h"
#include "desklook.h"
#include "deskprinter.h"
#include "session/terminalsession.h"
#include "shifts/shiftservice.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Marquee {

ShiftBar::ShiftBar(TerminalSession *session, DeskPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_printer(printer)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shiftStatus"));
    m_status->setTextFormat(Qt::PlainText); // the desk's name was typed by a person
    m_openClose = new QPushButton(this);
    m_openClose->setObjectName(QStringLiteral("openCloseShift"));
    m_noSale = new QPushButton(this);
    m_noSale->setObjectName(QStringLiteral("noSale"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_noSale);
    layout->addWidget(m_openClose);

    connect(m_openClose, &QPushButton::clicked, this, &ShiftBar::openOrClose);
    connect(m_noSale, &QPushButton::clicked, this, &ShiftBar::noSale);
    retranslate();
}

void ShiftBar::retranslate()
{
    m_noSale->setText(tr("No sale: open drawer (F11)"));
    m_noSale->setShortcut(QKeySequence(Qt::Key_F11));
    showShift();
}

void ShiftBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShiftBar::showShift()
{
    const QLocale locale;
    const QTimeZone zone = m_session->venueSettings().timeZone();
    if (!m_known) {
        m_status->setText(tr("Reading this desk's shift…"));
        DeskLook::setTone(m_status, TextTone::Plain);
    } else if (m_shift) {
        DeskLook::setTone(m_status, TextTone::Plain);
        m_status->setText(tr("Shift open at %1 since %2 · cash %3 · card %4 · %n ticket(s)", nullptr, m_shift->tickets)
                              .arg(m_shift->desk,
                                   locale.toString(m_shift->openedAt.toTimeZone(zone).time(), QStringLiteral("HH:mm")),
                                   m_shift->cashSales.toDisplayString(locale), m_shift->cardSales.toDisplayString(locale)));
    } else {
        DeskLook::setTone(m_status, TextTone::Bad);
        m_status->setText(tr("No shift open: open one with its float (F10) before the first cash sale. Card sales "
                             "need none."));
    }
    m_openClose->setText(m_shift ? tr("Close shift… (F10)") : tr("Open shift… (F10)"));
    m_openClose->setShortcut(QKeySequence(Qt::Key_F10));
    m_openClose->setEnabled(m_known && !m_busy);
    m_noSale->setEnabled(m_shift.has_value() && !m_busy);
}

void ShiftBar::refresh()
{
    m_read.ask(m_session->shifts().current(), this, [this](Result<Shift> current) {
        if (current) {
            m_shift = current.value();
            m_known = true;
        } else if (current.error().code() == ErrorCode::NoOpenShift) {
            m_shift.reset();
            m_known = true;
        } else {
            emit problem(current.error().message());
        }
        showShift();
        emit shiftChanged();
    });
}

void ShiftBar::openOrClose()
{
    if (!m_known || m_busy)
        return;
    if (m_shift)
        askCount();
    else
        askFloat();
}

void ShiftBar::askFloat()
{
    CashAmountDialog dialog(tr("Open shift"), tr("The opening float: the cash in the drawer now."), this);
    dialog.setAskDesk(true);
    if (dialog.exec() == QDialog::Accepted)
        openWith(dialog.amount(), dialog.desk());
}

void ShiftBar::askCount()
{
    // Blind: the expected cash is shown only once the count is in.
    CashAmountDialog dialog(tr("Close shift"), tr("Count the cash in the drawer and enter what you counted."), this);
    if (dialog.exec() == QDialog::Accepted)
        closeWith(dialog.amount());
}

void ShiftBar::openWith(const Money &openingFloat, const QString &desk)
{
    m_busy = true;
    showShift();
    m_session->shifts().open(openingFloat, desk).then(this, [this](Result<qint64> opened) {
        m_busy = false;
        if (!opened)
            emit problem(opened.error().message());
        refresh();
    });
}

void ShiftBar::closeWith(const Money &countedCash)
{
    if (!m_shift)
        return;
    m_busy = true;
    showShift();
    const Shift shift = *m_shift;
    m_session->shifts().close(countedCash).then(this, [this, shift](Result<CashUp> closed) {
        m_busy = false;
        if (!closed) {
            emit problem(closed.error().message());
            refresh();
            return;
        }
        m_cashUp = closed.value();
        m_shift.reset();
        showShift();
        emit shiftChanged();
        showCashUp(shift, closed.value());
        if (m_printer->kind() != DeskPrinter::Kind::NotChosen) {
            m_printer->printCashUp(shift, closed.value()).then(this, [this](Result<void> printed) {
                if (!printed)
                    emit problem(printed.error().message());
            });
        }
    });
}

void ShiftBar::showCashUp(const Shift &shift, const CashUp &cashUp)
{
    const QLocale locale;
    auto money = [&locale](const Money &m) { return m.toDisplayString(locale); };
    QStringList lines;
    lines << tr("Shift %1 at %2").arg(cashUp.shiftId).arg(shift.desk)
          << tr("Opening float: %1").arg(money(cashUp.openingFloat))
          << tr("Cash sales: %1").arg(money(cashUp.cashSales))
          << tr("Cash refunds: %1").arg(money(cashUp.cashRefunds))
          << tr("Expected cash: %1").arg(money(cashUp.expectedCash))
          << tr("Counted cash: %1").arg(cashUp.countedCash ? money(*cashUp.countedCash) : QStringLiteral("—"))
          << tr("Variance: %1").arg(cashUp.variance ? money(*cashUp.variance) : QStringLiteral("—"))
          << tr("Card sales: %1 · card refunds: %2").arg(money(cashUp.cardSales), money(cashUp.cardRefunds))
          << tr("%1, %2", "bookings, tickets")
                 .arg(tr("%n booking(s)", nullptr, cashUp.bookings), tr("%n ticket(s)", nullptr, cashUp.tickets));
    delete m_cashUpDialog;
    m_cashUpDialog = new QDialog(this);
    m_cashUpDialog->setObjectName(QStringLiteral("cashUpDialog"));
    m_cashUpDialog->setWindowTitle(tr("Cash-up"));
    auto *report = new QLabel(lines.join(QLatin1Char('\n')), m_cashUpDialog);
    report->setObjectName(QStringLiteral("cashUpReport"));
    report->setTextFormat(Qt::PlainText);
    report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = report->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    report->setFont(font);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_cashUpDialog);
    connect(buttons, &QDialogButtonBox::rejected, m_cashUpDialog, &QDialog::close);
    auto *layout = new QVBoxLayout(m_cashUpDialog);
    layout->addWidget(report);
    layout->addWidget(buttons);
    m_cashUpDialog->show();
}

void ShiftBar::noSale()
{
    if (!m_shift || m_busy)
        return;
    m_busy = true;
    showShift();
    // Recorded first (who and when); the drawer opens only once it is on record.
    m_session->shifts().recordNoSale().then(this, [this](Result<qint64> recorded) {
        m_busy = false;
        showShift();
        if (!recorded) {
            emit problem(recorded.error().message());
            return;
        }
        m_printer->openDrawer().then(this, [this](Result<void> opened) {
            if (!opened)
                emit problem(opened.error().message());
        });
    });
}

} // namespace Marquee
