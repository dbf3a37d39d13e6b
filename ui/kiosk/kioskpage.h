#pragma once

#include <QWidget>

namespace Marquee {

// One page of the kiosk's flow (see KioskFlow for the list and for how to add one). A page builds its widgets
// in its constructor and then calls retranslate() once; the base calls it again on every language or locale
// switch, so a customer's language change shows on the page at once.
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskPage(QWidget *parent = nullptr);

    // Every string of the page, in the current language (and whatever shows a number or a date, in the locale).
    virtual void retranslate() = 0;
    // The next customer must find nothing of this one here: typed text, results, messages.
    virtual void forgetCustomer() {}
    // The flow shows this page (where the focus goes, for instance).
    virtual void entered() {}
    // What speech output says when the page appears (and on Repeat): its heading and what matters on it.
    // By default the page's heading.
    virtual QString spokenSummary() const;

protected:
    void changeEvent(QEvent *event) override;
    // Escape is the page's Back (goBack()).
    void keyPressEvent(QKeyEvent *event) override;
    // Where Escape (and the page's Back button) leads; nothing by default.
    virtual void goBack() {}
};

} // namespace Marquee
