#pragma once

#include "seating/seatingplanlayout.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Marquee {

// A simple plan for a venue that has none (issue #14 §2): a name, zones of N rows × M seats, how rows are named,
// which way seats are numbered and an aisle every so many seats. What SeatingPlanGenerator cannot make is said
// in its one sentence under the fields and the dialog stays open; nothing is stored here (the Seating page
// stores the plan that planLayout() makes).
class NewSeatingPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewSeatingPlanDialog(QWidget *parent = nullptr);

    SeatingPlanLayout planLayout() const;
    // The sentence shown under the fields, empty when none.
    QString problem() const;

    // For tests and for the person: fill the fields.
    void setPlanName(const QString &name);
    // Replaces the zones with these (at most maximumBlocks).
    void setZones(const QList<SeatingPlanLayout::Block> &zones);
    void setRowNames(SeatingPlanLayout::RowNames names);
    void setSeatOrder(SeatingPlanLayout::SeatOrder order);
    void setAisleEvery(int seats);

public slots:
    // Checks the layout; accepts the dialog when a plan can be made of it.
    void check();
    void addZone();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ZoneFields
    {
        QLineEdit *name = nullptr;
        QSpinBox *rows = nullptr;
        QSpinBox *seats = nullptr;
    };

    void retranslate();
    void fillChoices();

    QLineEdit *m_name = nullptr;
    QGridLayout *m_zonesGrid = nullptr;
    QList<ZoneFields> m_zones;
    QLabel *m_zoneNameCaption = nullptr;
    QLabel *m_rowsCaption = nullptr;
    QLabel *m_seatsCaption = nullptr;
    QPushButton *m_addZone = nullptr;
    QComboBox *m_rowNames = nullptr;
    QComboBox *m_seatOrder = nullptr;
    QSpinBox *m_aisle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_rowNamesLabel = nullptr;
    QLabel *m_seatOrderLabel = nullptr;
    QLabel *m_aisleLabel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Marquee
