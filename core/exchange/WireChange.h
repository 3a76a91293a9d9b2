// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace fieldcase::core {

// One change-log row as it travels between machines. Fields are kept as the JSON text of the
// change log ({"field": [old, new], ...}) so that it crosses unchanged.
struct WireChange {
    QString changeId;
    QString table;
    QString recordId;
    QString op;       // create, update, delete
    QString action;   // empty, "resolve", "restore" or "merge"
    QString settles;  // JSON array of the change ids a decision settles, or empty
    QString redirect; // for "merge": the id of the record that survives
    QByteArray fields;
    qint64 baseVersion = 0;
    quint64 hlc = 0;
    QString device;
    QString user;
    QString note;
};

} // namespace fieldcase::core
