#pragma once

#include "domain/booking.h"
#include "kioskflow.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QStackedWidget;

namespace Marquee {

class EventFilterModel;
class EventTableModel;
class KioskConfirmationPage;
class KioskDetailsPage;
class KioskEventPage;
class KioskEventsModel;
class KioskEventsPage;
class KioskFindBookingPage;
class KioskKeypad;
class KioskPage;
class KioskSeatPage;
class KioskSpeech;
class KioskSpeechBar;
class KioskStartPage;
class KioskStillThereDialog;
class StaffExitDialog;
class TerminalSession;

// The customer's self-service terminal, as the shell hosts it: welcome, choose an event (seat counts live), how
// many tickets, name and phone (an on-screen keypad types them), take away the reservation's reference and QR
// codes, or find an earlier booking. Everything is sized for a finger and works by keyboard alone, every string
// follows a language switch at once, and the kiosk asks "are you still there?" after a minute without a touch
// and then forgets the customer (their language, speech and look too). A customer may turn on speech output,
// larger text, high contrast and more time. Leaving it needs a box office or admin login.
//
// It is the frame of the flow: KioskFlow decides which page shows and what the customer is buying, one class
// per page does the page's work through the terminal's services, and this widget puts the page the flow names
// on screen and looks after the staff exit.
class KioskView final : public QWidget
{
    Q_OBJECT

public:
    using Page = KioskFlow::Page;

    explicit KioskView(TerminalSession *session, QWidget *parent = nullptr);
    ~KioskView() override;

    // How long the kiosk waits without input before it asks whether anyone is there (default 60 s), and how
    // long it then waits for an answer before it returns to the start page (default 20 s).
    void setIdleTimeout(int ms);
    int idleTimeout() const;
    void setWarningTime(int ms);

    Page currentPage() const;
    KioskFlow *flow() const { return m_flow; }
    // The terminal's events (all the rows it holds, for every view of this terminal).
    EventTableModel *events() const { return m_events; }
    // This view's question about events (upcoming ones), and its loading signals.
    EventFilterModel *eventFilter() const;
    using QWidget::eventFilter;
    // What the list shows (filtered, sold-out rows not selectable).
    KioskEventsModel *listedEvents() const;
    // The last booking confirmed on this kiosk, until the next customer.
    std::optional<BookingConfirmation> lastConfirmation() const;
    bool isBooking() const;
    KioskSpeech *speech() const { return m_speech; }
    KioskKeypad *keypad() const { return m_keypad; }
    KioskSeatPage *seatPage() const { return m_seatPage; }
    KioskStillThereDialog *stillThereDialog() const { return m_stillThere; }
    // The language the kiosk returns to for each new customer ("en" or "th": the one it started in).
    QString defaultLanguage() const { return m_defaultLanguage; }

public slots:
    // Back to the welcome page with every customer field and result forgotten.
    void resetForNextCustomer();
    void showEvents();
    void showFindBooking();
    // Opens the event page for one event of the list (ignored when it cannot be booked).
    void chooseEvent(qint64 eventId);

signals:
    // The customer picked a language: "en" or "th". The shell installs the translator.
    void languageRequested(const QString &code);
    // A member of staff signed in to leave the kiosk.
    void exitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addPage(Page page, KioskPage *widget);
    void showPage(Page page);
    void followChosenEvent();
    void askAboutEvent(qint64 eventId);
    void openStaffDialog();
    void followVenue();
    void applyAssistance(const KioskAssistance &assistance);
    void focusMoved(QWidget *now);
    void followFocus(QWidget *now);
    void speakCurrentEvent();
    void returnToDefaultLanguage();

    TerminalSession *m_session = nullptr;
    EventTableModel *m_events = nullptr;
    KioskFlow *m_flow = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<int, KioskPage *> m_pages; // by Page
    KioskStartPage *m_start = nullptr;
    KioskEventsPage *m_eventsPage = nullptr;
    KioskEventPage *m_eventPage = nullptr;
    KioskDetailsPage *m_details = nullptr;
    KioskSeatPage *m_seatPage = nullptr;
    KioskConfirmationPage *m_confirmation = nullptr;
    KioskFindBookingPage *m_find = nullptr;
    QPointer<StaffExitDialog> m_staffDialog;
    KioskSpeech *m_speech = nullptr;
    KioskSpeechBar *m_speechBar = nullptr;
    KioskKeypad *m_keypad = nullptr;
    KioskStillThereDialog *m_stillThere = nullptr;
    KioskLook m_look;
    QString m_defaultLanguage;
    bool m_showingPage = false; // the page's summary says where the focus is: no second sentence for it
};

} // namespace Marquee
