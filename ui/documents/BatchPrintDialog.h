// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentKind.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;

namespace fieldcase::ui {

// Lets municipality staff pick a locality and print, or save as one PDF, every plan there that
// awaits signature.
class BatchPrintDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, Preview, SavePdf };

    BatchPrintDialog(const QList<core::SignatureQueue>& queues, QWidget* parent = nullptr);

    QString localityId() const;
    Choice choice() const { return m_choice; }
    QComboBox* localityBox() const { return m_locality; }

private:
    void updateSummary();

    QList<core::SignatureQueue> m_queues;
    QComboBox* m_locality = nullptr;
    QLabel* m_summary = nullptr;
    Choice m_choice = Choice::None;
};

} // namespace fieldcase::ui
