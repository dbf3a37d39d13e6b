#pragma once

#include "domain/shift.h"
#include "service/reply.h"

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace Marquee {

class DeskPrinter;
class TerminalSession;

// The desk's shift, always in sight above the sale: open since when and at which desk, what it took so far (cash,
// card, tickets), and its actions: open a shift with its float (F10, when none is open), the drawer without a
// sale (F11, recorded), and close it (F10 again) with a blind count — the counted cash is asked before anything
// says what was expected — after which the cash-up report is shown and printed.
class ShiftBar final : public QWidget
{
    Q_OBJECT

public:
    ShiftBar(TerminalSession *session, DeskPrinter *printer, QWidget *parent = nullptr);

    const std::optional<Shift> &shift() const { return m_shift; }
    bool isKnown() const { return m_known; }

    // Reads the open shift again (after a sale, a payment, a refund).
    void refresh();
    // F10: the float dialog when no shift is open, the blind count when one is.
    void openOrClose();
    void askFloat();
    void askCount();
    // What the dialogs do once the amount is typed (tests call them directly).
    void openWith(const Money &openingFloat, const QString &desk = QString());
    void closeWith(const Money &countedCash);
    void noSale();

    // The last cash-up, shown after a close (nothing before).
    const std::optional<CashUp> &lastCashUp() const { return m_cashUp; }
    QDialog *cashUpDialog() const { return m_cashUpDialog; }

signals:
    void shiftChanged();
    // One sentence for the desk's message line (a refusal, the printer's trouble).
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showShift();
    void showCashUp(const Shift &shift, const CashUp &cashUp);

    TerminalSession *m_session = nullptr;
    DeskPrinter *m_printer = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openClose = nullptr;
    QPushButton *m_noSale = nullptr;
    QDialog *m_cashUpDialog = nullptr;
    std::optional<Shift> m_shift;
    std::optional<CashUp> m_cashUp;
    bool m_known = false;
    bool m_busy = false;
    LatestReply m_read;
};

} // namespace Marquee
