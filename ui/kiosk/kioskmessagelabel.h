#pragma once

#include <QLabel>

#include <functional>

namespace Marquee {

class Error;

// A message for the customer (a refusal beside a field, why a search found nothing), kept as the way to make it
// rather than as its text: a language switch makes it again, in the new language, at once. Hidden while there
// is nothing to say.
class KioskMessageLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit KioskMessageLabel(const QString &objectName, QWidget *parent, const char *role = "error");

    void showMessage(std::function<QString()> message);
    void showError(const Error &error);
    void clearMessage();
    bool hasMessage() const { return bool(m_message); }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::function<QString()> m_message;
};

} // namespace Marquee
