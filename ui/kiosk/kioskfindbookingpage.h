#pragma once

#include "domain/booking.h"
#include "kioskpage.h"
#include "service/reply.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class KioskFlow;
class KioskMessageLabel;
class TerminalSession;
class TicketCodesPanel;

// Find my booking: the phone it was booked with and its reference, both needed, so a reference overheard in the
// queue shows nothing. The booking's tickets come back as QR codes, with whether each is used or cancelled.
class KioskFindBookingPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskFindBookingPage(TerminalSession *session, KioskFlow *flow, QWidget *parent = nullptr);

    bool isFinding() const { return m_finding.isPending(); }

    void retranslate() override;
    void forgetCustomer() override;
    void entered() override;
    QString spokenSummary() const override;

    // Whether the text could be a booking reference at all (8 letters and digits, "k7qm 2xpa" too), before asking
    // the database.
    static bool looksLikeReference(const QString &text);

protected:
    void goBack() override;

private:
    void find();
    void finishFind(const Result<Booking> &result);
    void setFinding(bool finding);
    void showResult();

    TerminalSession *m_session = nullptr;
    KioskFlow *m_flow = nullptr;
    LatestReply m_finding;
    std::optional<Booking> m_found;

    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    KioskMessageLabel *m_phoneError = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLineEdit *m_reference = nullptr;
    KioskMessageLabel *m_referenceError = nullptr;
    QPushButton *m_find = nullptr;
    KioskMessageLabel *m_message = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_foundReference = nullptr;
    QLabel *m_foundDetails = nullptr;
    QLabel *m_foundCancelled = nullptr;
    TicketCodesPanel *m_foundTickets = nullptr;
};

} // namespace Marquee
