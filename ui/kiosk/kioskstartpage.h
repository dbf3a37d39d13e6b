#pragma once

#include "kioskpage.h"

class QLabel;
class QPushButton;

namespace Marquee {

// The welcome page: buy tickets, find a booking, choose a language, and (small, in a corner) the staff exit.
class KioskStartPage final : public KioskPage
{
    Q_OBJECT

public:
    explicit KioskStartPage(QWidget *parent = nullptr);

    void retranslate() override;

signals:
    void buyRequested();
    void findBookingRequested();
    // "en" or "th".
    void languageRequested(const QString &code);
    void staffRequested();

private:
    QLabel *m_welcome = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_thai = nullptr;
    QPushButton *m_staff = nullptr;
};

} // namespace Marquee
