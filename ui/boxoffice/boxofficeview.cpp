#include "boxofficeview.h"

#include "bookinglookuppanel.h"
#include "desklook.h"
#include "deskprinter.h"
#include "printersetupdialog.h"
#include "shiftbar.h"
#include "session/terminalsession.h"
#include "salepanel.h"
#include "saleresultpanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Marquee {

BoxOfficeView::BoxOfficeView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_printer = new DeskPrinter(session, nullptr, this);
    m_shiftBar = new ShiftBar(session, m_printer, this);
    m_deskMessage = new QLabel(this);
    m_deskMessage->setObjectName(QStringLiteral("deskMessage"));
    m_deskMessage->setTextFormat(Qt::PlainText);
    m_deskMessage->setWordWrap(true);
    DeskLook::setTone(m_deskMessage, TextTone::Bad);
    m_deskMessage->hide();
    m_sale = new SalePanel(session, this);
    m_result = new SaleResultPanel(this);
    m_result->setPrinter(m_printer, session);
    m_lookup = new BookingLookupPanel(session, this);
    m_lookup->setPrinter(m_printer);

    m_sellStack = new QStackedWidget(this);
    m_sellStack->setObjectName(QStringLiteral("sellStack"));
    m_sellStack->addWidget(m_sale);
    m_sellStack->addWidget(m_result);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("boxOfficeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sellStack, QString());
    m_tabs->addTab(m_lookup, QString());
    // The tab bar is reached by F2/F3, not by Tab: Tab stays inside the form.
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shiftBar);
    layout->addWidget(m_deskMessage);
    layout->addWidget(m_tabs);

    m_printerButton = new QPushButton(this);
    m_printerButton->setObjectName(QStringLiteral("choosePrinter"));
    m_printerButton->setFocusPolicy(Qt::NoFocus);
    m_tabs->setCornerWidget(m_printerButton);
    connect(m_printerButton, &QPushButton::clicked, this, &BoxOfficeView::choosePrinter);
    auto *printerKey = new QShortcut(QKeySequence(Qt::Key_F4), this);
    printerKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printerKey, &QShortcut::activated, this, &BoxOfficeView::choosePrinter);
    connect(m_shiftBar, &ShiftBar::problem, this, [this](const QString &message) {
        m_deskMessage->setText(message);
        m_deskMessage->show();
    });
    connect(m_shiftBar, &ShiftBar::shiftChanged, m_deskMessage, &QLabel::hide);
    connect(m_sale, &SalePanel::shiftNeeded, m_shiftBar, &ShiftBar::refresh);
    connect(m_lookup, &BookingLookupPanel::moneyMoved, m_shiftBar, &ShiftBar::refresh);
    // A reconnect may have missed a sale's figures: read the shift again.
    connect(session, &TerminalSession::connectionRestored, m_shiftBar, &ShiftBar::refresh);
    m_shiftBar->refresh();

    auto *sell = new QShortcut(QKeySequence(Qt::Key_F2), this);
    sell->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sell, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_sellStack);
        if (m_sellStack->currentWidget() == m_sale)
            m_sale->focusEventSearch();
    });
    auto *find = new QShortcut(QKeySequence(Qt::Key_F3), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &BoxOfficeView::showLookup);

    connect(m_sale, &SalePanel::saleCompleted, this, [this](const Sale &sale, std::optional<Money> change) {
        m_sellStack->setCurrentWidget(m_result);
        m_result->showSale(sale, change);
        m_shiftBar->refresh();
    });
    connect(m_result, &SaleResultPanel::newSaleRequested, this, &BoxOfficeView::startNewSale);
    connect(m_lookup, &BookingLookupPanel::newSaleRequested, this, &BoxOfficeView::startNewSale);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_lookup)
            m_lookup->focusQuery();
        else if (m_sellStack->currentWidget() == m_sale)
            m_sale->focusEventSearch();
    });

    retranslate();
}

void BoxOfficeView::startNewSale()
{
    m_tabs->setCurrentWidget(m_sellStack);
    m_sellStack->setCurrentWidget(m_sale);
    m_sale->clear();
}

void BoxOfficeView::choosePrinter()
{
    PrinterSetupDialog dialog(m_printer, this);
    dialog.exec();
    retranslate();
}

void BoxOfficeView::showLookup()
{
    m_tabs->setCurrentWidget(m_lookup);
    m_lookup->focusQuery();
}

void BoxOfficeView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_sellStack), tr("Sell tickets (F2)"));
    m_tabs->setTabText(m_tabs->indexOf(m_lookup), tr("Find booking (F3)"));
    m_printerButton->setText(tr("Printer… (F4)"));
}

void BoxOfficeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BoxOfficeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The clerk starts typing an event name the moment the box office opens.
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_sale->focusEventSearch();
    }
}

} // namespace Marquee
