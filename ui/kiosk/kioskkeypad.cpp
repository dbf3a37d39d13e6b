#include "kioskkeypad.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>

namespace Marquee {

namespace {

// The rows of each layout, as the keys read. Thai follows the Kedmanee keyboard every Thai typist knows,
// letters and marks only (a name has no digits).
QStringList rowsOf(KioskKeypad::Layout layout)
{
    switch (layout) {
    case KioskKeypad::Layout::Digits:
        return {QStringLiteral("123"), QStringLiteral("456"), QStringLiteral("789"), QStringLiteral("+0 ")};
    case KioskKeypad::Layout::Reference:
        // A reference never has 0, O, 1 or I.
        return {QStringLiteral("23456789"), QStringLiteral("ABCDEFGH"), QStringLiteral("JKLMNPQR"),
                QStringLiteral("STUVWXYZ")};
    case KioskKeypad::Layout::Latin:
        return {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL'"), QStringLiteral("ZXCVBNM-.")};
    case KioskKeypad::Layout::Login:
        return {QStringLiteral("1234567890"), QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL_"),
                QStringLiteral("ZXCVBNM-.@")};
    case KioskKeypad::Layout::Thai:
        return {QString::fromUtf8("ภถุึคตจขช"), QString::fromUtf8("ๆไำพะัีรนยบลฃ"),
                QString::fromUtf8("ฟหกดเ้่าสวง"), QString::fromUtf8("ผปแอิืทมใฝ")};
    case KioskKeypad::Layout::ThaiShifted:
        return {QString::fromUtf8("ูฎฑธํ๊ณฯญฐฅ"), QString::fromUtf8("ฤฆฏโฌ็๋ษศซ"),
                QString::fromUtf8("ฉฮฺ์ฒฬฦ")};
    }
    return {};
}

} // namespace

KioskKeypad::KioskKeypad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskKeypad"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::NoFocus);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(10, 8, 10, 8);
    m_grid->setSpacing(6);
    rebuild();
}

KioskKeypad::Layout KioskKeypad::layoutFor(const QLineEdit *field)
{
    const Qt::InputMethodHints hints = field ? field->inputMethodHints() : Qt::ImhNone;
    if (hints & (Qt::ImhDialableCharactersOnly | Qt::ImhDigitsOnly))
        return Layout::Digits;
    if (hints & Qt::ImhPreferUppercase)
        return Layout::Reference;
    if (hints & (Qt::ImhPreferLowercase | Qt::ImhSensitiveData | Qt::ImhHiddenText))
        return Layout::Login;
    return QLocale().language() == QLocale::Thai ? Layout::Thai : Layout::Latin;
}

void KioskKeypad::setTarget(QLineEdit *field)
{
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = field;
    if (field)
        connect(field, &QLineEdit::textChanged, this, &KioskKeypad::followTarget);
    setLayout(layoutFor(field));
    followTarget();
}

void KioskKeypad::followTarget()
{
    // A name's words start with a capital: the shift comes on by itself at the start of one (Latin only).
    if (m_layout != Layout::Latin || !m_target)
        return;
    const QString text = m_target->text().left(m_target->cursorPosition());
    const bool upper = text.isEmpty() || text.endsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char('-'));
    if (upper != m_upper) {
        m_upper = upper;
        relabel();
    }
}

void KioskKeypad::relabel()
{
    const auto keys = findChildren<QPushButton *>();
    for (QPushButton *key : keys) {
        const QString letter = key->property("kioskLetter").toString();
        if (!letter.isEmpty())
            key->setText(m_upper ? letter.toUpper() : letter.toLower());
    }
}

void KioskKeypad::setLayout(Layout layout)
{
    if (layout == m_layout && m_grid->count() > 0)
        return;
    m_layout = layout;
    m_upper = false;
    rebuild();
    followTarget();
}

QPushButton *KioskKeypad::addKey(const QString &label, int row, int column, int span)
{
    auto *key = new QPushButton(label, this);
    key->setFocusPolicy(Qt::NoFocus); // the field keeps the focus and the caret
    key->setProperty("kioskRole", QStringLiteral("key"));
    key->setAutoRepeat(true);
    m_grid->addWidget(key, row, column, 1, span);
    return key;
}

void KioskKeypad::rebuild()
{
    // Later, not now: the key that changes the layout is still inside its clicked signal.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->setProperty("kioskGone", true);
            old->deleteLater();
        }
        delete item;
    }
    const QStringList rows = rowsOf(m_layout);
    int widest = 0;
    for (const QString &row : rows)
        widest = qMax(widest, int(row.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QString &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString text(row.at(c));
            QPushButton *key = addKey(text == QStringLiteral(" ") ? tr("Space") : text, r, c);
            if (row.at(c).isLetter() && row.at(c).toLower() != row.at(c).toUpper()) {
                // A Latin letter: its case follows the shift.
                key->setProperty("kioskLetter", text);
                connect(key, &QPushButton::clicked, this, [this, key] {
                    type(key->text());
                    if (m_upper && m_layout == Layout::Login) {
                        m_upper = false; // one capital, then small letters again
                        relabel();
                    }
                });
            } else {
                connect(key, &QPushButton::clicked, this, [this, text] { type(text); });
            }
        }
    }
    // The keys every layout has, in a column of their own on the right.
    const int side = widest;
    QPushButton *backspace = addKey(tr("\u232b Delete"), 0, side, 2);
    backspace->setObjectName(QStringLiteral("kioskKeyBackspace"));
    backspace->setAccessibleName(tr("Delete the last character"));
    connect(backspace, &QPushButton::clicked, this, [this] { press(Qt::Key_Backspace); });
    QPushButton *enter = addKey(tr("Next \u21b5"), 1, side, 2);
    enter->setObjectName(QStringLiteral("kioskKeyEnter"));
    enter->setAutoRepeat(false);
    connect(enter, &QPushButton::clicked, this, [this] { press(Qt::Key_Return); });
    if (m_layout == Layout::Latin || m_layout == Layout::Login) {
        QPushButton *shift = addKey(QStringLiteral("\u21e7"), 3, side + 1, 1);
        shift->setObjectName(QStringLiteral("kioskKeyShift"));
        shift->setAutoRepeat(false);
        shift->setAccessibleName(tr("Capital letters"));
        connect(shift, &QPushButton::clicked, this, [this] {
            m_upper = !m_upper;
            relabel();
        });
    }
    if (m_layout == Layout::Latin || m_layout == Layout::Thai || m_layout == Layout::ThaiShifted) {
        QPushButton *space = addKey(tr("Space"), 2, side, 2);
        space->setObjectName(QStringLiteral("kioskKeySpace"));
        connect(space, &QPushButton::clicked, this, [this] { type(QStringLiteral(" ")); });
        const bool thai = m_layout != Layout::Latin;
        QPushButton *script = addKey(thai ? QStringLiteral("ABC") : QString::fromUtf8("กขค"), 3, side, 1);
        script->setObjectName(QStringLiteral("kioskKeyScript"));
        script->setAutoRepeat(false);
        script->setAccessibleName(thai ? tr("Latin letters") : tr("Thai letters"));
        connect(script, &QPushButton::clicked, this, [this, thai] { setLayout(thai ? Layout::Latin : Layout::Thai); });
        if (thai) {
            QPushButton *shift = addKey(QStringLiteral("\u21e7"), 3, side + 1, 1);
            shift->setObjectName(QStringLiteral("kioskKeyShift"));
            shift->setAutoRepeat(false);
            shift->setAccessibleName(tr("More Thai letters"));
            connect(shift, &QPushButton::clicked, this, [this] {
                setLayout(m_layout == Layout::Thai ? Layout::ThaiShifted : Layout::Thai);
            });
        }
    }
    relabel();
}

QPushButton *KioskKeypad::key(const QString &text) const
{
    const auto keys = findChildren<QPushButton *>();
    for (QPushButton *key : keys) {
        if (key->property("kioskGone").toBool())
            continue; // a key of the layout before, on its way out
        if (key->text() == text || key->objectName() == text)
            return key;
    }
    return nullptr;
}

void KioskKeypad::type(const QString &text)
{
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_target, &press);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_target, &release);
}

void KioskKeypad::press(int key)
{
    if (!m_target)
        return;
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(m_target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QCoreApplication::sendEvent(m_target, &up);
}

void KioskKeypad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Marquee
