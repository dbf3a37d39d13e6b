#pragma once

#include "domain/venuesettings.h"
#include "service/reply.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class TerminalSession;

// The venue's settings, as an admin changes them: its time zone and currency (every terminal shows times and
// prices in them), how long a kiosk's reservation is held, how long after the start the desk may still sell,
// and the cap on seats one kiosk login may hold in reservations. Numbers are typed text, checked on Save: a wrong
// one gets its message beside its field and nothing is stored (all or nothing).
class VenueSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit VenueSettingsPage(TerminalSession *session, QWidget *parent = nullptr);

    void reload();
    void save();
    // The field of a setting's key ("currency", "reservation_seconds" …), for tests.
    QWidget *field(const QString &key) const;
    QLabel *errorLabel(const QString &key) const { return m_errors.value(key); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void display(const VenueSettings &settings);
    void showError(const QString &key, const QString &message);
    void clearErrors();

    TerminalSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_reservationMinutes = nullptr;
    QLineEdit *m_lateMinutes = nullptr;
    QLineEdit *m_capPercent = nullptr;
    QLineEdit *m_capMinimum = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    LatestReply m_read;
    bool m_busy = false;
};

} // namespace Marquee
