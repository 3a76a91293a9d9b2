// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// Chooses one record of a table. Small tables (staff, localities, facilities, a plan's goals)
// are a drop-down list; people and households, of which a laptop holds tens of thousands, are
// found by typing a name, with matches offered as you type.
class RecordPicker : public QWidget {
    Q_OBJECT

public:
    RecordPicker(core::Database& db, const QString& table, QWidget* parent = nullptr);

    QString table() const { return m_table; }
    QString id() const;
    void setId(const QString& id);
    // Narrows a drop-down list to records whose field holds the value (a household's members).
    void setFilter(const QString& field, const QString& value);
    // What the empty choice of a drop-down list says ("(none)" unless set).
    void setNoneText(const QString& text);
    // The widget that takes the keyboard focus.
    QWidget* focusTarget() const;
    bool searchable() const { return m_line != nullptr; }
    QLineEdit* lineEdit() const { return m_line; }
    QCompleter* completer() const { return m_completer; }

Q_SIGNALS:
    void changed();

private:
    void reloadList();
    void searchFor(const QString& text);

    core::Database& m_db;
    QString m_table;
    QString m_filterField;
    QString m_filterValue;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_line = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
    QString m_id;
    QString m_noneText;
};

} // namespace fieldcase::ui
