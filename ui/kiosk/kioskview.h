#pragma once

#include "common/result.h"
#include "domain/booking.h"
#include "domain/event.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Marquee {

class EventFilterModel;
class EventTableModel;
class KioskEventsModel;
class StaffExitDialog;
class TerminalSession;
class TicketCodesPanel;

// The customer's self-service terminal: welcome, choose an event (seat counts live), book with a
// name and phone, take away the tickets' QR codes, or find an earlier booking. Everything is sized
// for a finger, every string follows a language switch at once, and the kiosk forgets the customer
// after a minute without a touch. Leaving it needs a box office or admin login.
class KioskView final : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Start, Events, Booking, Confirmation, FindBooking };
    Q_ENUM(Page)

    explicit KioskView(TerminalSession *session, QWidget *parent = nullptr);
    ~KioskView() override;

    // How long the kiosk waits without input before it returns to the start page (default 60 s).
    void setIdleTimeout(int ms);
    int idleTimeout() const { return m_idle.interval(); }

    Page currentPage() const;
    // The loaded events (all of them) and what the list shows (filtered, sold-out rows not selectable).
    EventTableModel *events() const { return m_events; }
    // This view's question about events (upcoming ones), and its loading signals.
    EventFilterModel *eventFilter() const { return m_filter; }
    KioskEventsModel *listedEvents() const { return m_listed; }
    // The last booking confirmed on this kiosk, until the next customer.
    std::optional<BookingConfirmation> lastConfirmation() const { return m_confirmation; }
    bool isBooking() const { return m_booking; }

public slots:
    // Back to the welcome page with every customer field and result forgotten.
    void resetForNextCustomer();
    void showEvents();
    void showFindBooking();
    // Opens the booking page for one event of the list (ignored when it cannot be booked).
    void chooseEvent(qint64 eventId);

signals:
    // The customer picked a language: "en" or "th". The shell installs the translator.
    void languageRequested(const QString &code);
    // A member of staff signed in to leave the kiosk.
    void exitRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildStartPage();
    QWidget *buildEventsPage();
    QWidget *buildBookingPage();
    QWidget *buildConfirmationPage();
    QWidget *buildFindPage();
    void retranslate();

    void applyDateFilter(int which);
    void updateEventsMessage();
    void onEventClicked(const QModelIndex &index);
    void onEventsChanged();

    void updateBookingPage();
    void changeQuantity(int delta);
    int maxQuantity() const;
    void confirmBooking();
    void finishBooking(quint64 generation, const BookingRequest &request, const Result<BookingConfirmation> &result);
    void setBookingBusy(bool busy);
    void updateConfirmationPage();

    void findBooking();
    void finishFind(quint64 generation, const Result<Booking> &result);
    void updateFindResult();

    void showPage(Page page);
    void openStaffDialog();

    // A message on a label that is re-made from its source on a language switch.
    void showMessage(QLabel *label, std::function<QString()> text);
    void clearMessage(QLabel *label);

    TerminalSession *m_session = nullptr;
    EventTableModel *m_events = nullptr;
    EventFilterModel *m_filter = nullptr;
    KioskEventsModel *m_listed = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTimer m_idle;
    QHash<QLabel *, std::function<QString()>> m_messages;
    QPointer<StaffExitDialog> m_staffDialog;
    QString m_language;

    // Start page.
    QLabel *m_welcome = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_thai = nullptr;
    QPushButton *m_staff = nullptr;

    // Events page.
    QPushButton *m_eventsBack = nullptr;
    QLabel *m_eventsHeading = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_dateGroup = nullptr;
    QList<QPushButton *> m_dateButtons;
    QLabel *m_eventsMessage = nullptr;
    QListView *m_list = nullptr;

    // Booking page.
    std::optional<Event> m_bookingEvent;
    int m_quantity = 1;
    QPushButton *m_bookingBack = nullptr;
    QLabel *m_bookingHeading = nullptr;
    QLabel *m_bookingEventTitle = nullptr;
    QLabel *m_bookingEventDetails = nullptr;
    QLabel *m_seatsLeft = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QPushButton *m_less = nullptr;
    QLabel *m_quantityValue = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_quantityHint = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneError = nullptr;
    QLabel *m_bookingMessage = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_booking = false;
    quint64 m_bookingGeneration = 0;
    // The attempt that failed for a reason worth retrying: pressing Confirm again with the same
    // details is the same attempt and keeps its idempotency key.
    std::optional<BookingRequest> m_retryableAttempt;

    // Confirmation page.
    std::optional<BookingConfirmation> m_confirmation;
    std::optional<Event> m_confirmedEvent;
    int m_confirmedQuantity = 0;
    QLabel *m_thanks = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_confirmationDetails = nullptr;
    QLabel *m_confirmationHint = nullptr;
    TicketCodesPanel *m_tickets = nullptr;
    QPushButton *m_done = nullptr;

    // Find my booking page.
    QPushButton *m_findBack = nullptr;
    QLabel *m_findHeading = nullptr;
    QLabel *m_findPhoneLabel = nullptr;
    QLineEdit *m_findPhone = nullptr;
    QLabel *m_findPhoneError = nullptr;
    QLabel *m_findReferenceLabel = nullptr;
    QLineEdit *m_findReference = nullptr;
    QLabel *m_findReferenceError = nullptr;
    QPushButton *m_findButton = nullptr;
    QLabel *m_findMessage = nullptr;
    QWidget *m_findResult = nullptr;
    QLabel *m_foundDetails = nullptr;
    TicketCodesPanel *m_foundTickets = nullptr;
    std::optional<Booking> m_found;
    quint64 m_findGeneration = 0;
    bool m_finding = false;
};

} // namespace Marquee
