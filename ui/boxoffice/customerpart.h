#pragma once

#include "service/reply.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace Marquee {

class TerminalSession;

// Who the tickets are for: the customer's phone, looked up while the clerk types (a known customer's name on file
// is filled in and kept), otherwise a walk-in's name.
class CustomerPart final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPart(TerminalSession *session, QWidget *parent = nullptr);

    QString phone() const;
    QString name() const;
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *nameField() const { return m_name; }

    // A valid phone is typed but its customer is not known yet.
    bool isLookupPending() const { return m_lookupPending; }
    // Asks now instead of when the typing pauses (a lookup already on its way is awaited).
    void lookUpNow();

    void clear();
    void clearErrors();
    void showPhoneError(const QString &message);
    void showNameError(const QString &message);

    // Lines the labels up with the other parts of the sale form.
    int labelWidth() const;
    void setLabelWidth(int pixels);

signals:
    // The lookup of the typed phone answered (found, new customer, or a failure shown).
    void lookupFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleLookup();
    void lookUp();
    void setFound(const QString &name);

    TerminalSession *m_session = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QTimer *m_lookupDelay = nullptr;
    LatestReply m_lookup;
    QString m_foundName;
    bool m_lookupPending = false;
};

} // namespace Marquee
