#include "newseatingplandialog.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "seating/seatingplangenerator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Marquee {

NewSeatingPlanDialog::NewSeatingPlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_zonesGrid(new QGridLayout)
    , m_zoneNameCaption(new QLabel(this))
    , m_rowsCaption(new QLabel(this))
    , m_seatsCaption(new QLabel(this))
    , m_addZone(new QPushButton(this))
    , m_rowNames(new QComboBox(this))
    , m_seatOrder(new QComboBox(this))
    , m_aisle(new QSpinBox(this))
    , m_nameLabel(new QLabel(this))
    , m_rowNamesLabel(new QLabel(this))
    , m_seatOrderLabel(new QLabel(this))
    , m_aisleLabel(new QLabel(this))
    , m_problem(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("planName"));
    m_nameLabel->setBuddy(m_name);
    m_rowNamesLabel->setBuddy(m_rowNames);
    m_seatOrderLabel->setBuddy(m_seatOrder);
    m_aisleLabel->setBuddy(m_aisle);
    // Spin boxes allow more than the generator does, so a number too large gets its sentence, not a silent cap.
    m_aisle->setRange(0, 1000);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    AdminLook::setTone(m_problem, TextTone::Bad);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_rowNamesLabel, m_rowNames);
    form->addRow(m_seatOrderLabel, m_seatOrder);
    form->addRow(m_aisleLabel, m_aisle);
    m_zonesGrid->addWidget(m_zoneNameCaption, 0, 0);
    m_zonesGrid->addWidget(m_rowsCaption, 0, 1);
    m_zonesGrid->addWidget(m_seatsCaption, 0, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSeatingPlanDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addZone, &QPushButton::clicked, this, &NewSeatingPlanDialog::addZone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_zonesGrid);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addZone);
    addRow->addStretch();
    layout->addLayout(addRow);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    addZone();
    retranslate();
    m_zones.first().name->setText(tr("Stalls"));
}

void NewSeatingPlanDialog::addZone()
{
    if (m_zones.size() >= SeatingPlanLayout::maximumBlocks)
        return;
    ZoneFields zone;
    zone.name = new QLineEdit(this);
    zone.rows = new QSpinBox(this);
    zone.seats = new QSpinBox(this);
    zone.rows->setRange(0, 10000);
    zone.seats->setRange(0, 10000);
    zone.rows->setValue(10);
    zone.seats->setValue(20);
    const int row = int(m_zones.size()) + 1;
    m_zonesGrid->addWidget(zone.name, row, 0);
    m_zonesGrid->addWidget(zone.rows, row, 1);
    m_zonesGrid->addWidget(zone.seats, row, 2);
    m_zones.append(zone);
    retranslate();
    m_addZone->setEnabled(m_zones.size() < SeatingPlanLayout::maximumBlocks);
}

SeatingPlanLayout NewSeatingPlanDialog::planLayout() const
{
    SeatingPlanLayout layout;
    layout.name = m_name->text().trimmed();
    for (const ZoneFields &zone : m_zones) {
        // A zone left without a name and without seats is a spare line, not a zone.
        if (zone.name->text().trimmed().isEmpty() && (zone.rows->value() == 0 || zone.seats->value() == 0))
            continue;
        SeatingPlanLayout::Block block;
        block.name = zone.name->text().trimmed();
        block.rows = zone.rows->value();
        block.seatsPerRow = zone.seats->value();
        layout.blocks.append(block);
    }
    layout.rowNames = SeatingPlanLayout::RowNames(m_rowNames->currentData().toInt());
    layout.seatOrder = SeatingPlanLayout::SeatOrder(m_seatOrder->currentData().toInt());
    layout.aisleEvery = m_aisle->value();
    return layout;
}

QString NewSeatingPlanDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NewSeatingPlanDialog::setPlanName(const QString &name)
{
    m_name->setText(name);
}

void NewSeatingPlanDialog::setZones(const QList<SeatingPlanLayout::Block> &zones)
{
    while (m_zones.size() < qMin(int(zones.size()), SeatingPlanLayout::maximumBlocks))
        addZone();
    for (int i = 0; i < m_zones.size(); ++i) {
        const bool used = i < zones.size();
        m_zones[i].name->setText(used ? zones.at(i).name : QString());
        m_zones[i].rows->setValue(used ? zones.at(i).rows : 0);
        m_zones[i].seats->setValue(used ? zones.at(i).seatsPerRow : 0);
    }
}

void NewSeatingPlanDialog::setRowNames(SeatingPlanLayout::RowNames names)
{
    m_rowNames->setCurrentIndex(m_rowNames->findData(int(names)));
}

void NewSeatingPlanDialog::setSeatOrder(SeatingPlanLayout::SeatOrder order)
{
    m_seatOrder->setCurrentIndex(m_seatOrder->findData(int(order)));
}

void NewSeatingPlanDialog::setAisleEvery(int seats)
{
    m_aisle->setValue(seats);
}

void NewSeatingPlanDialog::check()
{
    const QString problem = SeatingPlanGenerator(planLayout()).problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        accept();
}

void NewSeatingPlanDialog::fillChoices()
{
    const int rowNames = m_rowNames->currentIndex() >= 0 ? m_rowNames->currentData().toInt()
                                                         : int(SeatingPlanLayout::RowNames::Letters);
    const int seatOrder = m_seatOrder->currentIndex() >= 0 ? m_seatOrder->currentData().toInt()
                                                           : int(SeatingPlanLayout::SeatOrder::LeftToRight);
    m_rowNames->clear();
    m_rowNames->addItem(tr("Letters: A, B, C …"), int(SeatingPlanLayout::RowNames::Letters));
    m_rowNames->addItem(tr("Numbers: 1, 2, 3 …"), int(SeatingPlanLayout::RowNames::Numbers));
    m_seatOrder->clear();
    m_seatOrder->addItem(tr("Seat 1 on the left (seen from the stage)"), int(SeatingPlanLayout::SeatOrder::LeftToRight));
    m_seatOrder->addItem(tr("Seat 1 on the right (seen from the stage)"), int(SeatingPlanLayout::SeatOrder::RightToLeft));
    m_rowNames->setCurrentIndex(m_rowNames->findData(rowNames));
    m_seatOrder->setCurrentIndex(m_seatOrder->findData(seatOrder));
}

void NewSeatingPlanDialog::retranslate()
{
    setWindowTitle(tr("Make a seating plan"));
    m_nameLabel->setText(tr("Plan &name"));
    m_rowNamesLabel->setText(tr("&Rows named"));
    m_seatOrderLabel->setText(tr("Seats n&umbered"));
    m_aisleLabel->setText(tr("An &aisle after every"));
    m_aisle->setSpecialValueText(tr("no aisle"));
    m_aisle->setSuffix(tr(" seats"));
    m_zoneNameCaption->setText(tr("Zone"));
    m_rowsCaption->setText(tr("Rows"));
    m_seatsCaption->setText(tr("Seats per row"));
    m_addZone->setText(tr("Add a &zone"));
    for (int i = 0; i < m_zones.size(); ++i) {
        m_zones[i].name->setAccessibleName(tr("Zone %1: name").arg(i + 1));
        m_zones[i].rows->setAccessibleName(tr("Zone %1: rows").arg(i + 1));
        m_zones[i].seats->setAccessibleName(tr("Zone %1: seats per row").arg(i + 1));
    }
    m_ok->setText(tr("Make the plan"));
    m_cancel->setText(tr("Cancel"));
    fillChoices();
}

void NewSeatingPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_problem->isHidden())
            m_problem->setText(SeatingPlanGenerator(planLayout()).problem());
    }
    QDialog::changeEvent(event);
}

} // namespace Marquee
