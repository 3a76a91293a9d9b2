// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include "exchange/ConflictStore.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace fieldcase::ui {

// The conflict inbox: open conflicts on the left; on the right, side by side, the base value and
// each version with who wrote it, on which device and when (by that device's clock). The supervisor
// takes a version or types a value; the decision is a logged change that travels back to the
// laptops. Special-category data is marked and only ever decided here, one conflict at a time.
class ConflictInbox : public QDialog {
    Q_OBJECT

public:
    explicit ConflictInbox(AppContext context, QWidget* parent = nullptr);

    void reload();
    QListWidget* list() const { return m_list; }
    // The buttons "Take A", "Take B"... of the conflict shown.
    const QList<QPushButton*>& takeButtons() const { return m_takeButtons; }
    QLineEdit* valueField() const { return m_value; }
    QPushButton* useValueButton() const { return m_useValue; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* hintLabel() const { return m_hint; }

private:
    void showConflict(int row);
    void take(int candidate);
    void useTypedValue();
    void decided(const core::Result<QString>& result);
    QString deviceName(const QString& deviceId) const;

    AppContext m_context;
    QList<core::ConflictInfo> m_conflicts;
    QHash<QString, QString> m_deviceNames;
    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<QPushButton*> m_takeButtons;
    QLineEdit* m_value = nullptr;
    QPushButton* m_useValue = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fieldcase::ui
