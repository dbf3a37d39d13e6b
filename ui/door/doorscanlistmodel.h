#pragma once

#include "doorlook.h"

#include <QAbstractListModel>
#include <QList>

namespace Marquee {

// The door's last scans, newest first (at most MaxRows): the time, the answer in words and its symbol, the code
// and why. Each row is written when it arrives, in the language and the venue's zone of that moment.
class DoorScanListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AnswerRole = Qt::UserRole + 1, CodeRole };
    static constexpr int MaxRows = 50;

    struct Row
    {
        QString time;
        DoorLook::Answer answer = DoorLook::Answer::Waiting;
        QString headline;
        QString code;
        QString detail;
    };

    explicit DoorScanListModel(QObject *parent = nullptr);

    void add(const Row &row);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Marquee
