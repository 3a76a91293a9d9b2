// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fieldcase::ui {

// The fields a form shows for a table, in the order a worker fills them in.
QStringList formFields(const QString& table);

} // namespace fieldcase::ui
