// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportTableModel.h"

#include "reports/export/ReportCellText.h"
#include "reports/export/ReportSuppression.h"

#include <cmath>

namespace fieldcase::ui {

namespace {

bool isWhole(double value) {
    return std::abs(value - std::round(value)) < 1e-9;
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_percentColumns({QStringLiteral("share")}) {}

void ReportTableModel::setTable(const core::ReportTable& table) {
    beginResetModel();
    m_table = table;
    m_numeric = QList<bool>(m_table.columns.size(), false);
    for (int c = 0; c < m_table.columns.size(); ++c) {
        m_numeric[c] = m_table.columns.at(c).countsPeople || isPercent(c);
        for (int r = 0; r < m_table.rows.size() && !m_numeric.at(c); ++r) {
            const QList<core::ReportCell>& row = m_table.rows.at(r);
            m_numeric[c] = c < row.size() && core::ReportCellText::isNumber(row.at(c).value);
        }
    }
    endResetModel();
}

void ReportTableModel::setPercentColumns(const QSet<QString>& keys) {
    beginResetModel();
    m_percentColumns = keys;
    endResetModel();
}

void ReportTableModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    }
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

const core::ReportCell* ReportTableModel::cell(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_table.columns.size()) {
        return nullptr;
    }
    const QList<core::ReportCell>& row = m_table.rows.at(index.row());
    return index.column() < row.size() ? &row.at(index.column()) : nullptr;
}

bool ReportTableModel::isPercent(int column) const {
    return m_percentColumns.contains(m_table.columns.at(column).key);
}

QString ReportTableModel::text(int row, int column) const {
    const core::ReportCell* c = cell(index(row, column));
    if (c == nullptr) {
        return {};
    }
    if (c->suppressed) {
        // The mark every export writes: "<5", or "x" for a cell hidden to protect another.
        return core::ReportSuppression::mark(*c);
    }
    const QVariant& v = c->value;
    if (v.isNull() || !v.isValid()) {
        return {};
    }
    if (!core::ReportCellText::isNumber(v)) {
        return v.toString();
    }
    if (!std::isfinite(v.toDouble())) {
        return {}; // a share of nothing
    }
    if (isPercent(column)) {
        // Floored to a tenth, so that a share just short of the target never reads 100 %.
        const double percent = std::floor(v.toDouble() * 1000.0 + 1e-6) / 10.0;
        return tr("%1%", "a share of the target in percent, as in 85%")
            .arg(m_locale.toString(percent, 'f', isWhole(percent) ? 0 : 1));
    }
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        const double d = v.toDouble();
        return m_locale.toString(d, 'f', isWhole(d) ? 0 : 1);
    }
    return m_locale.toString(v.toLongLong());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    const core::ReportCell* c = cell(index);
    if (c == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((m_numeric.value(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (c->suppressed) {
            return c->secondary ? tr("Hidden so that a small count elsewhere in the table cannot be worked out "
                                     "from the totals.")
                                : tr("Fewer than 5 people: hidden so that nobody can be recognised outside the "
                                     "programme.");
        }
        // A long name cut off in its column reads whole here.
        return m_numeric.value(index.column()) ? QVariant() : QVariant(text(index.row(), index.column()));
    case RawValueRole:
        return c->suppressed ? QVariant() : c->value;
    case SuppressedRole:
        return c->suppressed;
    case ColumnKeyRole:
        return m_table.columns.at(index.column()).key;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_table.columns.at(section).label;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((m_numeric.value(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case ColumnKeyRole:
        return m_table.columns.at(section).key;
    default:
        return {};
    }
}

} // namespace fieldcase::ui
