#pragma once

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace Marquee {

class BookingLookupPanel;
class SalePanel;
class SaleResultPanel;
class TerminalSession;

// The box office: selling at the desk (the sell form, then the tickets of the sale) and finding a
// booking to cancel, reprint or check in. Every action has a key, and the key is written on it.
class BoxOfficeView final : public QWidget
{
    Q_OBJECT

public:
    explicit BoxOfficeView(TerminalSession *session, QWidget *parent = nullptr);

    SalePanel *salePanel() const { return m_sale; }
    SaleResultPanel *resultPanel() const { return m_result; }
    BookingLookupPanel *lookupPanel() const { return m_lookup; }

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
    bool m_focusedOnce = false;
};

} // namespace Marquee
