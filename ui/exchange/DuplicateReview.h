// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include "exchange/Duplicates.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fieldcase::ui {

// Possible duplicate persons found while merging: for each pair, keep the first or the second (the
// other is merged into it: visits, plans, consents and all move over), or say they are two people.
class DuplicateReview : public QDialog {
    Q_OBJECT

public:
    explicit DuplicateReview(AppContext context, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    QPushButton* keepFirstButton() const { return m_keepFirst; }
    QLabel* status() const { return m_status; }

private:
    void mergeCurrent(bool keepFirst);
    void dismissCurrent();

    AppContext m_context;
    QList<core::DuplicatePair> m_pairs;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_keepFirst = nullptr;
};

} // namespace fieldcase::ui
