#pragma once

#include "domain/customer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Marquee {

class TerminalSession;

// Registers a customer: a name and a phone number, each checked with its message beside it.
class CustomerForm final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomerForm(TerminalSession *session, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QString fieldError(const QString &field) const;

public slots:
    void save();

signals:
    void saved(const Marquee::Customer &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool check();
    void setError(QLabel *label, const QString &message);
    void retranslate();

    TerminalSession *m_session = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_phoneError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace Marquee
