#include "boxofficeview.h"

#include "bookinglookuppanel.h"
#include "session/terminalsession.h"
#include "salepanel.h"
#include "saleresultpanel.h"

#include <QEvent>
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
    m_sale = new SalePanel(session, this);
    m_result = new SaleResultPanel(this);
    m_lookup = new BookingLookupPanel(session, this);

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
    layout->addWidget(m_tabs);

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

void BoxOfficeView::showLookup()
{
    m_tabs->setCurrentWidget(m_lookup);
    m_lookup->focusQuery();
}

void BoxOfficeView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_sellStack), tr("Sell tickets (F2)"));
    m_tabs->setTabText(m_tabs->indexOf(m_lookup), tr("Find booking (F3)"));
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
