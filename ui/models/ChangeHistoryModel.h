// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeLog.h"

#include <QAbstractTableModel>

namespace fieldcase::ui {

// The change log of a record (or of a plan and its parts), one field change a row: when, who,
// what, the value before and after, and the correction note when there was one.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, FieldColumn, BeforeColumn, AfterColumn, NoteColumn, ColumnCount };

    explicit ChangeHistoryModel(QObject* parent = nullptr);

    void setChanges(const QList<core::Change>& changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString when;
        QString who;
        QString what;
        QString field;
        QString before;
        QString after;
        QString note;
    };
    QList<Line> m_lines;
};

} // namespace fieldcase::ui
