// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ChangeHistoryModel.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "util/HybridLogicalClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace fieldcase::ui {

namespace {

QString shown(const core::FieldDef* f, const QJsonValue& v) {
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (f == nullptr) {
        return v.toVariant().toString();
    }
    if (f->type == core::FieldType::Json) {
        return ChangeHistoryModel::tr("(structured data)");
    }
    const auto stored = core::values::normalize(*f, core::values::fromJson(*f, v));
    return stored ? core::values::display(*f, *stored) : v.toVariant().toString();
}

} // namespace

ChangeHistoryModel::ChangeHistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ChangeHistoryModel::setChanges(const QList<core::Change>& changes) {
    beginResetModel();
    m_lines.clear();
    for (const core::Change& c : changes) {
        const core::TableDef* t = core::Schema::instance().table(c.table);
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(core::HybridLogicalClock::physicalMs(c.hlc), Qt::UTC).toLocalTime();
        QString op;
        if (c.op == QStringLiteral("create")) {
            op = tr("%1 created").arg(t ? t->displayLabel() : c.table);
        } else if (c.op == QStringLiteral("delete")) {
            op = tr("%1 deleted").arg(t ? t->displayLabel() : c.table);
        } else {
            op = tr("%1 changed").arg(t ? t->displayLabel() : c.table);
        }
        const QString when = QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
        bool first = true;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            const core::FieldDef* f = t ? t->field(it.key()) : nullptr;
            const QJsonArray pair = it.value().toArray();
            m_lines.append({first ? when : QString(), first ? c.user : QString(), first ? op : QString(),
                            f ? f->displayLabel() : it.key(), shown(f, pair.at(0)), shown(f, pair.at(1)),
                            first ? c.note : QString()});
            first = false;
        }
        if (first) {
            m_lines.append({when, c.user, op, {}, {}, {}, c.note});
        }
    }
    endResetModel();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Line& l = m_lines.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return l.when;
    case WhoColumn:
        return l.who;
    case WhatColumn:
        return l.what;
    case FieldColumn:
        return l.field;
    case BeforeColumn:
        return l.before;
    case AfterColumn:
        return l.after;
    case NoteColumn:
        return l.note;
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case NoteColumn:
        return tr("Correction note");
    default:
        return {};
    }
}

} // namespace fieldcase::ui
