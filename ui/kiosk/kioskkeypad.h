#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace Marquee {

// The kiosk's on-screen keyboard (a kiosk has no physical one; Qt's virtual keyboard needs Qt Quick and does not
// serve Widgets on Debian's Qt 6.4). It types into one field at a time as a keyboard would — each key is a key
// event sent to the field, so the field's own rules (its length, its signals, Enter) apply unchanged — and takes
// no focus itself, so the field keeps the caret. Digits for a phone, capital letters and digits for a booking
// reference, letters (Latin with a shift that capitalises the next letter — on by itself at the start of a word —
// or Thai, with its second row of keys) for a name or a search, and small letters with digits for a staff login
// or password.
class KioskKeypad final : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { Digits, Reference, Latin, Thai, ThaiShifted, Login };
    Q_ENUM(Layout)

    explicit KioskKeypad(QWidget *parent = nullptr);

    // The field the keys type into, and the layout its input hints ask for.
    void setTarget(QLineEdit *field);
    QLineEdit *target() const { return m_target; }
    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);

    // What a key press sends (the tests press keys through this as a finger would, by their text).
    QPushButton *key(const QString &text) const;
    static Layout layoutFor(const QLineEdit *field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void relabel();
    void followTarget();
    void type(const QString &text);
    void press(int key);
    QPushButton *addKey(const QString &label, int row, int column, int span = 1);

    QPointer<QLineEdit> m_target;
    Layout m_layout = Layout::Latin;
    bool m_upper = false;
    QGridLayout *m_grid = nullptr;
};

} // namespace Marquee
