// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportPrivacy.h"

namespace fieldcase::core {

namespace {

bool isCount(const ReportCell& c) {
    return !c.suppressed && !c.value.isNull() && c.value.isValid();
}

void suppress(ReportCell& c) {
    c.suppressed = true;
    c.value = QVariant();
}

// Within one group of cells: when exactly one is suppressed, the smallest shown one goes too.
bool protect(QList<ReportCell*> cells) {
    int suppressed = 0;
    ReportCell* smallest = nullptr;
    for (ReportCell* c : cells) {
        if (c->suppressed) {
            ++suppressed;
        } else if (isCount(*c) && (!smallest || c->value.toLongLong() < smallest->value.toLongLong())) {
            smallest = c;
        }
    }
    if (suppressed == 1 && smallest) {
        suppress(*smallest);
        return true;
    }
    return false;
}

} // namespace

void ReportPrivacy::suppressSmallCells(ReportTable& table, const SuppressionGroups& groups) {
    QList<int> peopleColumns;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).countsPeople) {
            peopleColumns.append(c);
        }
    }
    for (QList<ReportCell>& row : table.rows) {
        for (int c : std::as_const(peopleColumns)) {
            if (c < row.size() && isCount(row[c]) && row[c].value.toLongLong() < kThreshold) {
                suppress(row[c]);
            }
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const QList<int>& rowGroup : groups.rows) {
            for (int c : std::as_const(peopleColumns)) {
                QList<ReportCell*> cells;
                for (int r : rowGroup) {
                    if (r < table.rows.size() && c < table.rows[r].size()) {
                        cells.append(&table.rows[r][c]);
                    }
                }
                changed = protect(cells) || changed;
            }
        }
        for (const QList<int>& columnGroup : groups.columns) {
            for (QList<ReportCell>& row : table.rows) {
                QList<ReportCell*> cells;
                for (int c : columnGroup) {
                    if (c < row.size()) {
                        cells.append(&row[c]);
                    }
                }
                changed = protect(cells) || changed;
            }
        }
    }
    table.leavesProgramme = true;
    table.notes.append(tr("For use outside the programme: a count of fewer than %1 people is not shown (<%1), and "
                          "neither is the smallest count beside it where it could otherwise be worked out from the "
                          "others.")
                           .arg(kThreshold));
}

} // namespace fieldcase::core
