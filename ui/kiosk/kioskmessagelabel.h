#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

namespace Marquee {

class Error;

// A message for the customer (a refusal beside a field, why a search found nothing), kept as the way to make it
// rather than as its text: a language switch makes it again, in the new language, at once. Hidden while there
// is nothing to say. When it shows, assistive technology is told (an alert) and the field it is about is
// described by it and marked invalid; KioskView speaks it when speech is on.
class KioskMessageLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit KioskMessageLabel(const QString &objectName, QWidget *parent, const char *role = "error");

    // The field this message is about (its accessible description while the message shows).
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

    void showMessage(std::function<QString()> message);
    void showError(const Error &error);
    void clearMessage();
    bool hasMessage() const { return bool(m_message); }

signals:
    // The message as it now reads (shown, or made again in another language).
    void messageShown(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void announce();

    std::function<QString()> m_message;
    QPointer<QWidget> m_field;
};

} // namespace Marquee
