// SPDX-License-Identifier: GPL-3.0-or-later
// Report tables made by hand, in the shapes the report engine makes them, for the tests of
// suppression and of the writers: they hold no data from any database.
#pragma once

#include "reports/ReportTable.h"

#include <QByteArray>
#include <QString>

namespace fieldcase::test {

// A cell of a number, a text, or null.
core::ReportCell cell(const QVariant& value);

// An ESF-shaped table: code, label, women, men, non_binary, total, declined; the four parts add up
// to total in every row (declared with partOf) and count people.
core::ReportTable esfTable();
// Appends a row to an ESF-shaped table.
void addEsfRow(core::ReportTable& table, const QString& code, const QString& label, int women, int men, int nonBinary,
               int declined);

// A planned-against-achieved table: code, name, unit, target, achieved (people), share and behind
// (computed from achieved).
core::ReportTable indicatorTable();

// Reads a whole file; empty when it cannot be read.
QByteArray readAll(const QString& path);

} // namespace fieldcase::test
