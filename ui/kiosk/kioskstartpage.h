#pragma once

#include "kioskassistance.h"
#include "kioskpage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Marquee {

class KioskFlow;

// The welcome page: buy tickets, find a booking, choose a language, what the customer needs for themselves
// (speech, larger text, high contrast, more time), and (small, in a corner) the staff exit. Every control is
// reached by Tab and pressed by Enter or Space as well as by touch.
class KioskStartPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskStartPage(KioskFlow *flow, QWidget *parent = nullptr);

    void retranslate() override;
    void entered() override;
    QString spokenSummary() const override;

signals:
    void buyRequested();
    void findBookingRequested();
    // "en" or "th".
    void languageRequested(const QString &code);
    void staffRequested();

private:
    void showAssistance(const KioskAssistance &assistance);
    void changeAssistance();
    void showLanguage();

    KioskFlow *m_flow = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_languageLabel = nullptr;
    QRadioButton *m_english = nullptr;
    QRadioButton *m_thai = nullptr;
    QLabel *m_assistanceLabel = nullptr;
    QCheckBox *m_speech = nullptr;
    QCheckBox *m_largerText = nullptr;
    QCheckBox *m_highContrast = nullptr;
    QCheckBox *m_moreTime = nullptr;
    QPushButton *m_staff = nullptr;
};

} // namespace Marquee
