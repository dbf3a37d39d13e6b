#pragma once

#include "service/reply.h"

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Marquee {

class TerminalSession;

// The caps on hoarding per group, as the database enforces them (marquee.booking_limits): bookings a
// minute per login and tickets per customer and event. 0 is "no limit". Admins edit them here.
class BookingLimitsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BookingLimitsPanel(TerminalSession *session, QWidget *parent = nullptr);

    void reload();
    void save();

signals:
    void loaded();
    void saved(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *group = nullptr;
        QSpinBox *perMinute = nullptr;
        QSpinBox *perCustomer = nullptr;
    };

    void showStatus(const QString &message, bool error);
    void retranslate();

    TerminalSession *m_session = nullptr;
    QGroupBox *m_box = nullptr;
    QLabel *m_perMinuteHeader = nullptr;
    QLabel *m_perCustomerHeader = nullptr;
    QList<Row> m_rows; // kiosk, box office, admin
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    LatestReply m_load;
};

} // namespace Marquee
