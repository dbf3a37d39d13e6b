#include "kioskstartpage.h"

#include "kioskflow.h"
#include "kioskheading.h"
#include "kioskstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Marquee {

namespace {

QCheckBox *option(QWidget *parent, const QString &objectName)
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(objectName);
    box->setFocusPolicy(Qt::TabFocus);
    return box;
}

} // namespace

KioskStartPage::KioskStartPage(KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_flow(flow)
{
    m_welcome = KioskStyle::heading(this, QStringLiteral("kioskWelcome"));
    KioskStyle::setRole(m_welcome, "welcome");
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcomeText = KioskStyle::label(this);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_buy = KioskStyle::button(this, QStringLiteral("kioskBuy"), "hero");
    m_find = KioskStyle::button(this, QStringLiteral("kioskFindBooking"), "hero");
    m_languageLabel = KioskStyle::label(this);
    m_languageLabel->setAlignment(Qt::AlignCenter);
    // One of two languages: radio buttons, each language named in itself so nobody needs the other one.
    m_english = KioskStyle::choice(this, QStringLiteral("kioskEnglish"));
    m_thai = KioskStyle::choice(this, QStringLiteral("kioskThai"));
    m_english->setText(QStringLiteral("English"));
    m_thai->setText(QString::fromUtf8("\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2"));
    for (QRadioButton *button : {m_english, m_thai})
        button->setMinimumWidth(180);
    auto *languages = new QButtonGroup(this);
    languages->addButton(m_english);
    languages->addButton(m_thai);
    showLanguage();

    m_assistanceLabel = KioskStyle::label(this);
    m_assistanceLabel->setAlignment(Qt::AlignCenter);
    m_speech = option(this, QStringLiteral("kioskSpeech"));
    m_largerText = option(this, QStringLiteral("kioskLargerText"));
    m_highContrast = option(this, QStringLiteral("kioskHighContrast"));
    m_moreTime = option(this, QStringLiteral("kioskMoreTime"));
    m_staff = KioskStyle::button(this, QStringLiteral("kioskStaff"));

    connect(m_buy, &QPushButton::clicked, this, &KioskStartPage::buyRequested);
    connect(m_find, &QPushButton::clicked, this, &KioskStartPage::findBookingRequested);
    // Toggled, not clicked: a tap, Space, the arrow keys within the group and assistive technology's toggle
    // action all end here.
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on && QLocale().language() == QLocale::Thai)
            emit languageRequested(QStringLiteral("en"));
    });
    connect(m_thai, &QRadioButton::toggled, this, [this](bool on) {
        if (on && QLocale().language() != QLocale::Thai)
            emit languageRequested(QStringLiteral("th"));
    });
    for (QCheckBox *box : {m_speech, m_largerText, m_highContrast, m_moreTime})
        connect(box, &QCheckBox::toggled, this, &KioskStartPage::changeAssistance);
    connect(m_flow, &KioskFlow::assistanceChanged, this, &KioskStartPage::showAssistance);
    connect(m_staff, &QPushButton::clicked, this, &KioskStartPage::staffRequested);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_buy, 0, Qt::AlignHCenter);
    buttons->addWidget(m_find, 0, Qt::AlignHCenter);
    auto *languageRow = new QHBoxLayout;
    languageRow->setSpacing(16);
    languageRow->addStretch();
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_english);
    languageRow->addWidget(m_thai);
    languageRow->addStretch();
    auto *assistanceRow = new QHBoxLayout;
    assistanceRow->setSpacing(12);
    assistanceRow->addStretch();
    assistanceRow->addWidget(m_assistanceLabel);
    for (QCheckBox *box : {m_speech, m_largerText, m_highContrast, m_moreTime})
        assistanceRow->addWidget(box);
    assistanceRow->addStretch();
    auto *corner = new QHBoxLayout;
    corner->addStretch();
    corner->addWidget(m_staff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 16, 8);
    layout->addStretch(2);
    layout->addWidget(m_welcome);
    layout->addSpacing(8);
    layout->addWidget(m_welcomeText);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addLayout(languageRow);
    layout->addSpacing(12);
    layout->addLayout(assistanceRow);
    layout->addStretch(1);
    layout->addLayout(corner);

    // Tab goes down the page as it reads: the two tasks, the language, the options, the staff exit.
    setTabOrder(m_buy, m_find);
    setTabOrder(m_find, m_english);
    setTabOrder(m_english, m_thai);
    setTabOrder(m_thai, m_speech);
    setTabOrder(m_speech, m_largerText);
    setTabOrder(m_largerText, m_highContrast);
    setTabOrder(m_highContrast, m_moreTime);
    setTabOrder(m_moreTime, m_staff);
    retranslate();
}

void KioskStartPage::retranslate()
{
    m_welcome->setText(tr("Welcome"));
    m_welcomeText->setText(tr("Buy tickets for an upcoming event, or find a booking you have already made."));
    m_buy->setText(tr("Buy tickets"));
    m_find->setText(tr("Find my booking"));
    m_languageLabel->setText(tr("Language"));
    m_english->setAccessibleName(QStringLiteral("English"));
    m_thai->setAccessibleName(QString::fromUtf8("\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 (Thai)"));
    m_assistanceLabel->setText(tr("Help for me:"));
    m_speech->setAccessibleName(tr("Speech"));
    m_speech->setAccessibleDescription(tr("Reads each page aloud. Use headphones in the jack below the screen."));
    m_largerText->setAccessibleName(tr("Larger text"));
    m_highContrast->setAccessibleName(tr("High contrast"));
    m_moreTime->setAccessibleName(tr("More time"));
    showAssistance(m_flow->assistance());
    m_moreTime->setAccessibleDescription(tr("Doubles the time before the kiosk asks whether you are still there."));
    m_staff->setText(tr("Staff"));
    m_staff->setAccessibleName(tr("Staff only: leave the kiosk"));
    showLanguage();
}

void KioskStartPage::entered()
{
    showLanguage();
    showAssistance(m_flow->assistance());
    // The keyboard starts where most customers start.
    m_buy->setFocus(Qt::OtherFocusReason);
}

QString KioskStartPage::spokenSummary() const
{
    return tr("Welcome. Buy tickets, or find my booking. Press Tab to move, Enter to choose.");
}

void KioskStartPage::showLanguage()
{
    if (!m_english)
        return;
    const bool thai = QLocale().language() == QLocale::Thai;
    const QSignalBlocker blockEnglish(m_english);
    const QSignalBlocker blockThai(m_thai);
    m_english->setChecked(!thai);
    m_thai->setChecked(thai);
}

void KioskStartPage::showAssistance(const KioskAssistance &assistance)
{
    const QSignalBlocker b1(m_speech), b2(m_largerText), b3(m_highContrast), b4(m_moreTime);
    m_speech->setChecked(assistance.speech);
    m_largerText->setChecked(assistance.largerText);
    m_highContrast->setChecked(assistance.highContrast);
    m_moreTime->setChecked(assistance.moreTime);
    // On or off is said by a tick as well as by the colour (never by colour alone).
    for (QCheckBox *box : {m_speech, m_largerText, m_highContrast, m_moreTime})
        box->setText((box->isChecked() ? QStringLiteral("\u2713 ") : QString()) + box->accessibleName());
}

void KioskStartPage::changeAssistance()
{
    KioskAssistance assistance;
    assistance.speech = m_speech->isChecked();
    assistance.largerText = m_largerText->isChecked();
    assistance.highContrast = m_highContrast->isChecked();
    assistance.moreTime = m_moreTime->isChecked();
    m_flow->setAssistance(assistance);
    showAssistance(m_flow->assistance());
}

} // namespace Marquee
