#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Marquee {

class BookingLookupPanel;
class DeskPrinter;
class ShiftBar;
class SalePanel;
class SaleResultPanel;
class TerminalSession;

// The box office: the shift above everything (ShiftBar), selling at the desk (the sell form, then the tickets of
// the sale, printed on the desk's printer) and finding a booking to pay, cancel, reprint or check in. Every
// action has a key, and the key is written on it.
class BoxOfficeView final : public QWidget
{
    Q_OBJECT

public:
    explicit BoxOfficeView(TerminalSession *session, QWidget *parent = nullptr);

    SalePanel *salePanel() const { return m_sale; }
    SaleResultPanel *resultPanel() const { return m_result; }
    BookingLookupPanel *lookupPanel() const { return m_lookup; }
    ShiftBar *shiftBar() const { return m_shiftBar; }
    DeskPrinter *printer() const { return m_printer; }
    // F4: where this desk prints.
    void choosePrinter();

    // Back to an empty sell form, cursor in the event search.
    void startNewSale();
    void showLookup();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    TerminalSession *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_sellStack = nullptr;
    SalePanel *m_sale = nullptr;
    SaleResultPanel *m_result = nullptr;
    BookingLookupPanel *m_lookup = nullptr;
    ShiftBar *m_shiftBar = nullptr;
    DeskPrinter *m_printer = nullptr;
    QLabel *m_deskMessage = nullptr;
    QPushButton *m_printerButton = nullptr;
    bool m_focusedOnce = false;
};

} // namespace Marquee
