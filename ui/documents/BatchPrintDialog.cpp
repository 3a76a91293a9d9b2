// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/BatchPrintDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

BatchPrintDialog::BatchPrintDialog(const QList<core::SignatureQueue>& queues, QWidget* parent)
    : QDialog(parent)
    , m_queues(queues) {
    setWindowTitle(tr("Print plans awaiting signature"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every individual and family plan of the locality whose status is awaiting "
                                "signature is printed, each starting on a new sheet with its own page numbers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_locality = new QComboBox(this);
    for (const core::SignatureQueue& queue : m_queues) {
        m_locality->addItem(tr("%1 (awaiting signature: %2)").arg(queue.name).arg(queue.plans), queue.localityId);
    }
    auto* label = new QLabel(tr("&Locality:"), this);
    label->setBuddy(m_locality);
    form->addRow(label, m_locality);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* preview = buttons->addButton(tr("&Preview and print..."), QDialogButtonBox::AcceptRole);
    QPushButton* save = buttons->addButton(tr("&Save as PDF..."), QDialogButtonBox::AcceptRole);
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Preview;
        accept();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SavePdf;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const bool any = !m_queues.isEmpty();
    m_locality->setEnabled(any);
    preview->setEnabled(any);
    save->setEnabled(any);
    connect(m_locality, &QComboBox::currentIndexChanged, this, &BatchPrintDialog::updateSummary);
    updateSummary();
}

QString BatchPrintDialog::localityId() const {
    return m_locality->currentData().toString();
}

void BatchPrintDialog::updateSummary() {
    if (m_queues.isEmpty()) {
        m_summary->setText(tr("No plan awaits signature at the moment."));
        return;
    }
    int total = 0;
    for (const core::SignatureQueue& queue : m_queues) {
        total += queue.plans;
    }
    m_summary->setText(tr("Plans awaiting signature in all localities: %1.").arg(total));
}

} // namespace fieldcase::ui
