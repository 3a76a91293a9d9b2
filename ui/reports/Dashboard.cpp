// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Dashboard.h"

#include "MessageBox.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorChart.h"
#include "reports/IndicatorEngine.h"
#include "reports/IndicatorReport.h"
#include "reports/IndicatorTargets.h"
#include "reports/MemberListDialog.h"
#include "reports/PeriodChooser.h"
#include "reports/ReportExport.h"
#include "reports/ReportPane.h"
#include "reports/ReportTableModel.h"
#include "reports/export/ReportSuppression.h"
#include "storage/Database.h"
#include "widgets/RecordPicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

const QString kLastFolder = QStringLiteral("reports/lastFolder");
// Changes made while the dashboard is open are counted again after this pause.
constexpr int kReloadDelayMs = 400;

// The wait cursor while a report is made: a large programme takes a moment.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

Dashboard::Dashboard(AppContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setWindowTitle(tr("Programme dashboard"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1240, 860);

    const auto dates = core::IndicatorTargets::programmeDates(context.db);
    m_period = new PeriodChooser(context.db.clock().today(), dates ? dates->first : QDate(),
                                 dates ? dates->second : QDate(), this);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period->kindBox());
    m_locality = new RecordPicker(context.db, QStringLiteral("locality"), this);
    m_locality->setNoneText(tr("(whole programme)"));
    auto* localityLabel = new QLabel(tr("&Locality:"), this);
    localityLabel->setBuddy(m_locality->focusTarget());
    auto* choices = new QHBoxLayout;
    choices->addWidget(periodLabel);
    choices->addWidget(m_period);
    choices->addSpacing(16);
    choices->addWidget(localityLabel);
    choices->addWidget(m_locality);
    choices->addStretch(1);

    m_chart = new IndicatorChart(this);
    m_indicators = new ReportPane(m_chart, this);
    m_indicators->view()->setToolTip(tr("Enter or a double-click lists the people or events behind an indicator's "
                                        "achieved number."));
    // Planned against achieved is the programme's own management table: its achieved column counts
    // people, events and hours alike, so small counts of people cannot be told apart to be hidden.
    m_indicators->outsideBox()->hide();
    m_esf = new ReportPane(nullptr, this);
    m_esfSet = new QComboBox(this);
    m_esfSet->addItem(tr("ESF+ 2021-2027"), int(core::EsfSet::Esf2021));
    m_esfSet->addItem(tr("ESF 2014-2020"), int(core::EsfSet::Esf2014));
    auto* setLabel = new QLabel(tr("Indicator &set:"), this);
    setLabel->setBuddy(m_esfSet);
    m_esf->controls()->addWidget(setLabel);
    m_esf->controls()->addWidget(m_esfSet);
    // What leaves the programme most often is the ESF+ table for the funder.
    m_esf->setForOutside(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_indicators, tr("Planned vs &achieved"));
    m_tabs->addTab(m_esf, tr("&ESF+ participants"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, &Dashboard::refresh);
    connect(m_period, &PeriodChooser::changed, this, &Dashboard::refresh);
    connect(m_locality, &RecordPicker::changed, this, &Dashboard::refresh);
    connect(m_esfSet, &QComboBox::currentIndexChanged, this, [this] {
        m_stale[EsfTab] = true;
        refreshTab(EsfTab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_stale[tab]) {
            refreshTab(Tab(tab));
        }
    });
    for (const Tab tab : {IndicatorsTab, EsfTab}) {
        ReportPane* pane = tab == IndicatorsTab ? m_indicators : m_esf;
        connect(pane, &ReportPane::exportRequested, this,
                [this, tab](const QString& format) { exportReport(tab, format); });
        connect(pane, &ReportPane::forOutsideChanged, this, [this, tab] {
            m_stale[tab] = true;
            refreshTab(tab);
        });
    }
    connect(m_indicators, &ReportPane::rowActivated, this, &Dashboard::showMembers);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, &Dashboard::refresh);
    // Records saved or merged while the dashboard is open count at once.
    connect(&context.db.events(), &core::DatabaseEvents::tablesChanged, this, [this] {
        m_stale[IndicatorsTab] = m_stale[EsfTab] = true;
        if (isVisible()) {
            m_reload->start();
        }
    });

    refresh();
    m_indicators->view()->setFocus();
}

MemberListDialog* Dashboard::memberList() const {
    return m_members;
}

core::ReportScope Dashboard::scope() const {
    return {m_period->from(), m_period->to(), m_locality->id()};
}

void Dashboard::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // Closed and opened again: what changed meanwhile counts.
    if (m_stale[m_tabs->currentIndex()]) {
        refreshTab(Tab(m_tabs->currentIndex()));
    }
}

void Dashboard::refresh() {
    m_reload->stop();
    m_stale[IndicatorsTab] = m_stale[EsfTab] = true;
    // The tab not shown is made when it is next shown.
    refreshTab(Tab(m_tabs->currentIndex()));
}

core::ReportTable Dashboard::tableFor(Tab tab, bool* ok) {
    BusyCursor busy;
    const core::ReportScope s = scope();
    core::Result<core::ReportTable> table =
        tab == IndicatorsTab ? core::IndicatorReport::table(m_context.db, s)
                             : core::EsfReport::table(m_context.db, core::EsfSet(m_esfSet->currentData().toInt()), s,
                                                      core::ReportAudience::Programme);
    *ok = table.ok();
    if (!table) {
        (tab == IndicatorsTab ? m_indicators : m_esf)->showError(table.error().message);
        return {};
    }
    const bool outside = (tab == IndicatorsTab ? m_indicators : m_esf)->forOutside();
    return outside ? core::ReportSuppression::forOutside(*table) : *table;
}

void Dashboard::refreshTab(Tab tab) {
    bool ok = false;
    const core::ReportTable table = tableFor(tab, &ok);
    m_stale[tab] = false;
    if (!ok) {
        if (tab == IndicatorsTab) {
            m_chart->setTable({});
        }
        return;
    }
    ReportPane* pane = tab == IndicatorsTab ? m_indicators : m_esf;
    pane->setTable(table);
    if (tab == IndicatorsTab) {
        m_chart->setTable(table);
        m_indicators->setBelowHeight(m_chart->preferredHeight());
    }
}

void Dashboard::showMembers(int row) {
    const core::ReportTable& table = m_indicators->model()->table();
    if (row < 0 || row >= table.rowData.size()) {
        return;
    }
    const QVariantMap facts = table.rowData.at(row);
    const QString title =
        QStringLiteral("%1 %2").arg(m_indicators->model()->text(row, table.column(QStringLiteral("code"))),
                                    m_indicators->model()->text(row, table.column(QStringLiteral("name"))));
    if (!facts.value(QStringLiteral("recorded"), true).toBool()) {
        MessageBox::information(this, title,
                                tr("This indicator rests on special-category data, which the programme does not "
                                   "record; there is nobody to list."));
        return;
    }
    if (!facts.value(QStringLiteral("computed"), true).toBool()) {
        MessageBox::information(this, title,
                                tr("This indicator's definition cannot be read (the notes under the table say "
                                   "why), so nothing is counted and there is nobody to list."));
        return;
    }
    auto members = [&] {
        BusyCursor busy;
        return core::IndicatorEngine(m_context.db)
            .members(facts.value(QStringLiteral("indicator_id")).toString(), scope());
    }();
    if (!members) {
        MessageBox::warning(this, title, members.error().message);
        return;
    }
    QList<MemberRow> rows;
    rows.reserve(members->size());
    for (const core::DrillRow& m : std::as_const(*members)) {
        rows.append({{m.table, m.id}, m.label});
    }
    const QString achieved = m_indicators->model()->text(row, table.column(QStringLiteral("achieved")));
    const QString unit = m_indicators->model()->text(row, table.column(QStringLiteral("unit")));
    const QString about = tr("Achieved: %1. Unit: %2. %3.\nThe records behind the number are listed here; Enter "
                             "shows the one chosen in the main window.")
                              .arg(achieved, unit, table.subtitle);
    if (m_members) {
        m_members->close();
    }
    m_members = new MemberListDialog(tr("Behind the number: %1").arg(title), about, rows, this);
    m_members->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_members, &MemberListDialog::openRequested, this, &Dashboard::openRequested);
    m_members->show();
}

QString Dashboard::suggestedPath(Tab tab, const QString& format) const {
    QString folder = QSettings().value(kLastFolder).toString();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString iso = QStringLiteral("yyyy-MM-dd");
    QString name = tab == IndicatorsTab ? QStringLiteral("planned-vs-achieved")
                   : core::EsfSet(m_esfSet->currentData().toInt()) == core::EsfSet::Esf2021
                       ? QStringLiteral("esf-plus-2021-2027")
                       : QStringLiteral("esf-2014-2020");
    const core::ReportScope s = scope();
    if (s.from.isValid() || s.to.isValid()) {
        name += QLatin1Char('_') + s.from.toString(iso) + QLatin1Char('_') + s.to.toString(iso);
    }
    const ReportPane* pane = tab == IndicatorsTab ? m_indicators : m_esf;
    if (pane->forOutside()) {
        name += QStringLiteral("_outside");
    }
    return QDir(folder).filePath(name + QLatin1Char('.') + format);
}

void Dashboard::exportReport(Tab tab, const QString& format) {
    ReportPane* pane = tab == IndicatorsTab ? m_indicators : m_esf;
    if (m_stale[tab]) {
        refreshTab(tab);
    }
    // The file holds what the screen shows: the same table, suppressed when it leaves the programme.
    const core::ReportTable table = pane->model()->table();
    if (table.columns.isEmpty()) {
        return;
    }
    const QString suggested = suggestedPath(tab, format);
    const QString path = m_choosePath ? m_choosePath(suggested, format)
                                      : QFileDialog::getSaveFileName(this, tr("Export the report"), suggested,
                                                                     ReportExport::fileFilter(format));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
    const ReportExport::Outcome outcome = [&] {
        BusyCursor busy;
        return ReportExport::write(m_context.db, table, format, path);
    }();
    if (!outcome.ok) {
        m_status->clear();
        MessageBox::warning(this, tr("Export the report"), outcome.message);
        return;
    }
    m_status->setText(outcome.message);
}

} // namespace fieldcase::ui
