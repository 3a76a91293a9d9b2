// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/ReportSuppression.h"

#include "reports/export/ReportCellText.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

namespace fieldcase::core {

namespace {

// What "x" could stand for, as far as a reader knows: anything from zero up. Large enough for any
// count, small enough that sums of a few thousand of them stay far from overflow.
constexpr qint64 kUnbounded = std::numeric_limits<qint32>::max();

struct CellRef {
    int row = 0;
    int column = 0;
};

// Cells that add up: total = the sum of parts.
struct Sum {
    CellRef total;
    QList<CellRef> parts;
};

// Where a reader of the published table can place a cell's value.
struct Range {
    qint64 lo = 0;
    qint64 hi = 0;
};

class Suppressor {
public:
    explicit Suppressor(ReportTable& table)
        : m_table(table) {}

    bool dropIdentifying();
    void suppressSmallCounts();
    void protectSums();
    void hideDerived();
    bool anySecondary() const;

private:
    ReportCell& cell(const CellRef& ref) { return m_table.rows[ref.row][ref.column]; }
    const ReportCell& cell(const CellRef& ref) const { return m_table.rows.at(ref.row).at(ref.column); }
    bool hasCell(const CellRef& ref) const {
        return ref.row >= 0 && ref.row < m_table.rows.size() && ref.column >= 0 &&
               ref.column < m_table.rows.at(ref.row).size();
    }
    QList<Sum> sums() const;
    Range range(const CellRef& ref) const;
    bool pinsAHiddenCell(const Sum& sum) const;
    void hide(ReportCell& target, bool secondary);
    // Hides one more cell of the sum, or widens what its hidden total could be; false when
    // nothing is left to do.
    bool widen(const Sum& sum);

    ReportTable& m_table;
};

bool Suppressor::dropIdentifying() {
    QList<int> keptColumns;
    for (int c = 0; c < m_table.columns.size(); ++c) {
        if (!m_table.columns.at(c).identifies) {
            keptColumns.append(c);
        }
    }
    QList<int> newRow(m_table.rows.size(), -1);
    QList<QList<ReportCell>> rows;
    for (int r = 0; r < m_table.rows.size(); ++r) {
        const QList<ReportCell>& row = m_table.rows.at(r);
        if (std::any_of(row.cbegin(), row.cend(), [](const ReportCell& c) { return c.identifies; })) {
            continue;
        }
        QList<ReportCell> kept;
        for (int c : std::as_const(keptColumns)) {
            kept.append(c < row.size() ? row.at(c) : ReportCell{});
        }
        newRow[r] = int(rows.size());
        rows.append(kept);
    }
    const bool dropped = keptColumns.size() != m_table.columns.size() || rows.size() != m_table.rows.size();
    QList<ReportColumn> columns;
    for (int c : std::as_const(keptColumns)) {
        columns.append(m_table.columns.at(c));
    }
    // A sum that names a row no longer there says nothing a reader can check.
    QList<ReportRowSum> rowSums;
    for (const ReportRowSum& sum : std::as_const(m_table.rowSums)) {
        const auto mapped = [&](int r) { return r >= 0 && r < newRow.size() ? newRow.at(r) : -1; };
        ReportRowSum kept{mapped(sum.total), {}};
        bool whole = kept.total >= 0;
        for (int part : sum.parts) {
            kept.parts.append(mapped(part));
            whole = whole && kept.parts.last() >= 0;
        }
        if (whole) {
            rowSums.append(kept);
        }
    }
    m_table.columns = columns;
    m_table.rows = rows;
    m_table.rowSums = rowSums;
    return dropped;
}

void Suppressor::hide(ReportCell& target, bool secondary) {
    if (!target.suppressed) {
        target.secondary = secondary;
    } else if (secondary) {
        target.secondary = true; // widening only: a "<5" may become "x", never the other way
    }
    target.suppressed = true;
    target.value = QVariant();
}

void Suppressor::suppressSmallCounts() {
    for (int c = 0; c < m_table.columns.size(); ++c) {
        if (!m_table.columns.at(c).countsPeople) {
            continue;
        }
        for (QList<ReportCell>& row : m_table.rows) {
            if (c >= row.size()) {
                continue;
            }
            ReportCell& target = row[c];
            if (target.suppressed) {
                hide(target, target.secondary); // a cell the report suppressed itself: no value goes out
            } else if (ReportCellText::isNumber(target.value)) {
                const double count = target.value.toDouble();
                if (count > 0 && count < ReportSuppression::kThreshold) {
                    hide(target, false);
                }
            }
        }
    }
}

QList<Sum> Suppressor::sums() const {
    QList<Sum> all;
    const auto people = [&](int c) { return c >= 0 && m_table.columns.at(c).countsPeople; };
    QHash<int, QList<int>> partsOf; // total column -> part columns
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QString& into = m_table.columns.at(c).partOf;
        const int total = into.isEmpty() ? -1 : m_table.column(into);
        if (people(c) && people(total) && total != c) {
            partsOf[total].append(c);
        }
    }
    for (auto it = partsOf.cbegin(); it != partsOf.cend(); ++it) {
        for (int r = 0; r < m_table.rows.size(); ++r) {
            Sum sum{{r, it.key()}, {}};
            for (int c : it.value()) {
                sum.parts.append({r, c});
            }
            all.append(sum);
        }
    }
    for (const ReportRowSum& rowSum : m_table.rowSums) {
        for (int c = 0; c < m_table.columns.size(); ++c) {
            if (!people(c)) {
                continue;
            }
            Sum sum{{rowSum.total, c}, {}};
            for (int r : rowSum.parts) {
                sum.parts.append({r, c});
            }
            all.append(sum);
        }
    }
    return all;
}

Range Suppressor::range(const CellRef& ref) const {
    if (!hasCell(ref)) {
        return {0, 0};
    }
    const ReportCell& c = m_table.rows.at(ref.row).at(ref.column);
    if (!c.suppressed) {
        // An empty cell adds nothing; a reader takes it as zero.
        const qint64 value = ReportCellText::isNumber(c.value) ? qRound64(c.value.toDouble()) : 0;
        return {value, value};
    }
    if (c.secondary) {
        return {0, kUnbounded};
    }
    return {1, ReportSuppression::kThreshold - 1};
}

// Whether total = sum of parts, with the shown cells known and the hidden ones in the ranges a
// reader gives them, leaves any hidden cell only one possible value.
bool Suppressor::pinsAHiddenCell(const Sum& sum) const {
    const Range total = range(sum.total);
    qint64 partsLo = 0;
    qint64 partsHi = 0;
    for (const CellRef& part : sum.parts) {
        partsLo += range(part).lo;
        partsHi += range(part).hi;
    }
    const auto hidden = [&](const CellRef& ref) { return hasCell(ref) && cell(ref).suppressed; };
    const auto pinned = [](qint64 lo, qint64 hi) { return lo == hi; }; // lo > hi: the sum does not hold
    if (hidden(sum.total) && pinned(std::max(total.lo, partsLo), std::min(total.hi, partsHi))) {
        return true;
    }
    for (const CellRef& part : sum.parts) {
        if (!hidden(part)) {
            continue;
        }
        const Range own = range(part);
        const qint64 othersLo = partsLo - own.lo;
        const qint64 othersHi = partsHi - own.hi;
        if (pinned(std::max(own.lo, total.lo - othersHi), std::min(own.hi, total.hi - othersLo))) {
            return true;
        }
    }
    return false;
}

bool Suppressor::widen(const Sum& sum) {
    // The smallest shown count above zero, a part before the total when they are equal.
    std::optional<CellRef> best;
    double bestValue = 0;
    QList<CellRef> members = sum.parts;
    members.append(sum.total);
    for (const CellRef& ref : std::as_const(members)) {
        if (!hasCell(ref)) {
            continue;
        }
        const ReportCell& c = cell(ref);
        if (c.suppressed || !ReportCellText::isNumber(c.value) || c.value.toDouble() <= 0) {
            continue;
        }
        if (!best || c.value.toDouble() < bestValue) {
            best = ref;
            bestValue = c.value.toDouble();
        }
    }
    if (best) {
        hide(cell(*best), true);
        return true;
    }
    // Every count of the sum is hidden and small ones still pin each other (a total of 4 made of
    // four 1s): the total is then written "x", which could be anything.
    if (hasCell(sum.total) && cell(sum.total).suppressed && !cell(sum.total).secondary) {
        hide(cell(sum.total), true);
        return true;
    }
    return false;
}

void Suppressor::protectSums() {
    const QList<Sum> all = sums();
    // Every step hides a cell or widens a hidden one, so this ends; a cell hidden for one sum can
    // open another (a row's part is also a column's part), hence the rounds.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Sum& sum : all) {
            while (pinsAHiddenCell(sum) && widen(sum)) {
                changed = true;
            }
        }
    }
}

void Suppressor::hideDerived() {
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QString& from = m_table.columns.at(c).derivedFrom;
        const int source = from.isEmpty() ? -1 : m_table.column(from);
        if (source < 0) {
            continue;
        }
        for (QList<ReportCell>& row : m_table.rows) {
            if (c < row.size() && source < row.size() && row.at(source).suppressed) {
                hide(row[c], true);
            }
        }
    }
}

bool Suppressor::anySecondary() const {
    for (const QList<ReportCell>& row : m_table.rows) {
        for (const ReportCell& c : row) {
            if (c.suppressed && c.secondary) {
                return true;
            }
        }
    }
    return false;
}

void addNote(ReportTable& table, const QString& note) {
    if (!table.notes.contains(note)) {
        table.notes.append(note);
    }
}

} // namespace

QString ReportSuppression::smallMark() {
    return QStringLiteral("<%1").arg(kThreshold);
}

QString ReportSuppression::secondaryMark() {
    return QStringLiteral("x");
}

QString ReportSuppression::mark(const ReportCell& cell) {
    return cell.secondary ? secondaryMark() : smallMark();
}

ReportTable ReportSuppression::forOutside(ReportTable table) {
    Suppressor suppressor(table);
    const bool dropped = suppressor.dropIdentifying();
    suppressor.suppressSmallCounts();
    suppressor.protectSums();
    suppressor.hideDerived();
    table.leavesProgramme = true;
    addNote(table, tr("Counts of 1 to %1 people are suppressed and shown as \"%2\". Zero is shown: it reveals no one.")
                       .arg(kThreshold - 1)
                       .arg(smallMark()));
    if (suppressor.anySecondary()) {
        addNote(table, tr("Cells shown as \"%1\" are hidden so that a suppressed count cannot be worked out from a "
                          "total or a share; they may hold %2 or more.")
                           .arg(secondaryMark())
                           .arg(kThreshold));
    }
    if (dropped) {
        addNote(table, tr("Names and identifiers of people and households are left out."));
    }
    return table;
}

} // namespace fieldcase::core
