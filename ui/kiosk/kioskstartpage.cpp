#include "kioskstartpage.h"

#include "kioskstyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

KioskStartPage::KioskStartPage(QWidget *parent)
    : KioskPage(parent)
{
    m_welcome = KioskStyle::label(this, "welcome", QStringLiteral("kioskWelcome"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcomeText = KioskStyle::label(this);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_buy = KioskStyle::button(this, QStringLiteral("kioskBuy"), "hero");
    m_find = KioskStyle::button(this, QStringLiteral("kioskFindBooking"), "hero");
    m_languageLabel = KioskStyle::label(this);
    m_languageLabel->setAlignment(Qt::AlignCenter);
    m_english = KioskStyle::button(this, QStringLiteral("kioskEnglish"));
    m_thai = KioskStyle::button(this, QStringLiteral("kioskThai"));
    // Each language is named in itself, so nobody needs the other one to find theirs.
    m_english->setText(QStringLiteral("English"));
    m_thai->setText(QString::fromUtf8("\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2"));
    for (QPushButton *button : {m_english, m_thai}) {
        button->setCheckable(true);
        button->setMinimumWidth(180);
    }
    auto *languages = new QButtonGroup(this);
    languages->addButton(m_english);
    languages->addButton(m_thai);
    const bool thai = QLocale().language() == QLocale::Thai;
    m_english->setChecked(!thai);
    m_thai->setChecked(thai);
    m_staff = KioskStyle::button(this, QStringLiteral("kioskStaff"));

    connect(m_buy, &QPushButton::clicked, this, &KioskStartPage::buyRequested);
    connect(m_find, &QPushButton::clicked, this, &KioskStartPage::findBookingRequested);
    connect(m_english, &QPushButton::clicked, this, [this] { emit languageRequested(QStringLiteral("en")); });
    connect(m_thai, &QPushButton::clicked, this, [this] { emit languageRequested(QStringLiteral("th")); });
    connect(m_staff, &QPushButton::clicked, this, &KioskStartPage::staffRequested);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_buy, 0, Qt::AlignHCenter);
    buttons->addWidget(m_find, 0, Qt::AlignHCenter);
    auto *languageRow = new QHBoxLayout;
    languageRow->setSpacing(16);
    languageRow->addStretch();
    languageRow->addWidget(m_english);
    languageRow->addWidget(m_thai);
    languageRow->addStretch();
    auto *corner = new QHBoxLayout;
    corner->addStretch();
    corner->addWidget(m_staff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 16, 8);
    layout->addStretch(2);
    layout->addWidget(m_welcome);
    layout->addSpacing(8);
    layout->addWidget(m_welcomeText);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(m_languageLabel);
    layout->addLayout(languageRow);
    layout->addStretch(1);
    layout->addLayout(corner);
    retranslate();
}

void KioskStartPage::retranslate()
{
    m_welcome->setText(tr("Welcome"));
    m_welcomeText->setText(tr("Buy tickets for an upcoming event, or find a booking you have already made."));
    m_buy->setText(tr("Buy tickets"));
    m_find->setText(tr("Find my booking"));
    m_languageLabel->setText(tr("Language"));
    m_staff->setText(tr("Staff"));
}

} // namespace Marquee
