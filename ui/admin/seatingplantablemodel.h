#pragma once

#include "seating/seatingplan.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// The venue's seating plans as the Seating page lists them: name and number of seats.
class SeatingPlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Seats, ColumnCount };
    enum Role { PlanIdRole = Qt::UserRole };

    explicit SeatingPlanTableModel(QObject *parent = nullptr);

    void setPlans(const QList<SeatingPlanSummary> &plans);
    const QList<SeatingPlanSummary> &plans() const { return m_plans; }
    // The row of this plan, or -1.
    int rowOf(qint64 planId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SeatingPlanSummary> m_plans;
};

} // namespace Marquee
