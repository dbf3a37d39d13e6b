#pragma once

#include "common/money.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Marquee {

// Asks for one amount of cash: the opening float of a shift, or the cash counted at its close (a blind count:
// nothing here says what is expected). A wrong amount is refused beside the field; nothing is corrected.
class CashAmountDialog final : public QDialog
{
    Q_OBJECT

public:
    CashAmountDialog(const QString &title, const QString &question, QWidget *parent = nullptr);

    // The amount typed, once accepted.
    Money amount() const { return m_amount; }
    QLineEdit *amountField() const { return m_field; }
    // The desk's name (opening only; empty: the terminal's name). Shown when `askDesk`.
    QString desk() const;
    void setAskDesk(bool askDesk);

    void accept() override;

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_deskLabel = nullptr;
    QLineEdit *m_desk = nullptr;
    QLabel *m_error = nullptr;
    Money m_amount;
    bool m_askDesk = false;
};

} // namespace Marquee
