#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Marquee {

// The kiosk's look: its one stylesheet (kiosk.qss, in the ui library's resources) and the widgets made to it.
// A widget says what it is (a heading, an error, the primary button) with the kioskRole property, and the
// stylesheet says how that looks, so no kiosk page names a colour or a size.
class KioskStyle final
{
public:
    KioskStyle() = delete;

    // The text of kiosk.qss, set on the kiosk's root widget.
    static QString styleSheet();

    // Changes a widget's role after it was shown (the stylesheet is applied again).
    static void setRole(QWidget *widget, const char *role);

    // A word-wrapped label, optionally with a role and an object name (the tests find widgets by name).
    static QLabel *label(QWidget *parent, const char *role = nullptr, const QString &objectName = QString());
    // A button a finger presses: it never takes the focus, so a tap does not steal the on-screen keyboard
    // from a field.
    static QPushButton *button(QWidget *parent, const QString &objectName, const char *role = nullptr);
    static QLineEdit *field(QWidget *parent, const QString &objectName);
};

} // namespace Marquee
