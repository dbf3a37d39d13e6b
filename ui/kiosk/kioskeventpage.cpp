#include "kioskeventpage.h"

#include "kioskflow.h"
#include "kioskquantitybox.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "venue/venueformat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Marquee {

KioskEventPage::KioskEventPage(KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_flow(flow)
{
    m_back = KioskStyle::button(this, QStringLiteral("kioskBookingBack"));
    m_heading = KioskStyle::heading(this, QStringLiteral("kioskEventHeading"));
    m_title = KioskStyle::label(this, "big", QStringLiteral("kioskBookingEvent"));
    m_details = KioskStyle::label(this);
    // An event's title and venue are shown as written, never as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_description = KioskStyle::label(this, "description", QStringLiteral("kioskEventDescription"));
    m_description->setTextFormat(Qt::PlainText); // an admin's text, never markup
    m_seatsLeft = KioskStyle::label(this, nullptr, QStringLiteral("kioskSeatsLeft"));
    m_quantityLabel = KioskStyle::label(this);
    m_less = KioskStyle::button(this, QStringLiteral("kioskLess"), "stepper");
    m_less->setText(QString(QChar(0x2212)));
    m_less->setAutoRepeat(true);
    m_quantity = new KioskQuantityBox(this);
    m_quantity->setObjectName(QStringLiteral("kioskQuantity"));
    m_quantityLabel->setBuddy(m_quantity);
    m_more = KioskStyle::button(this, QStringLiteral("kioskMore"), "stepper");
    m_more->setText(QStringLiteral("+"));
    m_more->setAutoRepeat(true);
    m_quantityHint = KioskStyle::label(this);
    m_total = KioskStyle::label(this, "big", QStringLiteral("kioskTotal"));
    m_next = KioskStyle::button(this, QStringLiteral("kioskNext"), "primary");
    m_types = new QWidget(this);
    m_types->setObjectName(QStringLiteral("kioskTicketTypes"));
    m_typesLayout = new QGridLayout(m_types);
    m_typesLayout->setContentsMargins(0, 0, 0, 0);
    m_typesLayout->setHorizontalSpacing(12);
    m_typesLayout->setVerticalSpacing(10);
    m_types->hide();
    m_seatedNote = KioskStyle::label(this, nullptr, QStringLiteral("kioskSeatedNote"));
    m_seatedNote->hide();

    connect(m_back, &QPushButton::clicked, this, &KioskEventPage::goBack);
    connect(m_less, &QPushButton::clicked, this, [this] { m_flow->setQuantity(m_flow->order().quantity - 1); });
    connect(m_more, &QPushButton::clicked, this, [this] { m_flow->setQuantity(m_flow->order().quantity + 1); });
    connect(m_quantity, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        if (m_flow->order().event)
            m_flow->setQuantity(value);
    });
    connect(m_next, &QPushButton::clicked, this, &KioskEventPage::next);
    connect(m_flow, &KioskFlow::orderChanged, this, &KioskEventPage::showOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);

    auto *stepper = new QHBoxLayout;
    stepper->setSpacing(12);
    stepper->addWidget(m_less);
    stepper->addWidget(m_quantity);
    stepper->addWidget(m_more);
    stepper->addStretch();

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_title);
    left->addWidget(m_details);
    left->addWidget(m_description);
    left->addWidget(m_seatsLeft);
    left->addSpacing(16);
    left->addWidget(m_quantityLabel);
    left->addLayout(stepper);
    left->addWidget(m_types);
    left->addWidget(m_seatedNote);
    left->addWidget(m_quantityHint);
    left->addSpacing(8);
    left->addWidget(m_total);
    left->addStretch();

    // Next stands where Confirm stands on the details page: the finger finds the way on at the same place.
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addStretch();
    right->addWidget(m_next);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    // By keyboard the number comes first (it has the focus when the page opens), then Next, then the rest.
    setTabOrder(m_quantity, m_next);
    setTabOrder(m_next, m_back);
    setTabOrder(m_back, m_less);
    setTabOrder(m_less, m_more);
    retranslate();
}

void KioskEventPage::entered()
{
    if (!m_typeRows.isEmpty() && m_types->isVisible())
        m_typeRows.first().quantity->setFocus(Qt::OtherFocusReason);
    else if (m_quantity->isVisible())
        m_quantity->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

void KioskEventPage::buildTypeRows()
{
    const KioskOrder &order = m_flow->order();
    QList<qint64> wanted;
    if (order.byType()) {
        for (const TicketType &type : order.ticketTypes)
            wanted.append(type.id);
    }
    QList<qint64> have;
    for (const TypeRow &row : std::as_const(m_typeRows))
        have.append(row.typeId);
    if (wanted == have)
        return;
    const bool hadFocus = m_types->isAncestorOf(QApplication::focusWidget());
    for (const TypeRow &row : std::as_const(m_typeRows)) {
        delete row.name;
        delete row.less;
        delete row.quantity;
        delete row.more;
    }
    m_typeRows.clear();
    QWidget *previous = nullptr;
    for (int i = 0; i < wanted.size(); ++i) {
        const qint64 typeId = wanted.at(i);
        const QString id = QString::number(typeId);
        TypeRow row;
        row.typeId = typeId;
        row.name = KioskStyle::label(m_types, nullptr, QStringLiteral("kioskTypeName_") + id);
        row.name->setTextFormat(Qt::PlainText); // an admin's text, never markup
        row.less = KioskStyle::button(m_types, QStringLiteral("kioskTypeLess_") + id, "stepper");
        row.less->setText(QString(QChar(0x2212)));
        row.less->setAutoRepeat(true);
        row.quantity = new KioskQuantityBox(m_types);
        row.quantity->setObjectName(QStringLiteral("kioskTypeQuantity_") + id);
        row.name->setBuddy(row.quantity);
        row.more = KioskStyle::button(m_types, QStringLiteral("kioskTypeMore_") + id, "stepper");
        row.more->setText(QStringLiteral("+"));
        row.more->setAutoRepeat(true);
        connect(row.less, &QPushButton::clicked, this,
                [this, typeId] { m_flow->setTypeQuantity(typeId, m_flow->order().quantityOf(typeId) - 1); });
        connect(row.more, &QPushButton::clicked, this,
                [this, typeId] { m_flow->setTypeQuantity(typeId, m_flow->order().quantityOf(typeId) + 1); });
        connect(row.quantity, qOverload<int>(&QSpinBox::valueChanged), this,
                [this, typeId](int value) { m_flow->setTypeQuantity(typeId, value); });
        m_typesLayout->addWidget(row.name, i, 0);
        m_typesLayout->addWidget(row.less, i, 1);
        m_typesLayout->addWidget(row.quantity, i, 2);
        m_typesLayout->addWidget(row.more, i, 3);
        // By keyboard: each type's number in turn (Up/Down change it), then Next.
        if (previous)
            setTabOrder(previous, row.quantity);
        previous = row.quantity;
        m_typeRows.append(row);
    }
    m_typesLayout->setColumnStretch(0, 1);
    if (previous) {
        setTabOrder(previous, m_next);
        for (const TypeRow &row : std::as_const(m_typeRows)) {
            setTabOrder(m_back, row.less);
            setTabOrder(row.less, row.more);
        }
    }
    retranslateTypeRows();
    // The focus stays on the page when the rows it was in go (the event turned out to be seated).
    if (!m_typeRows.isEmpty() && (hadFocus || (isVisible() && m_quantity->hasFocus())))
        m_typeRows.first().quantity->setFocus(Qt::OtherFocusReason);
    else if (hadFocus)
        m_next->setFocus(Qt::OtherFocusReason);
}

void KioskEventPage::retranslateTypeRows()
{
    const KioskOrder &order = m_flow->order();
    const VenueFormat format(m_flow->venue(), QLocale());
    for (const TypeRow &row : std::as_const(m_typeRows)) {
        for (const TicketType &type : order.ticketTypes) {
            if (type.id != row.typeId)
                continue;
            row.name->setText(tr("%1 — %2").arg(type.name, KioskText::perTicket(format, type.price)));
            row.quantity->setAccessibleName(tr("Number of %1 tickets").arg(type.name));
            row.less->setAccessibleName(tr("Fewer %1 tickets").arg(type.name));
            row.more->setAccessibleName(tr("More %1 tickets").arg(type.name));
        }
    }
}

void KioskEventPage::goBack()
{
    m_flow->show(KioskFlow::Page::Events);
}

void KioskEventPage::next()
{
    const KioskOrder &order = m_flow->order();
    if (m_flow->isBooking())
        return;
    if (order.seated) {
        if (order.event && order.event->isOnSale() && order.maxQuantity() > 0)
            m_flow->show(KioskFlow::Page::Seats);
        return;
    }
    if (order.canBook())
        m_flow->show(KioskFlow::Page::Details);
}

void KioskEventPage::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere but on a button (which presses itself) goes on; + and - anywhere change the number.
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        event->accept();
        return;
    case Qt::Key_Plus:
        if (!m_flow->order().byType())
            m_flow->setQuantity(m_flow->order().quantity + 1);
        event->accept();
        return;
    case Qt::Key_Minus:
        if (!m_flow->order().byType())
            m_flow->setQuantity(m_flow->order().quantity - 1);
        event->accept();
        return;
    default:
        KioskPage::keyPressEvent(event);
    }
}

QString KioskEventPage::spokenSummary() const
{
    QStringList parts{m_heading->text(), m_title->text(), m_details->text(), m_seatsLeft->text()};
    if (!m_description->text().isEmpty())
        parts.append(m_description->text());
    const KioskOrder &order = m_flow->order();
    if (order.seated) {
        parts << m_seatedNote->text();
    } else if (order.byType()) {
        for (const TicketType &type : order.ticketTypes)
            parts << tr("%1: %2.").arg(type.name).arg(order.quantityOf(type.id));
        parts << m_quantityHint->text() << m_total->text();
    } else {
        parts << tr("Number of tickets: %1.").arg(m_quantity->value()) << m_quantityHint->text() << m_total->text();
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(". "));
}

void KioskEventPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_heading->setText(tr("Your tickets"));
    m_quantityLabel->setText(tr("How many tickets?"));
    m_next->setText(tr("Next"));
    m_quantity->setAccessibleName(tr("Number of tickets"));
    m_less->setAccessibleName(tr("Fewer tickets"));
    m_more->setAccessibleName(tr("More tickets"));
    m_back->setAccessibleName(tr("Back to the events"));
    m_seatedNote->setText(tr("This event has numbered seats: choose them on the next page."));
    retranslateTypeRows();
    showOrder();
}

void KioskEventPage::showOrder()
{
    const KioskOrder &order = m_flow->order();
    const QSignalBlocker quiet(m_quantity);
    if (!order.event) {
        m_title->clear();
        m_details->clear();
        m_description->clear();
        m_description->hide();
        m_seatsLeft->clear();
        m_quantity->setRange(1, 1);
        m_quantity->setValue(1);
        m_quantityHint->clear();
        m_total->clear();
        m_less->setEnabled(false);
        m_more->setEnabled(false);
        m_next->setEnabled(false);
        buildTypeRows();
        m_types->hide();
        m_seatedNote->hide();
        return;
    }
    buildTypeRows();
    const QLocale locale;
    const VenueFormat format(m_flow->venue(), locale);
    const Event &event = *order.event;
    const int max = order.maxQuantity();
    m_title->setText(event.title);
    // With several types (or seats of several prices) the event's own price is only one of them: say where they start.
    QString price = KioskText::perTicket(format, event.price);
    if ((order.byType() || order.seated) && !order.ticketTypes.isEmpty()) {
        Money lowest = order.ticketTypes.first().price;
        for (const TicketType &type : order.ticketTypes)
            lowest = qMin(lowest, type.price);
        price = tr("Tickets from %1").arg(format.money(lowest));
    }
    m_details->setText(event.venue + QLatin1Char('\n') + KioskText::when(format, event.startsAt) + QLatin1Char('\n')
                       + price);
    m_description->setText(event.description.trimmed());
    m_description->setVisible(!event.description.trimmed().isEmpty());
    if (!event.isOnSale()) {
        m_seatsLeft->setText(event.status == EventStatus::Active && event.remaining() <= 0
                                 ? tr("Sorry, this event has just sold out.")
                                 : tr("Sorry, this event is no longer on sale."));
        KioskStyle::setRole(m_seatsLeft, "alert");
    } else {
        m_seatsLeft->setText(KioskText::seatsLeft(event.remaining()));
        KioskStyle::setRole(m_seatsLeft, nullptr);
    }
    m_quantity->setRange(1, qMax(1, max));
    m_quantity->setValue(order.quantity);
    m_quantityHint->setText(order.seated ? tr("Up to %1 seats per booking.").arg(locale.toString(qMax(1, max)))
                                         : tr("Up to %1 tickets per booking.").arg(locale.toString(qMax(1, max))));
    m_total->setText(KioskText::total(format, order.total()));
    const bool booking = m_flow->isBooking();
    const bool single = !order.byType() && !order.seated;
    m_quantityLabel->setText(order.byType() ? tr("How many tickets of each type?") : tr("How many tickets?"));
    m_quantityLabel->setVisible(!order.seated);
    m_less->setVisible(single);
    m_quantity->setVisible(single);
    m_more->setVisible(single);
    m_types->setVisible(order.byType());
    m_seatedNote->setVisible(order.seated);
    m_total->setVisible(!order.seated);
    m_quantity->setEnabled(!booking && max > 0);
    m_less->setEnabled(!booking && order.quantity > 1);
    m_more->setEnabled(!booking && order.quantity < max);
    const int count = order.ticketCount();
    for (const TypeRow &row : std::as_const(m_typeRows)) {
        const QSignalBlocker quietRow(row.quantity);
        const int n = order.quantityOf(row.typeId);
        row.quantity->setRange(0, qMax(0, max - (count - n)));
        row.quantity->setValue(n);
        row.quantity->setEnabled(!booking && max > 0);
        row.less->setEnabled(!booking && n > 0);
        row.more->setEnabled(!booking && count < max);
    }
    m_next->setEnabled(!booking
                       && (order.seated ? order.event->isOnSale() && max > 0 : order.canBook()));
}

} // namespace Marquee
