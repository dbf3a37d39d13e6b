#pragma once

#include "kiosklook.h"

#include <QHash>
#include <QString>

class QAbstractScrollArea;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace Marquee {

// The kiosk's look: its one stylesheet (kiosk.qss, in the ui library's resources) in the customer's theme and
// text size, and the widgets made to it. A widget says what it is (a heading, an error, the primary button) with
// the kioskRole property, and the stylesheet says how that looks, so no kiosk page names a colour or a size.
class KioskStyle final
{
public:
    KioskStyle() = delete;

    // kiosk.qss with the theme's colours put in and every size in points scaled to the text size.
    static QString styleSheet(const KioskLook &look = KioskLook());
    // The theme's colours by name (kiosk-standard.colours or kiosk-contrast.colours).
    static QHash<QString, QString> colours(bool highContrast);
    // The same, from a theme file's text ("name = #rrggbb" lines, # comments): the contrast test reads the files.
    static QHash<QString, QString> parseColours(const QString &text);
    // The template with each @name replaced by its colour and each "NNpt" multiplied by percent / 100.
    static QString resolve(const QString &qss, const QHash<QString, QString> &colours, int textPercent);

    // Changes a widget's role after it was shown (the stylesheet is applied again).
    static void setRole(QWidget *widget, const char *role);
    // Marks a field whose input was refused (its border turns to the error colour).
    static void setInvalid(QWidget *field, bool invalid);

    // A word-wrapped label, optionally with a role and an object name (the tests find widgets by name).
    static QLabel *label(QWidget *parent, const char *role = nullptr, const QString &objectName = QString());
    // A page's heading: a label a screen reader announces as a heading.
    static QLabel *heading(QWidget *parent, const QString &objectName = QString());
    // A button a finger presses and the keyboard reaches with Tab (Enter or Space presses it). A tap does not
    // take the focus, so it does not steal the keypad from a field.
    static QPushButton *button(QWidget *parent, const QString &objectName, const char *role = nullptr);
    // One of several choices (a language, a date): a radio button drawn as a button.
    static QRadioButton *choice(QWidget *parent, const QString &objectName);
    static QLineEdit *field(QWidget *parent, const QString &objectName);
    // Kinetic scrolling for a list or a scroll area: flicked by a finger or dragged with the mouse (a touch
    // screen that sends mouse events). A tap or click without a drag reaches the list at once.
    static void makeFlickable(QAbstractScrollArea *area);
};

} // namespace Marquee
